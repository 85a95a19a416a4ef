"""Crash-safe re-key: at every instant some slot holds a key that opens the file.

1. the new key is sealed as *pending* in every slot the vault has (the sidecar's passphrase
   slot, written atomically with fsync; the keyring's ``<id>:pending`` entry), beside the
   current key;
2. ``PRAGMA rekey`` re-encrypts every page in one transaction: before it commits the current
   key opens the file, after it the pending one;
3. a fresh connection checks that the new key opens the file;
4. the pending key is promoted to current in each slot.

Opening (``vault.open_vault``) tries the current key then the pending one, and promotes the
pending key when it is the one that opens the file (a re-key killed between 2 and 4).
"""

from __future__ import annotations

import secrets
from pathlib import Path

import sqlalchemy as sa

from desktop.errors import VaultError
from desktop.storage import keyring_slot
from desktop.storage.engine import sqlcipher_engine
from desktop.storage.opened import RekeyableVault
from desktop.storage.sidecar import PassphraseSlot, Sidecar, read_sidecar, write_sidecar


class NoSlotForRekey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Ce coffre n'a ni phrase de passe ni clé dans le trousseau : une interruption "
            "pendant le rechiffrement le rendrait illisible. Définissez d'abord une phrase de "
            "passe, puis émettez la nouvelle clé de secours."
        )


def rekey_safely(vault: RekeyableVault, passphrase: str | None) -> bytes:
    """Re-encrypt ``vault`` under a new random key and return it, once the file verifiably
    opens with it and every slot holds it. ``passphrase`` (already checked by the caller)
    wraps the new key in the sidecar; the keyring gets it when it held the old one."""
    path, vault_id = vault.path, vault.vault_id
    in_keyring = keyring_slot.load_key(vault_id) == vault.key
    if not passphrase and not in_keyring:
        raise NoSlotForRekey()
    sidecar = read_sidecar(path)
    current = sidecar.passphrase if sidecar is not None else None
    salt = vault.file_salt()
    new_key = secrets.token_bytes(32)
    pending = PassphraseSlot.seal(new_key, passphrase, vault_id) if passphrase else None
    write_sidecar(path, Sidecar(vault_id, current, pending, salt))
    if in_keyring:
        keyring_slot.store_key(vault_id, new_key, pending=True)
    vault.rekey(new_key)
    if not opens_with(path, new_key, vault_id):
        raise VaultError(
            "Le coffre rechiffré ne s'ouvre pas avec la nouvelle clé ; il s'ouvre toujours "
            "avec votre phrase de passe. Restaurez la sauvegarde écrite juste avant."
        )
    promote(path, vault_id, new_key, in_keyring=in_keyring, pending_slot=pending,
            file_salt=vault.file_salt())
    return new_key


def opens_with(path: Path, key: bytes, vault_id: str) -> bool:
    """A fresh connection (nothing pooled) reads the vault id under ``key``."""
    engine = sqlcipher_engine(path, key, pooled=False)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                sa.text("SELECT value FROM vault_meta WHERE key = 'vault_id'")
            ).scalar()
    except sa.exc.DBAPIError:
        return False
    finally:
        engine.dispose()
    return found == vault_id


def promote(
    path: Path,
    vault_id: str,
    key: bytes,
    *,
    in_keyring: bool,
    pending_slot: PassphraseSlot | None,
    file_salt: bytes | None,
) -> None:
    """Make ``key`` (which opens the file) the current key of every slot; drop the pending."""
    sidecar = read_sidecar(path)
    slot = pending_slot or (sidecar.passphrase if sidecar else None)
    write_sidecar(path, Sidecar(vault_id, slot, None, file_salt))
    if in_keyring:
        keyring_slot.store_key(vault_id, key)
        keyring_slot.delete_key(vault_id, pending=True)


def finish_interrupted(path: Path, vault_id: str, key: bytes, file_salt: bytes | None) -> None:
    """Opening found that only the pending key opens the file: promote it in each slot that
    has it (a re-key was killed after ``PRAGMA rekey``)."""
    sidecar = read_sidecar(path)
    pending_slot = sidecar.pending if sidecar else None
    in_keyring = keyring_slot.load_key(vault_id, pending=True) == key
    if pending_slot is None and not in_keyring:
        return
    try:
        promote(path, vault_id, key, in_keyring=in_keyring, pending_slot=pending_slot,
                file_salt=file_salt)
    except (OSError, VaultError):
        return  # the pending slots still open the file; the next opening promotes them
