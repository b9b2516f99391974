"""The link pages read SQLite on the event loop only when the pool will not make them wait."""

from mailbot.inbound.web import _pool_has_room
from mailbot.store.db import make_engine


def test_room_until_the_last_connection_is_out(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'pool.db'}", pool_size=1, max_overflow=1)
    assert _pool_has_room(engine)
    first = engine.connect()
    assert _pool_has_room(engine)  # one overflow connection may still be opened
    second = engine.connect()
    assert not _pool_has_room(engine)
    second.close()
    assert _pool_has_room(engine)  # back in the pool, idle
    first.close()
    engine.dispose()


def test_a_pool_without_limits_always_has_room():
    assert _pool_has_room(make_engine("sqlite://"))
