"""Link opens are buffered and written in batches: due by count or by time, never lost on
flush, and a failing write is logged, not raised into the page."""

import logging
from datetime import UTC, datetime

from sqlalchemy import create_engine, func, select

from mailbot.store import models as m
from mailbot.store.open_log import OpenLog


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def row(lead_id: int = 1) -> dict:
    return {"at": datetime(2026, 11, 23, tzinfo=UTC), "action": "accept", "lead_id": lead_id,
            "contact_id": None, "method": "GET", "user_agent": "ua", "remote": "127.0.0.1",
            "scanner": False, "reason": ""}


def test_flush_is_due_by_count_or_time_and_writes_all(app):
    clock = Clock()
    log = OpenLog(app.engine, max_rows=3, interval=1.0, clock=clock)
    lead_id = _a_lead(app)
    assert [log.add(row(lead_id)) for _ in range(3)] == [False, False, True]
    assert log.flush() == 3 and len(log) == 0
    assert log.add(row(lead_id)) is False
    clock.now = 1.5
    assert log.add(row(lead_id)) is True
    assert log.flush() == 2 and log.flush() == 0
    with app.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.LinkOpen)) == 5


def test_a_due_flush_is_announced_once_until_it_runs(app):
    # Under load many opens arrive between "flush due" and the flush running off the loop;
    # each must not start a flush of its own (dozens of one-row transactions).
    log = OpenLog(app.engine, max_rows=3, interval=1.0, clock=Clock())
    lead_id = _a_lead(app)
    assert [log.add(row(lead_id)) for _ in range(6)] == [False, False, True, False, False, False]
    assert log.flush() == 6
    assert [log.add(row(lead_id)) for _ in range(3)] == [False, False, True]


def test_every_value_is_written_as_given(app):
    """PostgreSQL takes the batch by COPY, SQLite by INSERT: the rows read back the same,
    odd user agents included."""
    lead_id = _a_lead(app)
    with app.sessions() as s:
        contact = s.scalar(select(func.min(m.Contact.id)))
    log = OpenLog(app.engine)
    odd = {**row(lead_id), "at": datetime(2026, 11, 23, 10, 30, 5, 123456, tzinfo=UTC),
           "contact_id": contact, "method": "HEAD", "scanner": True, "reason": "HEAD request",
           "user_agent": "Mozilla\t\\N 'quoted' \"x\"\nNULL ä", "remote": "::1"}
    log.add(row(lead_id))
    log.add(odd)
    assert log.flush() == 2
    with app.sessions() as s:
        got = s.scalars(select(m.LinkOpen).order_by(m.LinkOpen.id)).all()
    columns = ("at", "action", "lead_id", "contact_id", "method", "user_agent", "remote",
               "scanner", "reason")
    assert [{c: getattr(o, c) for c in columns} for o in got] == [row(lead_id), odd]


def test_a_failed_write_is_logged_not_raised(caplog):
    engine = create_engine("sqlite://")  # no tables: the insert fails
    log = OpenLog(engine)
    log.add(row())
    with caplog.at_level(logging.ERROR):
        assert log.flush() == 0
    assert "link opens: 1 not recorded" in caplog.text


def _a_lead(app) -> int:
    from tests.integration.helpers import add_lead
    return add_lead(app, datetime(2026, 11, 23, 8, 0, tzinfo=UTC)).lead_id
