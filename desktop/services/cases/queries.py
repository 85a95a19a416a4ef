"""Reading cases: opening one (logged, CNIL), the paged list with filters and full-text search.

Fast over 100,000 cases: the list is ordered by id (the intake order, newest first) so that
SQLite walks an index (or the FTS5 rowids) backwards and stops after one page; the count is a
separate query. Other sort orders work too, at the price of sorting every match.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.cases import Case, CaseType, CaseVictim
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, IncidentType
from desktop.models.territory import Commune
from desktop.services.cases import search, tally, term_counts
from desktop.services.cases.detail import load
from desktop.services.cases.records import CaseDetail, CaseFilter, CasePage, CaseRow
from desktop.services.cases.tags import TAG_PREFIX, tag
from desktop.services.cases.workflow import overdue_filter
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

PAGE_SIZE = 100
"""The case list's page: what its table model reads at a time, and what the benchmark times."""
COUNT_CAP = 10_000
"""A text search counts its matches up to this: "menaces" may match most of 100,000 cases,
and nobody pages through 10,000 search results; the list then says "10 000 ou plus"."""
SORTS = {
    "reference": Case.id,
    "occurred_at": Case.occurred_at,
    "status": Case.status,
    "due_on": Case.due_on,
    "force_zone": Case.force_zone,
}
_FTS_ROWID: sa.ColumnClause[int] = sa.literal_column("case_search.rowid", sa.Integer)
_PG_ID: sa.ColumnClause[int] = sa.literal_column("case_search.id", sa.Integer)
_TYPE_ORDER = list(IncidentType)


@no_changes
def get_case(db: Database, case_id: int) -> CaseDetail:
    """The user opens a case: the view is written to the audit trail (who looked at what,
    when). A page that shows the same case again after a write uses ``reload_case``."""
    with db.unit_of_work() as uow:
        detail = load(uow.session, case_id)
        archived = uow.session.scalar(sa.select(Case.archived_at).where(Case.id == case_id))
        uow.audit("view", "case", case_id,
                  {"archive": [None, True]} if archived is not None else None)
        return detail


def reload_case(db: Database, case_id: int) -> CaseDetail:
    """The case shown again after a write (its own, or one published by another page): not
    audited, since nobody chose to look at it; the opening that showed it was."""
    with db.reading() as session:
        return load(session, case_id)


def find_case_id(db: Database, reference: str) -> int | None:
    with db.reading() as session:
        found = session.scalar(sa.select(Case.id).where(Case.reference == reference.strip()))
        return int(found) if found is not None else None


def _split(session: Session, f: CaseFilter) -> tuple[str, CaseFilter]:
    """The FTS5 query (words, and the filters indexed as tags) and what SQL still filters.

    A type or profession filter takes the index too, even without words: intersecting the
    tags' streams of rowids beats checking each case's types and victims."""
    if not search.available(session):
        return "", f
    if not f.text.strip() and f.incident_type is None and f.profession is None:
        return "", f
    tags = [tag(name, getattr(f, name)) for name in TAG_PREFIX
            if getattr(f, name) is not None]
    rest = dataclasses.replace(f, status=None, force_zone=None, incident_type=None,
                               profession=None)
    if search.on_postgres(session):
        return search.pg_expression(f.text, session, tags), rest
    expression = search.match_expression(f.text, session) if f.text.strip() else ""
    return search.with_tags(expression, tags).strip(), rest


