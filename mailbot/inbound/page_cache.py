"""Link pages kept for a moment: the scanner burst.

An offer email's links are fetched by the recipient's mail security scanners (Safe Links,
Proofpoint, Mimecast… often several within seconds of delivery, and again on each click),
then by the person. The GET page of a link only shows; the POST decides, against the
database, atomically. So the rendered GET page of a verified token is kept for a couple of
seconds (``[web].page_cache_seconds``): repeated opens cost neither the signature check nor
the database read nor the rendering. Every open is still recorded.

Staleness is bounded and harmless: a change committed by this process (a link POST, a reply,
the scheduler) empties the cache at once; a change made by another instance shows on the
page at most ``ttl`` seconds late, and the page's button still POSTs to a check against the
database. A page never outlives its token's expiry.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from mailbot.outbound.links import LinkClaims

_CHANGED = "mailbot.page_cache.changed"


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
        self.ttl, self.max_pages, self.clock = ttl, max_pages, clock
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

    def lifetime(self, claims: LinkClaims, valid_for_seconds: float, now: datetime) -> float:
        """The monotonic instant a page of ``claims`` must be gone: at most ``ttl`` from
        now, and no later than the token's expiry."""
        left = valid_for_seconds - (now - claims.issued_at).total_seconds()
        keep = self.ttl * (1 - self.jitter * random.random())
        return self.clock() + max(0.0, min(keep, left))

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._pages = {}

    def watch(self, sessions: sessionmaker[Session]) -> None:
        """Empty the cache whenever a session of ``sessions`` commits a change."""
        def changed(session: Session, *_args) -> None:
            session.info[_CHANGED] = True

        def dml(state) -> None:
            if state.is_insert or state.is_update or state.is_delete:
                changed(state.session)

        def committed(session: Session) -> None:
            if session.info.pop(_CHANGED, False):
                self.clear()

        def rolled_back(session: Session, *_args) -> None:
            session.info.pop(_CHANGED, None)

        event.listen(sessions, "after_flush", changed)
        event.listen(sessions, "do_orm_execute", dml)
        event.listen(sessions, "after_commit", committed)
        event.listen(sessions, "after_rollback", rolled_back)
