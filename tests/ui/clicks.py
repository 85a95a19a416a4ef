"""Small helpers that act as a user would: a tab reached by a click on its label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot


def click_tab(qtbot: QtBot, tabs: QTabWidget, tab: QWidget) -> None:
    """Click the label of ``tab`` in ``tabs`` and check that it is now the one shown
    (``tab`` may sit inside the page's widget, e.g. a scroll area)."""
    index = next((i for i in range(tabs.count())
                  if tabs.widget(i) is tab or tabs.widget(i).isAncestorOf(tab)), -1)
    assert index >= 0, "the tab is not in this tab widget"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index and tab.isVisible()
