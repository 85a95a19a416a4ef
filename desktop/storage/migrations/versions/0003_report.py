"""The victim's sex on the case, an axis of the observatories' yearly report.

Revision ID: 0003_report
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_report'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('victim_sex', sa.Enum(
            'femme', 'homme', name='victimsex', native_enum=False, length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('victim_sex')
