"""own deals: an external id per partner (API retries create nothing twice) and room for
the API key's name in ``via``

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 23:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('own_deals', schema=None) as batch_op:
        batch_op.alter_column('via', existing_type=sa.String(10), type_=sa.String(80),
                              existing_nullable=False)
        batch_op.add_column(sa.Column('external_id', sa.String(200), nullable=True))
        batch_op.create_index('uq_own_deals_partner_external', ['partner_id', 'external_id'],
                              unique=True)


def downgrade() -> None:
    with op.batch_alter_table('own_deals', schema=None) as batch_op:
        batch_op.drop_index('uq_own_deals_partner_external')
        batch_op.drop_column('external_id')
        batch_op.alter_column('via', existing_type=sa.String(80), type_=sa.String(10),
                              existing_nullable=False)
