"""Shared mode, continued: the measures' rows (advice requests, alert loans and alerts,
vidéoprotection sites) get the save counter (row_version) the other edited rows have, so a
colleague's save in between is detected there too.

Revision ID: 0003_shared
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_shared'
down_revision = '0002'
branch_labels = None
depends_on = None

MEASURES = ('advice_request', 'alert_loan', 'alert_event', 'video_site')


def upgrade() -> None:
    for table in MEASURES:
        # A plain ADD COLUMN with a default: no table rebuild, even on SQLite.
        op.add_column(table, sa.Column('row_version', sa.Integer(), server_default='1',
                                       nullable=False))


def downgrade() -> None:
    for table in MEASURES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('row_version')
