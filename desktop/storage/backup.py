"""Encrypted backups: ``sqlcipher_export`` into a keyed file, reopened and checked, with the
sidecar beside it; restore puts one back after keeping the current file aside.

Restoring needs only the backup and a key that opens it (its sidecar travels with it): the
file it replaces is never opened, since it is usually the damaged one; it is renamed aside
with a timestamp, never deleted.

A backup is under the vault key of the day it was written: a vault re-keyed later does not
re-key its older backups (they open with the old recovery key).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.errors import BackupFailed, VaultError, VaultExists
from desktop.storage.backup_catalog import BACKUP_SUFFIX, mark_verified, meta_path, write_meta
from desktop.storage.diagnosis import read_salt
from desktop.storage.engine import raw_key_literal, sqlcipher_engine
from desktop.storage.integrity import check_integrity
from desktop.storage.sidecar import Sidecar, read_sidecar, sidecar_path, write_sidecar

__all__ = ["BACKUP_SUFFIX", "BackupInfo", "backup_vault", "restore_vault", "verify_backup"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    written_at: dt.datetime


def backup_vault(
    vault: object, target: Path, *, overwrite: bool = False, reason: str = "manual"
) -> BackupInfo:
    """Write an encrypted, verified copy of ``vault`` (a ``Vault``) at ``target``, with its
    sidecar and its catalog entry (``reason``: a key of ``backup_catalog.REASONS``)."""
    from desktop.storage.meta import set_meta
    from desktop.storage.vault import Vault

    assert isinstance(vault, Vault)
    target = Path(target)
    if target.resolve() == vault.path.resolve():
        raise BackupFailed("La sauvegarde ne peut pas remplacer le coffre lui-même.")
    if target.exists() and not overwrite:
        raise VaultExists(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with vault.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute(
                f"ATTACH DATABASE ? AS backup KEY \"{raw_key_literal(vault.key)}\"",
                (str(partial),),
            )
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        _verify(partial, vault.key, vault.vault_id)
        partial.replace(target)
    except (sa.exc.DBAPIError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"La sauvegarde vers « {target} » a échoué : {error}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _copy_sidecar(vault.path, target)
    written = dt.datetime.now(dt.UTC)
    write_meta(target, reason=reason, written_at=written, vault_id=vault.vault_id)
    with vault.engine.begin() as connection:
        set_meta(connection, "last_backup_at", written.isoformat())
    return BackupInfo(target, target.stat().st_size, written)


def _copy_sidecar(vault_path: Path, target: Path) -> None:
    """The vault's slots beside the copy, with the copy's own salt and no pending key."""
    try:
        sidecar = read_sidecar(vault_path)
    except VaultError:
        sidecar = None
    if sidecar is not None:
        copy = Sidecar(sidecar.vault_id, sidecar.passphrase, None, read_salt(target))
        write_sidecar(target, copy)
    elif sidecar_path(vault_path).exists():
        shutil.copyfile(sidecar_path(vault_path), sidecar_path(target))


def verify_backup(backup: Path, key: bytes) -> str:
    """Reopen ``backup`` with ``key`` and check every page; record the verification.
    Returns the backup's vault id; raises ``VaultError`` (damaged, wrong key…) otherwise."""
    from desktop.storage.vault import ByRawKey, open_vault

    checked = open_vault(backup, ByRawKey(key), verify=True, migrate=False)
    vault_id = checked.vault_id
    checked.close()
    mark_verified(backup, dt.datetime.now(dt.UTC))
    return vault_id


def _verify(path: Path, key: bytes, vault_id: str) -> None:
    """Reopen the copy with the key and check its pages and identity."""
    engine = sqlcipher_engine(path, key, pooled=False)
    try:
        report = check_integrity(engine)
        if not report.ok:
            raise BackupFailed(f"La copie écrite ne se vérifie pas : {report.describe()}")
        with engine.connect() as connection:
            found = connection.execute(
                sa.text("SELECT value FROM vault_meta WHERE key = 'vault_id'")
            ).scalar()
        if found != vault_id:
            raise BackupFailed("La copie écrite ne porte pas l'identifiant du coffre.")
    finally:
        engine.dispose()


def restore_vault(vault_path: Path, backup: Path, key: bytes) -> Path | None:
    """Put ``backup`` in place of the vault; returns where the replaced file was kept aside
    (None when there was no file).

    ``key`` must open the backup (the vault key of the day it was written). The file being
    replaced is never opened: damaged, truncated or missing, it does not matter. The backup is
    checked page by page before anything moves, and the restored copy reopened after.
    """
    from desktop.storage.vault import ByRawKey, open_vault

    vault_path, backup = Path(vault_path), Path(backup)
    if backup.resolve() == vault_path.resolve():
        raise BackupFailed("La sauvegarde à restaurer est le coffre lui-même.")
    checked = open_vault(backup, ByRawKey(key), verify=True, migrate=False)
    checked.close()
    aside = _keep_aside(vault_path)
    try:
        incoming = vault_path.with_name(vault_path.name + ".restauration")
        shutil.copyfile(backup, incoming)
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
        incoming.replace(vault_path)
        if sidecar_path(backup).exists():
            shutil.copyfile(sidecar_path(backup), sidecar_path(vault_path))
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
        shutil.copyfile(sidecar_path(vault_path), sidecar_path(aside))
    return aside if moved else None


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; returns what was removed."""
    backups = sorted(folder.glob(f"egide-*{BACKUP_SUFFIX}"))
    removed = backups[:-keep] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
        sidecar_path(old).unlink(missing_ok=True)
        meta_path(old).unlink(missing_ok=True)
    return removed


def automatic_backup_path(folder: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    return folder / f"egide-{stamp}{BACKUP_SUFFIX}"
