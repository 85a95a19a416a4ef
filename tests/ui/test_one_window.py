"""One vault, one window: a second window says who holds the vault and opens nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import GuiOptions, Startup
from desktop.services.vault import lifecycle
from desktop.services.vault.window_lock import lock_path, read_holder
from desktop.ui.dialogs.unlock_dialog import UnlockDialog
from desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys, time; from pathlib import Path; "
    "from desktop.services.vault.window_lock import acquire; "
    "acquire(Path(sys.argv[1])); print('held', flush=True); time.sleep(120)"
)


@pytest.fixture
def first_window(created: lifecycle.Created) -> Iterator[int]:
    """Another process that opened the vault first (it holds the lock file)."""
    created.db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(created.db.vault.path)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child.pid
    child.kill()
    child.wait()


class Application:
    """Stands for the QApplication: records the exit code instead of ending the test run."""

    code: int | None = None

    def exit(self, code: int) -> None:
        self.code = code


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_second_window_names_the_holder_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, created: lifecycle.Created, first_window: int,
) -> None:
    path = created.db.vault.path
    app = Application()
    startup = Startup(app, window, GuiOptions(vault=path))  # type: ignore[arg-type]
    window.show()

    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    box = window.findChildren(QMessageBox)[0]
    assert "Ce coffre est déjà ouvert par" in box.text()
    assert f"(processus {first_window})" in box.text()
    assert startup.context is None and window.navigation.count() < 2  # nothing opened
    assert not window.findChildren(UnlockDialog)

    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.code == 1)  # the second window closes, having opened nothing
    assert startup.context is None
    startup.finish()
    holder = read_holder(path)
    assert holder is not None and holder.pid == first_window  # its lock left alone
    assert lock_path(path).exists()


def test_the_window_holds_the_lock_while_open_and_gives_it_back(
    qtbot: QtBot, qapp: object, window: MainWindow, created: lifecycle.Created,
) -> None:
    created.db.close()
    path = created.db.vault.path
    startup = Startup(qapp, window, GuiOptions(vault=path))  # type: ignore[arg-type]
    window.show()
    qtbot.waitUntil(lambda: window.navigation.count() >= 2)
    holder = read_holder(path)
    assert holder is not None and holder.pid == os.getpid()
    window.close()
    startup.finish()
    assert not lock_path(path).exists()
