"""The lock: Ctrl+L and the idle timer hide the content and close the vault; unlock reopens."""

from __future__ import annotations

import time

import pytest
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

    # The key is in the keyring, but the vault has a passphrase: unlocking asks it.
    qtbot.mouseClick(main_window.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(UnlockDialog)))
    assert main_window.centralWidget() is main_window.lock.screen
    dialog = main_window.findChildren(UnlockDialog)[0]
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter unlocks
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
    qtbot.waitUntil(lambda: main_window.lock.locked)
    assert_locked(qtbot, main_window, context, db)


def test_activity_postpones_the_idle_lock(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.lock.set_idle_interval(3000)  # far above a loaded machine's event-loop stalls
    start = time.monotonic()
    while time.monotonic() - start < 4.5:  # longer than the delay, with input all along
        qtbot.wait(100)
        assert not main_window.lock.locked
        qtbot.keyClick(main_window.search, Qt.Key.Key_A)  # typing (no page to build)
    qtbot.waitUntil(lambda: main_window.lock.locked)


def test_without_the_preference_the_keyring_unlocks_in_one_click(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    context.preferences.unlock_requires_passphrase = False
    main_window.lock.lock()
    main_window.lock.screen.unlock_button.setFocus()
    qtbot.keyClick(main_window.lock.screen.unlock_button, Qt.Key.Key_Return)  # Enter
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    assert not main_window.findChildren(UnlockDialog)


def test_the_preference_is_saved_from_the_preferences_dialog(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    from desktop.config import load_preferences
    from desktop.ui.dialogs.preferences_dialog import PreferencesDialog

    main_window.preferences_action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(PreferencesDialog)))
    [dialog] = main_window.findChildren(PreferencesDialog)
    assert dialog.require_passphrase.isChecked()  # default: the vault has a passphrase
    qtbot.mouseClick(dialog.require_passphrase, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert context.preferences.unlock_requires_passphrase is False
    assert load_preferences().unlock_requires_passphrase is False


def test_system_sleep_and_session_lock_lock_at_once(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    from desktop.ui.session_watch import PBT_APMSUSPEND, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE

    db = context.db
    main_window.lock.watcher.prepare_for_sleep(False)  # waking up: nothing happens
    assert not main_window.lock.locked
    main_window.lock.watcher.prepare_for_sleep(True)  # logind's PrepareForSleep(true)
    assert_locked(qtbot, main_window, context, db)
    context.preferences.unlock_requires_passphrase = False
    main_window.lock.unlock()
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    main_window.lock.watcher.message(WM_POWERBROADCAST, 0x12)  # resume: nothing happens
    assert not main_window.lock.locked
    main_window.lock.watcher.message(WM_WTSSESSION_CHANGE, 0x7)  # WTS_SESSION_LOCK
    assert main_window.lock.locked
    main_window.lock.unlock()
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    main_window.lock.watcher.message(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert main_window.lock.locked


def test_idle_counts_on_the_wall_clock_so_a_sleep_counts(
        qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import lock

    main_window.lock.set_idle_interval(10 * 60_000)
    main_window.lock.timer.setInterval(50)
    qtbot.wait(200)
    assert not main_window.lock.locked
    slept = time.time() + 3600  # the laptop slept an hour: monotonic time did not move
    monkeypatch.setattr(lock.time, "time", lambda: slept)
    qtbot.waitUntil(lambda: main_window.lock.locked)


def test_lock_hides_the_search_text_and_keeps_the_page_and_the_open_case(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    from tests.ui.test_retention_dialog import _closed_case

    context.preferences.unlock_requires_passphrase = False
    case_id = _closed_case(context.require_db())
    page = main_window.cases_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.id == case_id)
    main_window.search.setText("Dupré")
    main_window.lock.lock()
    assert main_window.search.text() == ""
    assert page.view.case is None  # nothing of the data stays on screen
    main_window.lock.unlock()
    qtbot.waitUntil(lambda: main_window.centralWidget() is main_window.splitter)
    assert main_window.navigation.currentRow() == main_window.pages.index(page)
    assert page.isVisible()
    qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.id == case_id)
