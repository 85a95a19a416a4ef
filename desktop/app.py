"""Build the QApplication, paint the main window, then unlock the vault and show its data.

Start-up speed is a requirement: the window's shell (title, empty navigation, "Ouverture du
coffre…") paints before SQLAlchemy, SQLCipher, keyring, alembic or ReportLab are imported.
Only after that first paint does ``Startup`` import the services and unlock, in this order:
the passphrase given on the command line (``--passphrase-file`` / ``EGIDE_PASSPHRASE``), the
recovery key file, the keyring silently, else the unlock dialog. No vault yet at the default
place: the creation assistant. ``--demo``: a demonstration vault in a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui import french, style
from desktop.ui.main_window import MainWindow
from desktop.ui.screen_fit import install_keep_on_screen

if TYPE_CHECKING:
    from desktop.config import Preferences
    from desktop.services.vault.database import Database
    from desktop.services.vault.lifecycle import Created
    from desktop.services.vault.window_lock import VaultLock
    from desktop.ui.context import AppContext
    from desktop.ui.runner import Runner

HEAVY_MODULES = ("sqlalchemy", "sqlcipher3", "keyring", "alembic", "reportlab", "pyqtgraph",
                 "desktop.models")
"""Named by the trace when loaded: the home page shows its data before the models (their
import and mapper configuration cost more than the data's read)."""


@dataclass
class GuiOptions:
    vault: Path | None = None
    passphrase: str | None = None
    recovery_key: str | None = None
    demo: bool = False
    quit_after_paint: bool = False
    meeting_pack: Path | None = None  # opened from the file manager: review or merge it


def _trace(event: str) -> None:
    """``EGIDE_STARTUP_TRACE=1``: print when each start-up step happened (for benchmarks)."""
    if os.environ.get("EGIDE_STARTUP_TRACE"):
        heavy = [name for name in HEAVY_MODULES if name in sys.modules]
        print(f"egide-startup {event} {time.time():.6f} heavy={','.join(heavy) or '-'}",
              file=sys.stderr, flush=True)


def _purge(db: Database) -> Any:
    """On the worker, once the data are shown: ``audit_log`` imports the models, which the
    GUI thread would otherwise import (and the worker hold the GIL for) before the data."""
    from desktop.services.vault import audit_log

    return audit_log.purge_access_log(db)


def _import_first_screen() -> None:
    """What ``_ready`` and ``attach`` use before the data show: the home page, the lock and
    the window's actions, the global search, the colleagues' watch (imported now, built once
    the vault is open)."""
    import desktop.services.search.global_search
    import desktop.services.vault.shared_mode
    import desktop.ui.clipboard_guard
    import desktop.ui.lock
    import desktop.ui.pages.home
    import desktop.ui.session_watch
    import desktop.ui.window_actions  # noqa: F401 - all imported for their side effect

    if sys.platform.startswith("linux"):  # the lock's session watch (logind over QtDBus)
        with contextlib.suppress(ImportError):  # a build of PySide6 without QtDBus
            import PySide6.QtDBus  # noqa: F401


class Startup(QObject):
    """Everything between the first paint and the window showing its data."""

    def __init__(self, app: QApplication, window: MainWindow, options: GuiOptions) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.options = options
        self.preferences: Preferences | None = None
        self.runner: Runner | None = None
        self.context: AppContext | None = None
        self.demo_folder: Path | None = None
        self.path: Path | None = None
        self.lock: VaultLock | None = None
        window.painted.connect(self._first_paint)

    def _first_paint(self) -> None:
        self.window.painted.disconnect(self._first_paint)
        _trace("first-paint")
        QTimer.singleShot(0, self.begin)

    def begin(self) -> None:
        from desktop.config import load_preferences
        from desktop.ui.runner import Runner

        self.preferences = load_preferences()
        self.runner = Runner(self)
        options = self.options
        if options.demo:
            self._open_demo()
            return
        if options.vault is None and self.preferences.shared_database:
            from desktop.services.vault import lifecycle

            url = self.preferences.shared_database  # this PC works on the office's server
            self._try(lambda: lifecycle.open_shared(url))
            return
        self.path = Path(options.vault) if options.vault else self.preferences.vault()
        if not self.path.exists() and options.vault is not None:
            from desktop.errors import VaultNotFound

            self._fatal(VaultNotFound(self.path))
            return
        if not self._take_lock(self.path):
            return
        if not self.path.exists():
            self._create()
            return
        from desktop.services.vault import lifecycle

        path, preferences = self.path, self.preferences
        if options.passphrase:
            passphrase = options.passphrase
            self._try(lambda: lifecycle.open_with_passphrase(path, passphrase, preferences))
        elif options.recovery_key:
            key = options.recovery_key
            self._try(lambda: lifecycle.open_with_recovery_key(path, key, preferences))
        else:
            self._try(lambda: lifecycle.open_silently(path, preferences))
        # While the worker opens the vault (the keyring's D-Bus round trips, SQLCipher: the
        # GIL is free most of that time), the GUI thread imports what ``attach`` builds first,
        # instead of after the vault is open (measured: about a third of the wait for data).
        QTimer.singleShot(0, _import_first_screen)

    def _take_lock(self, path: Path) -> bool:
        """One vault, one window: another window holding it is told, and nothing opens."""
        from desktop.errors import VaultInUse
        from desktop.services.vault import window_lock

        try:
            self.lock = window_lock.acquire(path)
        except VaultInUse as error:
            self._fatal(error)
            return False
        except OSError:  # a folder where no lock can be written: open as before
            self.lock = None
        return True

    # --- the ways in -----------------------------------------------------------------------

    def _try(self, work: Any) -> None:
        assert self.runner is not None
        self.runner.run(work, self._ready, self._not_opened)

    def _not_opened(self, error: BaseException) -> None:
        from desktop.errors import KeyringEntryMissing, NoPassphraseSlot, SidecarMismatch, WrongKey

        if self.options.quit_after_paint or not isinstance(
            error, KeyringEntryMissing | WrongKey | NoPassphraseSlot | SidecarMismatch
        ):
            self._fatal(error)
            return
        message = "" if isinstance(error, KeyringEntryMissing) else str(error)
        self._ask_unlock(message)

    def _ask_unlock(self, message: str) -> None:
        from desktop.ui.dialogs.unlock_dialog import UnlockDialog

        assert self.path is not None and self.preferences is not None and self.runner
        dialog = UnlockDialog(self.path, self.preferences, self.runner, self.window, message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ready(dialog.db))
        dialog.rejected.connect(lambda: self.app.exit(0))
        dialog.damaged.connect(lambda error: self._damaged_while_unlocking(dialog, error))
        dialog.open()

    def _damaged_while_unlocking(self, dialog: QDialog, error: BaseException) -> None:
        dialog.rejected.disconnect()
        dialog.close()
        self._offer_restore(error)

    def _create(self) -> None:
        from desktop.ui.dialogs.creation_wizard import CreationWizard

        assert self.path is not None and self.preferences is not None and self.runner
        if self.options.quit_after_paint:
            from desktop.errors import VaultNotFound

            self._fatal(VaultNotFound(self.path))
            return
        wizard = CreationWizard(self.path, self.preferences, self.runner, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._ready(wizard.database()))
        wizard.rejected.connect(lambda: self.app.exit(0))
        wizard.open()

    def _open_demo(self) -> None:
        import tempfile

        from desktop.services.demo.build import create_demo

        assert self.runner is not None
        self.demo_folder = Path(tempfile.mkdtemp(prefix="egide-demo-"))
        path = self.path = self.demo_folder / "demonstration.egide"
        self.runner.run(
            lambda: create_demo(path), self._demo_ready, self._fatal,
            progress_label=self.tr("Préparation du coffre de démonstration…"),
            parent=self.window,
        )

    def _demo_ready(self, created: Created) -> None:
        from desktop.services.vault import lifecycle

        # Its passphrase is random and its key is not in the keyring: the lock screen reopens
        # it with the recovery key kept in memory (the data are fictitious).
        path, key = created.db.vault.path, created.recovery_key
        self._ready(created.db, silent_unlock=lambda: lifecycle.open_with_recovery_key(path, key))

    # --- the vault is open -----------------------------------------------------------------

    def _ready(
        self, db: Database | None, *, silent_unlock: Any = None, restored: bool = False
    ) -> None:
        from desktop.ui.context import AppContext

        if db is None:
            self.app.exit(1)
            return
        assert self.preferences is not None and self.runner is not None
        _trace("vault-open")
        if silent_unlock is None and getattr(db.vault, "is_shared", False):
            from desktop.services.vault import lifecycle

            url = str(getattr(db.vault, "url", ""))  # the password stays in the keyring
            silent_unlock = lambda: lifecycle.open_shared(url)  # noqa: E731
        self.context = AppContext(db, self.preferences, self.runner,
                                  demo_folder=self.demo_folder, silent_unlock=silent_unlock,
                                  parent=self)
        self.context.automatic_backups_paused = restored
        self.context.follow_colleagues()
        self.window.attach(self.context)
        self.window.home_page.data_shown.connect(self._data_shown)

    def _purge_access_log(self) -> None:
        """Accesses older than a year leave the audit trail (CNIL), behind a checkpoint."""
        assert self.context is not None
        context = self.context
        context.query(_purge, lambda done: context.publish(done.changes),
                      lambda _error: None)  # a busy vault: the next opening purges

    def _data_shown(self) -> None:
        self.window.home_page.data_shown.disconnect(self._data_shown)
        self.window.home_page.repaint()  # painted now, with the data
        _trace("data-painted")
        self._purge_access_log()  # after: it imports the models, on the worker
        if self.options.quit_after_paint:
            QTimer.singleShot(0, lambda: self.app.exit(0))
            return
        self.window.actions_controller.remind_recovery_key()
        if self.options.meeting_pack is not None:
            self.window.open_meeting_pack(self.options.meeting_pack)

    def _fatal(self, error: BaseException) -> None:
        from desktop.ui import messages

        print(str(error), file=sys.stderr)
        if self.options.quit_after_paint:
            self.app.exit(1)
            return
        from desktop.errors import VaultError, VaultInUse

        if (isinstance(error, VaultError) and not isinstance(error, VaultInUse)
                and self.path is not None and not self.demo_folder):  # in use: not damaged
            self._offer_restore(error)
            return
        box = messages.error(self.window, str(error))
        box.finished.connect(lambda _result: self.app.exit(1))

    def _offer_restore(self, error: BaseException) -> None:
        """One dialog: what happened, copy the diagnosis, restore a backup, or quit."""
        from desktop.ui.dialogs.open_failure_dialog import OpenFailureDialog

        assert self.path is not None and self.preferences is not None and self.runner
        dialog = OpenFailureDialog(self.path, error, self.preferences, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ready(dialog.db, restored=True))
        dialog.rejected.connect(lambda: self.app.exit(1))
        dialog.open()

    def finish(self) -> None:
        """After the event loop: let the worker finish, forget the key, drop a demo vault."""
        if self.runner is not None:
            self.runner.shutdown()
        if self.context is not None and self.context.db is not None:
            self._backup_at_close(self.context)
            self.context.db.close()
            self.context.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)


    @staticmethod
    def _backup_at_close(context: Any) -> None:
        """The backup at close (``backup_on_close``), when something changed since the last
        one; a failure is told on stderr and never keeps the application from closing."""
        from desktop.services.vault import auto_backup

        if context.demo or context.automatic_backups_paused:
            return
        try:
            done = auto_backup.at_close(context.db, context.preferences)
        except Exception as error:  # noqa: BLE001 - closing goes on whatever happens
            print(f"Sauvegarde à la fermeture impossible : {error}", file=sys.stderr)
            return
        if done.failure:
            print(done.failure, file=sys.stderr)


def run_gui(options: GuiOptions) -> int:
    _trace("start")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Egide")
    app.setApplicationName("Egide")
    app.setApplicationDisplayName("Égide")
    french.install(app)
    style.apply(app)
    install_keep_on_screen(app)
    window = MainWindow()
    startup = Startup(app, window, options)
    window.show()
    code = app.exec()
    window.hide()  # saves the geometry
    startup.finish()
    return code
