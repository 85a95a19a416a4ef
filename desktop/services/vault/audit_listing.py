"""The audit trail as an inspector reads it: filtered (period, action, user, case, a search),
paged, in French, each row that concerns a case with its reference; and the same selection as
a CSV file for the office's internal control (UTF-8 with a BOM, so Excel reads the accents).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.files import write_private
from desktop.models.audit import AuditEntry
from desktop.models.cases import Attachment, Case, Consent
from desktop.services.vault import audit_labels as labels
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

CSV_HEADINGS = ("N°", "Date et heure", "Utilisateur", "Action", "Objet", "N° de l'objet",
                "Dossier", "Détail")
LINKED: dict[str, type[Attachment] | type[Consent]] = {
    "attachment": Attachment, "consent": Consent}
"""Entities that belong to a case: their rows name the case too."""


@dataclass(frozen=True)
class AuditQuery:
    """Every field optional; ``date_to`` is included. ``case_reference``: a reference or part
    of one ("2026-0042", "2026-00", or the number alone, "42")."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    action: str | None = None
    actor: str | None = None
    case_reference: str | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime
    actor: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: str | None
    case_reference: str | None
    details: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditChoices:
    """What the filters offer: the actions present, as (code, French label), and the users."""

    actions: tuple[tuple[str, str], ...]
    actors: tuple[str, ...]


def choices(db: Database) -> AuditChoices:
    with db.reading() as session:
        actions = session.scalars(sa.select(AuditEntry.action).distinct()).all()
        actors = session.scalars(sa.select(AuditEntry.actor).distinct()
                                 .order_by(AuditEntry.actor)).all()
    pairs = sorted(((a, labels.action_label(a)) for a in actions), key=lambda p: p[1])
    return AuditChoices(tuple(pairs), tuple(actors))


def count(db: Database, query: AuditQuery) -> int:
    with db.reading() as session:
        where = _where(session, query)
        return int(session.scalar(sa.select(sa.func.count(AuditEntry.id)).where(*where)) or 0)


def page(db: Database, query: AuditQuery, offset: int = 0, limit: int = 200) -> list[AuditLine]:
    """Newest first, one page at a time."""
    with db.reading() as session:
        entries = session.scalars(
            sa.select(AuditEntry).where(*_where(session, query))
            .order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        ).all()
        return _lines(session, entries)


def first_page(db: Database, query: AuditQuery, limit: int = 200) -> tuple[int, list[AuditLine]]:
    return count(db, query), page(db, query, 0, limit)


@no_changes
def export_csv(db: Database, query: AuditQuery, path: Path) -> int:
    """Write the selection (oldest first) to ``path``; the export itself is logged. Returns
    the number of entries written."""
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise ValidationError("date_to", "La période est à l'envers : la date de fin précède "
                                         "la date de début.")
    with db.reading() as session:
        entries = session.scalars(sa.select(AuditEntry).where(*_where(session, query))
                                  .order_by(AuditEntry.id)).all()
        lines = _lines(session, entries)
        zone = office_zone(session)
    write_private(path, csv_bytes(lines, zone))
    with db.unit_of_work() as uow:
        uow.audit("export", "audit", None, {
            "from": [None, query.date_from.isoformat() if query.date_from else None],
            "to": [None, query.date_to.isoformat() if query.date_to else None],
            "rows": [None, len(lines)]})
    return len(lines)