def _conditions(session: Session, f: CaseFilter) -> list[sa.ColumnElement[bool]]:
    where: list[sa.ColumnElement[bool]] = [
        Case.archived_at.is_not(None) if f.archived else Case.archived_at.is_(None)]
    if f.status is not None:
        where.append(Case.status == f.status)
    if f.date_from is not None:
        where.append(Case.occurred_at >= _start(f.date_from))
    if f.date_to is not None:
        where.append(Case.occurred_at < _start(f.date_to + dt.timedelta(days=1)))
    if f.commune_id is not None:
        where.append(Case.commune_id == f.commune_id)
    if f.force_zone is not None:
        where.append(Case.force_zone == f.force_zone)
    if f.incident_type is not None:
        where.append(sa.exists().where(CaseType.case_id == Case.id,
                                       CaseType.incident_type == f.incident_type))
    if f.profession is not None:
        where.append(sa.exists().where(CaseVictim.case_id == Case.id,
                                       Practitioner.id == CaseVictim.practitioner_id,
                                       Practitioner.profession == f.profession))
    if f.overdue:
        where.append(overdue_filter(f.today))
    if f.text.strip() and not search.available(session):
        pattern = f"%{f.text.strip()}%"
        where.append(sa.or_(Case.narrative.ilike(pattern), Case.exact_words.ilike(pattern),
                            Case.reference.ilike(pattern)))
    return where


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _ids_query(session: Session, f: CaseFilter, sort: str, descending: bool,
              split: tuple[str, CaseFilter] | None = None) -> sa.Select[int]:
    expression, f = split or _split(session, f)
    if expression:
        fts = sa.table("case_search")
        rowid, match = _FTS_ROWID, "case_search MATCH :match"
        if search.on_postgres(session):
            rowid, match = _PG_ID, "case_search.doc @@ to_tsquery('egide_fr', :match)"
        query = (sa.select(Case.id).select_from(fts)
                 .join(Case, Case.id == rowid)
                 .where(sa.text(match).bindparams(match=expression)))
        query = query.where(*_conditions(session, f))
        if sort == "reference":
            key = rowid
            return query.order_by(key.desc() if descending else key)
    else:
        query = sa.select(Case.id).where(*_conditions(session, f))
    column = SORTS.get(sort, Case.id)
    order = column.desc() if descending else column.asc()
    if column is Case.id:
        return query.order_by(order)
    return query.order_by(order, Case.id.desc() if descending else Case.id)


def count_cases(db: Database, f: CaseFilter) -> int:
    """How many cases match; a text search stops counting at ``COUNT_CAP`` (see there)."""
    search.prepare(db)
    with db.reading() as session:
        return _count(session, f)


def _count(session: Session, f: CaseFilter,
           split: tuple[str, CaseFilter] | None = None) -> int:
    tallied = tally.count(session, f)  # PostgreSQL: the list, a step, a zone, a type
    if tallied is not None:
        return tallied
    split = split or _split(session, f)
    text, rest = split
    if text and len(_conditions(session, rest)) == 1:  # only the archive's: see _MATCHES
        postgres = search.on_postgres(session)
        cap: int | None = COUNT_CAP if f.text.strip() else (None if postgres else -1)
        if postgres:
            return _matches_on_postgres(session, text, cap, rest.archived)
        return int(session.scalar(sa.text(_MATCHES[rest.archived]),
                                  {"m": text, "cap": cap}) or 0)
    if not text and len(_conditions(session, rest)) == 1 and not search.on_postgres(session):
        every, archived = session.execute(sa.text(_WHOLE_LIST)).one()
        return int(archived if rest.archived else every - archived)
    ids = _ids_query(session, f, "reference", True, split).order_by(None)
    if f.text.strip():
        ids = ids.limit(COUNT_CAP)
    return int(session.scalar(sa.select(sa.func.count()).select_from(ids.subquery())) or 0)


def _matches_on_postgres(session: Session, text: str, cap: int | None,
                         archived_only: bool) -> int:
    """A search's live (or archived) matches on PostgreSQL, up to ``cap`` (None: all), in one
    statement. The live ones are the matches that are not among the archived cases: an anti-
    join against the partial index of the archived ids (a few rows, hashed). Checking each
    match against its case's row instead (a join) made PostgreSQL walk the search table in id
    order and test every document (6.4 ms for a rare word over 100,000 cases)."""
    if not archived_only:  # one whole word: its documents are counted (``term_counts``)
        counted = term_counts.live_matches(session, text, cap)
        if counted is not None:
            return counted
    statement = _ARCHIVED_MATCHES if archived_only else _LIVE_MATCHES
    return int(session.scalar(sa.text(statement), {"m": text, "cap": cap}) or 0)


