"""Several instances on one PostgreSQL: a change committed by one empties the link-page
caches of the others at once (LISTEN/NOTIFY), so pages may be kept longer while the
notices are heard, and go back to the short lifetime when they are not."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text, update

from mailbot.app import App, build_app, load_config
from mailbot.inbound.page_cache import ChangeListener, channel_of, listen_for_changes
from mailbot.store import models as m
from mailbot.store.db import make_engine, unit_of_work

pytestmark = pytest.mark.postgres
WAIT = 10  # seconds at most for a notice; normally milliseconds


@pytest.fixture
def instances(config_dir, pg_engine_factory):
    """Two instances (own sessions, page cache and instance id) on one schema."""
    engine = pg_engine_factory(pool_size=5)
    first = build_app(load_config(config_dir, environ={}), engine=engine)
    second = build_app(load_config(config_dir, environ={}), engine=engine, migrate=False,
                       sync=False)
    listeners: list[ChangeListener] = []
    yield first, second, listeners
    for listener in listeners:
        listener.stop()


def listening(app: App, listeners: list) -> ChangeListener:
    listener = listen_for_changes(app)
    assert listener is not None
    listeners.append(listener)
    assert listener.listening.wait(WAIT)
    return listener


def clears(app: App) -> list[threading.Event]:
    """One event per clear of ``app``'s page cache, in order."""
    events: list[threading.Event] = []
    original = app.pages.clear

    def clear() -> None:
        original()
        events.append(threading.Event())
        events[-1].set()
    app.pages.clear = clear
    return events


def pause(app: App, until: datetime | None) -> None:
    with unit_of_work(app.sessions) as session:
        session.execute(update(m.Contact).where(m.Contact.key == "aino@fi-gold.example")
                        .values(paused_until=until))


def wait_for(events: list, count: int) -> None:
    for _ in range(WAIT * 100):
        if len(events) >= count:
            return
        threading.Event().wait(0.01)  # a notice is awaited, not time
    raise AssertionError(f"{len(events)} clears, expected {count}")


def test_another_instances_change_empties_the_cache(instances):
    first, second, listeners = instances
    listening(second, listeners)
    assert second.pages.ttl == 30.0 and second.pages.base_ttl == 2.0
    seen = clears(second)
    pause(first, datetime.now(UTC) + timedelta(days=1))
    wait_for(seen, 1)


def test_an_instance_ignores_its_own_notice_and_a_rollback_sends_none(instances):
    first, second, listeners = instances
    listening(first, listeners)
    listening(second, listeners)
    mine, theirs = clears(first), clears(second)
    pause(first, datetime.now(UTC) + timedelta(days=1))  # first: its own clear only
    wait_for(theirs, 1)
    with first.sessions() as session:  # changed, then rolled back: no notice
        session.execute(update(m.Contact).values(paused_until=None))
        session.rollback()
    pause(second, None)  # a marker: when first hears it, it has read what came before
    wait_for(mine, 2)
    assert len(mine) == 2  # its own commit, and second's; not its own notice
    assert len(theirs) == 2  # first's commit (heard), its own commit; nothing for the rollback


def test_a_lost_connection_goes_back_to_the_short_lifetime_and_recovers(instances):
    first, second, listeners = instances
    listener = listening(second, listeners)
    seen = clears(second)
    with first.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.pid})
    wait_for(seen, 1)  # emptied: notices may have been missed
    for _ in range(WAIT * 100):
        if listener.listening.is_set() and len(seen) >= 2:
            break
        threading.Event().wait(0.01)
    assert listener.listening.is_set() and second.pages.ttl == 30.0  # back, and emptied again
    pause(first, datetime.now(UTC) + timedelta(days=1))
    wait_for(seen, 3)


def test_sqlite_has_no_notices(config_dir, tmp_path):
    app = build_app(load_config(config_dir, environ={}),
                    engine=make_engine(f"sqlite:///{tmp_path / 'one.db'}"))
    assert channel_of(app.engine) is None and listen_for_changes(app) is None
    assert app.pages.ttl == 2.0
