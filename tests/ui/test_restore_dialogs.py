"""When the vault does not open: one dialog (what happened, copy the diagnosis, restore a
backup, quit); and Fichier > Sauvegardes… lists the backups and restores one after a
confirmation. Both are driven by clicks, on a really damaged vault."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import GuiOptions, Startup
from desktop.config import Preferences
from desktop.services.vault import lifecycle, office
from desktop.ui.context import AppContext
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.open_failure_dialog import OpenFailureDialog
from desktop.ui.main_window import MainWindow

from .conftest import PASSPHRASE, wait_idle

SHOTS = os.environ.get("EGIDE_SHOTS")  # a folder: save a screenshot of each dialog there


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _button(parent: QWidget, text: str) -> QPushButton:
    [button] = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return button


def _confirm(qtbot: QtBot, parent: QWidget) -> None:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "confirm_box") is not None)
    box = parent.findChild(QMessageBox, "confirm_box")
    [yes] = [b for b in box.buttons() if b.text() == "Restaurer"]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def _damage_page_1(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(200, 208):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _city_changed(created: lifecycle.Created) -> None:
    changed = office.OfficeIdentity(**{**office.get_office(created.db).__dict__,  # type: ignore[union-attr]
                                       "city": "Fontainebleau"})
    office.save_office(created.db, changed)


def test_a_vault_that_does_not_open_shows_one_dialog_that_restores_a_backup(
    qtbot: QtBot, qapp: QApplication, created: lifecycle.Created, preferences: Preferences,
    vault_path: Path,
) -> None:
    lifecycle.backup(created.db, preferences)
    _city_changed(created)
    created.db.close()
    _damage_page_1(vault_path)
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, GuiOptions(vault=vault_path))  # type: ignore[arg-type]
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(OpenFailureDialog)))
    [failure] = window.findChildren(OpenFailureDialog)
    assert not window.findChildren(QMessageBox)  # one dialog, not a message box on top
    text = failure.findChild(QWidget, "failure_text")
    assert "endommagé" in text.text() and "page 1" in text.text()  # type: ignore[attr-defined]
    _shot(failure, "open-failure")
    accepted: list[bool] = []
    failure.accepted.connect(lambda: accepted.append(True))  # the dialog deletes itself

    qtbot.mouseClick(_button(failure, "Copier le diagnostic"), Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert str(vault_path) in copied and "VaultDamaged" in copied and PASSPHRASE not in copied

    qtbot.mouseClick(_button(failure, "Restaurer une sauvegarde…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failure.findChildren(BackupsDialog)))
    [chooser] = failure.findChildren(BackupsDialog)
    assert chooser.table.rowCount() == 1
    assert chooser.table.item(0, 2).text() == "automatique"
    _shot(chooser, "backups")
    qtbot.keyClicks(chooser.key, "pas la bonne phrase")
    qtbot.mouseClick(chooser.restore_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, chooser)
    qtbot.waitUntil(lambda: "incorrecte" in chooser.error.text())
    assert not list(vault_path.parent.glob("*.avant-restauration-*"))  # nothing moved
    chooser.key.clear()
    qtbot.keyClicks(chooser.key, PASSPHRASE)
    qtbot.mouseClick(chooser.restore_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, chooser)

    qtbot.waitUntil(lambda: window.navigation.count() >= 2, timeout=20_000)
    assert accepted == [True]
    context = startup.context
    assert context is not None and context.automatic_backups_paused
    assert office.get_office(context.require_db()).city != "Fontainebleau"  # type: ignore[union-attr]
    [aside] = vault_path.parent.glob("coffre.avant-restauration-*.egide")
    assert aside.read_bytes()[200] != vault_path.read_bytes()[200] or aside.exists()
    window.close()
    startup.finish()


def test_quit_closes_the_failure_dialog(
    qtbot: QtBot, runner: object, preferences: Preferences, vault_path: Path,
    created: lifecycle.Created,
) -> None:
    from desktop.errors import VaultDamaged

    created.db.close()
    dialog = OpenFailureDialog(vault_path, VaultDamaged(vault_path, "page 1."), preferences,
                               runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_button(dialog, "Quitter"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.db is None


def test_file_backups_lists_and_restores_after_confirmation(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, created: lifecycle.Created,
    preferences: Preferences,
) -> None:
    lifecycle.backup(created.db, preferences)
    _city_changed(created)
    before = context.db
    main_window.file_menu.aboutToShow.emit()
    [action] = [a for a in main_window.file_menu.actions() if a.text() == "Sauve&gardes…"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(BackupsDialog)))
    [dialog] = main_window.findChildren(BackupsDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() != "non"  # verified when written
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # empty: the keyring
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: context.db is not before, timeout=20_000)
    wait_idle(qtbot, context.runner)
    assert context.automatic_backups_paused
    assert office.get_office(context.require_db()).city != "Fontainebleau"  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: "reprendront au prochain démarrage" in main_window.status.currentMessage())


def test_damage_found_by_the_passphrase_swaps_the_unlock_dialog_for_the_failure_dialog(
    qtbot: QtBot, qapp: QApplication, created: lifecycle.Created, vault_path: Path,
) -> None:
    from desktop.storage import keyring_slot
    from desktop.ui.dialogs.unlock_dialog import UnlockDialog

    keyring_slot.delete_key(created.db.vault.vault_id)
    created.db.close()
    _damage_page_1(vault_path)
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, GuiOptions(vault=vault_path))  # type: ignore[arg-type]
    window.show()
    qtbot.waitUntil(lambda: bool(window.findChildren(UnlockDialog)))
    [unlock] = window.findChildren(UnlockDialog)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(OpenFailureDialog)))
    assert not [d for d in window.findChildren(UnlockDialog) if d.isVisible()]
    [failure] = window.findChildren(OpenFailureDialog)
    assert "page 1" in failure.what.text()
    failure.rejected.disconnect()  # "Quitter" would end the test's event loop (app.exit)
    failure.close()
    startup.finish()
