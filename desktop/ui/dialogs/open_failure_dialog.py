"""The one dialog shown when the vault does not open: what happened, in plain French, and
three ways on: "Copier le diagnostic", "Restaurer une sauvegarde…", "Quitter".

On a successful restore ``db`` holds the restored vault, open, and the dialog is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences
from desktop.errors import VaultDamaged, VaultNotFound
from desktop.services.vault import backups
from desktop.services.vault.database import Database
from desktop.ui.runner import Runner


class OpenFailureDialog(QDialog):
    def __init__(
        self,
        vault_path: Path,
        error: BaseException,
        preferences: Preferences,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("open_failure_dialog")
        self.vault_path = Path(vault_path)
        self.error = error
        self.preferences = preferences
        self.runner = runner
        self.db: Database | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.setObjectName("failure_text")
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_diagnostic)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.choose_backup)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self.reject)
        for button in (self.copy_button, self.restore_button, self.quit_button):
            button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.advice)
        layout.addWidget(self.feedback)
        layout.addStretch()
        layout.addLayout(buttons)
        self.resize(620, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Égide : le coffre ne s'ouvre pas"))
        self.title.setText(self.tr("Le coffre n'a pas pu être ouvert"))
        self.what.setText(str(self.error))
        if isinstance(self.error, VaultDamaged | VaultNotFound):
            advice = self.tr(
                "Rien n'a été modifié. Restaurez la dernière sauvegarde : le fichier actuel "
                "sera conservé à part, jamais effacé. Pour la restaurer, il faut la phrase de "
                "passe ou la clé de secours valable le jour où elle a été écrite.")
        else:
            advice = self.tr(
                "Rien n'a été modifié. Si le problème persiste, copiez le diagnostic pour le "
                "transmettre au support informatique, ou restaurez une sauvegarde.")
        self.advice.setText(advice)
        self.copy_button.setText(self.tr("Copier le diagnostic"))
        self.restore_button.setText(self.tr("Restaurer une sauvegarde…"))
        self.quit_button.setText(self.tr("Quitter"))

    def copy_diagnostic(self) -> None:
        text = backups.diagnostic_text(self.vault_path, self.error, self.preferences)
        QApplication.clipboard().setText(text)
        self.feedback.setText(self.tr("Diagnostic copié dans le presse-papiers."))

    def choose_backup(self) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.vault_path, self.preferences, self.runner, self)
        dialog.accepted.connect(lambda: self._restored(dialog))
        dialog.open()

    def _restored(self, dialog: QDialog) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        assert isinstance(dialog, BackupsDialog) and dialog.restored is not None
        self.db = dialog.restored.db
        self.accept()
