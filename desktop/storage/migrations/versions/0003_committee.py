"""The committee: each decision carries the time it was taken (the quorum is counted among the
members present at that moment).

Revision ID: 0003_committee
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_committee'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): no table rebuild, even on SQLite.
    op.add_column('decision', sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('decision') as batch_op:
        batch_op.drop_column('decided_at')
