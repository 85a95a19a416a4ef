"""Window state kept with ``QSettings`` (Picard's ``PreserveGeometry``), for every window.

``preserve_geometry(widget, "name")`` restores the geometry (and the given splitters, and a
main window's state) when the widget is first shown, and saves them when it is hidden.
With ``EGIDE_HOME`` set (tests, portable installs) the settings file lives there, so a test
never touches the user's own settings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

ORGANISATION = "Egide"
APPLICATION = "Egide"


def settings() -> QSettings:
    home = os.environ.get("EGIDE_HOME")
    if home:
        path = Path(home) / "config" / "interface.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


class _GeometryKeeper(QObject):
    """An event filter on its parent widget. It keeps no reference to that widget (the filter
    is handed it as ``watched``): widget and keeper referring to each other made a cycle that
    Python's collector could clear while Qt still delivered the widget's events to the keeper
    (seen once in the suite: an ``AttributeError`` in this filter, then a crash)."""

    def __init__(self, widget: QWidget, key: str, splitters: Sequence[QSplitter]) -> None:
        super().__init__(widget)
        self._key = key
        self._splitters = list(splitters)
        self._restored = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget) or "_key" not in self.__dict__:
            return False  # another object's events, or a keeper Python is tearing down
        if event.type() == QEvent.Type.Show and not self._restored:
            self._restored = True
            self.restore(watched)
        elif event.type() == QEvent.Type.Hide and self._restored:
            self.save(watched)
        return False

    def restore(self, widget: QWidget) -> None:
        store = settings()
        geometry = store.value(f"{self._key}/geometry")
        if geometry is not None:
            widget.restoreGeometry(geometry)
        elif isinstance(widget, QMainWindow):
            # First start: the pages are wide tables; use the whole screen.
            widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
        if isinstance(widget, QMainWindow):
            state = store.value(f"{self._key}/state")
            if state is not None:
                widget.restoreState(state)
        for index, splitter in enumerate(self._splitters):
            state = store.value(f"{self._key}/splitter{index}")
            if state is not None:
                splitter.restoreState(state)

    def save(self, widget: QWidget) -> None:
        store = settings()
        store.setValue(f"{self._key}/geometry", widget.saveGeometry())
        if isinstance(widget, QMainWindow):
            store.setValue(f"{self._key}/state", widget.saveState())
        for index, splitter in enumerate(self._splitters):
            store.setValue(f"{self._key}/splitter{index}", splitter.saveState())
        store.sync()


def preserve_geometry(
    widget: QWidget, key: str, splitters: Sequence[QSplitter] = ()
) -> QObject:
    """Keep ``widget``'s geometry under ``key``; returns the keeper (a child of the widget)."""
    return _GeometryKeeper(widget, key, splitters)
