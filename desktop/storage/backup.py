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
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.errors import BackupFailed, VaultError, VaultExists, stop_if
from desktop.files import copy_private, create_private, private_folder
from desktop.storage.backup_catalog import BACKUP_SUFFIX, meta_path, write_meta
from desktop.storage.diagnosis import read_salt
from desktop.storage.engine import raw_key_literal, sqlcipher_engine
from desktop.storage.integrity import check_integrity
from desktop.storage.meta import set_meta
from desktop.storage.opened import OpenedVault
from desktop.storage.sidecar import Sidecar, read_sidecar, sidecar_path, write_sidecar

__all__ = ["BACKUP_SUFFIX", "BackupInfo", "automatic_backup_path", "backup_vault", "mirror_backup"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    written_at: dt.datetime


def backup_vault(vault: OpenedVault, target: Path, *, overwrite: bool = False,
                 reason: str = "manual",
                 cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """Write an encrypted, verified copy of ``vault`` at ``target``, with its sidecar and its
    catalog entry (``reason``: a key of ``backup_catalog.REASONS``).

    ``cancelled`` is asked between the copy and its check, and before the copy takes its
    name: ``Cancelled`` then, the partial copy removed and the vault untouched."""
    target = Path(target)
    if target.resolve() == vault.path.resolve():
        raise BackupFailed("La sauvegarde ne peut pas remplacer le coffre lui-même.")
    if target.exists() and not overwrite:
        raise VaultExists(target)
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder(target.parent)
        partial.unlink(missing_ok=True)
        create_private(partial)  # ATTACH fills this private empty file
    except OSError as error:
        raise BackupFailed(
            f"La sauvegarde ne peut pas être écrite dans « {target.parent} » : "
            f"{error.strerror or error}."
        ) from None
    try:
        with vault.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute(
                f"ATTACH DATABASE ? AS backup KEY \"{raw_key_literal(vault.key)}\"",
                (str(partial),),
            )
            try:
                # sqlcipher_export commits table by table: with a journal and a sync each,
                # 2-4 s for the demo vault under load; without them 0.05 s. The partial file
                # is thrown away on any failure, and synced once below before its rename.
                raw.execute("PRAGMA backup.journal_mode = OFF")
                raw.execute("PRAGMA backup.synchronous = OFF")
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        _sync(partial)
        stop_if(cancelled)
        head = _verify(partial, vault.key, vault.vault_id)
        stop_if(cancelled)
        partial.replace(target)
    except (sa.exc.DBAPIError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"La sauvegarde vers « {target} » a échoué : {error}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _copy_sidecar(vault.path, target)
    written = dt.datetime.now(dt.UTC)
    write_meta(target, reason=reason, written_at=written, vault_id=vault.vault_id,
               audit_head=head)
    with vault.engine.begin() as connection:
        set_meta(connection, "last_backup_at", written.isoformat())
    return BackupInfo(target, target.stat().st_size, written)


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


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
        copy_private(sidecar_path(vault_path), sidecar_path(target))


def _verify(path: Path, key: bytes, vault_id: str) -> str | None:
    """Reopen the copy with the key and check its pages and identity; returns the copy's
    audit head (``hash:count``), recorded in the catalog as an anchor."""
    engine = sqlcipher_engine(path, key, pooled=False)
    try:
        report = check_integrity(engine)
        if not report.ok:
            raise BackupFailed(f"La copie écrite ne se vérifie pas : {report.describe()}")
        with engine.connect() as connection:
            found = connection.execute(
                sa.text("SELECT value FROM vault_meta WHERE key = 'vault_id'")
            ).scalar()
            head = connection.execute(
                sa.text("SELECT value FROM vault_meta WHERE key = 'audit_head'")
            ).scalar()
        if found != vault_id:
            raise BackupFailed("La copie écrite ne porte pas l'identifiant du coffre.")
        return None if head is None else str(head)
    finally:
        engine.dispose()


def automatic_backup_path(folder: Path) -> Path:
    """A new name in ``folder`` (a second backup within the same second gets a number)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"egide-{stamp}{BACKUP_SUFFIX}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"egide-{stamp}-{number}{BACKUP_SUFFIX}"
    return target


def mirror_backup(backup: Path, folder: Path) -> Path:
    """Copy a written backup (with its sidecar and catalog entry) into a second location;
    the copy is checked byte for byte. ``BackupFailed`` in French when the place is not
    reachable (a USB key removed, a share offline)."""
    target = folder / backup.name
    try:
        private_folder(folder)
        partial = target.with_name(target.name + ".partial")
        copy_private(backup, partial)
        _sync(partial)
        if _digest(partial) != _digest(backup):
            partial.unlink(missing_ok=True)
            raise BackupFailed(f"La copie vers « {folder} » ne correspond pas à la sauvegarde.")
        partial.replace(target)
        for companion in (sidecar_path(backup), meta_path(backup)):
            if companion.exists():
                copy_private(companion, folder / companion.name)
    except OSError as error:
        raise BackupFailed(
            f"La copie de la sauvegarde vers le second emplacement « {folder} » a échoué : "
            f"{error.strerror or error}"
        ) from None
    return target


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
