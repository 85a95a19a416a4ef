"""Préférences, Changer la phrase de passe, the audit check from the menu, À propos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from desktop.config import load_preferences
from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE


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


def test_about_tells_versions_data_and_licences(qtbot: QtBot,
                                                main_window: MainWindow) -> None:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs.about_dialog import AboutDialog

    help_menu = next(m for m in main_window.menuBar().findChildren(QMenu)
                     if main_window.about_action in m.actions())
    help_menu.popup(main_window.mapToGlobal(main_window.rect().center()))
    help_menu.setActiveAction(main_window.about_action)
    qtbot.keyClick(help_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(AboutDialog)))
    dialog = main_window.findChildren(AboutDialog)[0]
    text = dialog.text.text()
    vault = str(main_window.context.require_db().vault.path)  # type: ignore[union-attr]
    for expected in ("Version d'Égide", "SQLCipher", "4.", qVersion(), "Python", vault,
                     "Licence Ouverte", "INSEE", "La Poste", "EUPL"):
        assert expected in text, expected
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "SQLCipher" in copied and vault in copied and PASSPHRASE not in copied
    dialog.grab().save("/tmp/ui-shots/about.png")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
