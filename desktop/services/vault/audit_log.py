"""Reading and verifying the audit trail (the services write it through their units of work)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from desktop.models.audit import AuditEntry
from desktop.services.vault.database import Database
from desktop.storage.audit import ChainReport, verify_chain


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    changes: dict[str, Any]


def verify(db: Database) -> ChainReport:
    with db.reading() as session:
        return verify_chain(session)


def count_entries(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(sa.select(sa.func.count(AuditEntry.id))) or 0)


def recent_entries(db: Database, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Newest first, one page at a time."""
    with db.reading() as session:
        entries = session.scalars(
            sa.select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        )
        return [_row(entry) for entry in entries]


def _row(entry: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(entry.changes) if entry.changes else {}
    except ValueError:
        changes = {"?": entry.changes}
    return AuditRow(
        entry.id, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id,
        changes if isinstance(changes, dict) else {"?": changes},
    )
