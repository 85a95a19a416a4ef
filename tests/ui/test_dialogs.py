"""Préférences, Changer la phrase de passe, the audit check from the menu, À propos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import load_preferences
from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.main_window import MainWindow


def test_preferences_saved_and_applied(qtbot: QtBot, main_window: MainWindow,
                                       tmp_path: Path) -> None:
    main_window.preferences_action.trigger()
    dialog = main_window.findChildren(PreferencesDialog)[0]
    assert dialog.idle_minutes.value() == 10
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 240)
    dialog.idle_minutes.setValue(3)
    dialog.backups_kept.setValue(4)
    dialog.backup_folder.setText(str(tmp_path / "ailleurs"))
    dialog.accept()
    saved = load_preferences()
    assert (saved.idle_lock_minutes, saved.backups_kept) == (3, 4)
    assert saved.backup_folder == str(tmp_path / "ailleurs")
    assert main_window.lock.idle_ms == 3 * 60_000


def test_change_passphrase(qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    main_window.passphrase_action.trigger()
    dialog = main_window.findChildren(PassphraseDialog)[0]
    fields = dialog.passphrase_fields
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(fields.passphrase, "court")
    qtbot.keyClicks(fields.confirmation, "court")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "au moins 10 caractères" in dialog.error.text()
    assert dialog.focusWidget() is fields.passphrase  # the faulty field
    fields.passphrase.setText("la nouvelle phrase de passe")
    fields.confirmation.setText("la nouvelle phrase de passe")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    path = context.require_db().vault.path
    lifecycle.open_with_passphrase(path, "la nouvelle phrase de passe").close()


def test_verify_from_the_menu(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.audit_page
    with qtbot.waitSignal(page.verified):
        main_window.verify_action.trigger()
    assert main_window.stack.currentWidget().widget() is page
    assert page.result.text().startswith("Journal intègre")


def test_about(main_window: MainWindow) -> None:
    main_window.about_action.trigger()
    boxes = main_window.findChildren(QMessageBox)
    assert boxes and "Égide" in boxes[0].text()
