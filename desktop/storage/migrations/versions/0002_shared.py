"""shared: a save counter (row_version) on every row people edit, against lost updates

Revision ID: 0002_shared
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_shared'
down_revision = '0001'
branch_labels = None
depends_on = None

# Not the communes: reference data that imports update in bulk by primary key (which
# SQLAlchemy's versioning would make every row carry its version for).
EDITABLE = (
    'case', 'case_victim', 'case_author', 'consent', 'complaint', 'task',
    'meeting', 'attendance', 'agenda_item', 'decision', 'action_item', 'minutes',
    'organisation', 'position', 'person', 'tenure', 'practitioner', 'preregistration',
    'alert_device',
    'protocol', 'protocol_version', 'party', 'preamble_clause', 'article', 'measure',
    'ceremony', 'ceremony_attendance', 'checklist_item', 'signature',
    'unit', 'referent', 'assignment',
    'office_settings',
)


def upgrade() -> None:
    for table in EDITABLE:
        # A plain ADD COLUMN with a default: no table rebuild, even on SQLite.
        op.add_column(table, sa.Column('row_version', sa.Integer(), server_default='1',
                                       nullable=False))


def downgrade() -> None:
    for table in EDITABLE:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('row_version')
