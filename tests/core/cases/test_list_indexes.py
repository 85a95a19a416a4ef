"""The case list hides archived cases, and its counts must still read narrow indexes, not the
cases' rows (wide and encrypted: counting 100,000 of them took 100-450 ms). Checked on the
statements ``first_page`` really runs, on both engines, and against the answers counted by
hand: an index must never change what the list shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from desktop.models.cases import Case
from desktop.models.enums import CaseStatus
from desktop.services.cases import search, tally
from desktop.services.cases.queries import first_page
from desktop.services.cases.records import CaseFilter
from desktop.services.vault.database import Database
from tests.core.cases.conftest import World

TODAY = dt.date(2026, 6, 1)
NARRATIVES = ("Menaces répétées à l'accueil.", "Insultes au téléphone.",
              "Menaces de mort au cabinet.", "Vol d'ordonnancier.")


def _fill(world: World) -> dict[int, dict[str, Any]]:
    """Twelve cases: statuses, due dates and words vary; three archived."""
    statuses = (CaseStatus.RECU, CaseStatus.SUIVI, CaseStatus.CLOS)
    cases: dict[int, dict[str, Any]] = {}
    for n in range(12):
        case_id = world.new_case(narrative=NARRATIVES[n % 4])
        cases[case_id] = {"status": statuses[n % 3], "due_on": TODAY + dt.timedelta(days=n - 6),
                          "archived": n % 5 == 2 or n == 11, "words": NARRATIVES[n % 4]}
    with world.db.unit_of_work() as uow:  # as the bench's bulk insert: facts set directly
        for case_id, facts in cases.items():
            uow.session.execute(sa.update(Case).where(Case.id == case_id).values(
                status=facts["status"], due_on=facts["due_on"],
                archived_at=dt.datetime(2026, 5, 1, tzinfo=dt.UTC) if facts["archived"]
                else None))
        if search.ensure(uow.session):  # its tags hold the status
            search.rebuild(uow.session)
    return cases


FILTERS = {
    "all": CaseFilter(today=TODAY),
    "step": CaseFilter(status=CaseStatus.SUIVI, today=TODAY),
    "overdue": CaseFilter(overdue=True, today=TODAY),
    "archive": CaseFilter(archived=True, today=TODAY),
    "search": CaseFilter(text="menaces", today=TODAY),
    "search in the archive": CaseFilter(text="menaces", archived=True, today=TODAY),
    "search and step": CaseFilter(text="menaces", status=CaseStatus.RECU, today=TODAY),
}


def _expected(cases: dict[int, dict[str, Any]], name: str) -> list[int]:
    def keep(facts: dict[str, Any]) -> bool:
        f = FILTERS[name]
        return (facts["archived"] == f.archived
                and (f.status is None or facts["status"] == f.status)
                and (not f.overdue or (facts["due_on"] < TODAY
                                       and facts["status"] != CaseStatus.CLOS))
                and (not f.text or "Menaces" in facts["words"]))
    return sorted((i for i, facts in cases.items() if keep(facts)), reverse=True)


def test_the_list_shows_what_it_showed_before_its_indexes(world: World) -> None:
    cases = _fill(world)
    for name, f in FILTERS.items():
        page = first_page(world.db, f)
        expected = _expected(cases, name)
        assert [row.id for row in page.rows] == expected, name
        assert page.total == len(expected), name
    assert all(_expected(cases, name) for name in FILTERS)  # none compares empty lists


@contextmanager
def _recorded(db: Database) -> Iterator[list[tuple[str, Any]]]:
    engine = db.vault.engine
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


PARTIAL = ("USING INDEX ix_case_live", "USING INDEX ix_case_archived")
"""The partial indexes of the live and the archived cases' ids hold nothing but the id (the
rowid): SQLite reads no row through them, though its plan does not say "COVERING"."""


def _plan(db: Database, statement: str, parameters: Any) -> str:
    with db.vault.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(row[-1]) for row in rows)
        # a dozen rows: PostgreSQL rightly reads the table; with that made dear, a plan that
        # still does says no index can answer (absent, or its condition unmatched)
        connection.exec_driver_sql("SET enable_seqscan = off")
        rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters)
        return "\n".join(str(row[0]) for row in rows)


def test_the_list_counts_read_narrow_indexes_not_the_cases_rows(world: World) -> None:
    _fill(world)
    sqlite = world.db.vault.engine.dialect.name == "sqlite"
    for name, f in FILTERS.items():
        first_page(world.db, f)  # the search index is made on first use: not recorded
        with _recorded(world.db) as seen:
            first_page(world.db, f)
        counts = [(s, p) for s, p in seen if "count(" in s.lower()]
        if not sqlite and tally.covers(f):  # the server's own counts: a few rows, no index
            assert not counts and any(tally.TABLE in s for s, _ in seen), (name, seen)
            continue
        assert len(counts) == 1, (name, seen)
        plan = _plan(world.db, *counts[0])
        if not sqlite:
            for count in counts:
                plan = _plan(world.db, *count)
                assert "Seq Scan on case" not in plan.replace('"', ""), (name, plan)
            continue
        # an index that answers alone (no statistics: a user's vault is never ANALYZEd)...
        assert "COVERING INDEX" in plan or any(p in plan for p in PARTIAL), (name, plan)
        # ...and neither the table scanned nor each match's row read by its id
        assert "SCAN case\n" not in plan + "\n" and "PRIMARY KEY" not in plan, (name, plan)
        for statement, parameters in seen:  # a search's page: its matches checked alike
            if "MATCH" in statement and statement not in {s for s, _ in counts}:
                plan = _plan(world.db, statement, parameters)
                assert "PRIMARY KEY" not in plan and "INDEX ix_case_" in plan, (name, plan)


def test_a_searchs_count_stops_at_its_cap_archived_matches_left_out(
        world: World, monkeypatch: Any) -> None:
    """The count of a search stops at ``COUNT_CAP`` ("10 000 ou plus"); below the cap it is
    exact, archived matches left out (PostgreSQL counts every match, then takes the archived
    ones away: the cap must still hold where archived matches come first)."""
    from desktop.services.cases import queries

    cases = _fill(world)
    live = len(_expected(cases, "search"))
    archived = len(_expected(cases, "search in the archive"))
    assert live >= 3 and archived >= 1
    for cap in (1, live - 1, live, live + 1, 100):
        monkeypatch.setattr(queries, "COUNT_CAP", cap)
        assert first_page(world.db, FILTERS["search"]).total == min(live, cap), cap
