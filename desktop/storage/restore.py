"""Restore: a backup put back in place of the vault, the current files kept aside.

Apart from ``backup`` because it opens vaults (``vault`` imports ``migrate``, which backs up
before migrating: keeping this here keeps the storage modules free of import circles).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.errors import BackupFailed, VaultError
from desktop.files import copy_private
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByRawKey, open_vault


def restore_vault(vault_path: Path, backup: Path, key: bytes) -> Path:
    """Put ``backup`` in place of the vault; the current files are kept aside and returned.

    ``key`` must open the backup (the vault key when it was written); the vault must be closed.
    """
    vault_path, backup = Path(vault_path), Path(backup)
    checked = open_vault(backup, ByRawKey(key), verify=True)
    checked.close()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.stem}.avant-restauration-{stamp}{vault_path.suffix}")
    if vault_path.exists():
        vault_path.replace(aside)
        for extra in ("-wal", "-shm"):
            companion = vault_path.with_name(vault_path.name + extra)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + extra))
        if sidecar_path(vault_path).exists():
            copy_private(sidecar_path(vault_path), sidecar_path(aside))
    try:
        copy_private(backup, vault_path)
        if sidecar_path(backup).exists():
            copy_private(sidecar_path(backup), sidecar_path(vault_path))
        reopened = open_vault(vault_path, ByRawKey(key))
        reopened.close()
    except (OSError, VaultError) as error:
        raise BackupFailed(
            f"La restauration a échoué ({error}) ; l'ancien coffre est conservé dans « {aside} »."
        ) from None
    return aside
