"""Restore: a backup put back in place of the vault, and a backup checked page by page.

Apart from ``backup`` because it opens vaults (``vault`` imports ``migrate``, which backs up
before migrating: keeping this here keeps the storage modules free of import circles).

Restoring needs only the backup and a key that opens it (its sidecar travels with it): the
file it replaces is never opened, since it is usually the damaged one; it is renamed aside
with a timestamp, never deleted.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop.errors import BackupFailed, VaultError
from desktop.files import copy_private
from desktop.storage.backup_catalog import mark_verified
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByRawKey, open_vault


def restore_vault(vault_path: Path, backup: Path, key: bytes) -> Path | None:
    """Put ``backup`` in place of the vault; returns where the replaced file was kept aside
    (None when there was no file).

    ``key`` must open the backup (the vault key of the day it was written). The file being
    replaced is never opened: damaged, truncated or missing, it does not matter. The backup is
    checked page by page before anything moves, and the restored copy reopened after.
    """
    vault_path, backup = Path(vault_path), Path(backup)
    if backup.resolve() == vault_path.resolve():
        raise BackupFailed("La sauvegarde à restaurer est le coffre lui-même.")
    checked = open_vault(backup, ByRawKey(key), verify=True, migrate=False)
    checked.close()
    aside = _keep_aside(vault_path)
    try:
        incoming = vault_path.with_name(vault_path.name + ".restauration")
        copy_private(backup, incoming)
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
        incoming.replace(vault_path)
        if sidecar_path(backup).exists():
            copy_private(sidecar_path(backup), sidecar_path(vault_path))
        reopened = open_vault(vault_path, ByRawKey(key), migrate=False)
        reopened.close()
    except (OSError, VaultError) as error:
        kept = f" ; l'ancien coffre est conservé dans « {aside} »" if aside else ""
        raise BackupFailed(f"La restauration a échoué ({error}){kept}.") from None
    return aside


def _keep_aside(vault_path: Path) -> Path | None:
    """Rename the vault (and its WAL, which must never meet the restored file) with a
    timestamp; its sidecar is copied (the restored vault gets the backup's)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.stem}.avant-restauration-{stamp}{vault_path.suffix}")
    number = 1
    while aside.exists() or sidecar_path(aside).exists():  # two restores in one second
        number += 1
        aside = vault_path.with_name(
            f"{vault_path.stem}.avant-restauration-{stamp}-{number}{vault_path.suffix}")
    moved = False
    if vault_path.exists():
        vault_path.replace(aside)
        moved = True
    for extra in ("-wal", "-shm"):
        companion = vault_path.with_name(vault_path.name + extra)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + extra))
            moved = True
    if sidecar_path(vault_path).exists():
        copy_private(sidecar_path(vault_path), sidecar_path(aside))
    return aside if moved else None


def verify_backup(backup: Path, key: bytes) -> str:
    """Reopen ``backup`` with ``key`` and check every page; record the verification.
    Returns the backup's vault id; raises ``VaultError`` (damaged, wrong key…) otherwise."""
    checked = open_vault(backup, ByRawKey(key), verify=True, migrate=False)
    vault_id = checked.vault_id
    checked.close()
    mark_verified(backup, dt.datetime.now(dt.UTC))
    return vault_id
