""""Création du coffre": office identity, protection, then the recovery key shown once.

The vault is created when the user leaves the protection page (a commit page: no way back),
through ``services.vaults.create`` on the runner; the last page cannot be finished until the
user confirms that the recovery key is stored.

"Serveur PostgreSQL partagé" on the protection page reaches the office's server instead
(``shared_mode.connect``: the schema is laid if the base is empty, joined otherwise); the
assistant then closes, ``database()`` holding it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget, QWizard

from desktop.config import Preferences, save_preferences
from desktop.errors import EgideError
from desktop.services.vault import lifecycle, shared_mode
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.dialogs.creation_pages import IdentityPage, ProtectionPage, RecoveryPage
from desktop.ui.geometry import preserve_geometry
from desktop.ui.runner import Runner


class CreationWizard(QWizard):
    """``created`` holds the new vault (``lifecycle.Created``) once the protection page is left."""

    def __init__(
        self, path: Path, preferences: Preferences, runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.preferences = preferences
        self.runner = runner
        self.created: lifecycle.Created | None = None
        self.shared_db: Database | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.identity_page = IdentityPage(self)
        self.protection_page = ProtectionPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.identity_page, self.protection_page, self.recovery_page):
            self.addPage(page)
        self.protection_page.creation_requested.connect(self.start_creation)
        self.protection_page.shared_requested.connect(self.start_shared)
        self.recovery_page.print_requested.connect(self.print_sheet)
        self.setMinimumSize(640, 620)
        preserve_geometry(self, "creation_wizard")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Création du coffre"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        for page in (self.identity_page, self.protection_page, self.recovery_page):
            page.retranslate()

    def start_creation(self, passphrase: str | None, use_keyring: bool) -> None:
        identity = self.identity_page.form.identity()
        logo = self.identity_page.logo_chooser.logo
        path, preferences = self.path, self.preferences
        self.protection_page.setEnabled(False)
        self.runner.run(
            lambda: lifecycle.create(path, identity, passphrase=passphrase,
                                  use_keyring=use_keyring, preferences=preferences,
                                  with_communes=True, logo=logo),
            self._created,
            self._creation_failed,
            progress_label=self.tr("Création du coffre chiffré…"),
            parent=self,
        )

    def database(self) -> Database | None:
        """The vault created, or the shared database reached, once the assistant is done."""
        return self.created.db if self.created is not None else self.shared_db

    def start_shared(self, settings: shared_mode.ServerSettings, password: str) -> None:
        identity = self.identity_page.form.identity()
        preferences = self.preferences
        self.protection_page.setEnabled(False)
        self.runner.run(
            lambda: shared_mode.connect(settings, password, preferences, identity),
            self._shared_ready,
            self._creation_failed,
            progress_label=self.tr("Connexion au serveur PostgreSQL…"),
            parent=self,
        )

    def _shared_ready(self, db: Database) -> None:
        self.shared_db = db
        self.protection_page.created = True
        self.protection_page.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def _created(self, created: lifecycle.Created) -> None:
        self.created = created
        # Until Terminer confirms the key is kept, the next start reminds the user (the
        # assistant may be cut short: a crash, the session closed, the PC switched off).
        self.preferences.set_recovery_pending(self.path, True)
        save_preferences(self.preferences)
        self.protection_page.created = True
        self.recovery_page.show_key(created.recovery_key, created.in_keyring)
        self.protection_page.setEnabled(True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _creation_failed(self, error: BaseException) -> None:
        self.protection_page.setEnabled(True)
        if not isinstance(error, EgideError):
            self.runner.show_failure(error, self)
            return
        self.protection_page.error.setText(str(error))
        if self.protection_page.shared():
            field = getattr(error, "field", "host")
            self.protection_page.server.focus(field if isinstance(field, str) else "host")
            return
        self.protection_page.fields.passphrase.setFocus()

    def print_sheet(self) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        created = self.created
        assert created is not None

        def show(pdf: bytes) -> None:
            preview = PdfPreviewDialog(pdf, self.tr("Clé de secours du coffre"),
                                       self.tr("cle-de-secours.pdf"), self,
                                       print_first=True)
            preview.open()

        db, key = created.db, created.recovery_key
        self.runner.run(lambda: lifecycle.recovery_sheet_pdf(db, key), show,
                        progress_label=self.tr("Préparation de la feuille…"), parent=self)

    def accept(self) -> None:
        if self.created is not None:  # Terminer: the recovery key is confirmed kept
            self.preferences.set_recovery_pending(self.path, False)
            save_preferences(self.preferences)
        super().accept()

    def reject(self) -> None:
        if self.created is not None:
            messages.info(self, self.tr("Clé de secours"),
                          self.tr("Le coffre est créé. Confirmez d'abord que vous avez conservé "
                                  "la clé de secours, puis cliquez sur Terminer."))
            return
        super().reject()
