"""UI fixtures: the background runner, a real SQLCipher vault, its context, the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.services.vault import lifecycle
from desktop.services.vault.office import OfficeIdentity
from desktop.ui import french
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import Runner
from desktop.ui.screen_fit import install_keep_on_screen

PASSPHRASE = "une phrase de passe solide"
PATIENT_MS = 20_000
"""How long pytest-qt's waits wait unless told: its 5 s was once too short on a loaded CI
machine (a search that takes milliseconds here, after 1,200 tests). A broken condition or a
signal that never comes still fails, 15 s later."""

_WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed",
          "waitActive")


def _patient(wait: Callable[..., Any]) -> Callable[..., Any]:
    def patient_wait(self: QtBot, *args: Any, timeout: int = PATIENT_MS, **kwargs: Any) -> Any:
        return wait(self, *args, timeout=timeout, **kwargs)

    patient_wait.__name__ = wait.__name__
    return patient_wait


@pytest.fixture(scope="session", autouse=True)
def patient_waits() -> Iterator[None]:
    originals = {name: getattr(QtBot, name) for name in _WAITS}
    for name, wait in originals.items():
        setattr(QtBot, name, _patient(wait))
    yield
    for name, wait in originals.items():
        setattr(QtBot, name, wait)


@pytest.fixture
def office_identity() -> OfficeIdentity:
    return OfficeIdentity.for_department("77", "Seine-et-Marne")


@pytest.fixture
def preferences() -> Preferences:
    return Preferences()


@pytest.fixture(scope="session", autouse=True)
def french_qt(qapp: QApplication) -> None:
    """Qt's French catalogues and locale, as ``run_gui`` installs them."""
    french.install(qapp)
    install_keep_on_screen(qapp)  # as run_gui: every dialog kept inside its screen


@pytest.fixture
def runner(qapp: object) -> Iterator[Runner]:
    worker = Runner()
    yield worker
    worker.shutdown()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "coffre.egide"


@pytest.fixture
def created(
    vault_path: Path, office_identity: OfficeIdentity, preferences: Preferences
) -> Iterator[lifecycle.Created]:
    """A vault with its key in the (in-memory) keyring and a passphrase."""
    made = lifecycle.create(vault_path, office_identity, passphrase=PASSPHRASE, use_keyring=True,
                         preferences=preferences)
    yield made
    made.db.close()


@pytest.fixture
def context(created: lifecycle.Created, preferences: Preferences, runner: Runner) -> AppContext:
    return AppContext(created.db, preferences, runner)


@pytest.fixture
def main_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(context)
    window.show()
    # the home page reads the vault on the worker: 5 s was short on a loaded machine
    qtbot.waitUntil(lambda: window.home_page.status is not None, timeout=20_000)
    yield window
    window.close()
    context.runner.shutdown()
    if context.db is not None:
        context.db.close()


def wait_idle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)  # a loaded CI machine is slow
