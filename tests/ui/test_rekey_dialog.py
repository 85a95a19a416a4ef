"""Outils > Nouvelle clé de secours…: the old key stops working, the new one is shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    dialog.passphrase.setText("pas la bonne")
    dialog.issue()
    wait_idle(qtbot, context.runner)
    assert "Phrase de passe incorrecte" in dialog.error.text()
    assert dialog.stack.currentIndex() == 0
    dialog.passphrase.setText(PASSPHRASE)
    dialog.issue()
    wait_idle(qtbot, context.runner)
    assert dialog.stack.currentIndex() == 1
    assert dialog.issued is not None
    shown = dialog.key.text().replace("\n", "")
    assert shown == dialog.issued.recovery_key
    close = dialog.close_buttons.buttons()[0]
    assert not close.isEnabled()
    dialog.reject()
    assert dialog.isVisible(), "the new key cannot be dismissed before it is stored"
    dialog.confirm.setChecked(True)
    assert close.isEnabled()
    with pytest.raises(WrongRecoveryKey):
        open_vault(vault_path, ByRecoveryKey(created.recovery_key))
    open_vault(vault_path, ByRecoveryKey(dialog.issued.recovery_key)).close()
