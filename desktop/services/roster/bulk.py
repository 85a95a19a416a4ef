"""Many plain rows inserted at once, for the national imports and the derived word table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa


def bulk_insert(
    connection: sa.Connection, table: Any, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """``INSERT`` of many plain rows through the driver's ``executemany`` (SQLite's ``?`` or
    psycopg's ``%s``): SQLAlchemy's per-row parameter processing would double the time of a
    national import. The values must already be of the column's database type."""
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    preparer = connection.dialect.identifier_preparer
    sql = (f"INSERT INTO {preparer.format_table(table)} "
           f"({', '.join(preparer.quote(c) for c in columns)}) "
           f"VALUES ({', '.join(mark for _ in columns)})")
    connection.exec_driver_sql(sql, rows)
