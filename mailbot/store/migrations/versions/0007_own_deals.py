"""own deals: deals partners found themselves (reverse-deal control)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 21:00:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'own_deals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('partner_id', sa.String(length=64), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=True),
        sa.Column('registered_at', mailbot.store.models.UTCDateTime(), nullable=False),
        sa.Column('company', sa.String(200), nullable=False),
        sa.Column('amount', sa.Numeric(14, 2), nullable=True),
        sa.Column('currency', sa.String(3), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('via', sa.String(10), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id']),
        sa.ForeignKeyConstraint(['partner_id'], ['partners.id']),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_own_deals_partner_at', 'own_deals', ['partner_id', 'registered_at'])


def downgrade() -> None:
    op.drop_index('ix_own_deals_partner_at', table_name='own_deals')
    op.drop_table('own_deals')
