"""Link pages kept for a moment: the scanner burst.

An offer email's links are fetched by the recipient's mail security scanners (Safe Links,
Proofpoint, Mimecast… often several within seconds of delivery, and again on each click),
then by the person. The GET page of a link only shows; the POST decides, against the
database, atomically. So the rendered GET page of a verified token is kept for a couple of
seconds (``[web].page_cache_seconds``): repeated opens cost neither the signature check nor
the database read nor the rendering. Every open is still recorded.

Staleness is bounded and harmless: a change committed by this process (a link POST, a reply,
the scheduler) empties the cache at once. On PostgreSQL every commit that changes something
also sends a NOTIFY (in its own transaction, so only a committed change is announced), and
each instance serving pages LISTENs (``ChangeListener``): another instance's change empties
the cache within milliseconds, so pages may be kept longer (``[web].page_cache_notified_seconds``).
Without that connection (SQLite, or while it is down) a change made by another process shows
at most ``[web].page_cache_seconds`` late. Either way the page's button POSTs to a check
against the database, and a page never outlives its token or its offer's deadline.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from mailbot.outbound.links import LinkClaims

if TYPE_CHECKING:
    from mailbot.app import App

log = logging.getLogger(__name__)
_CHANGED = "mailbot.page_cache.changed"
_UNAFFECTED = "mailbot.page_cache.unaffected"
_NOTIFY = text("SELECT pg_notify(:channel, :instance)")


@dataclass(frozen=True, slots=True)
class CachedPage:
    claims: LinkClaims
    status: int
    body: bytes
    #: opens of it are recorded (a page about a lead, not "link not recognised")
    counts: bool
    until: float  # on the monotonic clock


class PageCache:
    """Rendered GET pages by (action, token), at most ``max_pages`` (~6 KB each). Touched
    from the event loop; ``clear`` may come from any thread (it swaps the dict, so a reader
    never sees one half-emptied)."""

    def __init__(self, ttl: float, *, max_pages: int = 2_000, jitter: float = 0.25,
                 clock: Callable[[], float] = time.monotonic) -> None:
        #: how long pages are kept now: ``base_ttl``, or longer while a ``ChangeListener``
        #: hears every other instance's changes
        self.ttl = self.base_ttl = ttl
        #: where changes are announced (PostgreSQL; set by ``watch``)
        self.channel: str | None = None
        self.max_pages, self.clock = max_pages, clock
        #: this process, in the change notices it sends (its own it need not hear)
        self.instance = uuid.uuid4().hex
        #: pages live (1 - jitter..1) x ttl: pages of one email, opened together by a
        #: scanner, do not all expire in the same instant and hit the database at once
        self.jitter = jitter
        self._pages: dict[tuple[str, str], CachedPage] = {}
        #: bumped by every clear: a page read before a change must not be stored after it
        self.generation = 0
        self._lock = threading.Lock()

    def get(self, action: str, token: str) -> CachedPage | None:
        if not self.ttl:
            return None
        page = self._pages.get((action, token))
        if page is None or page.until <= self.clock():
            return None
        return page

    def put(self, action: str, token: str, generation: int, page: CachedPage) -> None:
        """Keep ``page`` unless something changed since ``generation`` was taken."""
        # taken before the check: a clear from another thread after it swaps this dict out
        pages = self._pages
        if not self.ttl or generation != self.generation:
            return
        # Dicts keep insertion order, and pages live about as long as each other: the
        # oldest are at the front. Expired ones go from there, and the oldest when full;
        # a few at a time, never a scan of the whole cache per page.
        now = self.clock()
        while pages:
            oldest = next(iter(pages))
            if len(pages) < self.max_pages and pages[oldest].until > now:
                break
            del pages[oldest]
        pages[(action, token)] = page

    def lifetime(self, claims: LinkClaims, valid_for_seconds: float, now: datetime,
                 deadline: datetime | None = None) -> float:
        """The monotonic instant a page of ``claims`` must be gone: at most ``ttl`` from
        now, no later than the token's expiry nor the offer's ``deadline`` (after it the
        page would show an offer that has run out)."""
        left = valid_for_seconds - (now - claims.issued_at).total_seconds()
        if deadline is not None:
            left = min(left, (deadline - now).total_seconds())
        keep = self.ttl * (1 - self.jitter * random.random())
        return self.clock() + max(0.0, min(keep, left))

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._pages = {}

    def watch(self, sessions: sessionmaker[Session], *, channel: str | None = None) -> None:
        """Empty the cache whenever a session of ``sessions`` commits a change; with a
        ``channel`` (PostgreSQL), announce the change to the other instances too."""
        flag = (_CHANGED, self.instance)  # its own: another cache may watch these sessions
        self.channel = channel  # a ChangeListener listens on the same one

        def changed(session: Session, *_args) -> None:
            if not session.info.get(_UNAFFECTED):
                session.info[flag] = True

        def dml(state) -> None:
            if state.is_insert or state.is_update or state.is_delete:
                changed(state.session)

        def announce(session: Session) -> None:
            # inside the transaction: PostgreSQL delivers the notice only if it commits
            session.flush()
            if session.info.get(flag):
                session.execute(_NOTIFY, {"channel": channel, "instance": self.instance})

        def committed(session: Session) -> None:
            if session.info.pop(flag, False):
                self.clear()

        def rolled_back(session: Session, *_args) -> None:
            session.info.pop(flag, None)

        event.listen(sessions, "after_flush", changed)
        event.listen(sessions, "do_orm_execute", dml)
        if channel is not None and self.base_ttl:
            event.listen(sessions, "before_commit", announce)
        event.listen(sessions, "after_commit", committed)
        event.listen(sessions, "after_rollback", rolled_back)


def unaffected(session: Session) -> None:
    """What ``session`` writes shows on no link page (an inbound mail stored raw): its commit
    neither empties the cache nor is announced."""
    session.info[_UNAFFECTED] = True


def channel_of(engine: Engine) -> str | None:
    """The NOTIFY channel of this deployment on PostgreSQL (None elsewhere). Channels are
    database-wide; the schema in the name keeps deployments in one database apart."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar() or "public"
    return ("mailbot_pages_" + re.sub(r"[^a-z0-9_]", "_", schema.lower()))[:63]


