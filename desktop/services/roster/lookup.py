"""Search a commune by any word of its name or lieux-dits, postal code or INSEE code, and build
its answer card.

Which communes match is ``matching``'s job (and a close spelling ``suggest``'s, when none
does); this module turns them into answer cards: a batch of cards costs at most three more
queries whatever its size (unit chains, référents, and postal codes when the search did not
bring them), one on the shared server (``_server_cards``), and none there when the search's
plan is kept: the search brings them (``_carded``). Core selects of the needed columns, no
ORM objects. The statements are built once with
bound parameters (``_statements``): building a select costs more than running it here, and
SQLAlchemy then reuses their compiled form.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.documents.typography import french_date
from desktop.models.settings import OfficeSettings
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.services.roster import matching, words
from desktop.services.roster.records import (
    AnswerCard,
    CommuneRow,
    CommuneSearch,
    LookupResult,
    ReferentLine,
    UnitLink,
)
from desktop.services.roster.staleness import STALE_AFTER_MONTHS, is_stale, stale_cutoff
from desktop.services.roster.suggest import suggest
from desktop.services.vault.database import Database
from desktop.storage.engine import PLAN_KEPT

_COMMUNE_COLUMNS = matching.COMMUNE_COLUMNS


@contextmanager
def _lookup_session(db: Database) -> Iterator[Session]:
    """A reading session for a lookup: a few small independent reads, so on PostgreSQL they run
    without ``BEGIN``/``ROLLBACK`` round trips (``Database.reading(plain=True)``); the word
    table is made sure of first, in a transaction of its own (filling it is a write), until
    this process has seen it filled."""
    engine = db.vault.engine
    if engine.dialect.name == "postgresql" and not words.generation(engine):
        with db.reading() as session:
            words.ensure(session)
    with db.reading(plain=True) as session:
        yield session

def search(
    db: Database, text: str, *, on: dt.date | None = None, limit: int = 20
) -> LookupResult:
    """The answer cards of the communes matching ``text`` (best first, at most ``limit``), how
    many match in all, and a close spelling when none does."""
    on = on or dt.date.today()
    with _lookup_session(db) as session:
        found = matching.find(session, text, limit, cards=matching.Cards(_carded, {"on": on}))
        cards = build_cards(session, found.rows, on, postal=found.postal,
                            matched=found.matched, carded=found.carded)
        suggestion = None if cards else suggest(session, text)
    return LookupResult(text, tuple(cards), found.total, suggestion, found.exact)


def lookup(
    db: Database, text: str, *, on: dt.date | None = None, limit: int = 20
) -> list[AnswerCard]:
    """The answer cards of the communes matching ``text`` (best first, at most ``limit``)."""
    return list(search(db, text, on=on, limit=limit).cards)


def answer(db: Database, commune_id: int, *, on: dt.date | None = None) -> AnswerCard:
    """One commune's card on ``on`` (default today): who covered it on that date."""
    from desktop.errors import NotFound

    with _lookup_session(db) as session:
        rows = session.execute(
            sa.select(*_COMMUNE_COLUMNS).where(Commune.id == commune_id)
        ).all()
        if not rows:
            raise NotFound("Cette commune n'existe plus dans le coffre.")
        return build_cards(session, rows, on or dt.date.today())[0]


def search_communes(db: Database, text: str, *, limit: int = 200) -> CommuneSearch:
    """The page's list: communes matching ``text`` (all of them, by name, when empty), with
    their total and a close spelling when none matches."""
    with _lookup_session(db) as session:
        if not text.strip():
            every = session.execute(
                sa.select(*_COMMUNE_COLUMNS).order_by(Commune.search_key, Commune.id)
                .limit(limit)
            ).all()
            total = int(session.scalar(sa.select(sa.func.count()).select_from(Commune)) or 0)
            return CommuneSearch(text, tuple(commune_rows(session, every)), total)
        found = matching.find(session, text, limit)
        rows = commune_rows(session, found.rows, postal=found.postal, matched=found.matched)
        suggestion = None if rows else suggest(session, text)
        return CommuneSearch(text, tuple(rows), found.total, suggestion, found.exact)


def find_communes(db: Database, text: str, *, limit: int = 200) -> list[CommuneRow]:
    """The communes matching ``text`` (all of them, by name, when empty)."""
    return list(search_communes(db, text, limit=limit).rows)


