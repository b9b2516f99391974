"""unsubscribe: when a manager left the digest or a contact the weekly summary (one click
in the email); directory reloads keep that choice

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 00:10:00
"""
from alembic import op
import sqlalchemy as sa
import mailbot.store.models  # noqa: F401  (types such as UTCDateTime)


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None
UTC = mailbot.store.models.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_unsubscribed_at', UTC(), nullable=True))
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summary_unsubscribed_at', UTC(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_column('summary_unsubscribed_at')
    with op.batch_alter_table('managers', schema=None) as batch_op:
        batch_op.drop_column('digest_unsubscribed_at')
