"""``AppContext``: what every page and dialog is handed (no global, no god object).

It holds the open vault (``db``, ``None`` while locked), the user's preferences, the background
runner, the demo folder when the vault is a demonstration, and the ``changed`` signal: after a
write, the ``Changes`` flags it returned are relayed there, and each page refreshes only what it
shows. On a shared server the same flags go to the colleagues' windows (``NOTIFY``), and theirs
come back here (``follow_colleagues``): an open page refreshes when a colleague saves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.config import Preferences
from desktop.errors import VaultLocked
from desktop.services.vault.changes import Changes
from desktop.ui.runner import Job, Runner

if TYPE_CHECKING:
    from desktop.services.vault.database import Database


class AppContext(QObject):
    changed = Signal(object)  # Changes
    lock_changed = Signal(bool)  # True when locked
    _heard = Signal(object)  # Changes a colleague saved (emitted by the listening thread)

    def __init__(
        self,
        db: Database | None,
        preferences: Preferences,
        runner: Runner,
        *,
        demo_folder: Path | None = None,
        silent_unlock: Callable[[], Database] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.db = db
        self.preferences = preferences
        self.runner = runner
        # A demonstration vault lives (with its backups) in a temporary folder.
        self.demo_folder = demo_folder
        # How the lock screen reopens without asking (default: the key from the keyring).
        self.silent_unlock = silent_unlock
        # After a restore, automatic backups wait for the next start (they would otherwise
        # soon rotate out the backups taken before the damage). The backup scheduler reads it.
        self.automatic_backups_paused = False
        self._listener: Any = None
        self._heard.connect(self.publish)

    @property
    def db(self) -> Database | None:
        return self._db

    @db.setter
    def db(self, db: Database | None) -> None:
        """Opening a vault also sets the zone every time is shown in (the office's)."""
        if db is not None and db is not self._db:
            self._db = db
            self._use_office_zone()
        self._db = db

    def _use_office_zone(self) -> None:
        from desktop.services.vault.office import get_office
        from desktop.ui import clock

        if self._db is None:
            return
        try:
            office = get_office(self._db)
        except Exception:  # a vault without its office row yet: keep the default zone
            return
        if office is not None:
            clock.use_zone(office.time_zone)

    @property
    def demo(self) -> bool:
        return self.demo_folder is not None

    @property
    def locked(self) -> bool:
        return self.db is None

    def require_db(self) -> Database:
        if self.db is None:
            raise VaultLocked()
        return self.db

    def query(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        **options: Any,
    ) -> Job | None:
        """Read from the vault on the worker: ``fn(db)``; nothing runs while locked.

        With ``cancellable=True`` (long work, an "Annuler" button on its progress), ``fn(db,
        token)`` receives the cancel token; it hands the service ``lambda: token.requested``."""
        if self.db is None:
            return None
        db = self.db
        if options.get("cancellable"):
            return self.runner.run(lambda token: fn(db, token), on_success, on_failure,
                                   **options)
        return self.runner.run(lambda: fn(db), on_success, on_failure, **options)

    def write(
        self,
        fn: Callable[..., Changes],
        on_success: Callable[[Changes], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> Job | None:
        """A user action that writes: ``fn(db)`` returns its ``Changes``, relayed to pages."""

        def done(changes: Changes) -> None:
            self.publish(changes)
            if on_success is not None:
                on_success(changes)

        from desktop.services.vault.shared_mode import announce

        def told(db: Database, changes: Changes) -> Changes:
            announce(db, changes)  # the colleagues' windows, on a shared server
            return changes

        if options.get("cancellable"):
            return self.query(lambda db, token: told(db, fn(db, token)), done, on_failure,
                              parent=parent, **options)
        return self.query(lambda db: told(db, fn(db)), done, on_failure, parent=parent,
                          **options)

    def follow_colleagues(self) -> None:
        """Listen for the colleagues' saves on the open shared server (none for a local
        vault); called when a database opens, and again when another one replaces it."""
        from desktop.services.vault.shared_mode import watch

        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self.db is not None:
            self._listener = watch(self.db, self._heard.emit)

    def publish(self, changes: Changes) -> None:
        if changes & Changes.OFFICE:
            self._use_office_zone()  # another département, maybe another zone
        if changes:
            self.changed.emit(changes)
