"""What the main window's menus do: backup, passphrase, recovery key, preferences, about.

The window lays out the actions and connects them here; this controller calls the services
(through the context's runner) and keeps the status bar up to date. It knows the status bar,
not the window: dialogs and failures are shown over the status bar's window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from desktop.config import save_preferences
from desktop.errors import EgideError
from desktop.services.vault import auto_backup, lifecycle
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.backup_scheduler import BackupScheduler
from desktop.ui.context import AppContext
from desktop.ui.runner import CancelToken
from desktop.ui.status_bar import VaultStatusBar


class WindowActions(QObject):
    preferences_changed = Signal()
    vault_closed = Signal()
    """A restore closed the vault and then failed: the window locks."""

    def __init__(self, context: AppContext, status: VaultStatusBar) -> None:
        super().__init__(status)
        self.context = context
        self.status = status
        context.changed.connect(self._changed)
        self.scheduler = BackupScheduler(context, status)
        self.preferences_changed.connect(self.scheduler.apply_preferences)
        status.show_demo(context.demo)
        self.refresh_status()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.VAULT:
            self.refresh_status()

    def refresh_status(self) -> None:
        self.context.query(lifecycle.status, self._show_status)

    def _show_status(self, status: lifecycle.VaultStatus) -> None:
        self.status.show_vault(status)
        self.status.show_demo(status.demo or self.context.demo)

    def backup(self) -> None:
        preferences, target = self.context.preferences, None
        if self.context.demo_folder is not None:  # never among (nor pruning) the real backups
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.context.demo_folder / "sauvegardes" / f"demonstration-{stamp}.egide"
        self.status.showMessage(self.tr("Sauvegarde en cours…"))

        def back_up(db: Database, token: CancelToken) -> object:
            if target is None:  # the backup folder, copied to the second location, pruned
                return auto_backup.run(db, preferences, "manual",
                                       cancelled=lambda: token.requested)
            return lifecycle.backup(db, preferences, target, cancelled=lambda: token.requested)

        self.context.query(
            back_up,
            self._backed_up, self._backup_failed,
            progress_label=self.tr("Sauvegarde chiffrée du coffre…"), cancellable=True,
            parent=self.status)

    def _backed_up(self, info: lifecycle.BackedUp | auto_backup.AutomaticBackup) -> None:
        self.status.showMessage(
            self.tr("Sauvegarde vérifiée : {0}").format(info.path), 10_000)
        failure = info.failure if isinstance(info, auto_backup.AutomaticBackup) else None
        self.status.show_backup_failure(failure)
        self.context.publish(info.changes)

    def _backup_failed(self, error: BaseException) -> None:
        self.status.clearMessage()
        self.context.runner.show_failure(error, self.status)

    def show_backups(self) -> None:
        """Fichier > Sauvegardes…: list the backups, restore one after a confirmation."""
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        db = self.context.db
        if db is None:
            return
        try:
            path = lifecycle.embedded(db).path
        except EgideError as error:
            messages.error(self.status, str(error))
            return
        preferences = self.context.preferences
        if self.context.demo_folder is not None:  # the demo's own backups, never the real ones
            preferences = dataclasses.replace(
                preferences, backup_folder=str(self.context.demo_folder / "sauvegardes"))
        closed: list[bool] = []

        def close_current() -> None:  # on the worker, once the backup is known to open
            closed.append(True)
            db.close()

        dialog = BackupsDialog(path, preferences, self.context.runner, self.status.window(),
                               before_replacing=close_current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._after_restore(dialog, closed))
        dialog.open()

    def _after_restore(self, dialog: QObject, closed: list[bool]) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog

        assert isinstance(dialog, BackupsDialog)
        if dialog.restored is None:
            if closed:  # the vault was closed but the restore failed: the lock screen
                self.vault_closed.emit()
            return
        self.context.db = dialog.restored.db
        self.scheduler.pause()
        self.context.publish(Changes.ALL)
        message = self.tr("Sauvegarde restaurée. Les sauvegardes automatiques reprendront au "
                          "prochain démarrage.")

        def shown(status: lifecycle.VaultStatus) -> None:  # after the status, which clears it
            self._show_status(status)
            self.status.showMessage(message, 15_000)

        self.context.query(lifecycle.status, shown)

    def open_other(self) -> None:
        """Fichier > Ouvrir…: another vault, or the office's shared server; the window then
        works on it (the current one is closed once the worker is done with it)."""
        from desktop.ui.dialogs.open_dialog import OpenDialog

        dialog = OpenDialog(self.context.preferences, self.context.runner, self.status.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._switch_to(dialog.db))
        dialog.open()

    def _switch_to(self, db: Database | None) -> None:
        if db is None:
            return
        previous, self.context.db = self.context.db, db
        if getattr(db.vault, "is_shared", False):
            url = str(getattr(db.vault, "url", ""))
            self.context.silent_unlock = lambda: lifecycle.open_shared(url)
        else:
            path, preferences = db.vault.path, self.context.preferences
            self.context.silent_unlock = (
                lambda: lifecycle.open_silently(Path(str(path)), preferences))
        self.context.follow_colleagues()
        if previous is not None:
            self.context.runner.run(previous.close)
        self.context.publish(Changes.ALL)
        self.refresh_status()

    def change_passphrase(self) -> None:
        from desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.context, self.status)
        dialog.accepted.connect(lambda: self.status.showMessage(
            self.tr("Phrase de passe changée."), 10_000))
        dialog.open()

    def new_recovery_key(self) -> None:
        from desktop.ui.dialogs.rekey_dialog import RekeyDialog

        def ask(status: lifecycle.VaultStatus) -> None:
            dialog = RekeyDialog(self.context, status.has_passphrase, self.status)
            dialog.accepted.connect(self._new_key_issued)
            dialog.open()
            self.rekey_dialog = dialog

        self.context.query(lifecycle.status, ask)

    def retention(self) -> None:
        """Outils > Conservation des données…: the retention preview, applied on request."""
        from desktop.ui.dialogs.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.context, self.status.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _new_key_issued(self) -> None:
        self.status.showMessage(self.tr("Nouvelle clé de secours émise ; coffre rechiffré."),
                                10_000)
        db = self.context.db
        preferences = self.context.preferences
        if db is not None and preferences.recovery_pending(db.vault.path):
            preferences.set_recovery_pending(db.vault.path, False)
            save_preferences(preferences)

    def remind_recovery_key(self) -> None:
        """At start: the creation of this vault stopped before its recovery key was confirmed
        kept; offer a new recovery sheet (a new key, the vault re-keyed)."""
        db = self.context.db
        if db is None or not self.context.preferences.recovery_pending(db.vault.path):
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Clé de secours non confirmée"),
                          self.tr("La création de ce coffre s'est interrompue avant que vous "
                                  "confirmiez avoir conservé sa clé de secours. Sans elle, le "
                                  "coffre serait perdu si la phrase de passe était oubliée ou "
                                  "le trousseau effacé.\n\nImprimez maintenant une nouvelle "
                                  "feuille de secours : une nouvelle clé est émise et "
                                  "l'ancienne n'ouvrira plus le coffre."),
                          QMessageBox.StandardButton.NoButton, self.status.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_new_sheet = box.addButton(self.tr("&Imprimer une nouvelle feuille de secours"),
                                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Plus &tard"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.print_new_sheet)
        self.print_new_sheet.clicked.connect(self.new_recovery_key)
        box.open()
        self.recovery_reminder = box

    def edit_preferences(self) -> None:
        from desktop.services.vault.unlocking import has_passphrase
        from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        path = getattr(self.context.db.vault, "path", None) if self.context.db else None
        dialog = PreferencesDialog(self.context.preferences, self.status,
                                   has_passphrase=path is not None and has_passphrase(path),
                                   context=self.context)
        dialog.accepted.connect(self.preferences_changed)
        dialog.open()

    def about(self) -> None:
        from desktop.services.vault.about import about
        from desktop.ui.dialogs.about_dialog import AboutDialog

        def show(facts: object) -> None:
            dialog = AboutDialog(facts, self.status)  # type: ignore[arg-type]
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        if self.context.db is None:  # locked: the versions without the vault's
            show(about(None))
            return
        self.context.query(about, show)
