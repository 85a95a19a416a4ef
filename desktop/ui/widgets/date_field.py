"""The one date field: dd/MM/yyyy with a calendar, and the domain's rule for events: an event
date (sent, signed, consent given, facts…) is never in the future, so the field does not go past
today. Dates that are not events (a period's bounds, a validity, a planned end) pass
``event=False``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def date_edit(parent: QWidget, day: dt.date | None = None, *, event: bool = True,
              today: dt.date | None = None) -> QDateEdit:
    """A date field, ``day`` or ``today`` shown; an ``event`` (something that happened) cannot
    be after ``today``, the computer's date unless told."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    today = today or dt.date.today()
    if event:
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
    chosen = day or today
    edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())