_LIVE_MATCHES = ("SELECT count(*) FROM (SELECT 1 FROM case_search s WHERE s.doc @@ "
                 "to_tsquery('egide_fr', :m) AND NOT EXISTS (SELECT 1 FROM \"case\" c "
                 "WHERE c.id = s.id AND c.archived_at IS NOT NULL) LIMIT :cap) AS found")
_ARCHIVED_MATCHES = ("SELECT count(*) FROM (SELECT 1 FROM case_search s JOIN \"case\" c "
                     "ON c.id = s.id WHERE c.archived_at IS NOT NULL AND s.doc @@ "
                     "to_tsquery('egide_fr', :m) LIMIT :cap) AS found")


def _matches(archived: bool) -> str:
    where = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
    index = "ix_case_archived" if archived else "ix_case_live"
    return ("SELECT count(*) FROM (SELECT s.rowid FROM case_search s "
            f"JOIN \"case\" c INDEXED BY {index} ON c.id = s.rowid "
            f"WHERE case_search MATCH :m AND c.{where} LIMIT :cap)")


def _matched_page(archived: bool, descending: bool) -> str:
    index, where = (("ix_case_archived", "IS NOT NULL") if archived
                    else ("ix_case_live", "IS NULL"))
    return ("SELECT s.rowid FROM case_search s "
            f'JOIN "case" c INDEXED BY {index} ON c.id = s.rowid '
            f"WHERE case_search MATCH :m AND c.archived_at {where} "
            f"ORDER BY s.rowid {'DESC' if descending else 'ASC'} LIMIT :limit OFFSET :offset")


_MATCHED_PAGE = {(archived, descending): _matched_page(archived, descending)
                 for archived in (False, True) for descending in (False, True)}
"""A search's page in intake order, its matches checked as in ``_MATCHES``: searching the
archive (a few cases) walked every match of "menaces" and read its row (200 ms)."""

_MATCHES = {archived: _matches(archived) for archived in (False, True)}
"""A search's count on SQLite when SQL filters nothing but the archive: its matches are checked
in the partial index of the live (or archived) cases' ids, not in their rows. SQLite would read
each match's row by its rowid (decrypting a page per few matches: 4,000 matches spread over
100,000 cases cost 35 ms), and ``INDEXED BY`` cannot be said through SQLAlchemy."""


_WHOLE_LIST = ('SELECT (SELECT count(*) FROM "case"), (SELECT count(*) FROM "case" '
               "INDEXED BY ix_case_archived WHERE archived_at IS NOT NULL)")
"""The whole list's count (or the archive's) on SQLite: every case less the archived ones. A
bare ``count(*)`` counts an index's entries page by page (0.1 ms over 100,000 cases), where
``WHERE archived_at IS NULL`` steps through every entry (2.4 ms)."""


def case_ids(db: Database, f: CaseFilter, sort: str = "reference", descending: bool = True,
             offset: int = 0, limit: int = PAGE_SIZE) -> list[int]:
    search.prepare(db)
    with db.reading() as session:
        return _case_ids(session, f, sort, descending, offset, limit)


def _case_ids(session: Session, f: CaseFilter, sort: str, descending: bool, offset: int,
              limit: int, split: tuple[str, CaseFilter] | None = None) -> list[int]:
    split = split or _split(session, f)
    text, rest = split
    if (text and sort == "reference" and len(_conditions(session, rest)) == 1
            and not search.on_postgres(session)):  # only the archive's: see _MATCHES
        found = session.scalars(sa.text(_MATCHED_PAGE[rest.archived, descending]),
                                {"m": text, "limit": limit, "offset": offset})
        return [int(i) for i in found]
    query = _ids_query(session, f, sort, descending, split).offset(offset).limit(limit)
    return [int(i) for i in session.scalars(query)]


