"""own deals: deals partners found themselves (reverse-deal control); won/lost counters on
partners and indexes that keep a tick O(due) on a long history

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
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.add_column(sa.Column('won_leads', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('lost_leads', sa.Integer(), server_default='0',
                                      nullable=False))
    for column, state in (('won_leads', 'won'), ('lost_leads', 'lost')):
        op.execute(f"UPDATE partners SET {column} = (SELECT count(*) FROM leads WHERE "
                   f"leads.partner_id = partners.id AND leads.state = '{state}')")
    op.create_index('ix_leads_state_partner', 'leads', ['state', 'partner_id'])
    op.create_index('ix_leads_accepted_partner', 'leads', ['accepted_at', 'partner_id'])
    op.create_index('ix_outbound_contact_template', 'outbound_messages',
                    ['contact_id', 'template', 'created_at'])


def downgrade() -> None:
    op.drop_index('ix_outbound_contact_template', table_name='outbound_messages')
    op.drop_index('ix_leads_accepted_partner', table_name='leads')
    op.drop_index('ix_leads_state_partner', table_name='leads')
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_column('lost_leads')
        batch_op.drop_column('won_leads')
    op.drop_index('ix_own_deals_partner_at', table_name='own_deals')
    op.drop_table('own_deals')
