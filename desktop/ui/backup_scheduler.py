"""Automatic backups while the window is open: every ``backup_every_minutes`` when something
changed, and before each import or merge (the services call ``auto_backup.before``; this
scheduler enables it and hears the outcome).

A failure never interrupts the user: it shows in the status bar (and stays there until the
next backup succeeds), and the first failure of a series is also a desktop notification.
The backup at close is the application's (``App.finish``): the window
is gone by then. Nothing runs for a demonstration vault, nor after a restore until restart.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.services.vault import auto_backup
from desktop.services.vault.changes import Changes
from desktop.ui import notify
from desktop.ui.context import AppContext
from desktop.ui.status_bar import VaultStatusBar

MINUTE_MS = 60_000


class BackupScheduler(QObject):
    _outcome = Signal(object)  # AutomaticBackup | BackupFailure, from the worker thread

    def __init__(self, context: AppContext, status: VaultStatusBar) -> None:
        super().__init__(status)
        self.context = context
        self.status = status
        self.dirty = False
        self.failing = False  # the last automatic backup failed (notified once per series)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self._outcome.connect(self._show, Qt.ConnectionType.QueuedConnection)
        context.changed.connect(self._changed)
        self.apply_preferences()

    @property
    def active(self) -> bool:
        return not self.context.demo and not self.context.automatic_backups_paused

    def apply_preferences(self) -> None:
        minutes = self.context.preferences.backup_every_minutes
        if self.active and minutes > 0:
            self.timer.start(minutes * MINUTE_MS)
        else:
            self.timer.stop()
        if self.active:
            auto_backup.enable(self.context.preferences, self._outcome.emit)
        else:
            auto_backup.disable()

    def pause(self) -> None:
        """After a restore: nothing automatic until the next start."""
        self.context.automatic_backups_paused = True
        self.apply_preferences()

    def _changed(self, changes: Changes) -> None:
        if changes & ~(Changes.VAULT | Changes.AUDIT):  # a backup's own changes do not count
            self.dirty = True

    def tick(self) -> None:
        """The half-hourly backup: only when something changed since the last one."""
        if not self.dirty or not self.active or self.context.locked:
            return
        self.dirty = False
        preferences = self.context.preferences
        self.context.query(
            lambda db: auto_backup.run(db, preferences, "automatic", only_if_changed=True),
            self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.dirty = True  # try again at the next tick
        self._report_failure(auto_backup.failure_text(error))

    def _report_failure(self, message: str) -> None:
        self.status.show_backup_failure(message)
        if not self.failing:
            notify.notify(self.tr("Égide : échec de la sauvegarde automatique"), message)
        self.failing = True

    def _show(self, outcome: auto_backup.AutomaticBackup | auto_backup.BackupFailure) -> None:
        if outcome.failure:
            self._report_failure(outcome.failure)
            return
        if isinstance(outcome, auto_backup.AutomaticBackup) and outcome.path is not None:
            self.failing = False
            self.status.show_backup_failure(None)
            self.context.publish(outcome.changes)
