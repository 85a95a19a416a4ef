"""Case text copied by the user leaves the clipboard after a minute (here: 100 ms) and at the
lock; what is copied elsewhere, or copied after it, stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.clipboard_guard import ClipboardGuard
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow


def _copy(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.setText(text)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def _window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    case = QWidget(window)
    case.setProperty("personal_data", True)
    words = QLineEdit(case)
    QVBoxLayout(case).addWidget(words)
    other = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(case)
    layout.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window, words, other


def test_copied_case_text_is_cleared_after_the_delay(qtbot: QtBot) -> None:
    guard = ClipboardGuard(delay_ms=100)
    _window_, words, other = _window(qtbot)
    clipboard = QGuiApplication.clipboard()
    _copy(qtbot, other, "Melun 77000")
    assert clipboard.text() == "Melun 77000"
    qtbot.wait(300)
    assert clipboard.text() == "Melun 77000"  # not case text: it stays
    _copy(qtbot, words, "Tu vas le regretter")
    assert clipboard.text() == "Tu vas le regretter"
    qtbot.waitUntil(lambda: clipboard.text() == "")
    _copy(qtbot, words, "Je sais où tu habites")
    _copy(qtbot, other, "Provins")  # copied after it: never cleared by the guard
    qtbot.wait(300)
    assert clipboard.text() == "Provins"
    guard.stop()


def test_the_lock_clears_copied_case_text_at_once(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    _window_, words, _other = _window(qtbot)
    _copy(qtbot, words, "Tu vas le regretter")
    assert QGuiApplication.clipboard().text() == "Tu vas le regretter"
    main_window.lock.lock()
    assert QGuiApplication.clipboard().text() == ""
