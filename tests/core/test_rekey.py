"""A new recovery key re-keys the vault: the old key no longer opens it, older backups do."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import Preferences
from desktop.errors import ValidationError, WrongPassphrase, WrongRecoveryKey
from desktop.services.vault import lifecycle, office
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, open_vault
from tests.core.conftest import PASSPHRASE


def test_new_recovery_key_rekeys_and_keeps_every_slot(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> None:
    preferences = Preferences(backup_folder=str(tmp_path / "sauvegardes"))
    with pytest.raises(ValidationError, match="phrase de passe actuelle"):
        lifecycle.new_recovery_key(created.db, preferences)
    with pytest.raises(WrongPassphrase):
        lifecycle.new_recovery_key(created.db, preferences, passphrase="pas la bonne")
    issued = lifecycle.new_recovery_key(created.db, preferences, passphrase=PASSPHRASE)
    assert issued.recovery_key != created.recovery_key
    assert office.get_office(created.db) is not None  # the open vault still works
    created.db.close()
    with pytest.raises(WrongRecoveryKey):
        open_vault(vault_path, ByRecoveryKey(created.recovery_key))
    for unlock in (ByRecoveryKey(issued.recovery_key), ByPassphrase(PASSPHRASE), ByKeyring()):
        open_vault(vault_path, unlock).close()
    # The backup written before the re-key opens with the old recovery key only.
    open_vault(issued.backup, ByRecoveryKey(created.recovery_key)).close()
    with pytest.raises(WrongRecoveryKey):
        open_vault(issued.backup, ByRecoveryKey(issued.recovery_key))
