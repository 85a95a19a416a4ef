"""Who covers which commune, and when: assign, reassign on departure, history, "mixte".

Assignments are closed (``valid_to`` set), never deleted: "who covered this commune on that
date?" stays answerable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.errors import NotFound, ValidationError
from desktop.models.enums import ForceZone
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.services.roster.editing import ensure_distinct
from desktop.services.roster.lookup import _referents, commune_rows, valid_on
from desktop.services.roster.records import Assigned, CommuneRow, ReferentLine
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database

_COLUMNS = (Commune.id, Commune.insee_code, Commune.name, Commune.arrondissement,
            Commune.force_zone, Commune.unit_id)


@dataclass(frozen=True)
class CommuneSelection:
    """Which communes to act on: any combination (all given criteria apply)."""

    arrondissement: str | None = None
    postal_code: str | None = None
    unit_id: int | None = None
    commune_ids: tuple[int, ...] = ()


def select_communes(db: Database, selection: CommuneSelection) -> list[CommuneRow]:
    query = sa.select(*_COLUMNS).order_by(Commune.search_key)
    if selection.arrondissement:
        query = query.where(Commune.arrondissement == selection.arrondissement)
    if selection.postal_code:
        query = query.where(Commune.id.in_(
            sa.select(PostalCode.commune_id).where(PostalCode.code == selection.postal_code)
        ))
    if selection.unit_id is not None:
        query = query.where(Commune.unit_id == selection.unit_id)
    if selection.commune_ids:
        query = query.where(Commune.id.in_(selection.commune_ids))
    with db.reading() as session:
        return commune_rows(session, session.execute(query).all())


def arrondissements(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(
            sa.select(Commune.arrondissement).where(Commune.arrondissement.is_not(None))
            .distinct().order_by(Commune.arrondissement)
        ))


def assign(
    db: Database,
    referent_id: int,
    commune_ids: Sequence[int],
    valid_from: dt.date,
    valid_to: dt.date | None = None,
    *,
    verified_on: dt.date | None = None,
) -> Assigned:
    """Assign the référent to every commune given (one unit of work); returns how many new
    assignments. A commune they already cover over that period is left as it is."""
    if not commune_ids:
        raise ValidationError("communes", "Sélectionnez au moins une commune.")
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError("valid_to", "La fin de validité précède son début.")
    with db.unit_of_work() as uow:
        referent = uow.session.get(Referent, referent_id)
        if referent is None:
            raise NotFound("Ce référent n'existe plus.")
        covered = set(uow.session.scalars(
            sa.select(Assignment.commune_id).where(
                Assignment.referent_id == referent_id, *valid_on(valid_from)
            )
        ))
        ids = [cid for cid in dict.fromkeys(commune_ids) if cid not in covered]
        if ids:
            uow.session.execute(sa.insert(Assignment), [
                {"commune_id": cid, "referent_id": referent_id, "valid_from": valid_from,
                 "valid_to": valid_to, "verified_on": verified_on or referent.verified_on}
                for cid in ids
            ])
        uow.audit("assign", "referent", referent_id, {
            "communes": [None, len(ids)], "valid_from": [None, valid_from.isoformat()],
            "valid_to": [None, valid_to.isoformat() if valid_to else None],
        })
        return Assigned(len(ids))


def end_assignments(
    db: Database, referent_id: int, commune_ids: Sequence[int], last_day: dt.date
) -> Assigned:
    """The référent stops covering these communes after ``last_day``."""
    with db.unit_of_work() as uow:
        rows = list(uow.session.scalars(sa.select(Assignment).where(
            Assignment.referent_id == referent_id, Assignment.commune_id.in_(commune_ids),
            *valid_on(last_day),
        )))
        for row in rows:
            row.valid_to = last_day
        uow.audit("end", "assignment", referent_id, {"communes": [None, len(rows)],
                                                      "valid_to": [None, last_day.isoformat()]})
        return Assigned(len(rows))


def reassign(db: Database, leaving_id: int, successor_id: int, first_day: dt.date) -> Assigned:
    """A référent leaves: their communes pass to ``successor_id`` from ``first_day`` (their
    assignments end the day before), and they are marked inactive; one unit of work."""
    ensure_distinct(leaving_id, successor_id)
    last_day = first_day - dt.timedelta(days=1)
    with db.unit_of_work() as uow:
        leaving = uow.session.get(Referent, leaving_id)
        successor = uow.session.get(Referent, successor_id)
        if leaving is None or successor is None:
            raise NotFound("Ce référent n'existe plus.")
        current = list(uow.session.scalars(sa.select(Assignment).where(
            Assignment.referent_id == leaving_id,
            sa.or_(Assignment.valid_to.is_(None), Assignment.valid_to >= first_day),
        )))
        already = set(uow.session.scalars(sa.select(Assignment.commune_id).where(
            Assignment.referent_id == successor_id, *valid_on(first_day))))
        moved = 0
        for row in current:
            # One not started yet is cancelled: an empty period (kept for the audit trail).
            row.valid_to = min(last_day, row.valid_from - dt.timedelta(days=1)) \
                if row.valid_from > last_day else last_day
            if row.commune_id not in already:
                uow.session.add(Assignment(commune_id=row.commune_id, referent_id=successor_id,
                                           valid_from=first_day, verified_on=first_day))
                already.add(row.commune_id)
                moved += 1
        leaving.active = False
        uow.audit("reassign", "referent", leaving_id, {
            "successor": [None, successor_id], "communes": [None, moved],
            "from": [None, first_day.isoformat()], "active": [True, False],
        })
        return Assigned(moved)


def covered_by(db: Database, commune_id: int, on: dt.date) -> list[ReferentLine]:
    """Who covered the commune on ``on`` (the history question)."""
    with db.reading() as session:
        return _referents(session, [commune_id], on).get(commune_id, [])


def history(db: Database, commune_id: int) -> list[ReferentLine]:
    """Every assignment of the commune, most recent first."""
    query = (
        sa.select(Referent.id, Referent.first_name, Referent.last_name, Referent.role, Unit.name,
                  Referent.phone, Referent.email,
                  sa.func.coalesce(Assignment.verified_on, Referent.verified_on),
                  Assignment.valid_from, Assignment.valid_to)
        .join(Referent, Referent.id == Assignment.referent_id)
        .outerjoin(Unit, Unit.id == Referent.unit_id)
        .where(Assignment.commune_id == commune_id)
        .order_by(Assignment.valid_from.desc())
    )
    with db.reading() as session:
        return [
            ReferentLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
            for r in session.execute(query).all()
        ]


def decide_force(db: Database, commune_id: int, zone: ForceZone, unit_id: int | None) -> Changes:
    """Settle a commune's force by hand (a "mixte" commune of the compétence file)."""
    if zone is ForceZone.MIXTE:
        raise ValidationError("force_zone", "Choisissez police ou gendarmerie.")
    with db.unit_of_work() as uow:
        commune = uow.session.get(Commune, commune_id)
        if commune is None:
            raise NotFound("Cette commune n'existe plus dans le coffre.")
        if unit_id is not None:
            unit = uow.session.get(Unit, unit_id)
            if unit is None:
                raise NotFound("Cette unité n'existe plus.")
            if unit.force.value != zone.value:
                raise ValidationError("unit", f"L'unité « {unit.name} » n'est pas de la "
                                              f"{zone.label.lower()}.")
        uow.audit("decide", "commune", commune_id, {
            "force_zone": [str(commune.force_zone) if commune.force_zone else None, str(zone)],
            "unit_id": [commune.unit_id, unit_id],
        })
        commune.force_zone, commune.unit_id = zone, unit_id
    return Changes.TERRITORY


def commune_ids_by_code(db: Database, codes: Sequence[str]) -> list[int]:
    """The ids of the communes with these INSEE codes; an unknown one is refused by name."""
    wanted = [code.strip().upper() for code in codes if code.strip()]
    with db.reading() as session:
        found = dict(session.execute(
            sa.select(Commune.insee_code, Commune.id).where(Commune.insee_code.in_(wanted))
        ).all())
    unknown = [code for code in wanted if code not in found]
    if unknown:
        raise ValidationError("communes", "Code(s) INSEE inconnu(s) : " + ", ".join(unknown)
                              + ".")
    return [found[code] for code in wanted]
