"""Dates and times as the interface writes them ("25 novembre 2026 à 14:02")."""

from __future__ import annotations

import datetime as dt

from desktop.documents.typography import MONTHS
from desktop.ui import clock


def date_text(day: dt.date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def datetime_text(moment: dt.datetime) -> str:
    """In the office's time zone; naive values are taken as UTC (the vault stores UTC)."""
    local = clock.local(moment)
    return f"{date_text(local.date())} à {local:%H:%M}"
