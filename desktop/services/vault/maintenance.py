"""Checking the vault (``egide check``): its pages first, then what reads its tables.

Restoring a backup is ``backups.restore`` (it never opens the vault it replaces).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from desktop.services.vault.lifecycle import embedded
from desktop.storage.audit import ChainReport
from desktop.storage.integrity import check_integrity


@dataclass(frozen=True)
class VaultCheck:
    """What ``egide check`` prints: the file, its versions, its pages and its audit chain.

    ``schema_version`` and ``audit`` are None when damaged pages keep them from being read.
    """

    path: Path
    vault_id: str
    cipher_version: str
    pages_ok: bool
    pages: str  # French summary of the page check
    schema_version: int | None
    audit: ChainReport | None

    @property
    def ok(self) -> bool:
        return self.pages_ok and self.audit is not None and self.audit.ok


def check(db: Database) -> VaultCheck:
    """Read every page of the local vault (SQLCipher's HMACs, then SQLite's own check), then
    the schema version and the audit chain, which damaged pages may make unreadable."""
    vault = embedded(db)
    with vault.engine.connect() as connection:
        version = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
    report = check_integrity(vault.engine)
    schema: int | None
    try:
        schema = vault.schema_version()
    except sa.exc.DatabaseError:
        schema = None
    audit: ChainReport | None
    try:
        audit = audit_log.verify(db)
    except sa.exc.DatabaseError:
        audit = None
    return VaultCheck(
        path=vault.path, vault_id=vault.vault_id, cipher_version=str(version),
        pages_ok=report.ok, pages=report.describe(), schema_version=schema, audit=audit,
    )
