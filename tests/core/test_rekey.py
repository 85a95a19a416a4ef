"""A new recovery key re-keys the vault: the old key no longer opens it, older backups do."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from desktop.config import Preferences
from desktop.errors import ValidationError, WrongPassphrase, WrongRecoveryKey
from desktop.services.vault import lifecycle, office
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, Vault, open_vault
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
    from desktop.storage.sidecar import read_sidecar

    assert read_sidecar(vault_path).pending is None  # type: ignore[union-attr]


def _interrupted_after_pragma(created: lifecycle.Created) -> bytes:
    """A re-key killed right after ``PRAGMA rekey``: the new key only in the pending slots."""
    from desktop.storage import keyring_slot
    from desktop.storage.sidecar import PassphraseSlot, Sidecar, read_sidecar, write_sidecar

    vault = created.db.vault
    assert isinstance(vault, Vault)
    new_key = secrets.token_bytes(32)
    current = read_sidecar(vault.path)
    assert current is not None
    pending = PassphraseSlot.seal(new_key, PASSPHRASE, vault.vault_id)
    write_sidecar(vault.path, Sidecar(vault.vault_id, current.passphrase, pending))
    keyring_slot.store_key(vault.vault_id, new_key, pending=True)
    vault.rekey(new_key)
    created.db.close()
    return new_key


@pytest.mark.parametrize("unlock", [ByPassphrase(PASSPHRASE), ByKeyring()])
def test_a_pending_key_opens_and_is_promoted_after_an_interrupted_rekey(
    created: lifecycle.Created, vault_path: Path, unlock: ByPassphrase | ByKeyring
) -> None:
    from desktop.storage import keyring_slot
    from desktop.storage.sidecar import read_sidecar

    vault_id = created.db.vault.vault_id
    new_key = _interrupted_after_pragma(created)
    opened = open_vault(vault_path, unlock)
    assert opened.key == new_key
    opened.close()
    sidecar = read_sidecar(vault_path)
    assert sidecar is not None and sidecar.pending is None
    assert keyring_slot.load_key(vault_id) == new_key
    assert keyring_slot.load_key(vault_id, pending=True) is None
    for again in (ByPassphrase(PASSPHRASE), ByKeyring()):  # promoted: the current slots open it
        open_vault(vault_path, again).close()


def test_a_rekey_with_no_slot_but_the_recovery_key_is_refused(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> None:
    from desktop.storage import keyring_slot
    from desktop.storage.rekey import NoSlotForRekey
    from desktop.storage.sidecar import Sidecar, write_sidecar

    keyring_slot.delete_key(created.db.vault.vault_id)
    write_sidecar(vault_path, Sidecar(created.db.vault.vault_id, None))
    preferences = Preferences(backup_folder=str(tmp_path / "sauvegardes"))
    with pytest.raises(NoSlotForRekey):
        lifecycle.new_recovery_key(created.db, preferences)
    created.db.close()
    open_vault(vault_path, ByRecoveryKey(created.recovery_key)).close()  # nothing changed
