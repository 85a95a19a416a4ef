"""The statistics read a period's cases through their covering index, never the cases' rows
(which hold the narratives): SQLite's own query plan says so."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from desktop.services.committee.statistics_raw import raw_counts
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases


def test_every_statistics_query_reads_the_cases_through_the_covering_index(
        db: Database) -> None:
    add_cases(db)
    statements: list[tuple[str, object]] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object,
             *_rest: object) -> None:
        statements.append((statement, parameters))

    with db.reading() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            counted = raw_counts(session, dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                                 dt.datetime(2026, 4, 1, tzinfo=dt.UTC), dt.date(2026, 4, 1))
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        assert sum(v for k, v in counted.items() if k[0] == "total") == 12
        assert len(statements) >= 6
        raw = session.connection()
        for statement, parameters in statements:
            plan = " / ".join(str(row[3]) for row in raw.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters))  # type: ignore[arg-type]
            assert "COVERING INDEX ix_case_statistics" in plan, plan
            if "case_event" in statement:
                assert "COVERING INDEX ix_case_event_statistics" in plan, plan
            if "case_author" in statement:  # the kind without the author's row
                assert "COVERING INDEX ix_case_author_statistics" in plan, plan
