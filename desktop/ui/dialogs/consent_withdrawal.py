""""Retirer le consentement": the confirmation says what the withdrawal does, and asks the date
and how the practitioner withdrew it; the service records it (audited) and the gate stops
counting the consent."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop.services.cases import consent
from desktop.services.cases.records import ConsentRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of
from desktop.ui.text import date_text


class WithdrawConsentDialog(WriteDialog):
    def __init__(self, context: AppContext, reference: str, row: ConsentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "withdraw_consent", parent, minimum_width=480)
        self.reference = reference
        self.row = row
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.date = date_edit(self)
        self.reason = QLineEdit(self)
        self.add_row("on", self.date)
        self.add_row("reason", self.reason)
        self.retranslate()
        self.date.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Retirer le consentement — dossier {0}")
                            .format(self.reference))
        scope = ", ".join(kind.label for kind in self.row.scope)
        self.intro.setText(self.tr(
            "Le consentement donné le {0} ({1}) ne couvrira plus aucune transmission à partir "
            "de la date du retrait. Les envois déjà faits restent tracés.")
            .format(date_text(self.row.decided_on), scope))
        self.label_rows({"on": self.tr("&Retiré le :"),
                         "reason": self.tr("&Comment (appel, courrier…) :")})
        self.reason.setPlaceholderText(self.tr("Appel du praticien au service"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Retirer le consentement"))

    def action(self) -> Write:
        consent_id, on, reason = self.row.id, date_of(self.date), self.reason.text()
        return lambda db: consent.withdraw_consent(db, consent_id, on, reason)
