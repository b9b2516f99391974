"""webhooks: the webhook outbox (one row per event and subscription) and its delivery log

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 23:00:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None
UTC = mailbot.store.models.UTCDateTime


def upgrade() -> None:
    op.create_table(
        'webhook_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=40), nullable=False),
        sa.Column('webhook', sa.String(length=60), nullable=False),
        sa.Column('event_type', sa.String(length=60), nullable=False),
        sa.Column('lead_id', sa.Integer(), nullable=True),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('created_at', UTC(), nullable=False),
        sa.Column('due_at', UTC(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('last_status', sa.Integer(), nullable=True),
        sa.Column('delivered_at', UTC(), nullable=True),
        sa.Column('claim', sa.String(length=40), nullable=True),
        sa.Column('lease_until', UTC(), nullable=True),
        sa.ForeignKeyConstraint(['lead_id'], ['leads.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('event_id', 'webhook', name='uq_webhook_event'))
    op.create_index('ix_webhook_status_due', 'webhook_deliveries', ['status', 'due_at'])
    op.create_index('ix_webhook_status_lease', 'webhook_deliveries', ['status', 'lease_until'])
    op.create_index('ix_webhook_deliveries_claim', 'webhook_deliveries', ['claim'])
    op.create_index('ix_webhook_deliveries_lead_id', 'webhook_deliveries', ['lead_id'])
    op.create_table(
        'webhook_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('delivery_id', sa.Integer(), nullable=False),
        sa.Column('at', UTC(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('status_code', sa.Integer(), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('duration_ms', sa.Integer(), nullable=False),
        sa.Column('worker', sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(['delivery_id'], ['webhook_deliveries.id']),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_webhook_attempts_delivery_id', 'webhook_attempts', ['delivery_id'])


def downgrade() -> None:
    op.drop_index('ix_webhook_attempts_delivery_id', table_name='webhook_attempts')
    op.drop_table('webhook_attempts')
    for name in ('ix_webhook_deliveries_lead_id', 'ix_webhook_deliveries_claim',
                 'ix_webhook_status_lease', 'ix_webhook_status_due'):
        op.drop_index(name, table_name='webhook_deliveries')
    op.drop_table('webhook_deliveries')
