"""Engines, sessions and migrations for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, **kwargs) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"timeout": 30, **kwargs.pop("connect_args", {})}
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class MailbotSession(Session):
    """A session whose explicit transactions (``unit_of_work``, ``sessions.begin()``) take
    SQLite's write lock when they begin (``BEGIN IMMEDIATE``). SQLite has no row locks, so
    ``FOR UPDATE`` is a no-op there and a read-modify-write handler could interleave with
    another and lose its update; this serialises writers as row locks do on PostgreSQL.
    Sessions that only read are not begun explicitly and keep WAL's concurrent reads."""

    def begin(self, nested: bool = False):
        transaction = super().begin(nested)
        if not nested and self.get_bind().dialect.name == "sqlite":
            # pysqlite opens a transaction only before a write; an explicit BEGIN here
            # makes it take the lock now (waiting up to the busy timeout for it).
            self.connection().exec_driver_sql("BEGIN IMMEDIATE")
        return transaction


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, class_=MailbotSession, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any exception."""
    with factory() as session, session.begin():
        yield session


@contextmanager
def joined(factory: sessionmaker[Session], session: Session | None) -> Iterator[Session]:
    """The caller's transaction when there is one, else a new unit of work: an inbound
    email's effects commit together with the record that it was processed."""
    if session is not None:
        yield session
    else:
        with unit_of_work(factory) as own:
            yield own


def insert_or_ignore(session: Session, model, **values) -> None:
    """INSERT one row unless it collides with a unique key (ON CONFLICT DO NOTHING): a
    concurrent duplicate does not fail, and roll back, the transaction it is part of."""
    dialect = session.get_bind().dialect.name
    session.execute(_insert_or_ignore(dialect, model.__table__), values)


@functools.cache
def _insert_or_ignore(dialect: str, table):
    # One statement per table, values bound at execution: SQLAlchemy's compiled cache
    # serves it, where .values(...) built anew would be compiled again each time.
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(table).on_conflict_do_nothing()


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    command.upgrade(alembic_config(engine), "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(engine: Engine) -> bool:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    return current_revision(engine) == head
