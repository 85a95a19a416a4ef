"""Search a commune by name, postal code or INSEE code, and build its answer card.

Fast by construction (the page searches as the user types, over ~35,000 communes): the name
search is a range query on the indexed ``search_key`` (``key <= search_key < key + U+FFFF``,
which SQLite serves from the index, unlike ``LIKE``), codes hit the ``insee_code`` and
``postal_code.code`` indexes, and a batch of cards costs four more queries whatever its size
(postal codes, unit chains, référents): Core selects of the needed columns, no ORM objects.
The statements are built once with bound parameters (``_statements``): building a select
costs more than running it here, and SQLAlchemy then reuses their compiled form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.documents.typography import french_date
from desktop.io.insee import normalise_name
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.services.roster.records import AnswerCard, CommuneRow, ReferentLine, UnitLink
from desktop.services.vault.database import Database

_CODE = re.compile(r"[0-9][0-9AB][0-9]{0,3}|[0-9]")
_TOP = "\uffff"
_COMMUNE_COLUMNS = (
    Commune.id,
    Commune.insee_code,
    Commune.name,
    Commune.department,
    Commune.arrondissement,
    Commune.force_zone,
    Commune.unit_id,
)


def lookup(
    db: Database, text: str, *, on: dt.date | None = None, limit: int = 20
) -> list[AnswerCard]:
    """The answer cards of the communes matching ``text`` (best first, at most ``limit``)."""
    with db.reading() as session:
        rows = _matching(session, text, limit)
        return build_cards(session, rows, on or dt.date.today())


def answer(db: Database, commune_id: int, *, on: dt.date | None = None) -> AnswerCard:
    """One commune's card on ``on`` (default today): who covered it on that date."""
    from desktop.errors import NotFound

    with db.reading() as session:
        rows = session.execute(
            sa.select(*_COMMUNE_COLUMNS).where(Commune.id == commune_id)
        ).all()
        if not rows:
            raise NotFound("Cette commune n'existe plus dans le coffre.")
        return build_cards(session, rows, on or dt.date.today())[0]


def find_communes(db: Database, text: str, *, limit: int = 200) -> list[CommuneRow]:
    """The page's list: communes matching ``text`` (all of them, by name, when empty)."""
    with db.reading() as session:
        rows = _matching(session, text, limit) if text.strip() else session.execute(
            sa.select(*_COMMUNE_COLUMNS).order_by(Commune.search_key).limit(limit)
        ).all()
        return commune_rows(session, rows)


def commune_rows(session: Session, rows: Sequence[Any]) -> list[CommuneRow]:
    postal = _postal_of(session, rows)
    unit_ids = {row.unit_id for row in rows if row.unit_id}
    names = dict(
        session.execute(sa.select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids))).all()
    ) if unit_ids else {}
    return [
        CommuneRow(
            row.id,
            row.insee_code,
            row.name,
            ", ".join(postal.get(row.id, ())),
            row.arrondissement,
            row.force_zone,
            names.get(row.unit_id),
        )
        for row in rows
    ]


def _matching(session: Session, text: str, limit: int) -> Sequence[Any]:
    """Commune rows for ``text``: a code (INSEE or postal, whole or prefix) or a name prefix."""
    q = _statements()
    raw = text.strip().upper().replace(" ", "")
    connection = session.connection()
    if raw and _CODE.fullmatch(raw):
        if len(raw) == 5:
            return connection.execute(q.by_code, {"code": raw, "limit": limit}).all()
        return connection.execute(q.by_postal_prefix,
                                  {"low": raw, "high": raw + _TOP, "limit": limit}).all()
    key = normalise_name(text)
    if not key:
        return []
    return connection.execute(q.by_name, {"low": key, "high": key + _TOP, "limit": limit}).all()


@cache
def _statements() -> SimpleNamespace:
    """Every statement of a lookup, built once (see the module's docstring)."""
    param = sa.bindparam
    ids: sa.BindParameter[list[int]] = param("ids", expanding=True)
    # The postal codes come with the commune (one query less per search): a correlated
    # aggregate, portable (group_concat on SQLite, string_agg on PostgreSQL).
    postal_codes = (
        sa.select(sa.func.aggregate_strings(PostalCode.code, " "))
        .where(PostalCode.commune_id == Commune.id)
        .scalar_subquery()
        .label("postal")
    )
    base = sa.select(*_COMMUNE_COLUMNS, postal_codes)
    limit = param("limit", type_=sa.Integer)
    by_code = base.where(sa.or_(
        Commune.insee_code == param("code"),
        Commune.id.in_(sa.select(PostalCode.commune_id).where(PostalCode.code == param("code"))),
    )).order_by(Commune.search_key).limit(limit)
    by_postal_prefix = base.where(Commune.id.in_(
        sa.select(PostalCode.commune_id).where(PostalCode.code >= param("low"),
                                               PostalCode.code < param("high"))
    )).order_by(Commune.search_key).limit(limit)
    # Ordered by the indexed key alone, so that SQLite walks the index and stops at ``limit``
    # (a second sort key would sort every match first: thousands for "s"). Equal names stay
    # in the index's own order (row id, i.e. import order: INSEE code).
    by_name = base.where(
        Commune.search_key >= param("low"), Commune.search_key < param("high")
    ).order_by(Commune.search_key).limit(limit)
    postal = (
        sa.select(PostalCode.commune_id, PostalCode.code)
        .where(PostalCode.commune_id.in_(ids))
        .distinct()
        .order_by(PostalCode.commune_id, PostalCode.code)
    )
    parent = aliased(Unit)
    grand = aliased(Unit)
    chains = (
        sa.select(
            Unit.id, Unit.kind, Unit.name, Unit.phone,
            parent.id, parent.kind, parent.name, parent.phone,
            grand.id, grand.kind, grand.name, grand.phone,
        )
        .outerjoin(parent, parent.id == Unit.parent_id)
        .outerjoin(grand, grand.id == parent.parent_id)
        .where(Unit.id.in_(ids))
    )
    on = param("on", type_=sa.Date)
    referents = (
        sa.select(
            Assignment.commune_id, Referent.id, Referent.first_name, Referent.last_name,
            Referent.role, Unit.name, Referent.phone, Referent.email,
            sa.func.coalesce(Assignment.verified_on, Referent.verified_on),
            Assignment.valid_from, Assignment.valid_to,
        )
        .join(Referent, Referent.id == Assignment.referent_id)
        .outerjoin(Unit, Unit.id == Referent.unit_id)
        .where(Assignment.commune_id.in_(ids), *valid_on(on))
        .order_by(Assignment.commune_id, Referent.role.desc(), Referent.last_name)
    )
    return SimpleNamespace(by_code=by_code, by_postal_prefix=by_postal_prefix, by_name=by_name,
                           postal=postal, chains=chains, referents=referents)


