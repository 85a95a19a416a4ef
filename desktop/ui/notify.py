"""A desktop notification (the system tray's balloon on Windows, the notification server on
Linux) for what must be seen even when Égide's window is behind another: a failed automatic
backup. Where the system has no tray (a bare session, offscreen tests), nothing is shown and
the status bar alone tells it."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.resources import resource_path

_tray: QSystemTrayIcon | None = None


def notify(title: str, text: str) -> bool:
    """Show ``text`` as a notification; False when the system offers none."""
    global _tray
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    if _tray is None:
        _tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "egide.png"))),
                                QApplication.instance())
        _tray.setToolTip(QApplication.translate("notify", "Égide"))
    _tray.show()
    _tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
    return True
