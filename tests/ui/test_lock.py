"""The lock: Ctrl+L and the idle timer hide the content and close the vault; unlock reopens."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.storage import keyring_slot
from desktop.ui.context import AppContext
from desktop.ui.dialogs.unlock_dialog import UnlockDialog
from desktop.ui.main_window import MainWindow

from .conftest import PASSPHRASE, wait_idle


def assert_locked(qtbot: QtBot, window: MainWindow, context: AppContext, db: object) -> None:
    assert window.centralWidget() is window.lock.screen
    assert not window.splitter.isVisible()
    assert context.db is None
    assert not window.backup_action.isEnabled() and not window.search.isEnabled()
    wait_idle(qtbot, context.runner)
    assert not db.vault.is_open  # type: ignore[attr-defined]


def test_ctrl_l_locks_and_unlock_reopens(qtbot: QtBot, main_window: MainWindow,
                                        context: AppContext) -> None:
    db = context.db
    assert main_window.lock_action.shortcut().toString() == "Ctrl+L"
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(qtbot, main_window, context, db)
    assert main_window.status.encryption.text() == "Coffre verrouillé"
    assert main_window.audit_page.model.rowCount() == 0  # cached rows dropped

    qtbot.mouseClick(main_window.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    assert context.db is not None and context.db.vault.is_open
    assert main_window.splitter.isVisible() and main_window.backup_action.isEnabled()
    qtbot.waitUntil(lambda: main_window.status.encryption.text() == "Coffre chiffré (SQLCipher)")


def test_unlock_asks_passphrase_without_keyring_entry(qtbot: QtBot, main_window: MainWindow,
                                                      context: AppContext) -> None:
    assert context.db is not None
    keyring_slot.delete_key(context.db.vault.vault_id)
    main_window.lock.lock()
    qtbot.mouseClick(main_window.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(UnlockDialog)))
    dialog = main_window.findChildren(UnlockDialog)[0]
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    assert context.db is not None and context.db.vault.is_open


def test_idle_timer_locks_by_itself(qtbot: QtBot, main_window: MainWindow,
                                    context: AppContext) -> None:
    db = context.db
    assert main_window.lock.idle_ms == 10 * 60_000  # the default preference
    main_window.lock.set_idle_interval(50)
    qtbot.waitUntil(lambda: main_window.lock.locked, timeout=3000)
    assert_locked(qtbot, main_window, context, db)


def test_activity_postpones_the_idle_lock(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.lock.set_idle_interval(1500)
    start = time.monotonic()
    while time.monotonic() - start < 2.5:  # longer than the delay, with input all along
        qtbot.wait(100)
        assert not main_window.lock.locked
        qtbot.keyClick(main_window.search, Qt.Key.Key_A)  # typing (no page to build)
    qtbot.waitUntil(lambda: main_window.lock.locked, timeout=5000)
