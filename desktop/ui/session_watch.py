"""The system tells the application the laptop goes to sleep or the session is locked; the
lock controller locks the vault at once (the idle delay is not waited for).

- Linux: logind over the system D-Bus (``PrepareForSleep(true)`` on the manager, ``Lock`` on
  this session), through QtDBus when PySide6 ships it and a system bus answers;
- Windows: ``WTSRegisterSessionNotification`` then ``WM_WTSSESSION_CHANGE`` (lock, logoff,
  remote or console disconnect) and ``WM_POWERBROADCAST`` (suspend), read by a native event
  filter.

Elsewhere, or when neither is available, nothing is watched: the idle lock still works (from
the wall clock, so that a sleep counts as idle time).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Signal, Slot

LOGIN1 = "org.freedesktop.login1"
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_LOCKING = {0x2, 0x4, 0x6, 0x7}  # console/remote disconnect, logoff, lock
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0


class SessionWatcher(QObject):
    """Says ``lock_requested`` when the system sleeps or locks the session."""

    lock_requested = Signal(str)  # why, for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        self._filter: _WindowsFilter | None = None
        if sys.platform.startswith("linux"):
            self._watch_logind()

    # --- Linux -----------------------------------------------------------------------------

    def _watch_logind(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of PySide6 without QtDBus
            return
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        if bus.connect(LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager",
                       "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)")):
            self.watching.append("sleep")
        if bus.connect(LOGIN1, "/org/freedesktop/login1/session/auto", f"{LOGIN1}.Session",
                       "Lock", self, SLOT("session_locked()")):
            self.watching.append("session")

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.lock_requested.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.lock_requested.emit("session")

    # --- Windows ---------------------------------------------------------------------------

    def watch_window(self, window_id: int) -> None:
        """On Windows: ask for the session notifications of the main window (its ``winId``)."""
        if sys.platform != "win32":
            return
        import ctypes

        from PySide6.QtCore import QCoreApplication

        try:
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                window_id, NOTIFY_FOR_THIS_SESSION)
        except (AttributeError, OSError):
            return
        app = QCoreApplication.instance()
        if app is not None and self._filter is None:
            self._filter = _WindowsFilter(self)
            app.installNativeEventFilter(self._filter)
            self.watching += ["sleep", "session"]

    def message(self, message: int, wparam: int) -> None:
        """One Windows message (also what the tests feed in)."""
        if message == WM_WTSSESSION_CHANGE and wparam in WTS_LOCKING:
            self.lock_requested.emit("session")
        elif message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
            self.lock_requested.emit("sleep")

    def stop(self) -> None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
            self._filter = None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SessionWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            self.watcher.message(int(msg.message), int(msg.wParam or 0))
        return False, 0
