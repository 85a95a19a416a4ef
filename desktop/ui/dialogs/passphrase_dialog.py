"""Changer la phrase de passe: only the new one and its confirmation (the vault is unlocked)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import EgideError
from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.passphrase_fields import PassphraseFields


class PassphraseDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_width=480, geometry_key="passphrase_dialog")
        self.context = context
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.add_content(self.text)
        self.add_content(self.fields)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changer la phrase de passe"))
        self.text.setText(self.tr("La nouvelle phrase de passe remplace l'ancienne. Le trousseau "
                                  "et la clé de secours ne changent pas."))
        self.set_button_texts(self.tr("&Changer"), self.tr("Annuler"))
        self.fields.retranslate()

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            self.fields.passphrase.setFocus()
            return
        passphrase = self.fields.text()
        self.setEnabled(False)
        self.context.write(lambda db: lifecycle.change_passphrase(db, passphrase),
                           self._done, self._failed, parent=self)

    def _done(self, _changes: Changes) -> None:
        self.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
