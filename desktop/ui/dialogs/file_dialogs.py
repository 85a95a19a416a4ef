"""Choosing a file or a folder, window-modal: the caller gets the path through ``then``, never
from a nested event loop (``QFileDialog.getSaveFileName`` and its kin run one), so a test drives
the dialog by typing the name and pressing Entrée as a user would.

Each ``choose_*`` returns the dialog (object name ``file_dialog``); ``then`` runs only when a
file or folder was chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def _open(dialog: QFileDialog, then: Callable[[Path], object]) -> QFileDialog:
    dialog.setObjectName("file_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: then(Path(name)) if name else None)
    dialog.open()
    return dialog


def choose_save(parent: QWidget, title: str, suggested: str | Path, filters: str,
                then: Callable[[Path], object]) -> QFileDialog:
    """Where to write; ``suggested`` is a file name or a full path."""
    suggested = Path(suggested)
    folder = str(suggested.parent) if suggested.parent != Path() else ""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    return _open(dialog, then)


def choose_open(parent: QWidget, title: str, then: Callable[[Path], object], *,
                filters: str = "", folder: str = "") -> QFileDialog:
    """An existing file to read."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _open(dialog, then)


def choose_folder(parent: QWidget, title: str, folder: str,
                  then: Callable[[Path], object]) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _open(dialog, then)
