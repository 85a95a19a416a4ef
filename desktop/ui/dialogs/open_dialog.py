"""Fichier > Ouvrir…: another vault on this PC, or the office's shared PostgreSQL server.

The dialog opens the chosen data on the runner and closes with ``db`` holding them; the
window then works on them (``WindowActions.open_other``). Nothing is changed when opening
fails: the error shows under the form and the current data stay open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences, save_preferences
from desktop.errors import EgideError
from desktop.services.vault import lifecycle, shared_mode
from desktop.services.vault.database import Database
from desktop.ui.runner import Runner
from desktop.ui.widgets.server_form import ServerForm


def open_local(path: Path, passphrase: str, preferences: Preferences) -> Database:
    """The vault file with its passphrase, or the keyring; the next start opens it too."""
    if passphrase:
        db = lifecycle.open_with_passphrase(path, passphrase, preferences)
    else:
        db = lifecycle.open_silently(path, preferences)
    preferences.vault_path = str(path)
    preferences.shared_database = ""
    save_preferences(preferences)
    return db


class OpenDialog(QDialog):
    def __init__(self, preferences: Preferences, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.runner = runner
        self.db: Database | None = None
        self.local_choice = QRadioButton(self)
        self.shared_choice = QRadioButton(self)
        self.local = QWidget(self)
        self.path = QLineEdit(str(preferences.vault()), self.local)
        self.browse = QPushButton(self.local)
        self.browse.clicked.connect(self._choose_file)
        self.passphrase = QLineEdit(self.local)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.path_label, self.passphrase_label = QLabel(self.local), QLabel(self.local)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path)
        path_row.addWidget(self.browse)
        local_form = QFormLayout(self.local)
        local_form.setContentsMargins(0, 0, 0, 0)
        local_form.addRow(self.path_label, path_row)
        local_form.addRow(self.passphrase_label, self.passphrase)
        self.server = ServerForm(self)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.buttons.accepted.connect(self._open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.local_choice, self.local, self.shared_choice, self.server,
                       self.error, self.buttons):
            layout.addWidget(widget)
        shared_now = bool(preferences.shared_database)
        (self.shared_choice if shared_now else self.local_choice).setChecked(True)
        self.shared_choice.toggled.connect(self._place_changed)
        self.server.edited.connect(self.error.clear)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ouvrir"))
        self.local_choice.setText(self.tr("Coffre chiffré sur ce &poste"))
        self.shared_choice.setText(self.tr("Serveur PostgreSQL &partagé"))
        self.path_label.setText(self.tr("&Fichier :"))
        self.path_label.setBuddy(self.path)
        self.passphrase_label.setText(self.tr("P&hrase de passe :"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase.setPlaceholderText(self.tr("vide : la clé du trousseau"))
        self.browse.setText(self.tr("Pa&rcourir…"))
        self.open_button.setText(self.tr("&Ouvrir"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.server.retranslate()
        self._place_changed()

    def _place_changed(self) -> None:
        shared = self.shared_choice.isChecked()
        self.local.setVisible(not shared)
        self.server.setVisible(shared)
        self.error.clear()

    def _choose_file(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_open

        choose_open(self, self.tr("Coffre Égide"), lambda path: self.path.setText(str(path)),
                    filters=self.tr("Coffres Égide (*.egide);;Tous les fichiers (*)"))

    def _open(self) -> None:
        preferences = self.preferences
        if self.shared_choice.isChecked():
            if not self.server.complete():
                self.error.setText(self.tr("Indiquez le serveur, la base et l'utilisateur."))
                return
            settings, password = self.server.settings(), self.server.password.text()
            work = lambda: shared_mode.connect(settings, password, preferences)  # noqa: E731
            label = self.tr("Connexion au serveur PostgreSQL…")
        else:
            path, passphrase = Path(self.path.text().strip()), self.passphrase.text()
            work = lambda: open_local(path, passphrase, preferences)  # noqa: E731
            label = self.tr("Ouverture du coffre…")
        self.open_button.setEnabled(False)
        self.runner.run(work, self._opened, self._failed, progress_label=label, parent=self)

    def _opened(self, db: Database) -> None:
        self.db = db
        self.open_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        if not isinstance(error, EgideError):
            self.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
        field = getattr(error, "field", None)
        if isinstance(field, str) and self.shared_choice.isChecked():
            self.server.focus(field)
