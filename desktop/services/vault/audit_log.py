"""Reading and verifying the audit trail (the services write it through their units of work)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
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


def verify(db: Database, against: Path | None = None) -> ChainReport:
    """The chain recomputed, then checked against its anchors outside the vault (``against``
    alone when given: an anchor file or a backup)."""
    from desktop.services.vault.anchoring import anchor_problems

    with db.reading() as session:
        report = verify_chain(session)
        outside = anchor_problems(db, session, against)
    return ChainReport(report.entries, report.problems + tuple(outside))


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
