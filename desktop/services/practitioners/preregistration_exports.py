"""Exporting the pending 17 requests for a force (the list that is sent), and marking them
sent in the same unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from desktop.errors import NotFound, ValidationError
from desktop.io.phones import display_phone
from desktop.io.preregistration_export import PreregistrationLine, write
from desktop.models.contacts import Organisation, Practitioner, Preregistration
from desktop.models.enums import Force
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class ExportResult:
    lines: int
    """Lines written (one per practitioner and consent; a line may carry several numbers)."""
    ids: tuple[int, ...]
    """The register rows exported."""
    marked_sent: bool
    changes: Changes


def _pending(session: Session, force: Force) -> list[Preregistration]:
    """Practitioners' numbers first (by name), then organisations' (by name and line)."""
    statement = (
        sa.select(Preregistration)
        .outerjoin(Practitioner, Preregistration.practitioner_id == Practitioner.id)
        .outerjoin(Organisation, Preregistration.organisation_id == Organisation.id)
        .options(joinedload(Preregistration.practitioner).joinedload(Practitioner.commune),
                 joinedload(Preregistration.organisation))
        .where(Preregistration.force == force, Preregistration.sent_on.is_(None),
               Preregistration.withdrawn_on.is_(None))
        .order_by(Practitioner.id.is_(None), Practitioner.last_name, Practitioner.first_name,
                  Practitioner.id, Organisation.name, Preregistration.line_label,
                  Preregistration.consent_on, Preregistration.id)
    )
    return list(session.scalars(statement))


def export_lines(rows: Sequence[Preregistration]) -> list[PreregistrationLine]:
    """One line per practitioner (or organisation's line) and consent date, carrying all its
    numbers."""
    grouped: dict[tuple[object, ...], list[Preregistration]] = {}
    for row in rows:
        key = ((row.practitioner_id,) if row.practitioner_id is not None
               else (None, row.organisation_id, row.line_label))
        grouped.setdefault((*key, row.consent_on), []).append(row)
    lines = []
    for group in grouped.values():
        first = group[0]
        consent_on = first.consent_on
        if first.practitioner is None:
            organisation = first.organisation
            lines.append(PreregistrationLine(
                civility="", last_name=organisation.name if organisation else "",
                first_name=first.line_label or "",
                profession=organisation.kind.label if organisation else "",
                phones=tuple(display_phone(row.phone) for row in group),
                practice_address=(organisation.address or "") if organisation else "",
                commune="", consent_on=consent_on,
            ))
            continue
        detail = detail_of(first.practitioner)
        lines.append(PreregistrationLine(
            civility=detail.civility.label if detail.civility else "",
            last_name=detail.last_name, first_name=detail.first_name,
            profession=detail.profession_text,
            phones=tuple(display_phone(row.phone) for row in group),
            practice_address=detail.practice_address or "",
            commune=detail.commune_name or "", consent_on=consent_on,
        ))
    return lines


def export_pending(
    db: Database, force: Force, fmt: str, destination: Callable[[bytes], None],
    *, mark_sent: bool = True, sent_on: dt.date | None = None,
) -> ExportResult:
    """Write the pending requests for ``force`` and (by default) mark them sent, in one unit
    of work: ``destination(data)`` is called before the commit, so a file that cannot be
    written leaves every row pending."""
    day = sent_on or dt.date.today()
    if day > dt.date.today():
        raise ValidationError("sent_on", f"Date d'envoi : le {day:%d/%m/%Y} est dans le futur.")
    with db.unit_of_work() as uow:
        rows = _pending(uow.session, force)
        if not rows:
            raise NotFound(f"Aucune demande en attente pour la {force.label.lower()} : "
                           "aucun fichier n'a été écrit.")
        lines = export_lines(rows)
        destination(write(lines, fmt))
        ids = tuple(row.id for row in rows)
        if mark_sent:
            for row in rows:
                row.sent_on = day
        uow.audit("export", "preregistration", None, {
            "force": [None, force.value], "format": [None, fmt], "ids": [None, list(ids)],
            "lines": [None, len(lines)],
            "sent_on": [None, day.isoformat() if mark_sent else None],
        })
    return ExportResult(len(lines), ids, mark_sent, Changes.CONTACTS)
