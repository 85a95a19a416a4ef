"""The withdrawal of a 17 pre-registration consent: when and why (both recorded and audited);
a refusal stays in the dialog. The register's dates (sent, confirmed, returned) are asked with
the kit's ``DateDialog``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.date_field import date_edit, date_of


class WithdrawalDialog(WriteDialog):
    """"Retrait du consentement…"."""

    def __init__(self, context: AppContext, make_action: Callable[[dt.date, str], Write],
                 intro: str, parent: QWidget | None = None) -> None:
        super().__init__(context, "withdrawal_dialog", parent, minimum_width=420)
        self.make_action = make_action
        self.setWindowTitle(self.tr("Retrait du consentement"))
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.day = date_edit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(text)
        self.add_row("withdrawn_on", self.day)
        self.add_row("reason", self.reason)
        self.label_rows({"withdrawn_on": self.tr("&Date du retrait :"),
                         "reason": self.tr("&Motif :")})
        self.day.setAccessibleName(self.tr("Date du retrait"))
        self.reason.setAccessibleName(self.tr("Motif du retrait"))
        self.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Enregistrer le &retrait"))

    def action(self) -> Write:
        return self.make_action(date_of(self.day), self.reason.toPlainText())