def csv_bytes(lines: Iterable[AuditLine], zone: dt.tzinfo | None = None) -> bytes:
    """French headings, ";" as Excel expects in France, UTF-8 with a BOM; times on the
    office's clock (``zone``)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADINGS)
    for line in lines:
        local = line.at.astimezone(zone)
        writer.writerow([line.id, f"{local:%d/%m/%Y %H:%M:%S}", line.actor, line.action_label,
                         line.entity_label, line.entity_id or "", line.case_reference or "",
                         line.details])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# --- filters ---------------------------------------------------------------------------------


def _where(session: Session, query: AuditQuery) -> list[Any]:
    where: list[Any] = []
    zone = office_zone(session)
    if query.date_from is not None:
        where.append(AuditEntry.at >= _local_midnight(query.date_from, zone))
    if query.date_to is not None:
        where.append(AuditEntry.at < _local_midnight(query.date_to + dt.timedelta(days=1),
                                                     zone))
    if query.action:
        where.append(AuditEntry.action == query.action)
    if query.actor:
        where.append(AuditEntry.actor == query.actor)
    if query.case_reference and query.case_reference.strip():
        where.append(_about_case(session, query.case_reference.strip()))
    text = query.text.strip()
    if text:
        pattern = f"%{text}%"
        where.append(sa.or_(
            AuditEntry.actor.ilike(pattern), AuditEntry.changes.ilike(pattern),
            AuditEntry.entity_id.ilike(pattern),
            AuditEntry.action.in_(labels.search_codes(text, labels.ACTIONS)),
            AuditEntry.entity.in_(labels.search_codes(text, labels.ENTITIES)),
        ))
    return where


def _local_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The day's start on the office's clock (a period is the office's days)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)


NAMED_AT_MOST = 50
"""Entries that only name a case in their changes are looked for when the typed reference
matches at most this many cases (each is one more LIKE)."""


def reference_matches(text: str) -> Any:
    """The cases whose reference matches what was typed: the number alone ("42", "0042")
    matches 2026-0042 and 2025-0042, a year ("2026") its cases, else any part of the
    reference ("2026-00")."""
    text = text.strip()
    if text.isdigit():
        number = str(int(text))
        return sa.or_(Case.reference.like(f"%-{number.zfill(4)}"),
                      Case.reference.like(f"%-{text}"), Case.reference.like(f"{text}%"))
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Case.reference.ilike(f"%{escaped}%", escape="\\")


def matching_cases(db: Database, text: str) -> int:
    """How many cases the case filter matches (the page says it beside the entries)."""
    with db.reading() as session:
        return int(session.scalar(sa.select(sa.func.count(Case.id))
                                  .where(reference_matches(text))) or 0)


def _about_case(session: Session, reference: str) -> Any:
    """Entries on the matching cases themselves, on their consents and attachments, or
    naming one of them."""
    matching = sa.select(Case.id).where(reference_matches(reference))
    as_text = sa.select(sa.cast(Case.id, sa.String)).where(reference_matches(reference))
    clauses: list[Any] = [AuditEntry.changes.like(f'%"{reference}"%')]
    found = session.scalars(sa.select(Case.reference).where(reference_matches(reference))
                            .limit(NAMED_AT_MOST + 1)).all()
    if len(found) <= NAMED_AT_MOST:
        clauses += [AuditEntry.changes.like(f'%"{one}"%') for one in found]
    clauses.append(sa.and_(AuditEntry.entity == "case", AuditEntry.entity_id.in_(as_text)))
    for kind, model in LINKED.items():
        linked = sa.select(sa.cast(model.id, sa.String)).where(model.case_id.in_(matching))
        clauses.append(sa.and_(AuditEntry.entity == kind, AuditEntry.entity_id.in_(linked)))
    return sa.or_(*clauses)


# --- rows ------------------------------------------------------------------------------------


def _lines(session: Session, entries: Iterable[AuditEntry]) -> list[AuditLine]:
    entries = list(entries)
    references = _references(session, entries)
    lines = []
    for entry in entries:
        changes = _changes(entry.changes)
        named = changes.get("case")
        reference = references.get((entry.entity, entry.entity_id or ""))
        if reference is None and isinstance(named, list | tuple) and len(named) == 2:
            reference = named[1] or named[0]
        elif reference is None and isinstance(named, str):
            reference = named
        details = {k: v for k, v in changes.items() if k != "case"}
        lines.append(AuditLine(
            entry.id, entry.at, entry.actor, entry.action, labels.action_label(entry.action),
            entry.entity, labels.entity_label(entry.entity), entry.entity_id,
            str(reference) if reference else None, labels.changes_text(details), changes))
    return lines


def _references(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """The case reference of each entry about a case, a consent or an attachment (one query
    per kind for the whole page)."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.entity in ("case", *LINKED) and (entry.entity_id or "").isdigit():
            wanted.setdefault(entry.entity, set()).add(int(entry.entity_id or 0))
    found: dict[tuple[str, str], str] = {}
    if wanted.get("case"):
        for case_id, reference in session.execute(
                sa.select(Case.id, Case.reference).where(Case.id.in_(wanted["case"]))):
            found[("case", str(case_id))] = reference
    for kind, model in LINKED.items():
        if wanted.get(kind):
            for row_id, reference in session.execute(
                    sa.select(model.id, Case.reference).join(Case, Case.id == model.case_id)
                    .where(model.id.in_(wanted[kind]))):
                found[(kind, str(row_id))] = reference
    return found


def _changes(stored: str | None) -> dict[str, Any]:
    try:
        changes = json.loads(stored) if stored else {}
    except ValueError:
        return {"?": stored}
    return changes if isinstance(changes, dict) else {"?": changes}
