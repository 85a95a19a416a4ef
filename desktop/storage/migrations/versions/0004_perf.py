"""Narrow indexes for the case list, which hides archived cases

Every list query says ``archived_at IS NULL`` since archiving came: the indexes its counts
used no longer covered them, and counting read every case's (wide, encrypted) row — 100 to
450 ms over 100,000 cases. The overdue and step indexes now hold archived_at, and two partial
indexes list the live and the archived cases' ids (the whole list's count, and a search's
archived check, read them instead of the rows). The dashboard's author axis gets a covering
index too (it read each author's row, description included, for its kind).

Revision ID: 0004_perf
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_perf'
down_revision = '0003'
branch_labels = None
depends_on = None

LIVE = sa.text('archived_at IS NULL')
ARCHIVED = sa.text('archived_at IS NOT NULL')


def upgrade() -> None:
    op.drop_index('ix_case_due_on', table_name='case')
    op.create_index('ix_case_due_on', 'case', ['due_on', 'status', 'archived_at'])
    op.drop_index('ix_case_status', table_name='case')
    op.create_index('ix_case_status', 'case', ['status', 'archived_at'])
    op.create_index('ix_case_live', 'case', ['id'], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_case_archived', 'case', ['id'], sqlite_where=ARCHIVED,
                    postgresql_where=ARCHIVED)
    op.create_index('ix_case_author_statistics', 'case_author', ['case_id', 'kind'])


def downgrade() -> None:
    op.drop_index('ix_case_author_statistics', table_name='case_author')
    op.drop_index('ix_case_archived', table_name='case')
    op.drop_index('ix_case_live', table_name='case')
    op.drop_index('ix_case_status', table_name='case')
    op.create_index('ix_case_status', 'case', ['status'])
    op.drop_index('ix_case_due_on', table_name='case')
    op.create_index('ix_case_due_on', 'case', ['due_on', 'status'])