def build_cards(session: Session, rows: Sequence[Any], on: dt.date) -> list[AnswerCard]:
    """The cards of ``rows`` (commune columns, with or without ``postal``) in two or three
    queries, whatever their number."""
    if not rows:
        return []
    ids = [row.id for row in rows]
    postal = _postal_of(session, rows)
    chains = _unit_chains(session, {row.unit_id for row in rows if row.unit_id})
    referents = _referents(session, ids, on)
    cards = []
    for row in rows:
        lines = referents.get(row.id, [])
        verified = [line.verified_on for line in lines if line.verified_on]
        cards.append(
            AnswerCard(
                commune_id=row.id,
                insee_code=row.insee_code,
                name=row.name,
                department=row.department,
                arrondissement=row.arrondissement,
                postal_codes=postal.get(row.id, ()),
                force_zone=row.force_zone,
                units=chains.get(row.unit_id, ()) if row.unit_id else (),
                referents=tuple(lines),
                up_to_date=max(verified) if verified else None,
                on=on,
            )
        )
    return cards


def _postal_of(session: Session, rows: Sequence[Any]) -> dict[int, tuple[str, ...]]:
    """Postal codes from the rows' ``postal`` column when the search brought it, else one
    query."""
    if rows and "postal" in rows[0]._fields:
        return {row.id: tuple(sorted(set((row.postal or "").split()))) for row in rows}
    return _postal_codes(session, [row.id for row in rows])


def _postal_codes(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    for commune_id, code in session.connection().execute(_statements().postal, {"ids": ids}):
        found[commune_id].append(code)
    return {key: tuple(codes) for key, codes in found.items()}


def _unit_chains(session: Session, unit_ids: set[int]) -> dict[int, tuple[UnitLink, ...]]:
    """Each unit with its parent and grand-parent, in one query (three levels at most)."""
    if not unit_ids:
        return {}
    chains = {}
    rows = session.connection().execute(_statements().chains, {"ids": list(unit_ids)})
    for row in rows:
        links = [
            UnitLink(*row[start:start + 4])
            for start in (0, 4, 8)
            if row[start] is not None
        ]
        chains[row[0]] = tuple(links)
    return chains


def _referents(session: Session, ids: list[int], on: dt.date) -> dict[int, list[ReferentLine]]:
    """The référents covering each commune on ``on`` (référents first, then correspondants)."""
    found: dict[int, list[ReferentLine]] = defaultdict(list)
    rows = session.connection().execute(_statements().referents, {"ids": ids, "on": on})
    for row in rows:
        found[row[0]].append(ReferentLine(*row[1:]))
    return found


def valid_on(on: dt.date | sa.BindParameter[dt.date]) -> tuple[sa.ColumnElement[bool], ...]:
    """An assignment valid on ``on`` (``valid_to`` is the last day covered)."""
    return (
        Assignment.valid_from <= on,
        sa.or_(Assignment.valid_to.is_(None), Assignment.valid_to >= on),
    )


def card_text(card: AnswerCard) -> str:
    """The card as plain text, for "Copier" and the CLI."""
    postal = ", ".join(card.postal_codes)
    lines = [f"{card.name} (INSEE {card.insee_code}{', CP ' + postal if postal else ''})"]
    lines.append(f"Force : {card.force_text}")
    lines.append(f"Unité : {card.unit_chain or 'non renseignée'}")
    if card.referents:
        lines.append("Référents :")
        for ref in card.referents:
            contact = " — ".join(filter(None, (ref.phone_text, ref.email)))
            unit = f" ({ref.unit_name})" if ref.unit_name else ""
            lines.append(f"  - {ref.role.label} : {ref.full_name}{unit}"
                         + (f" — {contact}" if contact else ""))
    else:
        lines.append("Référents : aucun référent en fonction")
    if card.up_to_date:
        lines.append(f"À jour au {french_date(card.up_to_date)}")
    return "\n".join(lines)
