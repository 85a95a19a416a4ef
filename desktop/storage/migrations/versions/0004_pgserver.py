"""Shared mode: the keys searched by prefix range or listed in order compare bytes on PostgreSQL

A server database created with a linguistic collation (fr_FR, the default of a French server)
compares "Écuyer" < "Martin" and "de" < "DU", where SQLite compares bytes: the roster lookup's
prefix ranges (``roster.matching.past``) and its orders would differ from the local vault's.
Their columns become ``COLLATE "C"`` (``models.base.byte_ordered``); PostgreSQL rebuilds the
indexes and unique constraints on them in the same ALTER. ``commune_word`` is derived data that
the roster service creates on first use: altered when it exists.

SQLite always compares bytes: nothing to do there (the models' variant only speaks to
PostgreSQL), so a vault file is left untouched.

Revision ID: 0004_pgserver
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_pgserver'
down_revision = '0003'
branch_labels = None
depends_on = None

COLUMNS = (
    ('commune', 'insee_code', 5),
    ('commune', 'search_key', 120),
    ('postal_code', 'code', 5),
    ('referent', 'first_name', 100),
    ('referent', 'last_name', 100),
    ('commune_word', 'word', 60),
)


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')


def _collate(collation: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    tables = set(sa.inspect(bind).get_table_names())
    for table, column, length in COLUMNS:
        if table in tables:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" '
                       f'TYPE varchar({length}) COLLATE {collation}')
