"""forms: the date the user gave for a step, kept on its timeline line (case_event.dated_on)

Revision ID: 0005_forms
Revises: 0004_realfiles
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_forms'
down_revision = '0004_realfiles'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dated_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_column('dated_on')
