"""Automatic backups from the window: the half-hourly one when something changed, a failure
shown in the status bar until the next success, the user's work never interrupted."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.vault import office
from desktop.services.vault.changes import Changes
from desktop.ui import notify
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def _scheduler(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.actions_controller.scheduler


def test_the_timer_backs_up_only_after_a_change(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    context.preferences.backup_folder = str(tmp_path / "auto")
    scheduler = _scheduler(main_window)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 30 * 60_000
    scheduler.tick()  # nothing changed since the window opened
    wait_idle(qtbot, context.runner)
    assert not (tmp_path / "auto").exists()
    assert context.db is not None
    identity = office.get_office(context.db)
    assert identity is not None
    context.publish(office.save_office(context.db, identity))
    scheduler.tick()
    qtbot.waitUntil(lambda: len(list((tmp_path / "auto").glob("egide-*.egide"))) == 1)
    wait_idle(qtbot, context.runner)
    assert main_window.status.backup_failure.isHidden()


def test_a_failed_backup_shows_in_the_status_bar_until_the_next_success(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    notified: list[tuple[str, str]] = []
    monkeypatch.setattr(notify, "notify", lambda title, text: notified.append((title, text)))
    blocked = tmp_path / "blocked"
    blocked.write_bytes(b"a file where the folder should be")
    context.preferences.backup_folder = str(blocked)
    scheduler = _scheduler(main_window)
    context.publish(Changes.CASES)
    scheduler.tick()
    qtbot.waitUntil(lambda: main_window.status.backup_failure.isVisible())
    status = main_window.status
    assert status.backup_failure.text() == "Échec de la sauvegarde automatique"
    assert "sauvegarde" in status.backup_failure.toolTip().lower()
    assert main_window.isEnabled()  # no dialog, no lock: the work goes on
    assert [title for title, _text in notified] == ["Égide : échec de la sauvegarde automatique"]
    context.publish(Changes.CASES)
    scheduler.tick()  # fails again: still in the status bar, not notified twice
    wait_idle(qtbot, context.runner)
    assert status.backup_failure.isVisible() and len(notified) == 1
    context.preferences.backup_folder = str(tmp_path / "auto")
    main_window.backup_action.trigger()  # "Sauvegarder maintenant" (Ctrl+S)
    qtbot.waitUntil(lambda: status.backup_failure.isHidden())
    assert list((tmp_path / "auto").glob("egide-*.egide"))
