"""Lost-update detection around ``row_version`` (see ``VersionedMixin``): who saved a row
meanwhile, told from the audit trail, for ``ConcurrentEdit``.

Two ways a save meets a colleague's: the form carried the version it was read at and the row
has moved on since (``expect_version``, checked inside the transaction), or the colleague
committed between this transaction's read and its UPDATE (the UPDATE's ``WHERE row_version``
matches nothing: SQLAlchemy's ``StaleDataError``, turned into ``ConcurrentEdit`` by
``explain_stale``, from what ``watch_versions`` noted before each flush).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.errors import ConcurrentEdit

_NOTED = "egide_versioned"


def last_change(connection: sa.Connection | Session, entity: str, entity_id: object,
                field: str | None = None
                ) -> tuple[str | None, dt.datetime | None, dict[str, object]]:
    """The newest audit entry about this row (that changed ``field``, when given; among the
    row's last 50): (actor, time, changes)."""
    rows = connection.execute(
        sa.text("SELECT actor, at, changes FROM audit_entry WHERE entity = :e AND "
                "entity_id = :i ORDER BY id DESC LIMIT :n"),
        {"e": entity, "i": str(entity_id), "n": 1 if field is None else 50},
    ).all()
    for row in rows:
        entry = _entry(row)
        if field is None or field in entry[2]:
            return entry
    return None, None, {}


def _entry(row: Any) -> tuple[str | None, dt.datetime | None, dict[str, object]]:
    at = row[1]
    if isinstance(at, str):  # SQLite returns the stored text
        at = dt.datetime.fromisoformat(at)
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    try:
        changes = json.loads(row[2]) if row[2] else {}
    except ValueError:
        changes = {}
    return row[0], at, changes if isinstance(changes, dict) else {}


_LABELS = {
    "case": "ce signalement", "case_victim": "cette victime", "case_author": "cet auteur",
    "consent": "ce consentement", "complaint": "cette plainte", "task": "cette tâche",
    "meeting": "cette séance", "minutes": "ce compte rendu", "decision": "cette décision",
    "action_item": "cette action", "agenda_item": "ce point d'ordre du jour",
    "practitioner": "ce praticien", "person": "cette personne", "unit": "cette unité",
    "referent": "ce référent", "assignment": "ce rattachement",
    "organisation": "cette organisation", "position": "cette fonction",
    "tenure": "cette nomination",
    "protocol": "ce protocole", "protocol_version": "cette version du protocole",
    "article": "cet article", "ceremony": "cette cérémonie",
    "ceremony_attendance": "cette présence", "party": "ce signataire",
    "office_settings": "l'identité du bureau",
    "advice_request": "cette demande de conseil", "alert_loan": "ce prêt de dispositif",
    "alert_event": "cette alerte", "video_site": "ce site de vidéoprotection",
}


def _label(table: str, entity_id: object) -> str:
    return _LABELS.get(table, "cette fiche")


def expect_version(session: Session, row: Any, seen: int | None, *,
                   audited_as: object = None) -> None:
    """Refuse the save when the row moved on since the form read it at version ``seen``.

    ``audited_as``: the ``entity_id`` its audit entries carry when it is not the row's id (the
    relevé is audited under its meeting's id)."""
    if seen is None or row.row_version == seen:
        return
    table = row.__table__.name
    key = row.id if audited_as is None else audited_as
    who, when, changed = last_change(session, table, key)
    raise ConcurrentEdit(_label(table, key), who, when, changed)


def expect_same(session: Session, what: str, entity: str, entity_id: object, field: str,
                seen: object, current: object) -> None:
    """Refuse the save when a part of a row that has no version of its own (a list replaced
    whole, as the preamble's clauses) is no longer what the form showed (``seen``); who changed
    it is the last audit entry about ``entity_id`` that names ``field``."""
    if seen is None or seen == current:
        return
    who, when, changed = last_change(session, entity, entity_id, field)
    raise ConcurrentEdit(what, who, when, changed)


def watch_versions(session: Session) -> None:
    """Note, before each flush, which versioned rows it updates or deletes (and at which
    version), so that a ``StaleDataError`` can name the row and its author."""

    @sa.event.listens_for(session, "before_flush")
    def _note(flushing: Session, _context: Any, _instances: Any) -> None:
        noted = flushing.info.setdefault(_NOTED, {})
        for row in list(flushing.dirty) + list(flushing.deleted):
            if hasattr(row, "row_version") and getattr(row, "id", None) is not None:
                key = (row.__table__.name, row.id)
                noted.setdefault(key, sa.inspect(row).committed_state.get(
                    "row_version", row.row_version))


def explain_stale(session: Session, engine: Engine) -> ConcurrentEdit:
    """After a ``StaleDataError``: which noted row moved on, and who moved it (read on a
    connection of its own: the failed transaction can no longer read)."""
    noted: dict[tuple[str, int], int] = session.info.get(_NOTED, {})
    with engine.connect() as connection:
        for (table, row_id), version in noted.items():
            current = connection.execute(
                sa.text(f'SELECT row_version FROM "{table}" WHERE id = :i'), {"i": row_id}
            ).scalar()
            if current != version:
                who, when, changed = last_change(connection, table, row_id)
                return ConcurrentEdit(_label(table, row_id), who, when, changed)
    return ConcurrentEdit("cette fiche", None, None)
