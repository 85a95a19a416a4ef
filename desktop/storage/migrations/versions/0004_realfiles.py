"""realfiles: a référent's mobile and grade; a party's short name; the office's bureau and
postal code; stale after 12 months by default

Revision ID: 0004_realfiles
Revises: 0003_measures
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_realfiles'
down_revision = '0003_measures'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mobile', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('grade', sa.String(length=60), nullable=True))
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('short_name', sa.String(length=120), nullable=True))
    with op.batch_alter_table('office_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bureau', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('postal_code', sa.String(length=5), nullable=True))
    # The old default (6 months) flagged a whole sheet kept yearly: vaults that kept it move to
    # the new default; an office that chose another period keeps it.
    op.execute("UPDATE office_settings SET stale_referent_months = 12 "
               "WHERE stale_referent_months = 6")


def downgrade() -> None:
    with op.batch_alter_table('office_settings', schema=None) as batch_op:
        batch_op.drop_column('postal_code')
        batch_op.drop_column('bureau')
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_column('short_name')
    with op.batch_alter_table('referent', schema=None) as batch_op:
        batch_op.drop_column('grade')
        batch_op.drop_column('mobile')
