"""Two covering indexes for the statistics: a period's case figures and delays are read from
them, never from the cases' and timeline lines' rows (the narratives make those large).

Revision ID: 0003_perf
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = '0003_perf'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_case_statistics', 'case',
                    ['occurred_at', 'commune_id', 'force_zone', 'status', 'due_on', 'place',
                     'created_at'])
    op.create_index('ix_case_event_statistics', 'case_event',
                    ['case_id', 'kind', 'to_status', 'at'])


def downgrade() -> None:
    op.drop_index('ix_case_event_statistics', table_name='case_event')
    op.drop_index('ix_case_statistics', table_name='case')
