"""Start-up: the window paints before the heavy imports; the ways in (vault, assistant, demo)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import GuiOptions, Startup
from desktop.config import Preferences
from desktop.services.vault import lifecycle
from desktop.ui.dialogs.creation_wizard import CreationWizard
from desktop.ui.dialogs.unlock_dialog import UnlockDialog
from desktop.ui.main_window import MainWindow

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (
    "import sys; from pathlib import Path; from desktop.app import GuiOptions, run_gui; "
    "sys.exit(run_gui(GuiOptions(vault=Path(sys.argv[1]), passphrase=sys.argv[2], "
    "quit_after_paint=True)))"
)


def run_gui_process(path: Path, passphrase: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EGIDE_HOME": str(home),
           "EGIDE_KEYRING": "none", "EGIDE_STARTUP_TRACE": "1"}
    return subprocess.run([sys.executable, "-c", SCRIPT, str(path), passphrase], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)


def trace(stderr: str) -> dict[str, str]:
    lines = [line.split() for line in stderr.splitlines() if line.startswith("egide-startup")]
    return {parts[1]: parts[3] for parts in lines}


def test_first_paint_before_heavy_imports(created: lifecycle.Created, private_home: Path) -> None:
    created.db.close()
    result = run_gui_process(created.db.vault.path, PASSPHRASE, private_home)
    assert result.returncode == 0, result.stderr
    steps = trace(result.stderr)
    assert steps["first-paint"] == "heavy=-"  # no sqlalchemy, sqlcipher3, keyring, alembic...
    assert "data-painted" in steps


def test_data_shown_before_the_models_are_imported(created: lifecycle.Created,
                                                   private_home: Path) -> None:
    """The home page's first data come from plain reads: the mapped classes (and the desk's
    services, charts, PDF) are imported after, on the worker."""
    created.db.close()
    result = run_gui_process(created.db.vault.path, PASSPHRASE, private_home)
    assert result.returncode == 0, result.stderr
    heavy = trace(result.stderr)["data-painted"].removeprefix("heavy=").split(",")
    assert "sqlalchemy" in heavy  # the trace names what is loaded
    assert not {"desktop.models", "alembic", "reportlab", "pyqtgraph"} & set(heavy)


def test_wrong_passphrase_exits_with_message(created: lifecycle.Created,
                                             private_home: Path) -> None:
    created.db.close()
    result = run_gui_process(created.db.vault.path, "pas la bonne phrase", private_home)
    assert result.returncode == 1
    assert "Phrase de passe incorrecte" in result.stderr


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def start(qapp: object, window: MainWindow, options: GuiOptions) -> Startup:
    """As ``run_gui`` does: the vault is opened after the window's first paint."""
    startup = Startup(qapp, window, options)  # type: ignore[arg-type]
    window.show()
    return startup


def test_no_vault_opens_the_creation_assistant(qtbot: QtBot, qapp: object,
                                               window: MainWindow) -> None:
    startup = start(qapp, window, GuiOptions())
    qtbot.waitUntil(lambda: bool(window.findChildren(CreationWizard)))
    startup.finish()


def test_no_keyring_entry_asks_the_passphrase(qtbot: QtBot, qapp: object, window: MainWindow,
                                              created: lifecycle.Created) -> None:
    created.db.close()
    from desktop.storage import keyring_slot

    keyring_slot.delete_key(created.db.vault.vault_id)
    startup = start(qapp, window, GuiOptions(vault=created.db.vault.path))
    qtbot.waitUntil(lambda: bool(window.findChildren(UnlockDialog)))
    dialog = window.findChildren(UnlockDialog)[0]
    dialog.passphrase.setText(PASSPHRASE)
    dialog.open_with_passphrase()
    qtbot.waitUntil(lambda: window.navigation.count() >= 2)
    qtbot.waitUntil(lambda: window.home_page.status is not None, timeout=20_000)
    window.close()
    startup.finish()


def test_keyring_opens_silently(qtbot: QtBot, qapp: object, window: MainWindow,
                                created: lifecycle.Created) -> None:
    created.db.close()
    startup = start(qapp, window, GuiOptions(vault=created.db.vault.path))
    qtbot.waitUntil(lambda: window.navigation.count() >= 2)
    assert not window.findChildren(UnlockDialog)
    window.close()
    startup.finish()


def test_demo_vault(qtbot: QtBot, qapp: object, window: MainWindow) -> None:
    startup = start(qapp, window, GuiOptions(demo=True))
    qtbot.waitUntil(lambda: window.navigation.count() >= 2, timeout=60_000)
    qtbot.waitUntil(lambda: window.status.demo.isVisible())
    assert window.status.demo.text() == "Données fictives"
    folder = startup.demo_folder
    assert folder is not None and folder.exists()

    # Its backups stay in the demo folder, away from (and never pruning) the real ones.
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(list((folder / "sauvegardes").glob("demonstration-*.egide"))),
                    timeout=20_000)
    qtbot.waitUntil(lambda: not startup.runner.busy)  # type: ignore[union-attr]
    assert not Preferences().backups().exists()

    # Its passphrase is random: the lock screen reopens it without asking.
    window.lock.lock()
    window.lock.unlock()
    qtbot.waitUntil(lambda: window.centralWidget() is window.splitter)
    assert not window.findChildren(UnlockDialog)
    window.close()
    startup.finish()
    assert not folder.exists()
