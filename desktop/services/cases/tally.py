"""How many cases each (archived, step, zone, type) holds, kept by the shared server itself.

PostgreSQL counts a table by reading it: the whole case list's "100 000 signalement(s)" walked
an index of 100,000 entries on every redraw (4 ms), where SQLite counts an index's pages
(``queries._WHOLE_LIST``, 0.1 ms). On the shared server ``case_tally`` keeps those counts,
updated by triggers in the same transaction as the case's write, so the list, a step, a zone
and a type filter (alone or together) are counted from a few rows whatever the file's size.

One row per (archived, status, zone, kind) with its number of cases: ``kind`` '' counts the
cases themselves, any other value the cases that have that incident type (a case has several).
Derived data like ``case_search``: laid by the owner with the search index
(``search._ensure_postgres``), filled from the cases already there, never in a migration.
Triggers first lock the audit head (``FOR UPDATE``), the lock every write takes before
committing: writers meet in one order and cannot deadlock on the tally's rows.
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.cases.kept_counts import KeptCounts, trigger
from desktop.services.cases.records import CaseFilter

TABLE = "case_tally"

_LOCK = "PERFORM 1 FROM vault_meta WHERE key = 'audit_head' FOR UPDATE;"
_ADD = "PERFORM egide_tally_add({row}.archived_at IS NOT NULL, {row}.status, {row}.force_zone, "
_CASE_FUNCTION = (
    "CREATE OR REPLACE FUNCTION egide_case_tally() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE kind text; BEGIN " + _LOCK + " "
    "IF TG_OP <> 'INSERT' THEN " + _ADD.format(row="OLD") + "'', -1); "
    "FOR kind IN SELECT incident_type FROM case_type WHERE case_id = OLD.id LOOP "
    + _ADD.format(row="OLD") + "kind, -1); END LOOP; END IF; "
    "IF TG_OP <> 'DELETE' THEN " + _ADD.format(row="NEW") + "'', 1); "
    "FOR kind IN SELECT incident_type FROM case_type WHERE case_id = NEW.id LOOP "
    + _ADD.format(row="NEW") + "kind, 1); END LOOP; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NULL; END $$"
)
"""A case's own row and its types' rows move with it. On delete it runs BEFORE, while its
types are still there; the cascade that deletes them then finds no case and counts nothing."""
_TYPE_FUNCTION = (
    "CREATE OR REPLACE FUNCTION egide_case_type_tally() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE c record; BEGIN "
    "IF TG_OP <> 'INSERT' THEN SELECT archived_at, status, force_zone INTO c FROM \"case\" "
    "WHERE id = OLD.case_id; IF FOUND THEN " + _LOCK + " " + _ADD.format(row="c")
    + "OLD.incident_type, -1); END IF; END IF; "
    "IF TG_OP <> 'DELETE' THEN SELECT archived_at, status, force_zone INTO c FROM \"case\" "
    "WHERE id = NEW.case_id; IF FOUND THEN " + _LOCK + " " + _ADD.format(row="c")
    + "NEW.incident_type, 1); END IF; END IF; RETURN NULL; END $$"
)
_SETUP = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (archived boolean NOT NULL, status text NOT NULL, "
    "zone text NOT NULL, kind text NOT NULL, n bigint NOT NULL, "
    "PRIMARY KEY (archived, status, zone, kind))",
    "CREATE OR REPLACE FUNCTION egide_tally_add(archived boolean, status text, zone text, "
    "kind text, delta integer) RETURNS void LANGUAGE sql AS $$ "
    f"INSERT INTO {TABLE} AS t VALUES (archived, status, coalesce(zone, ''), kind, delta) "
    "ON CONFLICT (archived, status, zone, kind) DO UPDATE SET n = t.n + delta $$",
    "CREATE OR REPLACE FUNCTION egide_tally_rebuild() RETURNS void LANGUAGE sql AS $$ "
    f"DELETE FROM {TABLE}; "
    f"INSERT INTO {TABLE} SELECT archived_at IS NOT NULL, status, coalesce(force_zone, ''), '', "
    "count(*) FROM \"case\" GROUP BY 1, 2, 3; "
    f"INSERT INTO {TABLE} SELECT c.archived_at IS NOT NULL, c.status, "
    "coalesce(c.force_zone, ''), t.incident_type, count(*) FROM case_type t "
    "JOIN \"case\" c ON c.id = t.case_id GROUP BY 1, 2, 3, 4 $$",
    "CREATE OR REPLACE FUNCTION egide_tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM egide_tally_rebuild(); RETURN NULL; END $$",
    _CASE_FUNCTION,
    _TYPE_FUNCTION,
    *trigger("egide_tally_written", "AFTER INSERT OR UPDATE OF archived_at, status, force_zone",
             '"case"', "egide_case_tally"),
    *trigger("egide_tally_deleted", "BEFORE DELETE", '"case"', "egide_case_tally"),
    *trigger("egide_tally_typed", "AFTER INSERT OR UPDATE OR DELETE", "case_type",
             "egide_case_type_tally"),
    *trigger("egide_tally_emptied", "AFTER TRUNCATE", '"case"', "egide_tally_truncated",
             each="STATEMENT"),
    *trigger("egide_tally_types_emptied", "AFTER TRUNCATE", "case_type",
             "egide_tally_truncated", each="STATEMENT"),
    "SELECT egide_tally_rebuild()",
)
KEPT = KeptCounts(TABLE, '"case", case_type', _SETUP)
lay = KEPT.lay
present = KEPT.present


def covers(f: CaseFilter) -> bool:
    """Whether the tally alone counts ``f``: the archive, a step, a zone, a type, nothing else."""
    return (not f.text.strip() and f.profession is None and f.date_from is None
            and f.date_to is None and f.commune_id is None and not f.overdue)


def count(session: Session, f: CaseFilter) -> int | None:
    """The number of cases ``f`` selects, from the tally; None where it cannot say (another
    engine, a base without it, a filter it does not cover)."""
    if session.get_bind().dialect.name != "postgresql" or not covers(f) or not present(session):
        return None
    statement = _statement(f.status is not None, f.force_zone is not None)
    values = {"archived": f.archived, "kind": f.incident_type.value if f.incident_type else "",
              "status": f.status.value if f.status else None,
              "zone": f.force_zone.value if f.force_zone else None}
    return int(session.scalar(statement, values) or 0)


@cache
def _statement(by_status: bool, by_zone: bool) -> sa.TextClause:
    """The sum of the rows that match, one text per shape (the enums as their stored values)."""
    where = ["archived = :archived", "kind = :kind"]
    where += ["status = :status"] if by_status else []
    where += ["zone = :zone"] if by_zone else []
    return sa.text(f"SELECT coalesce(sum(n), 0) FROM {TABLE} WHERE {' AND '.join(where)}")
