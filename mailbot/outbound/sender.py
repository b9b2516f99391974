"""Drain the outbox: the only place that sends mail.

Claiming (``store/leases.py``) uses a unique claim token and a lease, written with
``UPDATE … WHERE status = 'pending'``: two senders (processes or instances on one
PostgreSQL) never claim the same row, on SQLite the write lock serialises the claim.
Each message is marked sent in its own short transaction right after the server
accepted it. A sender killed between the server's "250 OK" and that commit leaves
the row claimed; after the lease it is sent again with the same Message-ID (delivery
is at-least-once there, exactly-once everywhere else). Every send, retry, skip and
failure is written to ``delivery_log`` with its reason.
"""

from __future__ import annotations

import logging
import socket
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from jinja2 import TemplateError
from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from mailbot import logs, metrics
from mailbot.app import App
from mailbot.outbound import context as mail_context
from mailbot.outbound.compose import Envelope, compose
from mailbot.outbound.emails import EMAILS
from mailbot.outbound.transport import PermanentError, TransientError, Transport
from mailbot.store import leases
from mailbot.store import models as m
from mailbot.store.db import unit_of_work

log = logging.getLogger(__name__)
# Built once: the per-message confirmation is the sender's hot path, and building a
# statement costs more than executing it (SQLAlchemy then reuses the compiled form).
_OM = m.OutboundMessage
_FINISH = (update(_OM).where(_OM.id == bindparam("oid"), _OM.claim == bindparam("claim_"))
           .values(status=bindparam("status_"), claim=None, lease_until=None,
                   last_error=bindparam("detail"), attempts=_OM.attempts + bindparam("tried"),
                   sent_at=func.coalesce(bindparam("sent", type_=m.UTCDateTime), _OM.sent_at)))
_LOG = insert(m.DeliveryLog)
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15),
           timedelta(hours=1), timedelta(hours=4))


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    reclaimed: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"sent {self.sent}, retried {self.retried}, failed {self.failed}, "
                f"skipped {self.skipped}, reclaimed {self.reclaimed}")


@dataclass
class Batch:
    """The claimed rows with everything their emails need, fetched in a few queries."""

    rows: list[m.OutboundMessage]
    related: list  # keeps prefetched objects alive in the session's (weak) identity map
    undeliverable: set[str]

    @classmethod
    def load(cls, session: Session, ids: list[int]) -> Batch:
        rows = session.scalars(select(m.OutboundMessage).where(m.OutboundMessage.id.in_(ids))
                               .order_by(m.OutboundMessage.due_at, m.OutboundMessage.id)).all()
        leads = _fetch(session, m.Lead, {r.lead_id for r in rows})
        contact_ids = {r.contact_id for r in rows} | {x.contact_id for x in leads}
        contacts = _fetch(session, m.Contact, contact_ids)
        partner_ids = {c.partner_id for c in contacts} | {x.partner_id for x in leads}
        partners = session.scalars(select(m.Partner).options(selectinload(m.Partner.organisation))
                                   .where(m.Partner.id.in_(partner_ids - {None}))).all()
        offers = _fetch(session, m.Offer, {r.offer_id for r in rows})
        managers = _fetch(session, m.Manager, {r.manager_id for r in rows})
        addresses = {r.to_addr.lower() for r in rows}
        undeliverable = set(session.scalars(select(m.ContactAddress.email).where(
            m.ContactAddress.email.in_(addresses), m.ContactAddress.undeliverable)).all())
        return cls(list(rows), [leads, contacts, partners, offers, managers], undeliverable)


def _fetch(session: Session, model, ids: set) -> list:
    ids = {i for i in ids if i is not None}
    return list(session.scalars(select(model).where(model.id.in_(ids))).all()) if ids else []


