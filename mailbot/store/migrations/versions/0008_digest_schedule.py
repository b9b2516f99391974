"""digest schedule: when each manager's next digest is due

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


def upgrade() -> None:
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_due_at', mailbot.store.models.UTCDateTime(),
                                      nullable=True))
        batch_op.create_index('ix_managers_digest_due_at', ['digest_due_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.drop_index('ix_managers_digest_due_at')
        batch_op.drop_column('digest_due_at')
