"""Small helpers that act as a user would: a tab reached by a click on its label, a dialog
closed by a click on its OK (Enregistrer…) or Annuler button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QWidget
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


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QWidget:
    """The dialog's standard button ``which`` (its ``buttons`` box), shown and enabled."""
    box = getattr(dialog, "buttons", None)
    assert isinstance(box, QDialogButtonBox), "the dialog has no button box"
    button = box.button(which)
    assert button is not None, f"the dialog has no {which.name} button"
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be clicked"
    return button


def click_ok(qtbot: QtBot, dialog: QWidget) -> None:
    """Click the dialog's OK button (whatever its text: Enregistrer, Valider…)."""
    qtbot.mouseClick(dialog_button(dialog, QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def click_cancel(qtbot: QtBot, dialog: QWidget) -> None:
    """Click the dialog's Annuler button."""
    qtbot.mouseClick(dialog_button(dialog, QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
