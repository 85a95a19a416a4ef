"""Every control of every page is named for a screen reader (RGAA; issue 17 item 6).

Walks each page of the main window on the demo vault, and each tab of its tab widgets: an
interactive control (a button without text, a line edit, a combo, a spin or date box, an item
view, a chart) must have an accessible name or a visible label that is its buddy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.services.demo.build import create_demo
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import Runner
from tests.ui.conftest import PASSPHRASE, wait_idle

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QGraphicsView, QPlainTextEdit, QTextEdit)
# Parts of a compound control, named through the control itself.
COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget, QAbstractItemView, QGraphicsView)


def _inside_compound(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def _buddies(page: QWidget) -> set[int]:
    return {id(label.buddy()) for label in page.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()}


def unnamed(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return False
    if isinstance(widget, QAbstractButton):
        return not widget.text().replace("&", "").strip()
    return True


def describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None and len(chain) < 4:
        chain.append(type(parent).__name__ + (f"#{parent.objectName()}"
                                              if parent.objectName() else ""))
        parent = parent.parentWidget()
    return " < ".join(chain)


def offenders(page: QWidget) -> list[str]:
    buddies = _buddies(page)
    return [describe(w) for w in page.findChildren(QWidget)
            if isinstance(w, CONTROLS) and w.isVisible() and not _inside_compound(w, page)
            and unnamed(w, buddies)]


def open_a_case(qtbot: QtBot, page: QWidget, window: MainWindow) -> None:
    """On the Signalements page, click the first case so its view (and its tabs) shows."""
    table, view = getattr(page, "table", None), getattr(page, "view", None)
    if not isinstance(table, QTableView) or not hasattr(view, "case"):
        return
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=20_000)
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.case is not None, timeout=20_000)  # type: ignore[union-attr]
    wait_idle(qtbot, window.context.runner)


def walk_tabs(qtbot: QtBot, page: QWidget, window: MainWindow) -> Iterator[None]:
    """Yield once per state: the page as shown, then each tab of each tab widget."""
    yield
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                bar = tabs.tabBar()
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                                 pos=bar.tabRect(index).center())
                wait_idle(qtbot, window.context.runner)
                yield


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, runner: Runner,
                preferences: Preferences) -> Iterator[MainWindow]:
    created = create_demo(tmp_path / "demo.egide", passphrase=PASSPHRASE, use_keyring=True)
    context = AppContext(created.db, preferences, runner)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.painted, timeout=10_000, raising=False):
        window.show()
    window.attach(context)
    qtbot.waitSignal(window.home_page.desk_shown, timeout=30_000).wait()
    yield window
    window.close()
    runner.shutdown()
    created.db.close()


def test_every_control_of_every_page_is_named(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    found: dict[str, list[str]] = {}
    navigation = window.navigation
    for row in range(navigation.count()):
        item = navigation.item(row)
        navigation.scrollToItem(item)
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                         pos=navigation.visualItemRect(item).center())
        qtbot.waitUntil(lambda r=row: navigation.currentRow() == r)
        wait_idle(qtbot, window.context.runner)
        page = window.pages[row]
        assert page is not None
        open_a_case(qtbot, page, window)
        for _ in walk_tabs(qtbot, page, window):
            for where in offenders(page):
                found.setdefault(item.text(), [])
                if where not in found[item.text()]:
                    found[item.text()].append(where)
    # The main window's own controls (navigation, global search) too.
    outside = [describe(w) for w in window.findChildren(QWidget)
               if isinstance(w, CONTROLS) and w.isVisible()
               and not any(page is not None and page.isAncestorOf(w) for page in window.pages)
               and not _inside_compound(w, window)
               and unnamed(w, _buddies(window))]
    if outside:
        found["Fenêtre"] = outside
    report = "\n".join(f"{page}: {where}" for page, places in found.items() for where in places)
    assert not found, "controls without a name:\n" + report
