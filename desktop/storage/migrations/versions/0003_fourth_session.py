"""The third schema: what the fourth session's work added, one step each

- committee: each decision carries the time it was taken (quorum counted at that moment);
- consent: a complaint's modality, declared address, the date the procureur informed the
  complainant and the victim's written consent for a third party's complaint; the signed form of
  a 17 pre-registration;
- report: the victim's sex, an axis of the national observatories;
- perf: two covering indexes for the dashboard's figures;
- shared: the save counter (row_version) on the measures' rows.

They were written apart and are applied in this order, as one revision: no vault was ever
released at an intermediate schema.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MEASURES = ('advice_request', 'alert_loan', 'alert_event', 'video_site')


def upgrade() -> None:
    _upgrade_committee()
    _upgrade_consent()
    _upgrade_report()
    _upgrade_perf()
    _upgrade_shared()


def downgrade() -> None:
    _downgrade_shared()
    _downgrade_perf()
    _downgrade_report()
    _downgrade_consent()
    _downgrade_committee()


def _upgrade_committee() -> None:
    # A plain ADD COLUMN (nullable, no default): no table rebuild, even on SQLite.
    op.add_column('decision', sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True))


def _upgrade_consent() -> None:
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.add_column(sa.Column('modality', sa.Enum('at_station', 'appointment', 'at_practice', 'online', 'by_letter', name='complaintmodality', native_enum=False, length=40), nullable=True))
        batch_op.add_column(sa.Column('declared_address', sa.Enum('ordre', 'practice', 'other', 'personal', name='declaredaddress', native_enum=False, length=40), nullable=True))
        batch_op.add_column(sa.Column('declared_address_text', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('informed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('victim_consent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('victim_consent_attachment_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_complaint_victim_consent_attachment_id_attachment'), 'attachment', ['victim_consent_attachment_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('preregistration', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_attachment_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_preregistration_consent_attachment_id_attachment'), 'attachment', ['consent_attachment_id'], ['id'], ondelete='SET NULL')

    complaint = sa.table('complaint', sa.column('declared_address', sa.String),
                         sa.column('domiciled_at_ordre', sa.Boolean))
    op.execute(complaint.update().where(complaint.c.domiciled_at_ordre.is_(True))
               .values(declared_address='ordre'))


def _upgrade_report() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('victim_sex', sa.Enum(
            'femme', 'homme', name='victimsex', native_enum=False, length=40), nullable=True))


def _upgrade_perf() -> None:
    op.create_index('ix_case_statistics', 'case',
                    ['occurred_at', 'commune_id', 'force_zone', 'status', 'due_on', 'place',
                     'created_at'])
    op.create_index('ix_case_event_statistics', 'case_event',
                    ['case_id', 'kind', 'to_status', 'at'])


def _upgrade_shared() -> None:
    for table in MEASURES:
        # A plain ADD COLUMN with a default: no table rebuild, even on SQLite.
        op.add_column(table, sa.Column('row_version', sa.Integer(), server_default='1',
                                       nullable=False))


def _downgrade_committee() -> None:
    with op.batch_alter_table('decision') as batch_op:
        batch_op.drop_column('decided_at')


def _downgrade_consent() -> None:
    with op.batch_alter_table('preregistration', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_preregistration_consent_attachment_id_attachment'), type_='foreignkey')
        batch_op.drop_column('consent_attachment_id')

    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_complaint_victim_consent_attachment_id_attachment'), type_='foreignkey')
        batch_op.drop_column('victim_consent_attachment_id')
        batch_op.drop_column('victim_consent_on')
        batch_op.drop_column('informed_on')
        batch_op.drop_column('declared_address_text')
        batch_op.drop_column('declared_address')
        batch_op.drop_column('modality')


def _downgrade_report() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('victim_sex')


def _downgrade_perf() -> None:
    op.drop_index('ix_case_event_statistics', table_name='case_event')
    op.drop_index('ix_case_statistics', table_name='case')


def _downgrade_shared() -> None:
    for table in MEASURES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('row_version')
