"""What the main window's menus do: backup, audit check, passphrase, preferences, about.

The window only lays out the actions; this controller connects them to services (through the
context's runner) and keeps the status bar up to date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop import __version__
from desktop.errors import EgideError
from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.ui import messages
from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.storage.backup import BackupInfo
    from desktop.ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        window.backup_action.triggered.connect(self.backup)
        window.backups_action.triggered.connect(self.show_backups)
        window.verify_action.triggered.connect(self.verify_audit)
        window.passphrase_action.triggered.connect(self.change_passphrase)
        window.rekey_action.triggered.connect(self.new_recovery_key)
        window.preferences_action.triggered.connect(self.edit_preferences)
        window.about_action.triggered.connect(self.about)
        context.changed.connect(self._changed)
        window.status.show_demo(context.demo)
        self.refresh_status()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.VAULT:
            self.refresh_status()

    def refresh_status(self) -> None:
        self.context.query(lifecycle.status, self._show_status)

    def _show_status(self, status: lifecycle.VaultStatus) -> None:
        self.window.status.show_vault(status)
        self.window.status.show_demo(status.demo or self.context.demo)

    def backup(self) -> None:
        preferences, target = self.context.preferences, None
        if self.context.demo_folder is not None:  # never among (nor pruning) the real backups
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.context.demo_folder / "sauvegardes" / f"demonstration-{stamp}.egide"
        self.window.status.showMessage(self.tr("Sauvegarde en cours…"))
        self.context.query(lambda db: lifecycle.backup(db, preferences, target), self._backed_up,
                           self._backup_failed,
                           progress_label=self.tr("Sauvegarde chiffrée du coffre…"),
                           parent=self.window)

    def _backed_up(self, info: BackupInfo) -> None:
        self.window.status.showMessage(
            self.tr("Sauvegarde vérifiée : {0}").format(info.path), 10_000)
        self.context.publish(Changes.VAULT | Changes.AUDIT)

    def _backup_failed(self, error: BaseException) -> None:
        self.window.status.clearMessage()
        self.context.runner.show_failure(error, self.window)

    def show_backups(self) -> None:
        """Fichier > Sauvegardes…: list the backups, restore one after a confirmation."""
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        db = self.context.db
        if db is None:
            return
        try:
            path = lifecycle.embedded(db).path
        except EgideError as error:
            messages.error(self.window, str(error))
            return
        preferences = self.context.preferences
        if self.context.demo_folder is not None:  # the demo's own backups, never the real ones
            preferences = dataclasses.replace(
                preferences, backup_folder=str(self.context.demo_folder / "sauvegardes"))
        closed: list[bool] = []

        def close_current() -> None:  # on the worker, once the backup is known to open
            closed.append(True)
            db.close()

        dialog = BackupsDialog(path, preferences, self.context.runner, self.window,
                               before_replacing=close_current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._after_restore(dialog, closed))
        dialog.open()

    def _after_restore(self, dialog: QObject, closed: list[bool]) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        assert isinstance(dialog, BackupsDialog)
        if dialog.restored is None:
            if closed:  # the vault was closed but the restore failed: the lock screen
                self.window.lock.lock()
            return
        self.context.db = dialog.restored.db
        self.context.automatic_backups_paused = True
        self.context.publish(Changes.ALL)
        message = self.tr("Sauvegarde restaurée. Les sauvegardes automatiques reprendront au "
                          "prochain démarrage.")

        def shown(status: lifecycle.VaultStatus) -> None:  # after the status, which clears it
            self._show_status(status)
            self.window.status.showMessage(message, 15_000)

        self.context.query(lifecycle.status, shown)

    def verify_audit(self) -> None:
        page = self.window.audit_page
        self.window.navigation.setCurrentRow(self.window.pages.index(page))
        page.verify()

    def change_passphrase(self) -> None:
        from desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.context, self.window)
        dialog.accepted.connect(lambda: self.window.status.showMessage(
            self.tr("Phrase de passe changée."), 10_000))
        dialog.open()

    def new_recovery_key(self) -> None:
        from desktop.ui.dialogs.rekey_dialog import RekeyDialog

        def ask(status: lifecycle.VaultStatus) -> None:
            dialog = RekeyDialog(self.context, status.has_passphrase, self.window)
            dialog.accepted.connect(lambda: self.window.status.showMessage(
                self.tr("Nouvelle clé de secours émise ; coffre rechiffré."), 10_000))
            dialog.open()

        self.context.query(lifecycle.status, ask)

    def edit_preferences(self) -> None:
        from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.context.preferences, self.window)
        dialog.accepted.connect(self.window.lock.apply_preferences)
        dialog.open()

    def about(self) -> None:
        messages.info(
            self.window, self.tr("À propos d'Égide"),
            self.tr("Égide {0}\n\nSuivi du protocole santé-sécurité-justice du bureau de la "
                    "sécurité de la préfecture.\n\nLes données sont enregistrées dans un coffre "
                    "chiffré (SQLCipher 4, clé de 256 bits).").format(__version__),
        )
