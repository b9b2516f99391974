"""Alembic environment: the engine is handed in by mailbot.store.db, never read from a file."""

from alembic import context

from mailbot.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True, compare_type=True)
    context.run_migrations()
