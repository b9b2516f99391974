"""inbound mail: what a message was read as, quarantine reasons, IMAP checkpoints,
bounce state on addresses and outbox rows; partners may leave their timezone unset

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 20:00:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender', sa.String(254), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('subject', sa.String(998), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('reason', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('result', sa.JSON(), server_default='{}',
                                      nullable=False))
    with op.batch_alter_table('contact_addresses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bounced_at', mailbot.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('bounce_detail', sa.Text(), server_default='',
                                      nullable=False))
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('soft_bounces', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.create_index('ix_outbound_to_template', ['to_addr', 'template', 'created_at'],
                              unique=False)
    # Business hours: a partner without its own timezone uses its country's.
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.alter_column('timezone', existing_type=sa.String(64), nullable=True)
    op.create_table(
        'imap_checkpoints',
        sa.Column('mailbox', sa.String(300), nullable=False),
        sa.Column('uidvalidity', sa.Integer(), nullable=False),
        sa.Column('last_uid', sa.Integer(), nullable=False),
        sa.Column('updated_at', mailbot.store.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('mailbox'))


def downgrade() -> None:
    op.drop_table('imap_checkpoints')
    op.execute("UPDATE partners SET timezone = 'UTC' WHERE timezone IS NULL")
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.alter_column('timezone', existing_type=sa.String(64), nullable=False)
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_outbound_to_template')
        batch_op.drop_column('soft_bounces')
    with op.batch_alter_table('contact_addresses', schema=None) as batch_op:
        batch_op.drop_column('bounce_detail')
        batch_op.drop_column('bounced_at')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_column('result')
        batch_op.drop_column('reason')
        batch_op.drop_column('subject')
        batch_op.drop_column('sender')
