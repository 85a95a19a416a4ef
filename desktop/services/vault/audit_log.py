"""Reading and verifying the audit trail (the services write it through their units of work)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop.models.audit import AuditEntry
from desktop.services.vault.changes import Changes
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


# --- the access log's end (CNIL: access logs kept 6 to 12 months) ----------------------------

ACCESS_ACTIONS = ("view", "print", "export")
"""Entries that record an access to personal data (not a change): purged after a year."""
ACCESS_LOG_MONTHS = 12


@dataclass(frozen=True)
class Purged:
    entries: int
    before: dt.datetime
    segment_sha256: str | None
    changes: Changes


def purge_access_log(db: Database, now: dt.datetime | None = None) -> Purged:
    """Delete the access entries older than 12 months, in one unit of work.

    The change trail stays verifiable: a checkpoint entry ("purge") carries the hash of the
    purged segment (SHA-256 of their hashes, in order) and, for each gap left in the chain,
    the pair (hash before the gap, hash the next entry expects) that ``verify`` accepts."""
    from desktop.storage.audit import GENESIS, set_head_count

    now = now or dt.datetime.now(dt.UTC)
    cutoff = now - dt.timedelta(days=365 * ACCESS_LOG_MONTHS // 12)
    with db.unit_of_work() as uow:
        session = uow.session
        rows = session.execute(
            sa.select(AuditEntry.id, AuditEntry.action, AuditEntry.at, AuditEntry.prev_hash,
                      AuditEntry.hash).order_by(AuditEntry.id)).all()
        purged = [r for r in rows if r.action in ACCESS_ACTIONS and _utc(r.at) < cutoff]
        if not purged:
            return Purged(0, cutoff, None, Changes.NONE)
        gone = {r.id for r in purged}
        bridges: list[list[str]] = []
        last_kept, in_gap = GENESIS, False
        for row in rows:
            if row.id in gone:
                in_gap = True
                continue
            if in_gap:
                bridges.append([last_kept, row.prev_hash])
                in_gap = False
            last_kept = row.hash
        if in_gap:  # the newest entries were purged: the checkpoint follows the old head
            bridges.append([last_kept, rows[-1].hash])
        digest = hashlib.sha256("".join(r.hash for r in purged).encode("ascii")).hexdigest()
        ids = sorted(gone)
        for start in range(0, len(ids), 500):
            session.execute(sa.delete(AuditEntry).where(AuditEntry.id.in_(ids[start:start + 500])))
        set_head_count(session, len(rows) - len(ids))
        uow.audit("purge", "audit_log", None, {
            "purged": [None, len(ids)], "before": [None, cutoff.isoformat()],
            "segment_sha256": [None, digest], "bridges": [None, bridges]})
    return Purged(len(ids), cutoff, digest, Changes.AUDIT)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
