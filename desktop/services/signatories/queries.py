"""Signatories and partners, read side: organisations, their functions (positions) and who
holds them on a date, people and the history of their tenures, and the search by name,
organisation or function (accents and case ignored).

The writes are in ``signatory_edits``; the contact exports in ``signatory_exports``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from desktop.errors import NotFound
from desktop.models.contacts import Organisation, Person, Position, Tenure
from desktop.models.enums import OrganisationKind
from desktop.services.signatories.records import (
    OrganisationRow,
    PersonRow,
    PositionRow,
    SearchHit,
    TenureRow,
    gendered_title,
    organisation_row,
    person_row,
    position_row,
    tenure_row,
)
from desktop.services.vault.database import Database

M = TypeVar("M")
R = TypeVar("R")


def fold(text: str) -> str:
    """Lower case, no accents, one space between words: what the search compares."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("-", " ").replace("'", " ").split())


def list_organisations(db: Database) -> tuple[OrganisationRow, ...]:
    with db.reading() as session:
        rows = [organisation_row(o) for o in session.scalars(sa.select(Organisation))]
    # Préfecture first, then parquets, ARS… (the order of OrganisationKind), then by name.
    kinds = list(OrganisationKind)
    return tuple(sorted(rows, key=lambda o: (kinds.index(o.kind), fold(o.name))))


def _one(db: Database, model: type[M], key: int, what: str, row: Callable[[M], R]) -> R:
    """One row by its id, as ``row`` makes it plain; ``NotFound`` names ``what``."""
    with db.reading() as session:
        found = session.get(model, key)
        if found is None:
            raise NotFound(f"{what} n° {key} n'existe pas (ou plus).")
        return row(found)


def get_organisation(db: Database, organisation_id: int) -> OrganisationRow:
    """One organisation as it is now (a form reloads it after a colleague's save)."""
    return _one(db, Organisation, organisation_id, "L'organisation", organisation_row)


def get_position(db: Database, position_id: int, on: dt.date | None = None) -> PositionRow:
    """One function as it is now, with its holder on ``on`` (today)."""
    day = on or dt.date.today()
    return _one(db, Position, position_id, "La fonction", lambda p: position_row(p, day))


def list_positions(
    db: Database, organisation_id: int | None = None, on: dt.date | None = None
) -> tuple[PositionRow, ...]:
    """The functions (of one organisation, or all), each with its holder on ``on`` (today)."""
    day = on or dt.date.today()
    with db.reading() as session:
        query = (
            sa.select(Position)
            .options(selectinload(Position.organisation),
                     selectinload(Position.tenures).selectinload(Tenure.person))
            .order_by(Position.organisation_id, Position.id)
        )
        if organisation_id is not None:
            query = query.where(Position.organisation_id == organisation_id)
        return tuple(position_row(p, day) for p in session.scalars(query))


def holder_at(db: Database, position_id: int, on: dt.date) -> PersonRow | None:
    """Who held the function on that date (``None`` when vacant or unknown)."""
    with db.reading() as session:
        position = session.get(Position, position_id)
        if position is None:
            raise NotFound(f"La fonction n° {position_id} n'existe pas (ou plus).")
        return position_row(position, on).holder


def list_persons(db: Database) -> tuple[PersonRow, ...]:
    with db.reading() as session:
        rows = session.scalars(sa.select(Person).order_by(Person.last_name, Person.first_name))
        return tuple(person_row(p) for p in rows)


def get_person(db: Database, person_id: int) -> PersonRow:
    return _one(db, Person, person_id, "La personne", person_row)


def _tenure_query() -> sa.Select[Tenure]:
    return (
        sa.select(Tenure)
        .options(selectinload(Tenure.person),
                 selectinload(Tenure.position).selectinload(Position.organisation))
        .order_by(Tenure.started_on.desc(), Tenure.id.desc())
    )


def person_tenures(db: Database, person_id: int) -> tuple[TenureRow, ...]:
    """Every function the person held or holds, the latest first."""
    with db.reading() as session:
        rows = session.scalars(_tenure_query().where(Tenure.person_id == person_id))
        return tuple(tenure_row(t) for t in rows)


def position_tenures(db: Database, position_id: int) -> tuple[TenureRow, ...]:
    """Every holder of the function, the latest first (the history of the function)."""
    with db.reading() as session:
        rows = session.scalars(_tenure_query().where(Tenure.position_id == position_id))
        return tuple(tenure_row(t) for t in rows)


def search(db: Database, text: str, on: dt.date | None = None) -> tuple[SearchHit, ...]:
    """People whose name, organisation or function holds every word of ``text``.

    "procureure meaux", "Lambrecht", "ordre medecins" all match; accents and case are
    ignored. A person appears once per function (current ones first), or once with no
    function when only the name matched and they hold none.
    """
    words = fold(text).split()
    day = on or dt.date.today()
    with db.reading() as session:
        people = session.scalars(
            sa.select(Person)
            .options(selectinload(Person.tenures).selectinload(Tenure.position)
                     .selectinload(Position.organisation))
            .order_by(Person.last_name, Person.first_name)
        )
        hits: list[SearchHit] = []
        for person in people:
            hits.extend(_person_hits(person, words, day))
    hits.sort(key=lambda h: (not h.current, fold(h.person.last_name), fold(h.person.first_name)))
    return tuple(hits)


def _person_hits(person: Person, words: list[str], day: dt.date) -> list[SearchHit]:
    name = fold(f"{person.first_name} {person.last_name}")
    row = person_row(person)
    hits = []
    tenures = sorted(person.tenures, key=lambda t: t.started_on, reverse=True)
    for tenure in tenures:
        position = tenure.position
        organisation = position.organisation
        haystack = " ".join((name, fold(position.title), fold(position.title_feminine or ""),
                             fold(organisation.name), fold(organisation.short_name or "")))
        if all(word in haystack for word in words):
            current = tenure.started_on <= day and (tenure.ended_on is None
                                                    or day <= tenure.ended_on)
            title = gendered_title(position.title, position.title_feminine, person.civility)
            hits.append(SearchHit(row, title, organisation.name, current))
    if not hits and all(word in name for word in words):
        hits.append(SearchHit(row, None, None, False))
    return hits
