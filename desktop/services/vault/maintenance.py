"""Checking the vault and putting a backup back (``egide check``, ``egide restore``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from desktop.services.vault.lifecycle import embedded
from desktop.storage.audit import ChainReport
from desktop.storage.integrity import check_integrity
from desktop.storage.restore import restore_vault


@dataclass(frozen=True)
class VaultCheck:
    """What ``egide check`` prints: the file, its versions, its pages and its audit chain."""

    path: Path
    vault_id: str
    cipher_version: str
    schema_version: int
    pages_ok: bool
    pages: str  # French summary of the page check
    audit: ChainReport

    @property
    def ok(self) -> bool:
        return self.pages_ok and self.audit.ok


def check(db: Database) -> VaultCheck:
    """Read every page of the local vault (SQLCipher's HMACs, then SQLite's own check) and
    verify the audit chain."""
    vault = embedded(db)
    with vault.engine.connect() as connection:
        version = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    report = check_integrity(vault.engine)
    return VaultCheck(
        path=vault.path,
        vault_id=vault.vault_id,
        cipher_version=str(version),
        schema_version=vault.schema_version(),
        pages_ok=report.ok,
        pages=report.describe(),
        audit=audit_log.verify(db),
    )


def restore(vault_path: Path, backup: Path, key: bytes) -> Path:
    """Put ``backup`` in place of the closed vault at ``vault_path`` (``key`` opens the
    backup); returns where the current files were kept aside."""
    return restore_vault(vault_path, backup, key)
