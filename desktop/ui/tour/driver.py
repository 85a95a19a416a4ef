"""What the tour does with the window: the clicks and keys of a user, and the waits between them.

Every screen is reached through the widgets a user touches (a navigation row, a tab, a button,
a menu entry); nothing calls a page's slot directly. A wait that times out raises
``TourError`` with a French message, which becomes the screen's ``error``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow

T = TypeVar("T", bound=QWidget)
TIMEOUT_S = 20.0


class TourError(RuntimeError):
    pass


class Driver:
    def __init__(self, window: MainWindow, context: AppContext, folder: Any) -> None:
        self.window = window
        self.context = context
        self.folder = folder  # a throwaway folder (files the tour types into file fields)
        self.memo: dict[str, Any] = {}  # what a screen found, for the next ones of the run

    # --- waiting ---------------------------------------------------------------------------

    def settle(self, ms: int = 10) -> None:
        """Let queued events, the worker's results and the repaints through."""
        deadline = time.monotonic() + TIMEOUT_S
        QTest.qWait(ms)
        while self.context.runner.busy and time.monotonic() < deadline:
            QTest.qWait(20)
        QApplication.processEvents()

    def wait_until(self, condition: Callable[[], Any], what: str) -> Any:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            QApplication.processEvents()
            value = condition()
            if value:
                return value
            QTest.qWait(20)
        raise TourError(f"délai dépassé : {what}")

    def windows(self) -> set[QWidget]:
        return {w for w in QApplication.topLevelWidgets() if w.isVisible()}

    def new_window(self, before: set[QWidget], kind: type[T] = QDialog,  # type: ignore[assignment]
                   what: str = "une fenêtre") -> T:
        """The window a click opened (visible, not there before)."""

        def found() -> QWidget | None:
            fresh = [w for w in self.windows() - before if isinstance(w, kind)]
            return fresh[-1] if fresh else None

        widget = self.wait_until(found, f"{what} ne s'est pas ouverte")
        self.settle()
        return widget  # type: ignore[no-any-return]

    # --- the user's gestures ---------------------------------------------------------------

    def click(self, button: QWidget) -> None:
        if not button.isEnabled():
            name = button.text() if isinstance(button, QAbstractButton) else button.objectName()
            raise TourError(f"bouton inactif : « {name} »")
        self._reveal(button)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def click_opens(self, button: QWidget, kind: type[T] = QDialog,  # type: ignore[assignment]
                    what: str = "la fenêtre") -> T:
        before = self.windows()
        self.click(button)
        return self.new_window(before, kind, what)

    def trigger_opens(self, action: QAction, kind: type[T] = QDialog,  # type: ignore[assignment]
                      what: str = "la fenêtre") -> T:
        """A menu entry (the menus of the window, or a button's drop-down menu)."""
        before = self.windows()
        if not action.isEnabled():
            raise TourError(f"entrée de menu inactive : « {action.text()} »")
        action.trigger()
        self.settle()
        return self.new_window(before, kind, what)

    def type_text(self, field: QLineEdit, text: str) -> None:
        """ASCII by keys, accented text pasted in one go (as a user's input method would)."""
        field.setFocus()
        field.selectAll()
        if text.isascii():
            QTest.keyClicks(field, text)
        else:
            field.insert(text)
        self.settle()

    def click_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        model = view.model()
        if model is None or model.rowCount() <= row:
            raise TourError(f"la liste « {view.accessibleName()} » n'a pas de ligne {row + 1}")
        self.click_index(view, model.index(row, column))

    def click_index(self, view: QAbstractItemView, index: Any) -> None:
        view.scrollTo(index)
        rect = view.visualRect(index)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        self.settle()

    def double_click_row(self, view: QAbstractItemView, row: int) -> QDialog:
        before = self.windows()
        self.click_row(view, row)
        model = view.model()
        assert model is not None
        rect = view.visualRect(model.index(row, 0))
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())
        self.settle()
        return self.new_window(before, QDialog, "la fenêtre")

    def choose_tab(self, tabs: QTabWidget, title: str) -> QWidget:
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            if tabs.tabText(index).replace("&", "") == title:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 bar.tabRect(index).center())
                self.settle()
                if tabs.currentIndex() != index:
                    raise TourError(f"l'onglet « {title} » ne s'est pas ouvert")
                return tabs.widget(index)
        raise TourError(f"pas d'onglet « {title} »")

    def menu_action(self, menu: QMenu, text: str) -> QAction:
        menu.aboutToShow.emit()  # menus filled on opening
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
        raise TourError(f"pas d'entrée « {text} » dans le menu")

    # --- the window ------------------------------------------------------------------------

    def show_page(self, key: str) -> Any:
        """Click the page's row in the navigation; the page once its data are shown."""
        window = self.window
        navigation: QListWidget = window.navigation
        row = next((i for i, slot in enumerate(window._slots) if slot.key == key), None)
        if row is None:
            raise TourError(f"pas de page « {key} »")
        self.click_row(navigation, row)
        if window.stack.currentIndex() != row:
            raise TourError(f"la page « {key} » ne s'est pas affichée")
        self.settle(20)
        return window.page(key)

    def page_area(self) -> QScrollArea:
        area = self.window.stack.currentWidget()
        assert isinstance(area, QScrollArea)
        return area

    def close_new_windows(self, before: set[QWidget]) -> None:
        """Close what the screen opened, without saving: Annuler on dialogs, No on questions."""
        for _attempt in range(6):
            fresh = [w for w in self.windows() - before if w is not self.window]
            if not fresh:
                return
            for widget in reversed(fresh):
                if isinstance(widget, QMessageBox):
                    refusals = [b for b in widget.buttons() if widget.buttonRole(b) in (
                        QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)]
                    if refusals:
                        refusals[0].click()  # "Annuler" / "Non": nothing is deleted
                    else:
                        widget.done(0)
                elif isinstance(widget, QDialog):
                    widget.done(QDialog.DialogCode.Rejected)
                else:
                    widget.close()
            self.settle()

    def _reveal(self, widget: QWidget) -> None:
        """A button below the fold: scroll the page to it, as a user would."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        QApplication.processEvents()
        if not widget.isVisible():
            raise TourError("bouton invisible")
        _ = widget.mapToGlobal(QPoint(0, 0))


def click_row_enabling(driver: Driver, view: QAbstractItemView, button: QWidget,
                       rows: int = 40) -> None:
    """Click the rows of a list, one after the other, until ``button`` becomes active."""
    model = view.model()
    for row in range(min(rows, model.rowCount() if model is not None else 0)):
        driver.click_row(view, row)
        if button.isEnabled():
            return
    name = button.text() if isinstance(button, QAbstractButton) else button.objectName()
    raise TourError(f"aucune ligne n'active « {name} »")


def click_item_enabling(driver: Driver, view: QAbstractItemView, button: QWidget) -> None:
    """Click the items of a tree (children included) until ``button`` becomes active."""
    model = view.model()
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        parent = index.parent()
        if parent.isValid():
            view.expand(parent)  # type: ignore[attr-defined]
        driver.click_index(view, index)
        if button.isEnabled():
            return
        pending.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    name = button.text() if isinstance(button, QAbstractButton) else button.objectName()
    raise TourError(f"aucun élément n'active « {name} »")