def commune_rows(
    session: Session,
    rows: Sequence[Any],
    *,
    postal: dict[int, tuple[str, ...]] | None = None,
    matched: dict[int, str] | None = None,
) -> list[CommuneRow]:
    postal = _postal_of(session, rows) if postal is None else postal
    matched = matched or {}
    unit_ids = {row.unit_id for row in rows if row.unit_id}
    if rows and "chain_2" in rows[0]._fields:  # the search brought the unit's name
        names = {row.unit_id: row.chain_2 for row in rows if row.unit_id}
    else:
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
            department=getattr(row, "department", ""),
            matched=matched.get(row.id, ""),
        )
        for row in rows
    ]


@cache
def _statements() -> SimpleNamespace:
    """Every statement of a card, built once (see the module's docstring)."""
    param = sa.bindparam
    ids: sa.BindParameter[list[int]] = param("ids", expanding=True)
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
            Assignment.valid_from, Assignment.valid_to, Referent.mobile, Referent.grade,
            # The office's staleness period, with the référents: one round trip less.
            sa.select(OfficeSettings.stale_referent_months).where(OfficeSettings.id == 1)
            .scalar_subquery(),
        )
        .join(Referent, Referent.id == Assignment.referent_id)
        .outerjoin(Unit, Unit.id == Referent.unit_id)
        .where(Assignment.commune_id.in_(ids), *valid_on(on))
        .order_by(Assignment.commune_id, Referent.role.desc(), Referent.last_name,
                  Referent.first_name, Referent.id)  # total: the same on both engines
    )
    return SimpleNamespace(chains=chains, referents=referents, server=_server_cards(on))


def _server_cards(on: sa.BindParameter[dt.date]) -> matching.Statement:
    """On the shared server, what a batch of cards needs beyond the rows found, in one
    statement: each commune's unit (its chain), postal codes and référents on ``on`` (a row
    per référent, or one row without).

    Its plan does not depend on the communes asked, so the server keeps it (a prepared
    statement's generic plan): its seven joins, planned on each run, would cost more than
    running them; and one round trip where a vault file makes two cheap queries."""
    ids: sa.BindParameter[list[int]] = sa.bindparam("ids", expanding=True)
    return (
        _card_select(Commune, Commune.id, Commune.unit_id, (Commune.unit_id, Commune.id), on)
        .where(Commune.id.in_(ids))
        .order_by(Commune.id, *_REFERENT_ORDER)
        .execution_options(**{PLAN_KEPT: True})
    )


_REFERENT_ORDER = (Referent.role.desc(), Referent.last_name, Referent.first_name, Referent.id)
"""A commune's référents: référents first, then correspondants (a total order: the same on
both engines)."""


def _card_select(source: Any, commune_id: Any, unit_id: Any, head: Sequence[Any],
                 on: sa.BindParameter[dt.date]) -> matching.Statement:
    """The ``head`` columns of ``source``, then its commune's ``postal`` codes, unit chain
    (12 columns) and référents on ``on`` (13 columns, a row each; None without): what
    ``_card_rows`` reads."""
    unit, parent, grand, referent_unit = (aliased(Unit) for _ in range(4))
    months = (sa.select(OfficeSettings.stale_referent_months).where(OfficeSettings.id == 1)
              .scalar_subquery())
    return (
        sa.select(
            *head,
            sa.select(sa.func.aggregate_strings(PostalCode.code, " "))
            .where(PostalCode.commune_id == commune_id).scalar_subquery().label("postal"),
            *(getattr(level, column) for level in (unit, parent, grand)
              for column in ("id", "kind", "name", "phone")),
            Referent.id, Referent.first_name, Referent.last_name, Referent.role,
            referent_unit.name, Referent.phone, Referent.email,
            sa.func.coalesce(Assignment.verified_on, Referent.verified_on),
            Assignment.valid_from, Assignment.valid_to, Referent.mobile, Referent.grade, months,
        )
        .select_from(source)
        .outerjoin(unit, unit.id == unit_id)
        .outerjoin(parent, parent.id == unit.parent_id)
        .outerjoin(grand, grand.id == parent.parent_id)
        .outerjoin(Assignment, sa.and_(Assignment.commune_id == commune_id, *valid_on(on)))
        .outerjoin(Referent, Referent.id == Assignment.referent_id)
        .outerjoin(referent_unit, referent_unit.id == Referent.unit_id)
    )


