"""Open the vault by passphrase, or by the recovery key ("J'ai perdu l'accès") and then set a
new passphrase and put the key back in the keyring (``services.vaults.restore_access``).

Every failure shows its French message inside the dialog and gives the focus back to the field.
On success, ``db`` holds the open ``Database`` and the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences
from desktop.errors import EgideError, NotAVault, VaultDamaged
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.ui.geometry import preserve_geometry
from desktop.ui.runner import Runner
from desktop.ui.widgets.passphrase_fields import PassphraseFields


class _Page(QWidget):
    """A title, an explanation, a field area, an error line and a row of buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.body = QVBoxLayout()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addLayout(self.buttons)

    def button(self, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


class UnlockDialog(QDialog):
    # The key was right but the file is damaged: start-up swaps this dialog for the one that
    # offers to restore a backup (the message is also shown here, for the lock screen).
    damaged = Signal(object)

    def __init__(
        self, path: Path, preferences: Preferences, runner: Runner,
        parent: QWidget | None = None, message: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.preferences = preferences
        self.runner = runner
        self.message = message
        self.db: Database | None = None
        self.stack = QStackedWidget(self)
        self._build_passphrase_page()
        self._build_recovery_page()
        self._build_new_access_page()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setMinimumWidth(560)
        preserve_geometry(self, "unlock_dialog")
        self.retranslate()
        self._show_page(self.passphrase_page, self.open_button, self.passphrase)

    def _build_passphrase_page(self) -> None:
        page = self.passphrase_page = _Page(self)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        page.body.addWidget(self.passphrase)
        self.lost_button = page.button(self.show_recovery)
        self.quit_button = page.button(self.reject)
        self.open_button = page.button(self.open_with_passphrase)
        self.stack.addWidget(page)

    def _build_recovery_page(self) -> None:
        page = self.recovery_page = _Page(self)
        self.recovery_key = QLineEdit(page)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.recovery_key.setFont(font)
        page.body.addWidget(self.recovery_key)
        self.back_button = page.button(self.show_passphrase)
        self.recover_button = page.button(self.open_with_recovery_key)
        self.stack.addWidget(page)

    def _build_new_access_page(self) -> None:
        page = self.new_access_page = _Page(self)
        self.new_passphrase = PassphraseFields(page)
        self.store_in_keyring = QCheckBox(page)
        available = lifecycle.keyring_available()
        self.store_in_keyring.setChecked(available)
        self.store_in_keyring.setEnabled(available)
        self.store_in_keyring.toggled.connect(self._update_required)
        page.body.addWidget(self.new_passphrase)
        page.body.addWidget(self.store_in_keyring)
        self.restore_button = page.button(self.restore_access)
        self.stack.addWidget(page)
        self._update_required()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ouvrir le coffre Égide"))
        page = self.passphrase_page
        page.title.setText(self.tr("Ouvrir le coffre"))
        page.text.setText(" ".join(filter(None, (
            self.message, self.tr("Saisissez la phrase de passe du coffre « {0} ».").format(
                self.path.name)))))
        self.passphrase.setAccessibleName(self.tr("Phrase de passe"))
        self.passphrase.setPlaceholderText(self.tr("Phrase de passe"))
        self.open_button.setText(self.tr("&Ouvrir"))
        self.lost_button.setText(self.tr("J'ai &perdu l'accès"))
        self.quit_button.setText(self.tr("&Quitter"))
        page = self.recovery_page
        page.title.setText(self.tr("Ouvrir avec la clé de secours"))
        page.text.setText(self.tr("Saisissez la clé de secours imprimée à la création du coffre. "
                                  "Les espaces et les tirets sont facultatifs."))
        self.recovery_key.setAccessibleName(self.tr("Clé de secours"))
        self.recovery_key.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-…"))
        self.back_button.setText(self.tr("< &Retour"))
        self.recover_button.setText(self.tr("&Ouvrir avec la clé"))
        page = self.new_access_page
        page.title.setText(self.tr("Nouvelle phrase de passe"))
        page.text.setText(self.tr("Le coffre est ouvert. Choisissez une nouvelle phrase de passe "
                                  "pour les prochaines ouvertures."))
        self.store_in_keyring.setText(self.tr("Remettre la clé dans le trousseau"))
        self.store_in_keyring.setAccessibleName(self.store_in_keyring.text())
        self.restore_button.setText(self.tr("&Valider"))
        self.new_passphrase.retranslate()

    # --- navigation ------------------------------------------------------------------------

    def _show_page(self, page: _Page, default: QPushButton, focus: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        for button in self.findChildren(QPushButton):
            button.setDefault(button is default)
        focus.setFocus()

    def show_recovery(self) -> None:
        self._show_page(self.recovery_page, self.recover_button, self.recovery_key)

    def show_passphrase(self) -> None:
        self._show_page(self.passphrase_page, self.open_button, self.passphrase)

    def _update_required(self) -> None:
        self.new_passphrase.required = not self.store_in_keyring.isChecked()

    # --- actions ---------------------------------------------------------------------------

    def open_with_passphrase(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._fail(self.passphrase_page, self.passphrase,
                       self.tr("Saisissez la phrase de passe."))
            return
        path, preferences = self.path, self.preferences
        self._run(self.passphrase_page, self.passphrase,
                  lambda: lifecycle.open_with_passphrase(path, text, preferences), self._opened)

    def open_with_recovery_key(self) -> None:
        text = self.recovery_key.text()
        path, preferences = self.path, self.preferences
        self._run(self.recovery_page, self.recovery_key,
                  lambda: lifecycle.open_with_recovery_key(path, text, preferences),
                  self._recovered)

    def restore_access(self) -> None:
        problem = self.new_passphrase.problem()
        if problem:
            self._fail(self.new_access_page, self.new_passphrase.passphrase, problem)
            return
        db = self.db
        assert db is not None
        passphrase = self.new_passphrase.text() or None
        store = self.store_in_keyring.isChecked()
        self._run(self.new_access_page, self.new_passphrase.passphrase,
                  lambda: lifecycle.restore_access(db, new_passphrase=passphrase,
                                                store_in_keyring=store),
                  lambda _changes: self.accept())

    def _opened(self, db: Database) -> None:
        self.db = db
        self.accept()

    def _recovered(self, db: Database) -> None:
        self.db = db
        self.recovery_key.clear()
        self._show_page(self.new_access_page, self.restore_button, self.new_passphrase.passphrase)

    def _run(self, page: _Page, field: QLineEdit, work: Callable[[], Any],
             done: Callable[[Any], None]) -> None:
        page.error.clear()
        page.setEnabled(False)

        def success(result: Any) -> None:
            page.setEnabled(True)
            done(result)

        def failure(error: BaseException) -> None:
            page.setEnabled(True)
            if isinstance(error, EgideError):
                self._fail(page, field, str(error))
                if isinstance(error, VaultDamaged | NotAVault):
                    self.damaged.emit(error)
            else:
                self.runner.show_failure(error, self)

        self.runner.run(work, success, failure, parent=self)

    def _fail(self, page: _Page, field: QLineEdit, message: str) -> None:
        page.error.setText(message)
        field.setFocus()
        field.selectAll()

    def reject(self) -> None:
        if self.db is not None:  # opened by the recovery key: finish "Nouvelle phrase de passe"
            return
        super().reject()
