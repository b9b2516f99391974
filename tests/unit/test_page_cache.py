"""The link-page cache: short-lived, bounded, never outliving the token or a change."""

from datetime import UTC, datetime, timedelta

from mailbot.inbound.page_cache import CachedPage, PageCache
from mailbot.outbound.links import LinkClaims

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def claims(issued=NOW) -> LinkClaims:
    return LinkClaims("accept", 1, 2, "nonce", issued)


def page(cache: PageCache, body=b"<h1>L-1</h1>", issued=NOW, valid_for=3600.0) -> CachedPage:
    return CachedPage(claims(issued), 200, body, True, cache.lifetime(claims(issued), valid_for,
                                                                       NOW))


def test_a_page_is_kept_for_the_ttl_only():
    clock = Clock()
    cache = PageCache(2.0, jitter=0, clock=clock)
    assert cache.get("accept", "tok") is None
    cache.put("accept", "tok", cache.generation, page(cache))
    assert cache.get("accept", "tok").body == b"<h1>L-1</h1>"
    assert cache.get("decline", "tok") is None  # the action is part of the key
    clock.now += 1.9
    assert cache.get("accept", "tok") is not None
    clock.now += 0.2
    assert cache.get("accept", "tok") is None


def test_a_page_never_outlives_its_token():
    clock = Clock()
    cache = PageCache(2.0, jitter=0, clock=clock)
    # signed 3599.5 s ago, valid for an hour: half a second left
    cache.put("accept", "tok", cache.generation,
              page(cache, issued=NOW - timedelta(seconds=3599.5)))
    clock.now += 0.4
    assert cache.get("accept", "tok") is not None
    clock.now += 0.2
    assert cache.get("accept", "tok") is None
    cache.put("accept", "old", cache.generation,  # already expired: kept for no time at all
              page(cache, issued=NOW - timedelta(days=1)))
    assert cache.get("accept", "old") is None


def test_a_page_read_before_a_change_is_not_kept_after_it():
    cache = PageCache(2.0, clock=Clock())
    cache.put("accept", "a", cache.generation, page(cache))
    generation = cache.generation  # a GET starts reading...
    cache.clear()  # ...a POST commits meanwhile
    assert cache.get("accept", "a") is None
    cache.put("accept", "b", generation, page(cache))  # ...the GET's page is now stale
    assert cache.get("accept", "b") is None
    cache.put("accept", "b", cache.generation, page(cache))
    assert cache.get("accept", "b") is not None


def test_off_and_bounded():
    off = PageCache(0, clock=Clock())
    off.put("accept", "tok", off.generation, page(off))
    assert off.get("accept", "tok") is None
    clock = Clock()
    small = PageCache(2.0, max_pages=3, jitter=0, clock=clock)
    for token in "abcd":
        small.put("accept", token, small.generation, page(small))
    assert small.get("accept", "a") is None  # the oldest made room
    assert all(small.get("accept", t) for t in "bcd")
    clock.now += 1.0
    small.put("accept", "e", small.generation, page(small))
    clock.now += 1.5  # b, c, d are over; e is not
    small.put("accept", "f", small.generation, page(small))
    small.put("accept", "g", small.generation, page(small))
    assert len(small._pages) == 3 and all(small.get("accept", t) for t in "efg")


def test_pages_opened_together_do_not_expire_together():
    cache = PageCache(2.0, clock=Clock())
    ends = {cache.lifetime(claims(), 3600, NOW) for _ in range(50)}
    assert len(ends) > 40 and min(ends) >= 1000 + 1.5 and max(ends) <= 1000 + 2.0


def test_a_page_never_outlives_its_offers_deadline():
    clock = Clock()
    cache = PageCache(30.0, jitter=0, clock=clock)
    end = cache.lifetime(claims(), 3600, NOW, deadline=NOW + timedelta(seconds=5))
    assert end == 1000 + 5  # the offer runs out before the page would
    assert cache.lifetime(claims(), 3600, NOW, deadline=NOW - timedelta(seconds=1)) == 1000
    assert cache.lifetime(claims(), 3600, NOW, deadline=None) == 1000 + 30


def test_a_write_that_shows_on_no_page_keeps_the_cache(tmp_path):
    from sqlalchemy import update

    from mailbot.inbound.page_cache import unaffected
    from mailbot.store import models as m
    from mailbot.store.db import make_engine, session_factory, unit_of_work

    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    m.Base.metadata.create_all(engine)
    sessions = session_factory(engine)
    cache = PageCache(2.0, clock=Clock())
    cache.watch(sessions)
    cache.put("accept", "tok", cache.generation, page(cache))
    with unit_of_work(sessions) as session:  # an inbound mail stored raw, say
        unaffected(session)
        session.execute(update(m.Partner).values(language="fi"))
    assert cache.get("accept", "tok") is not None
    with unit_of_work(sessions) as session:
        session.execute(update(m.Partner).values(language="fi"))
    assert cache.get("accept", "tok") is None
    engine.dispose()
