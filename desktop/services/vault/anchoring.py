"""The audit trail checked against its anchors outside the vault (``storage.anchors``): the
file beside the vault (rewritten after each commit), the newest backup of this vault, or a
file the user names (``egide audit verify --against FILE``).

A truncation (the last entries deleted and the head rewritten) or a rewrite (every hash
recomputed) since the anchor was written is found: the anchored entry is gone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import VaultError
from desktop.models.audit import AuditEntry
from desktop.services.vault.database import Database
from desktop.storage.anchors import Anchor, anchor_path, problems_against, read_anchor
from desktop.storage.vault import Vault


def anchors_of(db: Database, session: Session) -> list[Path]:
    """Where this vault's anchors are found without asking: beside the vault, and its newest
    backup in the backup folder of the preferences (written since the last restore: a
    restore of an older backup drops, on purpose and audited, what later backups hold)."""
    vault = db.vault
    if not isinstance(vault, Vault):
        return []
    found = [anchor_path(vault.path)] if anchor_path(vault.path).is_file() else []
    restored_at = session.scalar(
        sa.select(sa.func.max(AuditEntry.at)).where(AuditEntry.action == "restore"))
    newest = _newest_backup(vault.vault_id, restored_at)
    if newest is not None:
        found.append(newest)
    return found


def anchor_problems(db: Database, session: Session, against: Path | None = None) -> list[str]:
    """The French problems found against ``against`` (``VaultError`` when that file holds no
    anchor) or, without it, against every anchor of ``anchors_of``."""
    key = db.vault.key if isinstance(db.vault, Vault) else None
    if against is not None:
        return problems_against(session, db.vault.vault_id, read_anchor(against, key))
    problems: list[str] = []
    for path in anchors_of(db, session):
        try:
            anchor: Anchor = read_anchor(path, key)
        except VaultError as error:
            problems.append(str(error))
            continue
        problems += problems_against(session, db.vault.vault_id, anchor)
    return problems


def _newest_backup(vault_id: str, since: dt.datetime | None) -> Path | None:
    from desktop.config import load_preferences
    from desktop.storage.backup_catalog import list_backups, read_meta

    for record in list_backups(load_preferences().backups()):  # newest first
        if since is not None and record.written_at < _aware(since):
            return None
        meta = read_meta(record.path)
        if meta.get("vault_id") == vault_id and meta.get("audit_head"):
            return record.path
    return None


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