class ChangeListener(threading.Thread):
    """LISTENs for the change notices of the other instances and empties the cache on each.
    While it listens, pages are kept ``notified_ttl`` seconds; when the connection drops
    they go back to ``base_ttl`` (and the cache is emptied: notices may have been missed)
    until it is back (retried with backoff)."""

    def __init__(self, cache: PageCache, engine: Engine, channel: str, notified_ttl: float,
                 *, retry_seconds: float = 0.1) -> None:
        super().__init__(name="mailbot-page-notices", daemon=True)
        self.cache, self.engine, self.channel = cache, engine, channel
        self.notified_ttl, self.retry_seconds = notified_ttl, retry_seconds
        self.stopping = threading.Event()
        #: set while LISTEN is active (tests and the log wait on it)
        self.listening = threading.Event()
        self.pid: int | None = None  # the listening connection's server process

    def run(self) -> None:
        wait = self.retry_seconds
        while not self.stopping.is_set():
            try:
                self._listen()
                wait = self.retry_seconds
            except Exception as exc:  # noqa: BLE001 - any failure: back to the short ttl, retry
                log.warning("page cache: change notices lost (%s: %s); pages kept %ss until "
                            "they are back", type(exc).__name__, exc, self.cache.base_ttl)
            finally:
                self._deaf()
            self.stopping.wait(wait)
            wait = min(wait * 2, 30.0)

    def _listen(self) -> None:
        raw = self.engine.raw_connection()
        conn = raw.driver_connection
        raw.detach()  # its own connection, outside the pool: it lives as long as we listen
        try:
            conn.autocommit = True
            conn.execute(f'LISTEN "{self.channel}"')
            self.pid = conn.info.backend_pid
            self.cache.ttl = self.notified_ttl
            self.cache.clear()  # changes made while nobody listened
            self.listening.set()
            log.info("page cache: hearing other instances' changes (%s); pages kept %ss",
                     self.channel, self.notified_ttl)
            while not self.stopping.is_set():
                for notice in conn.notifies(timeout=0.25):
                    if notice.payload != self.cache.instance:
                        self.cache.clear()
        finally:
            raw.close()

    def _deaf(self) -> None:
        self.listening.clear()
        self.cache.ttl = self.cache.base_ttl
        self.cache.clear()

    def stop(self) -> None:
        self.stopping.set()
        self.join(5)


def listen_for_changes(app: App) -> ChangeListener | None:
    """Start the listener for a web server on PostgreSQL (None on SQLite, or with the page
    cache off): ``mailbot run`` and bench/links.py."""
    web = app.settings.file.web
    channel = app.pages.channel  # found when the cache started watching the sessions
    if channel is None or not web.page_cache_seconds or not web.page_cache_notified_seconds:
        return None
    listener = ChangeListener(app.pages, app.engine, channel, web.page_cache_notified_seconds)
    listener.start()
    return listener
