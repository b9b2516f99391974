"""digest schedule: when each manager's next digest and each opted-in contact's open-lead
summary is due; indexes for one period's closes, feedback, ratings and offers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 22:00:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None
INDEXES = (('leads', 'closed_at'), ('leads', 'last_feedback_at'), ('leads', 'rated_at'),
           ('offers', 'created_at'), ('offers', 'decided_at'))


def upgrade() -> None:
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_due_at', mailbot.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.create_index('ix_managers_digest_due_at', ['digest_due_at'], unique=False)
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summary_due_at', mailbot.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.create_index('ix_contacts_summary_due_at', ['summary_due_at'], unique=False)
    for table, column in INDEXES:
        op.create_index(f'ix_{table}_{column}', table, [column])


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(f'ix_{table}_{column}', table_name=table)
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_summary_due_at')
        batch_op.drop_column('summary_due_at')
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.drop_index('ix_managers_digest_due_at')
        batch_op.drop_column('digest_due_at')