@cache
def _carded(found: matching.Statement, order: tuple[str, ...]) -> matching.Statement:
    """``found`` (a search whose plan the server keeps) with its cards' columns
    (``_card_select``), in its ``order``: the rows and their cards in one round trip.

    Joined to a one-row probe of the word table (``filled``), so that a search finding
    nothing still returns a row (its ``id`` None) that says whether the table has rows: the
    check of a table emptied by another process's import (``words.ensure``) costs no round
    trip of its own."""
    searched = found.subquery("searched")
    probe = sa.select(sa.exists(sa.select(words.WORDS.c.doc)).label("filled")).subquery("probe")
    head = [probe.c.filled, *(column for column in searched.c if column.key != "postal")]
    return (
        _card_select(probe.outerjoin(searched, sa.true()), searched.c.id, searched.c.unit_id,
                     head, sa.bindparam("on", type_=sa.Date))
        .order_by(*(searched.c[name] for name in order), *_REFERENT_ORDER)
        .execution_options(**{PLAN_KEPT: True})
    )


def build_cards(
    session: Session,
    rows: Sequence[Any],
    on: dt.date,
    *,
    postal: dict[int, tuple[str, ...]] | None = None,
    matched: dict[int, str] | None = None,
    carded: Sequence[Any] | None = None,
) -> list[AnswerCard]:
    """The cards of ``rows`` (commune columns, with or without ``postal``) in two or three
    queries whatever their number, one on the shared server (``_server_cards``), none when
    the search brought what they need (``carded``: ``matching.Found.carded``)."""
    if not rows:
        return []
    ids = [row.id for row in rows]
    matched = matched or {}
    if carded is not None:  # the search brought them (``_carded``)
        chains, referents, postal = _card_rows(carded, on)
    elif session.connection().dialect.name == "postgresql":
        chains, referents, brought = _from_server(session, ids, on)
        postal = brought if postal is None else postal
    else:
        postal = _postal_of(session, rows) if postal is None else postal
        if "chain_0" in rows[0]._fields:  # the search brought them (``matching._with_card``)
            chains = {row.unit_id: _links(tuple(getattr(row, f"chain_{i}") for i in range(12)))
                      for row in rows if row.unit_id}
        else:
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
                department=getattr(row, "department", ""),
                arrondissement=row.arrondissement,
                postal_codes=postal.get(row.id, ()),
                force_zone=row.force_zone,
                units=chains.get(row.unit_id, ()) if row.unit_id else (),
                referents=tuple(lines),
                up_to_date=min(verified) if verified else None,
                on=on,
                matched=matched.get(row.id, ""),
            )
        )
    return cards


def _postal_of(session: Session, rows: Sequence[Any]) -> dict[int, tuple[str, ...]]:
    """Postal codes from the rows' ``postal`` column when the search brought it, else one
    query."""
    if rows and "postal" in rows[0]._fields:
        return {row.id: matching.postal_list(row.postal) for row in rows}
    return matching.postal_codes(session, [row.id for row in rows])


def _unit_chains(session: Session, unit_ids: set[int]) -> dict[int, tuple[UnitLink, ...]]:
    """Each unit with its parent and grand-parent, in one query (three levels at most)."""
    if not unit_ids:
        return {}
    chains = {}
    rows = session.connection().execute(_statements().chains, {"ids": list(unit_ids)})
    for row in rows:
        chains[row[0]] = _links(tuple(row))
    return chains


def _links(chain: tuple[Any, ...]) -> tuple[UnitLink, ...]:
    """A unit, its parent and grand-parent (id, kind, name, phone each; None past the top)."""
    return tuple(UnitLink(*chain[start:start + 4]) for start in (0, 4, 8)
                 if chain[start] is not None)


def _referents(session: Session, ids: list[int], on: dt.date) -> dict[int, list[ReferentLine]]:
    """The référents covering each commune on ``on`` (référents first, then correspondants),
    flagged stale when not verified for the office's period (``staleness``)."""
    found: dict[int, list[ReferentLine]] = defaultdict(list)
    rows = session.connection().execute(_statements().referents, {"ids": ids, "on": on})
    _add_referents(found, ((row[0], row[1:]) for row in rows), on)
    return found


