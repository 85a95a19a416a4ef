"""After a file is written where the user chose: say so, with the path, in the main window's
status bar (a dialog that shows its own line passes it too)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

SHOWN_MS = 15_000


def announce_saved(widget: QWidget, path: Path, line: QLabel | None = None) -> str:
    text = QCoreApplication.translate("saved", "Enregistré : {0}").format(path)
    if line is not None:
        line.setText(text)
        line.show()
    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, QMainWindow):
        parent = parent.parentWidget()
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, SHOWN_MS)
    return text
