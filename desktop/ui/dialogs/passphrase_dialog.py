"""Changer la phrase de passe: only the new one and its confirmation (the vault is unlocked)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import ValidationError
from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.passphrase_fields import PassphraseFields


class PassphraseDialog(WriteDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "passphrase_dialog", parent, minimum_width=480)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.passphrase_fields = PassphraseFields(self)
        self.form.addRow(self.text)
        self.form.addRow(self.passphrase_fields)
        self.fields["passphrase"] = self.passphrase_fields.passphrase
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changer la phrase de passe"))
        self.text.setText(self.tr("La nouvelle phrase de passe remplace l'ancienne. Le trousseau "
                                  "et la clé de secours ne changent pas."))
        self.set_button_texts(self.tr("&Changer"), self.tr("Annuler"))
        self.passphrase_fields.retranslate()

    def action(self) -> Write:
        problem = self.passphrase_fields.problem()
        if problem:
            raise ValidationError("passphrase", problem)
        passphrase = self.passphrase_fields.text()
        return lambda db: lifecycle.change_passphrase(db, passphrase)