def _from_server(session: Session, ids: list[int], on: dt.date) -> tuple[
    dict[int, tuple[UnitLink, ...]], dict[int, list[ReferentLine]], dict[int, tuple[str, ...]]
]:
    """The communes' unit chains (by unit), référents and postal codes (by commune): on the
    shared server, from one statement (``_server_cards``)."""
    rows = session.connection().execute(_statements().server,
                                        {"ids": _padded(ids), "on": on}).all()
    return _card_rows(rows, on)


def _card_rows(rows: Sequence[Any], on: dt.date) -> tuple[
    dict[int, tuple[UnitLink, ...]], dict[int, list[ReferentLine]], dict[int, tuple[str, ...]]
]:
    """The unit chains (by unit), référents and postal codes (by commune) of rows made by
    ``_card_select``: a commune's ``id`` and ``unit_id``, then from ``postal`` on its card's
    columns."""
    if not rows:
        return {}, {}, {}
    at = rows[0]._fields.index("postal")
    postal = {row.id: matching.postal_list(row.postal) for row in rows}
    chains = {row.unit_id: _links(tuple(row[at + 1:at + 13])) for row in rows if row.unit_id}
    referents: dict[int, list[ReferentLine]] = defaultdict(list)
    _add_referents(referents, ((row.id, row[at + 13:]) for row in rows
                               if row[at + 13] is not None), on)
    return chains, referents, postal


def _padded(ids: list[int]) -> list[int]:
    """``ids``, the last one repeated up to the next power of two (``IN`` ignores repeats):
    lists of 1, 2, 4… ids, a handful of statements for the server to prepare and keep, each
    after its fifth run, instead of one per length."""
    size = 1 << (len(ids) - 1).bit_length()
    return ids + ids[-1:] * (size - len(ids))


def _add_referents(
    found: dict[int, list[ReferentLine]], rows: Iterator[tuple[int, Sequence[Any]]],
    on: dt.date,
) -> None:
    """Each référent line (commune id, then the référent's columns and the office's staleness
    period) to its commune's list, flagged stale when not verified for that period."""
    cutoff: dt.date | None = None
    for commune_id, columns in rows:
        (referent_id, first, last, role, unit, phone, email, verified, start, end, mobile,
         grade, months) = columns
        if cutoff is None:
            cutoff = stale_cutoff(on, STALE_AFTER_MONTHS if months is None else months)
        found[commune_id].append(ReferentLine(
            referent_id, first, last, role, unit, phone, email, verified, start, end,
            mobile=mobile, grade=grade, stale=is_stale(verified, cutoff)))


def valid_on(on: dt.date | sa.BindParameter[dt.date]) -> tuple[sa.ColumnElement[bool], ...]:
    """An assignment valid on ``on`` (``valid_to`` is the last day covered)."""
    return (
        Assignment.valid_from <= on,
        sa.or_(Assignment.valid_to.is_(None), Assignment.valid_to >= on),
    )


def card_text(card: AnswerCard) -> str:
    """The card as plain text, for "Copier" and the CLI."""
    from desktop.io.arrondissements import arrondissement_phrase

    postal = ", ".join(card.postal_codes)
    lines = [f"{card.name} (INSEE {card.insee_code}{', CP ' + postal if postal else ''})"
             f" — {card.department_text}"
             + (f" — {arrondissement_phrase(card.arrondissement)}" if card.arrondissement
                else "")]
    if card.matched:
        lines.append(f"Trouvée par : {card.matched}")
    lines.append(f"Force : {card.force_zone.label if card.force_zone else 'non renseignée'}")
    lines.append(f"Unité : {card.unit_chain or 'non renseignée'}")
    if card.referents:
        lines.append("Référents :")
        for ref in card.referents:
            contact = " — ".join(filter(None, (ref.phones_text, ref.email)))
            unit = f" ({ref.unit_name})" if ref.unit_name else ""
            grade = f"{ref.grade} " if ref.grade else ""
            stale = " [à vérifier]" if ref.stale else ""
            lines.append(f"  - {ref.role.label} : {grade}{ref.full_name}{unit}"
                         + (f" — {contact}" if contact else "") + stale)
    else:
        call = (" : appeler l'unité compétente" if card.units else "")
        lines.append(f"Référents : aucun référent en fonction{call}")
    if card.up_to_date:
        lines.append(f"À jour au {french_date(card.up_to_date)}")
    return "\n".join(lines)
