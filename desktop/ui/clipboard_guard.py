"""Copied case text does not stay on the clipboard: what the user copies from a widget that
shows personal data (``setProperty("personal_data", True)`` on it or an ancestor: the case
view) is cleared after a minute, and at once when the vault locks, unless something else was
copied meanwhile. (The recovery key panel clears its own copy.)"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

CLEAR_AFTER_MS = 60_000


def shows_personal_data(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property("personal_data"):
            return True
        widget = widget.parentWidget()
    return False


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, delay_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.clear)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text and text != self.copied and shows_personal_data(QApplication.focusWidget()):
            self.copied = text
            self.timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds the copied text (not what came after)."""
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self.copied is not None and clipboard.text() == self.copied:
            clipboard.clear()
        self.copied = None

    def stop(self) -> None:
        self.timer.stop()
        QGuiApplication.clipboard().dataChanged.disconnect(self._changed)