class Sender:
    def __init__(self, app: App, transport: Transport, worker: str | None = None) -> None:
        self.app = app
        self.transport = transport
        self.worker = worker or f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}"
        self.stopping = False  # set by a signal handler: finish the current mail, then stop
        self.templates: dict[int, str] = {}  # the batch's templates, for metrics

    def drain(self, now: datetime, limit: int | None = None,
              clock: Callable[[], datetime] | None = None) -> DrainReport:
        """Send everything due at ``now`` (up to ``limit`` messages). With a ``clock``
        each batch is claimed at a fresh ``clock()``: a backlog that takes longer than
        the lease would otherwise be claimed with leases already run out, and another
        instance would reclaim and send it a second time."""
        report = DrainReport()
        report.reclaimed = self.reclaim_expired(now)
        while not self.stopping and (limit is None or report.sent < limit):
            batch = self.app.settings.file.outbox.batch_size
            if limit is not None:
                batch = min(batch, limit - report.sent)
            at = clock() if clock is not None else now
            claim, ids = self.claim(at, batch)
            if not ids:
                break
            self._send_batch(claim, ids, at, report)
        return report

    def _send_batch(self, claim: str, ids: list[int], now: datetime,
                    report: DrainReport) -> None:
        """Prepare emails on a worker thread while this thread waits on the SMTP server.

        The worker alone uses the batch's read session (prefetched rows serve every
        context); this thread sends and records each outcome on its own connection.
        """
        with self.app.sessions() as session, ThreadPoolExecutor(max_workers=1) as pool:
            batch = Batch.load(session, ids)
            prepared = [(row.id, row.to_addr, pool.submit(self._prepare, session, batch, row,
                                                         now)) for row in batch.rows]
            self.templates = {row.id: row.template for row in batch.rows}
            for outbound_id, to_addr, future in prepared:
                if self.stopping:
                    for _, _, pending in prepared:
                        pending.cancel()
                    self.release(claim)
                    return
                self._deliver(outbound_id, to_addr, future.result(), claim, now, report)

    def claim(self, now: datetime, batch: int) -> tuple[str, list[int]]:
        return leases.claim_due(self.app.sessions, m.OutboundMessage, now, batch,
                                self.app.settings.file.outbox.lease)

    def release(self, claim: str) -> None:
        """Give back what this sender claimed but did not send (graceful stop)."""
        leases.release(self.app.sessions, m.OutboundMessage, claim)

    def reclaim_expired(self, now: datetime) -> int:
        return leases.reclaim_expired(
            self.app.sessions, m.OutboundMessage, now, lambda session, row: self._log(
                session, row, now, "reclaimed",
                "lease expired before the send was confirmed; sending again"))

    def _prepare(self, session: Session, batch: Batch, row: m.OutboundMessage,
                 now: datetime) -> Envelope | str:
        """The envelope to send, or why not to send it (a string starting with the status)."""
        with logs.about(lead=row.lead_id, message_id=row.message_id):
            return self._prepare_one(session, batch, row, now)

    def _prepare_one(self, session: Session, batch: Batch, row: m.OutboundMessage,
                     now: datetime) -> Envelope | str:
        if row.to_addr.lower() in batch.undeliverable:
            return f"skipped:{row.to_addr} is marked undeliverable (bounced)"
        try:
            return self._envelope(session, row, now)
        except (TemplateError, KeyError, ValueError) as exc:
            # A template or data problem will not fix itself: fail loudly, keep the row.
            log.error("outbox %s (%s): cannot render: %r", row.id, row.template, exc)
            return f"failed:render: {exc!r}"

    def _deliver(self, outbound_id: int, to_addr: str, prepared: Envelope | str, claim: str,
                 now: datetime, report: DrainReport) -> None:
        if isinstance(prepared, str):
            status, _, detail = prepared.partition(":")
            self._finish(outbound_id, claim, now, status, detail, report)
            return
        try:
            self.transport.send(prepared)
        except PermanentError as exc:
            self._finish(outbound_id, claim, now, "failed", str(exc), report)
        except TransientError as exc:
            self._retry(outbound_id, claim, now, str(exc), report)
        else:
            self._finish(outbound_id, claim, now, "sent", "", report)

    def _envelope(self, session: Session, row: m.OutboundMessage, now: datetime):
        settings = self.app.settings.file
        built = mail_context.build(session, row, self.app.signer, settings.sender.name,
                                   settings.mailbot.timezone, now)
        rendered = self.app.renderer.render_email(row.template, row.language, built.context,
                                                  tz=built.timezone)
        return compose(identity=self.app.identity, kind=EMAILS[row.template],
                       rendered=rendered, to_addr=row.to_addr, to_name=built.to_name,
                       message_id=row.message_id, now=now, reply_key=built.reply_key,
                       verp_key=self.app.signer.verp_key(row.id),
                       unsubscribe_url=built.unsubscribe_url,
                       attachments=list(built.attachments))

    def _finish(self, outbound_id: int, claim: str, now: datetime, status: str, detail: str,
                report: DrainReport) -> None:
        """Record the outcome in one short transaction, only if the claim is still ours."""
        with self.app.engine.begin() as conn:
            done = conn.execute(_FINISH, {
                "oid": outbound_id, "claim_": claim, "status_": status, "detail": detail,
                "tried": 1 if status in ("sent", "failed") else 0,
                "sent": now if status == "sent" else None}).rowcount
            if done != 1:  # our lease expired and another sender took over
                return
            conn.execute(_LOG, {"outbound_id": outbound_id, "at": now, "event": status,
                                "detail": detail, "worker": self.worker})
        setattr(report, status, getattr(report, status) + 1)
        if status == "sent":
            metrics.sent(self.templates.get(outbound_id, ""))
        elif status == "failed":
            metrics.SEND_FAILURES.labels("gave_up").inc()
        if detail and status == "failed":
            report.errors.append(f"#{outbound_id}: {detail}")

    def _retry(self, outbound_id: int, claim: str, now: datetime, detail: str,
               report: DrainReport) -> None:
        with unit_of_work(self.app.sessions) as session:
            row = session.get(m.OutboundMessage, outbound_id, with_for_update=True)
            if row.claim != claim:
                return
            metrics.SEND_FAILURES.labels("transient").inc()
            row.attempts += 1
            row.claim, row.lease_until, row.last_error = None, None, detail
            if row.attempts >= self.app.settings.file.outbox.max_attempts:
                row.status = "failed"
                self._log(session, row, now, "failed", f"gave up after {row.attempts}: {detail}")
                report.failed += 1
                return
            row.status = "pending"
            row.due_at = now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1]
            self._log(session, row, now, "retry", f"{detail}; next try {row.due_at:%H:%M}")
        report.retried += 1

    def _log(self, session: Session, row: m.OutboundMessage, now: datetime, event: str,
             detail: str) -> None:
        session.add(m.DeliveryLog(outbound_id=row.id, at=now, event=event, detail=detail,
                                  worker=self.worker))
