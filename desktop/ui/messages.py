"""Message boxes that never block the caller: opened window-modal, deleted when closed.

Callbacks from the runner show their result here; nothing waits in a nested event loop, so
the same code runs unchanged under pytest-qt (a test finds the box among the parent's children).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.errors import Cancelled


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.open()
    return box


def error(parent: QWidget | None, text: str) -> QMessageBox:
    title = QApplication.translate("messages", "Égide : erreur")
    return _box(parent, QMessageBox.Icon.Warning, title, text)


def info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text)


def failure(parent: QWidget | None, failed: BaseException) -> QMessageBox:
    """A failed work's French message; a cancellation (the user's "Annuler") is information."""
    if isinstance(failed, Cancelled):
        return info(parent, QApplication.translate("messages", "Opération annulée"), str(failed))
    return error(parent, str(failed))
