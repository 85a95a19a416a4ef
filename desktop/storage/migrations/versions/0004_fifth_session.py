"""The fourth schema: what the fifth session's work added, one step each

- pgserver: the keys searched by prefix range or listed in order compare bytes on PostgreSQL
  too (``COLLATE "C"``). A server database created with a linguistic collation (fr_FR, the
  default of a French server) compares "Écuyer" < "Martin" and "de" < "DU" where SQLite
  compares bytes: the roster lookup's prefix ranges (``roster.matching.past``) and its orders
  would differ from the local vault's. PostgreSQL rebuilds the indexes and unique constraints
  on those columns in the same ALTER. ``commune_word`` is derived data that the roster service
  creates on first use: altered when it exists. SQLite always compares bytes: nothing to do.
- perf: narrow indexes for the case list, which hides archived cases. Every list query says
  ``archived_at IS NULL`` since archiving came: the indexes its counts used no longer covered
  them, and counting read every case's (wide, encrypted) row — 100 to 450 ms over 100,000
  cases. The overdue and step indexes now hold archived_at, and two partial indexes list the
  live and the archived cases' ids (the whole list's count, and a search's archived check,
  read them instead of the rows). The dashboard's author axis gets a covering index too (it
  read each author's row, description included, for its kind).

They were written apart and are applied in this order, as one revision: no vault was ever
released at an intermediate schema.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BYTE_ORDERED_COLUMNS = (
    ('commune', 'insee_code', 5),
    ('commune', 'search_key', 120),
    ('postal_code', 'code', 5),
    ('referent', 'first_name', 100),
    ('referent', 'last_name', 100),
    ('commune_word', 'word', 60),
)

LIVE = sa.text('archived_at IS NULL')
ARCHIVED = sa.text('archived_at IS NOT NULL')


def upgrade() -> None:
    _collate('"C"')
    _upgrade_perf()


def downgrade() -> None:
    _downgrade_perf()
    _collate('"default"')


def _collate(collation: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'postgresql':
        return
    tables = set(sa.inspect(bind).get_table_names())
    for table, column, length in BYTE_ORDERED_COLUMNS:
        if table in tables:
            op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" '
                       f'TYPE varchar({length}) COLLATE {collation}')


def _upgrade_perf() -> None:
    op.drop_index('ix_case_due_on', table_name='case')
    op.create_index('ix_case_due_on', 'case', ['due_on', 'status', 'archived_at'])
    op.drop_index('ix_case_status', table_name='case')
    op.create_index('ix_case_status', 'case', ['status', 'archived_at'])
    op.create_index('ix_case_live', 'case', ['id'], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_case_archived', 'case', ['id'], sqlite_where=ARCHIVED,
                    postgresql_where=ARCHIVED)
    op.create_index('ix_case_author_statistics', 'case_author', ['case_id', 'kind'])


def _downgrade_perf() -> None:
    op.drop_index('ix_case_author_statistics', table_name='case_author')
    op.drop_index('ix_case_archived', table_name='case')
    op.drop_index('ix_case_live', table_name='case')
    op.drop_index('ix_case_status', table_name='case')
    op.create_index('ix_case_status', 'case', ['status'])
    op.drop_index('ix_case_due_on', table_name='case')
    op.create_index('ix_case_due_on', 'case', ['due_on', 'status'])
