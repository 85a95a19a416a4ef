"""Copying every row of one vault into another: a local SQLCipher vault to the office's
PostgreSQL server when the office goes shared, and back.

The target holds a fresh schema and nothing else (``vault_meta`` apart: its own id and schema
version stay). Tables are copied in foreign-key order, each in primary-key order, by batches;
a self-reference (a unit's parent) is filled after the rows exist. The audit trail is copied
verbatim, so its chain still verifies on the other side. Counts are then compared table by
table: a difference rolls the whole copy back. The search index is derived data: each engine
builds its own on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.errors import VaultError
from desktop.models import Base
from desktop.storage.engine import lock_for_writing
from desktop.storage.meta import set_meta

BATCH = 2000
OWN_META = frozenset({"vault_id", "schema_version", "created_by_version", "last_backup_at"})
"""What stays the target's own in ``vault_meta``."""


def tables() -> list[sa.Table]:
    return [t for t in Base.metadata.sorted_tables if t.name != "vault_meta"]


def counts(connection: sa.Connection) -> dict[str, int]:
    return {t.name: int(connection.execute(sa.select(sa.func.count()).select_from(t))
                        .scalar() or 0) for t in tables()}


def copy_all(source: Engine, target: Engine,
             progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row from ``source`` into the empty ``target``; the counts of each table,
    equal on both sides (``VaultError`` otherwise, and nothing stays in the target)."""
    with source.connect() as reading, target.begin() as writing:
        lock_for_writing(writing)
        already = {name: n for name, n in counts(writing).items() if n}
        if already:
            raise VaultError(
                "La destination contient déjà des données (" + ", ".join(sorted(already))
                + ") : le transfert se fait vers une base ou un coffre neufs.")
        for table in tables():
            _copy_table(reading, writing, table)
            if progress is not None:
                progress(table.name, 0)
        for key, value in reading.execute(sa.text("SELECT key, value FROM vault_meta")):
            if key not in OWN_META:
                set_meta(writing, str(key), str(value))
        if writing.dialect.name == "postgresql":
            _reset_sequences(writing)
        copied, expected = counts(writing), counts(reading)
        if copied != expected:
            different = [n for n in expected if copied.get(n) != expected[n]]
            raise VaultError("Le transfert n'a pas tout copié (tables : "
                             + ", ".join(different) + ") : rien n'a été enregistré.")
    return expected


def _copy_table(reading: sa.Connection, writing: sa.Connection, table: sa.Table) -> None:
    later = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    order = list(table.primary_key.columns)
    result = reading.execution_options(yield_per=BATCH).execute(table.select().order_by(*order))
    pending: list[dict[str, object]] = []
    for batch in result.partitions(BATCH):
        rows = [dict(row._mapping) for row in batch]
        if later:
            pending += [{"_id": r["id"], **{c: r[c] for c in later}} for r in rows
                        if any(r[c] is not None for c in later)]
            rows = [{**r, **dict.fromkeys(later)} for r in rows]
        if writing.dialect.name == "postgresql":
            _copy_in(writing, table, rows)
        else:
            writing.execute(table.insert(), rows)
    if pending:
        update = (table.update().where(table.c.id == sa.bindparam("_id"))
                  .values({c: sa.bindparam(c) for c in later}))
        writing.execute(update, pending)


def _copy_in(writing: sa.Connection, table: sa.Table, rows: list[dict[str, object]]) -> None:
    """PostgreSQL's ``COPY … FROM STDIN`` for a batch: one stream instead of an INSERT per
    row (100,000 cases took 519 s by INSERT). Values go through each column type's own bind
    processing first (enums, JSON, custom types), as an INSERT would."""
    if not rows:
        return
    columns = list(table.columns)
    processors = [column.type._cached_bind_processor(writing.dialect) for column in columns]
    preparer = writing.dialect.identifier_preparer
    statement = (f"COPY {preparer.format_table(table)} "
                 f"({', '.join(preparer.quote(c.name) for c in columns)}) FROM STDIN")
    driver: Any = writing.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([
                value if process is None or value is None else process(value)
                for value, process in ((row[c.key], p) for c, p in zip(
                    columns, processors, strict=True))
            ])


def _reset_sequences(writing: sa.Connection) -> None:
    """Rows came with their ids: the next id PostgreSQL hands out follows the largest."""
    for table in tables():
        if "id" not in table.c or not isinstance(table.c.id.type, sa.Integer):
            continue
        sequence = writing.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                   {"t": f'"{table.name}"'}).scalar()
        if sequence:
            writing.execute(sa.text(
                f'SELECT setval(:s, coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, '
                "false)"), {"s": sequence})
