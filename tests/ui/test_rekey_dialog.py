"""Outils > Nouvelle clé de secours…: the old key stops working, the new one is shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.errors import WrongRecoveryKey
from desktop.services.vault import lifecycle
from desktop.storage.vault import ByRecoveryKey, open_vault
from desktop.ui.context import AppContext
from desktop.ui.dialogs.rekey_dialog import RekeyDialog
from tests.ui.conftest import PASSPHRASE, wait_idle


def test_new_key_after_the_current_passphrase(
    qtbot: QtBot, context: AppContext, created: lifecycle.Created, vault_path: Path,
    tmp_path: Path,
) -> None:
    context.preferences.backup_folder = str(tmp_path / "sauvegardes")
    dialog = RekeyDialog(context, has_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "pas la bonne")
    with qtbot.waitSignal(dialog.refused, timeout=20000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Phrase de passe incorrecte" in dialog.error.text()
    Path("/tmp/ui-shots").mkdir(parents=True, exist_ok=True)
    dialog.grab().save("/tmp/ui-shots/rekey-refused.png")
    assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    assert not dialog.panel.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=60000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context.runner)
    assert dialog.panel.isVisible() and not dialog.passphrase.isVisible()
    assert dialog.issued is not None
    shown = dialog.key.text().replace("\n", "")
    assert shown == dialog.issued.recovery_key
    dialog.grab().save("/tmp/ui-shots/rekey-key.png")
    close = dialog.close_buttons.buttons()[0]
    assert not close.isEnabled()
    # No Annuler on the key's page: Escape and the title bar's X (close()) are how a user
    # would try to leave it.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "the new key cannot be dismissed before it is stored"
    dialog.close()
    assert dialog.isVisible(), "the new key cannot be dismissed before it is stored"
    # Refused silently: the key is issued, there is no typed work to abandon.
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert close.isEnabled()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with pytest.raises(WrongRecoveryKey):
        open_vault(vault_path, ByRecoveryKey(created.recovery_key))
    open_vault(vault_path, ByRecoveryKey(dialog.issued.recovery_key)).close()


def test_escape_leaves_once_the_new_key_is_kept(
    qtbot: QtBot, context: AppContext, tmp_path: Path,
) -> None:
    """The key issued and the box ticked, Escape closes at once: the passphrase typed before
    is not "typed work" to abandon (no "Abandonner la saisie ?")."""
    context.preferences.backup_folder = str(tmp_path / "sauvegardes")
    dialog = RekeyDialog(context, has_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.succeeded, timeout=60000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context.runner)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert not dialog.isVisible()
