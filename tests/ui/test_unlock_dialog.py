"""The unlock dialog: passphrase, then "J'ai perdu l'accès" with the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.services.vault import lifecycle
from desktop.storage import keyring_slot
from desktop.ui.dialogs.unlock_dialog import UnlockDialog
from desktop.ui.runner import Runner

from .conftest import PASSPHRASE

NEW_PASSPHRASE = "un autre secret bien long"


def open_dialog(qtbot: QtBot, created: lifecycle.Created, preferences: Preferences,
                runner: Runner) -> UnlockDialog:
    path = created.db.vault.path
    created.db.close()
    dialog = UnlockDialog(path, preferences, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_wrong_then_right_passphrase(qtbot: QtBot, created: lifecycle.Created,
                                     preferences: Preferences, runner: Runner) -> None:
    dialog = open_dialog(qtbot, created, preferences, runner)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.passphrase.setText("pas la bonne phrase")
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: bool(dialog.passphrase_page.error.text()))
    assert "Phrase de passe incorrecte" in dialog.passphrase_page.error.text()
    assert dialog.focusWidget() is dialog.passphrase
    assert dialog.isVisible() and dialog.db is None

    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.open_button)
    assert dialog.db is not None and dialog.db.vault.is_open
    dialog.db.close()


def test_recovery_key_then_new_passphrase(qtbot: QtBot, created: lifecycle.Created,
                                          preferences: Preferences, runner: Runner) -> None:
    path, key = created.db.vault.path, created.recovery_key
    keyring_slot.delete_key(created.db.vault.vault_id)  # as after a Windows password reset
    dialog = open_dialog(qtbot, created, preferences, runner)
    click(qtbot, dialog.lost_button)
    assert dialog.stack.currentWidget() is dialog.recovery_page

    typo = key[:10] + ("A" if key[10] != "A" else "B") + key[11:]
    dialog.recovery_key.setText(typo)
    click(qtbot, dialog.recover_button)
    qtbot.waitUntil(lambda: bool(dialog.recovery_page.error.text()))
    assert "somme de contrôle" in dialog.recovery_page.error.text()
    assert dialog.focusWidget() is dialog.recovery_key

    # Spaces instead of dashes, lower case: still accepted.
    dialog.recovery_key.setText(key.replace("-", " ").lower())
    click(qtbot, dialog.recover_button)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.new_access_page)
    assert dialog.store_in_keyring.isChecked()
    # This page has no Quitter button: Escape and the title bar's X (close()) are how a user
    # would try to leave; both are refused, the new access must be set first.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.close()
    assert dialog.isVisible()

    dialog.new_passphrase.passphrase.setText(NEW_PASSPHRASE)
    dialog.new_passphrase.confirmation.setText("différente")
    click(qtbot, dialog.restore_button)
    assert "confirmation" in dialog.new_access_page.error.text()
    dialog.new_passphrase.confirmation.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.restore_button)
    assert dialog.db is not None
    dialog.db.close()

    lifecycle.open_with_passphrase(path, NEW_PASSPHRASE).close()
    lifecycle.open_silently(path, preferences).close()  # the key is back in the keyring


def test_no_passphrase_slot_message(qtbot: QtBot, vault_path: Path, office_identity: object,
                                    preferences: Preferences, runner: Runner) -> None:
    made = lifecycle.create(vault_path, office_identity, passphrase=None,  # type: ignore[arg-type]
                         use_keyring=True)
    dialog = open_dialog(qtbot, made, preferences, runner)
    dialog.passphrase.setText("quelque chose de long")
    click(qtbot, dialog.open_button)
    qtbot.waitUntil(lambda: bool(dialog.passphrase_page.error.text()))
    assert "clé de secours" in dialog.passphrase_page.error.text()
