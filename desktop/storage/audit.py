"""The append-only, hash-chained audit trail.

Each entry's hash covers its own fields and the previous entry's hash; the head (last hash and
count) is also kept in ``vault_meta``, so that editing, deleting or truncating entries is
detected by ``verify_chain``. Services append within their own unit of work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.audit import AuditEntry
from desktop.models.base import utc_now
from desktop.storage.actor import current_actor  # noqa: F401 - re-exported
from desktop.storage.engine import lock_for_writing

GENESIS = "0" * 64


def _digest(prev_hash: str, at: dt.datetime, actor: str, action: str, entity: str,
            entity_id: str | None, changes: str | None) -> str:
    canonical = json.dumps(
        [prev_hash, at.astimezone(dt.UTC).isoformat(), actor, action, entity, entity_id, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _encode_changes(changes: dict[str, Any] | None) -> str | None:
    if changes is None:
        return None
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry chained to the current head (inside the caller's transaction)."""
    head = _locked_head(session)
    prev_hash, count = (str(head).split(":") if head else (GENESIS, "0"))
    at = utc_now()
    encoded = _encode_changes(changes)
    ident = None if entity_id is None else str(entity_id)
    digest = _digest(prev_hash, at, actor, action, entity, ident, encoded)
    entry = AuditEntry(
        at=at, actor=actor, action=action, entity=entity, entity_id=ident,
        changes=encoded, prev_hash=prev_hash, hash=digest,
    )
    session.add(entry)
    new_head = f"{digest}:{int(count) + 1}"
    result = session.execute(
        sa.text("UPDATE vault_meta SET value = :v WHERE key = 'audit_head'"), {"v": new_head}
    )
    if not getattr(result, "rowcount", 0):
        session.execute(
            sa.text("INSERT INTO vault_meta (key, value) VALUES ('audit_head', :v)"),
            {"v": new_head},
        )
    return entry


HEAD = "SELECT value FROM vault_meta WHERE key = 'audit_head'"


def current_head(session: Session) -> tuple[str, int] | None:
    """The last entry's hash and the number of entries (None on an empty journal): what a
    printed document carries, so that the paper itself anchors the chain."""
    value = session.execute(sa.text(HEAD)).scalar()
    if not value or ":" not in str(value):
        return None
    digest, count = str(value).rsplit(":", 1)
    return digest, int(count)


def _locked_head(session: Session) -> object:
    """The head, read under the write lock that the caller's transaction keeps until commit:
    two writers can never chain to the same previous hash (a fork)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        lock_for_writing(connection)
        return session.execute(sa.text(HEAD)).scalar()
    head = session.execute(sa.text(HEAD + " FOR UPDATE")).scalar()
    if head is None:  # the very first entry: no head row to lock, serialise on the vault id
        session.execute(sa.text("SELECT value FROM vault_meta WHERE key = 'vault_id' FOR UPDATE"))
        head = session.execute(sa.text(HEAD + " FOR UPDATE")).scalar()
    return head


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


PURGE_ACTION = "purge"
"""A checkpoint: access entries older than a year were deleted; its ``bridges`` name each gap
(hash before it, hash the next entry expects), its ``segment_sha256`` the deleted entries."""


def set_head_count(session: Session, count: int) -> None:
    """After a purge (inside its transaction): the head keeps its hash, counts what remains."""
    head = session.execute(sa.text(HEAD)).scalar()
    if head:
        digest = str(head).split(":")[0]
        session.execute(sa.text("UPDATE vault_meta SET value = :v WHERE key = 'audit_head'"),
                        {"v": f"{digest}:{count}"})


def _bridges(session: Session) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for changes in session.scalars(
            sa.select(AuditEntry.changes).where(AuditEntry.action == PURGE_ACTION,
                                                AuditEntry.entity == "audit_log")):
        try:
            pairs = json.loads(changes or "{}").get("bridges", [None, []])[1]
            found.update((str(a), str(b)) for a, b in pairs)
        except (ValueError, TypeError, AttributeError, IndexError):
            continue  # a damaged checkpoint bridges nothing: the gaps are reported
    return found


def verify_chain(session: Session) -> ChainReport:
    """Recompute every hash; report each break in French (entry number and what is wrong).

    A gap left by a purge of the access log is accepted when a checkpoint names it."""
    problems: list[str] = []
    prev = GENESIS
    count = 0
    bridges = _bridges(session)
    rows = session.execute(sa.select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for entry in rows:
        count += 1
        if entry.prev_hash != prev and (prev, entry.prev_hash) not in bridges:
            problems.append(
                f"Entrée n° {entry.id} : elle ne suit pas l'entrée précédente "
                "(une entrée a été supprimée ou insérée)."
            )
        expected = _digest(entry.prev_hash, entry.at, entry.actor, entry.action, entry.entity,
                           entry.entity_id, entry.changes)
        if expected != entry.hash:
            problems.append(f"Entrée n° {entry.id} : son contenu a été modifié.")
        prev = entry.hash
    head = session.execute(
        sa.text("SELECT value FROM vault_meta WHERE key = 'audit_head'")
    ).scalar()
    expected_head = f"{prev}:{count}" if count else None
    if head is not None and head != expected_head or head is None and count:
        problems.append(
            "La fin du journal ne correspond pas à la tête enregistrée "
            "(des entrées récentes ont été supprimées)."
        )
    return ChainReport(count, tuple(problems))