def case_rows(db: Database, ids: list[int], today: dt.date | None = None) -> list[CaseRow]:
    """The list lines of ``ids``, in that order."""
    with db.reading() as session:
        return _rows(session, ids, today or dt.date.today())


def _aggregate(dialect: str, value: Any, separator: str) -> sa.Function[str]:
    if dialect == "postgresql":
        return sa.func.string_agg(value, separator)
    return sa.func.group_concat(value, separator)


@functools.cache
def _rows_statement(dialect: str) -> sa.Select[Any]:
    """Built once per dialect: the list is redrawn often, and building a statement costs more
    than running it (one trip for the cases, their types and their victims)."""
    kinds = (sa.select(_aggregate(dialect, CaseType.incident_type, ","))
             .where(CaseType.case_id == Case.id).scalar_subquery())
    names = (sa.select(_aggregate(dialect, Practitioner.first_name + " "
                                  + Practitioner.last_name, ", "))
             .join(CaseVictim, CaseVictim.practitioner_id == Practitioner.id)
             .where(CaseVictim.case_id == Case.id).scalar_subquery())
    return (sa.select(Case.id, Case.reference, Case.occurred_at, Case.force_zone, Case.status,
                      Case.due_on, Commune.name, kinds.label("kinds"), names.label("names"))
            .outerjoin(Commune, Commune.id == Case.commune_id)
            .where(_among_ids(dialect)))


def _among_ids(dialect: str) -> sa.ColumnElement[bool]:
    """``id IN (…)``; on PostgreSQL one array, ``= ANY(:ids)``: a hundred separate parameters
    were rendered into the text on every call (0.3 ms), and the text changed with the number
    of ids, so the server could not keep its plan."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return Case.id == sa.any_(sa.bindparam("ids", type_=ARRAY(sa.Integer)))
    return Case.id.in_(sa.bindparam("ids", expanding=True))


def _rows(session: Session, ids: list[int], today: dt.date) -> list[CaseRow]:
    if not ids:
        return []
    dialect = session.get_bind().dialect.name
    found = {r.id: r for r in session.execute(_rows_statement(dialect), {"ids": ids})}
    rows = []
    for case_id in ids:
        r = found.get(case_id)
        if r is None:
            continue
        overdue = r.due_on is not None and r.due_on < today and r.status != CaseStatus.CLOS
        kinds = tuple(sorted((IncidentType(k) for k in (r.kinds or "").split(",") if k),
                             key=_TYPE_ORDER.index))
        rows.append(CaseRow(r.id, r.reference, r.occurred_at, r.name, r.force_zone, r.status,
                            r.due_on, kinds, r.names or "", overdue))
    return rows


def page_rows(db: Database, f: CaseFilter, sort: str = "reference", descending: bool = True,
              offset: int = 0, limit: int = PAGE_SIZE) -> tuple[CaseRow, ...]:
    """One further page of the list (the ids, then their lines), in one read."""
    search.prepare(db)
    with db.reading(plain=True) as session:
        ids = _case_ids(session, f, sort, descending, offset, limit)
        return tuple(_rows(session, ids, f.today))


def first_page(db: Database, f: CaseFilter, sort: str = "reference",
               descending: bool = True, limit: int = PAGE_SIZE) -> CasePage:
    """The first page and the number of matches (what the list shows first), in one read:
    the case list's table model and ``benchmarks/cases_list.py`` both call this."""
    search.prepare(db)
    with db.reading(plain=True) as session:  # no BEGIN/ROLLBACK trips on PostgreSQL
        split = _split(session, f)
        ids = _case_ids(session, f, sort, descending, 0, limit, split)
        return CasePage(_count(session, f, split), tuple(_rows(session, ids, f.today)))
