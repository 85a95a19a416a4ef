"""The ``vault_meta`` table: the vault's own facts (id, schema version, last backup…)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.storage.engine import lock_for_writing


def set_meta(connection: sa.Connection, name: str, value: str) -> None:
    lock_for_writing(connection)
    updated = connection.execute(
        sa.text("UPDATE vault_meta SET value = :v WHERE key = :k"), {"k": name, "v": value}
    ).rowcount
    if not updated:
        connection.execute(
            sa.text("INSERT INTO vault_meta (key, value) VALUES (:k, :v)"), {"k": name, "v": value}
        )


class MetaAccess:
    """Reading and writing ``vault_meta`` through ``self.engine`` (both kinds of vault)."""

    engine: Engine

    def meta(self, name: str) -> str | None:
        with self.engine.connect() as connection:
            value = connection.execute(
                sa.text("SELECT value FROM vault_meta WHERE key = :k"), {"k": name}
            ).scalar()
        return None if value is None else str(value)

    def set_meta(self, name: str, value: str) -> None:
        with self.engine.begin() as connection:
            set_meta(connection, name, value)

    def schema_version(self) -> int:
        return int(self.meta("schema_version") or 0)
