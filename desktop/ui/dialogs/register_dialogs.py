"""Small dialogs of the 17 register and the alert devices: a date (sent, confirmed, returned),
a withdrawal (date and reason), each running one service call; a refusal stays in the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.errors import EgideError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog

Action = Callable[[Database], Changes]


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    today = dt.date.today()
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    chosen = day or today
    edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ActionDialog(FormDialog):
    """A form whose OK runs ``action()`` (built from the form) through ``context.write``."""

    succeeded = Signal()
    refused = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_width=420)
        self.context = context
        self.form = QFormLayout()
        self.add_content(self.form)
        self.set_button_texts(self.tr("&Enregistrer"), self.tr("Annuler"))

    def action(self) -> Action:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            action = self.action()
        except EgideError as error:
            self._failed(error)
            return
        self.error.clear()
        self.setEnabled(False)
        self.context.write(action, self._succeeded, self._failed, parent=self)

    def _succeeded(self, _changes: Changes) -> None:
        self.setEnabled(True)
        self.succeeded.emit()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
        self.refused.emit(str(error))


class DateDialog(ActionDialog):
    """"Confirmé par la force le…", "Envoyé le…", "Restitué le…"."""

    def __init__(self, context: AppContext, title: str, label: str,
                 make_action: Callable[[dt.date], Action], intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.make_action = make_action
        self.setWindowTitle(title)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            self.form.addRow(text)
        self.day = date_edit(self)
        self.day.setAccessibleName(label.rstrip(" :"))
        self.form.addRow(label, self.day)

    def action(self) -> Action:
        return self.make_action(date_of(self.day))


class WithdrawalDialog(ActionDialog):
    """"Retrait du consentement…": when and why (both recorded and audited)."""

    def __init__(self, context: AppContext, make_action: Callable[[dt.date, str], Action],
                 intro: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.make_action = make_action
        self.setWindowTitle(self.tr("Retrait du consentement"))
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.day = date_edit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.day.setAccessibleName(self.tr("Date du retrait"))
        self.reason.setAccessibleName(self.tr("Motif du retrait"))
        self.form.addRow(text)
        self.form.addRow(self.tr("&Date du retrait :"), self.day)
        self.form.addRow(self.tr("&Motif :"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Enregistrer le &retrait"))

    def action(self) -> Action:
        return self.make_action(date_of(self.day), self.reason.toPlainText())
