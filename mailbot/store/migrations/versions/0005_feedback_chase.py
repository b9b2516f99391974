"""feedback chase: when the scheduler next reminds a partner, and which step it is on

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 19:00:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('feedback_chase_at', mailbot.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column('feedback_chase_step', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.create_index('ix_leads_state_chase', ['state', 'feedback_chase_at'],
                              unique=False)
    # Leads already being worked on are chased from their current deadline on.
    op.execute("UPDATE leads SET feedback_chase_at = feedback_due_at "
               "WHERE feedback_due_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_state_chase')
        batch_op.drop_column('feedback_chase_step')
        batch_op.drop_column('feedback_chase_at')
