"""SQLite has no row locks: ``FOR UPDATE`` is a no-op there, so two read-modify-write
handlers could both read the old row and both write (a lost update). A transaction begun
on purpose (a unit of work, ``sessions.begin()``) therefore takes SQLite's write lock when
it begins, serialising writers the way ``FOR UPDATE`` does on PostgreSQL, while plain
reads keep WAL's concurrency."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from mailbot.store import models as m
from mailbot.store.db import make_engine, session_factory, unit_of_work, upgrade


@pytest.fixture
def engines(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    engine = make_engine(url)
    upgrade(engine)
    # a second process's view that gives up at once instead of waiting for the lock
    impatient = make_engine(url, connect_args={"timeout": 0})
    yield session_factory(engine), session_factory(impatient)
    engine.dispose()
    impatient.dispose()


def test_a_unit_of_work_holds_the_write_lock_from_its_start(engines):
    sessions, other = engines
    with unit_of_work(sessions) as session:
        session.scalars(select(m.Lead)).all()  # has only read so far
        with pytest.raises(OperationalError, match="locked"), unit_of_work(other) as second:
            second.scalars(select(m.Lead)).all()
        with pytest.raises(OperationalError, match="locked"), other.begin() as second:
            second.scalars(select(m.Lead)).all()
    with unit_of_work(other) as second:  # released at commit
        second.scalars(select(m.Lead)).all()


def test_plain_reads_do_not_wait_for_a_writer(engines):
    sessions, other = engines
    with unit_of_work(sessions) as session:
        session.scalars(select(m.Lead)).all()
        with other() as reader:
            assert reader.scalars(select(m.Lead)).all() == []


def test_a_failed_unit_of_work_releases_the_lock(engines):
    sessions, other = engines
    with pytest.raises(RuntimeError), unit_of_work(sessions):
        raise RuntimeError("handler failed")
    with unit_of_work(other) as second:
        second.scalars(select(m.Lead)).all()
