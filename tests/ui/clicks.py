"""Small helpers that act as a user would: a tab reached by a click on its label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot


def click_tab(qtbot: QtBot, tabs: QTabWidget, tab: QWidget) -> None:
    """Click the label of ``tab`` in ``tabs`` and check that it is now the one shown."""
    index = tabs.indexOf(tab)
    assert index >= 0, "the tab is not in this tab widget"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is tab
