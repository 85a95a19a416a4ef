""""Serveur PostgreSQL partagé", chosen as a user would, against the real test server: in the
creation assistant (an empty base gets the schema) and in Fichier > Ouvrir… (the window then
works on the office's data)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from desktop.config import Preferences, load_preferences
from desktop.services.vault import lifecycle, office
from desktop.ui.dialogs.open_dialog import OpenDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import Runner
from desktop.ui.widgets.server_form import ServerForm
from tests.conftest import MemoryKeyring
from tests.core.conftest import OFFICE_77
from tests.ui.test_creation_wizard import fill_identity, open_wizard

pytestmark = pytest.mark.postgres

CLICK = Qt.MouseButton.LeftButton


def on_label(button: QRadioButton) -> QPoint:
    """A point on the radio button's circle (its hit area is not its whole width)."""
    return QPoint(8, button.height() // 2)


def fill_server(qtbot: QtBot, form: ServerForm, url: str) -> None:
    """Type the test server's coordinates; verify-full first refuses without a CA file,
    the user lowers it to "disable" (loopback only) and sees the warning."""
    parts = sa.engine.make_url(url)
    qtbot.keyClicks(form.host, str(parts.host))
    form.port.lineEdit().selectAll()
    qtbot.keyClicks(form.port.lineEdit(), str(parts.port))
    form.database.clear()
    qtbot.keyClicks(form.database, str(parts.database))
    qtbot.keyClicks(form.user, str(parts.username))
    qtbot.keyClicks(form.password, "mot-de-passe")
    assert form.mode() == "verify-full" and not form.warning.isVisible()


def lower_tls(form: ServerForm) -> None:
    form.sslmode.setCurrentIndex(form.sslmode.findData("disable"))
    assert form.warning.isVisible() and "pas chiffrée" in form.warning.text()


def test_the_assistant_lays_the_schema_on_the_shared_server(
    qtbot: QtBot, tmp_path: object, preferences: Preferences, runner: Runner,
    postgres_url: str,  # noqa: F811
    memory_keyring: MemoryKeyring,
) -> None:
    wizard = open_wizard(qtbot, tmp_path / "inutile.egide", preferences, runner)  # type: ignore[operator]
    fill_identity(qtbot, wizard)
    page = wizard.protection_page
    qtbot.mouseClick(page.shared_choice, CLICK, pos=on_label(page.shared_choice))
    assert page.server.isVisible() and not page.fields.isVisible()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text().replace("&", "") == "Se connecter au serveur"
    fill_server(qtbot, page.server, postgres_url)
    qtbot.mouseClick(commit, CLICK)
    qtbot.waitUntil(lambda: "certificat" in page.error.text())
    assert wizard.database() is None

    lower_tls(page.server)
    with qtbot.waitSignal(wizard.accepted, timeout=60_000):
        qtbot.mouseClick(commit, CLICK)
    db = wizard.database()
    assert db is not None and getattr(db.vault, "is_shared", False)
    try:
        identity = office.get_office(db)
        assert identity is not None and identity.city == "Melun"
    finally:
        db.close()
    assert load_preferences().shared_database.startswith("postgresql+psycopg://postgres@")
    assert "mot-de-passe" not in load_preferences().shared_database
    assert "mot-de-passe" in memory_keyring.entries.values()


def test_file_open_reaches_the_office_server(
    qtbot: QtBot, main_window: MainWindow, postgres_url: str,  # noqa: F811
) -> None:
    office_db = lifecycle.create_shared(postgres_url, office.OfficeIdentity(
        **{**OFFICE_77.__dict__, "city": "Meaux"}))
    office_db.close()
    context = main_window.context
    assert context is not None
    local = context.db
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), OpenDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, OpenDialog)
    qtbot.waitExposed(dialog)
    assert dialog.local_choice.isChecked() and dialog.local.isVisible()
    qtbot.mouseClick(dialog.shared_choice, CLICK, pos=on_label(dialog.shared_choice))
    assert dialog.server.isVisible() and not dialog.local.isVisible()
    fill_server(qtbot, dialog.server, postgres_url)
    lower_tls(dialog.server)
    qtbot.mouseClick(dialog.open_button, CLICK)
    qtbot.waitUntil(lambda: context.db is not local, timeout=60_000)
    assert context.db is not None and getattr(context.db.vault, "is_shared", False)
    identity = office.get_office(context.db)
    assert identity is not None and identity.city == "Meaux"
    assert local is not None
    qtbot.waitUntil(lambda: not local.vault.is_open)
