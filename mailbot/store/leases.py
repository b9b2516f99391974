"""Claiming rows of a queue (the email outbox, the webhook deliveries) under a lease.

A queue model has ``id``, ``status`` (pending → sending → …), ``due_at``, ``claim`` and
``lease_until``. A claim is written with ``UPDATE … WHERE status = 'pending'`` after
``SELECT … FOR UPDATE SKIP LOCKED``: two workers (processes, or instances on one
PostgreSQL) never claim the same row; on SQLite the write lock serialises the claim. A
row whose lease ran out (its worker died) is put back to pending by ``reclaim_expired``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from mailbot.store.db import unit_of_work


def claim_due(factory: sessionmaker[Session], model, now: datetime, size: int,
              lease: timedelta, *where) -> tuple[str, list[int]]:
    """Claim up to ``size`` pending rows due at ``now`` (oldest first); return the claim
    token and the ids it holds, in due order."""
    claim = uuid.uuid4().hex
    with unit_of_work(factory) as session:
        ids = session.scalars(
            select(model.id).where(model.status == "pending", model.due_at <= now, *where)
            .order_by(model.due_at, model.id).limit(size)
            .with_for_update(skip_locked=True)).all()
        if not ids:
            return claim, []
        session.execute(update(model).where(model.id.in_(ids), model.status == "pending")
                        .values(status="sending", claim=claim, lease_until=now + lease)
                        .execution_options(synchronize_session=False))
        mine = session.scalars(select(model.id).where(model.claim == claim)
                               .order_by(model.due_at, model.id)).all()
    return claim, list(mine)


def release(factory: sessionmaker[Session], model, claim: str) -> None:
    """Give back what ``claim`` holds and has not finished (a graceful stop)."""
    with unit_of_work(factory) as session:
        session.execute(update(model).where(model.claim == claim, model.status == "sending")
                        .values(status="pending", claim=None, lease_until=None))


def reclaim_expired(factory: sessionmaker[Session], model, now: datetime,
                    log: Callable[[Session, object], None]) -> int:
    """Put rows whose lease ran out back to pending; ``log(session, row)`` records each."""
    with unit_of_work(factory) as session:
        rows = session.scalars(select(model).where(
            model.status == "sending", model.lease_until < now)
            .with_for_update(skip_locked=True)).all()
        for row in rows:
            row.status, row.claim, row.lease_until = "pending", None, None
            log(session, row)
    return len(rows)
