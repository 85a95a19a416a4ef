"""Engine factory: an SQLCipher file (the embedded default) or a PostgreSQL server (shared mode)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool

from desktop.errors import VaultBusy

BUSY_TIMEOUT_SECONDS = 5.0
"""How long a writer waits for another one to finish before giving up (``VaultBusy``)."""


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key literal: no PBKDF2 on open, the 32 bytes are the cipher key."""
    if len(key) != 32:
        raise ValueError("an SQLCipher raw key is 32 bytes")
    return f"x'{key.hex()}'"


def sqlcipher_engine(path: Path, key: bytes, *, pooled: bool = True, **kwargs: Any) -> Engine:
    """An engine on an SQLCipher 4 file, keyed with a raw 256-bit key.

    Every connection turns foreign keys on and uses WAL. A wrong key is only detected at the
    first statement (``file is not a database``): callers check with a query right away.
    """
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(key), database=str(path))
    # hide_parameters: an SQL error's text (shown, logged) never carries the values (names,
    # phones, narratives) bound to the statement.
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False},
                               "hide_parameters": True}
    if not pooled:
        options["poolclass"] = NullPool
    options.update(kwargs)
    engine = sa.create_engine(url, **options)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")  # errors reach us as exceptions
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        cursor.close()

    return engine


def lock_for_writing(connection: sa.Connection) -> None:
    """Take the vault's write lock now, before the transaction reads anything.

    pysqlite (and sqlcipher3) begin a transaction only at the first INSERT/UPDATE/DELETE, so
    what a unit of work reads before that (the audit head, the last case number) is read
    outside any lock and may be stale by the time it writes. ``BEGIN IMMEDIATE`` takes the
    lock first, waiting up to ``BUSY_TIMEOUT_SECONDS`` for another writer. Readers are never
    blocked (WAL). Nothing to do on PostgreSQL: the audit head row is locked ``FOR UPDATE``.
    Idempotent: a connection already in a write transaction holds the lock.
    """
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is None or getattr(raw, "in_transaction", False):
        return
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except sa.exc.OperationalError as error:
        if "locked" in str(error.orig) or "busy" in str(error.orig):
            raise VaultBusy(BUSY_TIMEOUT_SECONDS) from None
        raise


PLAN_EACH_RUN = "plan_each_run"
"""Execution option of a statement whose best plan depends on its values (the words of a
commune search: "saint" has 4,800 rows, "beau" one): on PostgreSQL it is never run in
prepared form. psycopg prepares a statement on the server after its fifth run, and the
server may then keep a generic plan, chosen without the values: for "beau saint martin" it
started from "saint" (15 ms where planning anew takes 1)."""


PLAN_KEPT = "plan_kept"
"""Execution option of a statement whose plan fits every value (a commune search driven by
a rare word, with its cards): on PostgreSQL it is prepared at its first run, not its fifth,
so the server, which plans the first five runs of a prepared statement with their values,
keeps its plan from the sixth run on instead of the eleventh."""


def postgres_engine(url: str, **kwargs: Any) -> Engine:
    """An engine on a PostgreSQL server (``postgresql+psycopg://…``, TLS required by the URL)."""
    kwargs.setdefault("hide_parameters", True)  # no personal data in error texts and logs
    engine = sa.create_engine(url, **kwargs)
    sa.event.listen(engine, "do_execute", _execute)
    return engine


def _execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool | None:
    """Run a ``PLAN_EACH_RUN`` statement unprepared (planned with its values each time), a
    ``PLAN_KEPT`` one prepared at once; any other goes on as usual (None)."""
    options = context.execution_options
    if options.get(PLAN_EACH_RUN) or options.get(PLAN_KEPT):
        cursor.execute(statement, parameters, prepare=bool(options.get(PLAN_KEPT)))
        return True
    return None
