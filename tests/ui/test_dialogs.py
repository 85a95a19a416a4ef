"""Préférences, Changer la phrase de passe, the audit check from the menu, À propos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.config import load_preferences
from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE


def _type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_preferences_saved_and_applied(qtbot: QtBot, main_window: MainWindow,
                                       tmp_path: Path) -> None:
    main_window.preferences_action.trigger()
    dialog = main_window.findChildren(PreferencesDialog)[0]
    assert dialog.idle_minutes.value() == 10
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 240)
    assert (dialog.backup_every.value(), dialog.backups_kept.value(), dialog.backup_days.value(),
            dialog.backup_weeks.value(), dialog.backup_months.value()) == (30, 10, 7, 4, 12)
    _type_number(qtbot, dialog.idle_minutes, 3)
    _type_number(qtbot, dialog.backups_kept, 4)
    _type_number(qtbot, dialog.backup_every, 15)
    _type_number(qtbot, dialog.backup_months, 24)
    dialog.backup_folder.clear()
    qtbot.keyClicks(dialog.backup_folder, str(tmp_path / "ailleurs"))
    qtbot.keyClicks(dialog.mirror_folder, str(tmp_path / "cle-usb"))
    dialog.grab().save("/tmp/ui-shots/preferences.png")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    saved = load_preferences()
    assert (saved.idle_lock_minutes, saved.backups_kept) == (3, 4)
    assert (saved.backup_every_minutes, saved.backup_months) == (15, 24)
    assert saved.backup_folder == str(tmp_path / "ailleurs")
    assert saved.backup_mirror_folder == str(tmp_path / "cle-usb")
    assert main_window.lock.idle_ms == 3 * 60_000
    scheduler = main_window.actions_controller.scheduler
    assert scheduler.timer.interval() == 15 * 60_000  # the timer follows at once


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
