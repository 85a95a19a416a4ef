"""The backups as the user sees them: list them, verify one, restore one.

Restoring needs only the backup and a way to open it (its sidecar travels with it, so the
passphrase of the day it was written; or the recovery key of that day; or the keyring): the
vault it replaces is never opened, so a damaged, truncated or missing vault can be restored.
The replaced file is kept aside with a timestamp.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from desktop.config import Preferences, save_preferences
from desktop.services.vault.database import Database
from desktop.services.vault.records import Restored as Restored
from desktop.storage import keyring_slot
from desktop.storage.backup_catalog import BackupRecord, list_backups, record_for
from desktop.storage.restore import restore_vault, verify_backup
from desktop.storage.vault import (
    ByKeyring,
    ByPassphrase,
    ByRawKey,
    ByRecoveryKey,
    Unlock,
    open_vault,
)

__all__ = [
    "BackupRecord", "Restored", "backups_of", "diagnostic_text", "record_of", "restore",
    "unlock_from_text", "verify",
]
RECOVERY_SHAPE = re.compile(r"[0-9A-Z]{4,5}(?:[- ][0-9A-Z]{4,5}){5,}")




def backups_of(preferences: Preferences, vault_path: Path | None = None) -> list[BackupRecord]:
    """Every backup in the backup folder (and the pre-migration ones beside the vault),
    newest first; readable without any key."""
    return list_backups(preferences.backups(), vault_path)


def record_of(backup: Path) -> BackupRecord:
    """What is known of one backup file (chosen elsewhere than the backup folder)."""
    return record_for(backup)


def verify(backup: Path, unlock: Unlock) -> BackupRecord:
    """Reopen ``backup`` with ``unlock`` and check every page; the record, now verified."""
    key = _key_of(backup, unlock, None)
    verify_backup(backup, key)
    return record_for(backup)


def restore(
    vault_path: Path,
    backup: Path,
    unlock: Unlock,
    preferences: Preferences | None = None,
    *,
    before_replacing: Callable[[], object] | None = None,
) -> Restored:
    """Put ``backup`` in place of ``vault_path`` and open it. ``unlock`` opens the backup.

    ``before_replacing`` runs once the backup is known to open (the window closes the vault it
    has open there, so that a wrong passphrase leaves it open)."""
    known = preferences.vault_id_for(vault_path) if preferences else None
    key = _key_of(backup, unlock, known)
    if before_replacing is not None:
        before_replacing()
    aside = restore_vault(vault_path, backup, key)
    vault = open_vault(vault_path, ByRawKey(key))
    db = Database(vault)
    with db.unit_of_work() as uow:
        uow.audit(
            "restore", "vault", vault.vault_id,
            {"from": [None, str(backup)], "kept_aside": [None, str(aside) if aside else None]},
        )
    stored = keyring_slot.load_key(vault.vault_id)
    if stored is not None and stored != key:
        # The keyring held a later key (a re-key since that backup): it must open this file.
        keyring_slot.store_key(vault.vault_id, key)
    if preferences is not None:
        preferences.remember_vault(vault_path, vault.vault_id)
        save_preferences(preferences)
    return Restored(db, aside)


def unlock_from_text(text: str) -> Unlock:
    """What the user typed to open a backup: a recovery key (recognised by its shape), a
    passphrase, or nothing (the keyring)."""
    text = text.strip()
    if not text:
        return ByKeyring()
    if RECOVERY_SHAPE.fullmatch(text.upper()):
        return ByRecoveryKey(text)
    return ByPassphrase(text)


def diagnostic_text(vault_path: Path, error: BaseException, preferences: Preferences) -> str:
    """What "Copier le diagnostic" copies: facts about the files, never a key or a passphrase."""
    from desktop import __version__
    from desktop.storage.sidecar import sidecar_path

    lines = [
        f"Égide {__version__}, {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"Coffre : {vault_path}",
        f"Erreur : {type(error).__name__} : {error}",
    ]
    if vault_path.is_file():
        size = vault_path.stat().st_size
        lines.append(f"Taille : {size} octets ({size / 4096:.2f} pages de 4096)")
    else:
        lines.append("Le fichier du coffre est absent.")
    side = sidecar_path(vault_path)
    lines.append(f"Fichier de clés : {'présent' if side.is_file() else 'absent'} ({side})")
    found = backups_of(preferences, vault_path)
    lines.append(f"Sauvegardes : {len(found)} dans {preferences.backups()}")
    if found:
        lines.append(f"Dernière sauvegarde : {found[0].written_at.isoformat()} {found[0].path}")
    return "\n".join(lines)


def _key_of(backup: Path, unlock: Unlock, known: str | None) -> bytes:
    """The key that opens ``backup`` (checked by opening it, never writing to it)."""
    opened = open_vault(backup, unlock, known_vault_id=known, migrate=False)
    key = opened.key
    opened.close()
    return key
