"""Post the webhook outbox: signed JSON, retried with backoff, every attempt logged.

Claiming is the email sender's (``store/leases.py``): a unique claim and a
lease, written with ``UPDATE … WHERE status = 'pending'`` after ``FOR UPDATE SKIP
LOCKED``, so any number of instances may run this. A delivery is marked delivered in
its own transaction right after the receiver's 2xx. A sender killed between the 2xx and
that commit posts it again after the lease with the same event id: delivery is
at-least-once there, and receivers deduplicate on ``X-Mailbot-Event-Id``.

Signature (docs/webhooks.md): ``X-Mailbot-Signature: t=<unix seconds>,v1=<hex>`` where
hex = HMAC-SHA256(secret, "<t>." + body); during a secret rotation one ``v1`` per secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import insert, update

from mailbot import logs, metrics
from mailbot.app import App
from mailbot.metrics import unconfigured_webhooks
from mailbot.store import leases
from mailbot.store import models as m
from mailbot.store.db import unit_of_work

log = logging.getLogger(__name__)
_WD = m.WebhookDelivery
BACKOFF = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10),
           timedelta(minutes=30), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4),
           timedelta(hours=8), timedelta(hours=12), timedelta(hours=24))
LEASE = timedelta(minutes=5)
USER_AGENT = "Mailbot-Webhooks/1"


@dataclass
class WebhookReport:
    delivered: int = 0
    retried: int = 0
    failed: int = 0
    reclaimed: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"delivered {self.delivered}, retried {self.retried}, failed {self.failed}, "
                f"reclaimed {self.reclaimed}")


@dataclass(frozen=True)
class Answer:
    status: int | None
    detail: str
    ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def sign(secrets: tuple[str, ...], body: bytes, at: int) -> str:
    """The signature header value for ``body`` sent at unix time ``at``."""
    signed = f"{at}.".encode() + body
    return ",".join([f"t={at}"] + [
        "v1=" + hmac.new(s.encode(), signed, hashlib.sha256).hexdigest() for s in secrets])


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, not a place to go: urllib would follow a 301/302/303 as a
    GET without the body and a 2xx to that GET would count as delivered."""

    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> Answer:
    """POST once; any failure is an Answer, never an exception."""
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    started = time.perf_counter()
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            response.read(4096)
            status, detail = response.status, ""
    except urllib.error.HTTPError as exc:
        status, detail = exc.code, f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        status, detail = None, f"{type(exc).__name__}: {reason}"
    return Answer(status, detail, int((time.perf_counter() - started) * 1000))


class WebhookSender:
    def __init__(self, app: App, worker: str | None = None, poster=post) -> None:
        self.app = app
        self.hooks = {h.name: h for h in app.settings.file.webhooks}
        self.secrets = app.settings.secrets.webhook_secrets
        self.worker = worker or f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}"
        self.post = poster
        self.stopping = False  # set on shutdown: finish the current POST, then stop
        self.warned: set[str] = set()  # unconfigured webhooks already named in the log

    def drain(self, now: datetime, limit: int | None = None) -> WebhookReport:
        """Post everything due at ``now`` (up to ``limit`` deliveries)."""
        report = WebhookReport()
        if not self.hooks:
            return report
        report.reclaimed = self.reclaim_expired(now)
        self.warn_unconfigured()
        done = 0
        while not self.stopping and (limit is None or done < limit):
            size = 50 if limit is None else min(50, limit - done)
            claim, ids = self.claim(now, size)
            if not ids:
                break
            for delivery_id in ids:
                if self.stopping:
                    break
                self._deliver(delivery_id, claim, now, report)
                done += 1
            self.release(claim)  # what a stop left unposted goes back to the queue
        return report

    def drain_batches(self, clock, size: int = 50):
        """Drain a backlog batch by batch, each at a fresh ``clock()``: signature times,
        leases and retry times stay true however long the backlog takes."""
        while not self.stopping:
            report = self.drain(clock(), limit=size)
            yield report
            if report.delivered + report.retried + report.failed < size:
                return

    def warn_unconfigured(self) -> None:
        """Events queued for a webhook that has since been removed from the config wait
        for nobody: say so once, with what to do (they are kept: re-adding it sends them)."""
        with self.app.sessions() as session:
            waiting = unconfigured_webhooks(session, self.hooks)
        for name, count in waiting.items():
            if name not in self.warned:
                self.warned.add(name)
                log.warning("webhook %s is not configured but %d of its events wait: add it "
                            "back to send them, or run 'mailbot webhooks drop %s'",
                            name, count, name)

    def drop(self, name: str, now: datetime) -> int:
        """Give up the undelivered events of a webhook that is no longer configured."""
        if name in self.hooks:
            raise ValueError(f"webhook {name!r} is configured; remove it from mailbot.toml "
                             "before dropping its events")
        with unit_of_work(self.app.sessions) as session:
            # Only pending rows: a 'sending' one may be in the hands of an instance that
            # still has the webhook configured (a rolling config change). One UPDATE, not
            # an IN list of every id: a long outage can leave a million rows.
            ids = session.scalars(update(_WD).where(_WD.webhook == name,
                                                    _WD.status == "pending")
                                  .values(status="dropped",
                                          last_error="dropped: the webhook is no longer "
                                                     "configured")
                                  .returning(_WD.id)).all()
            if ids:
                session.execute(insert(m.WebhookAttempt), [
                    {"delivery_id": i, "at": now, "outcome": "dropped", "status_code": None,
                     "detail": "the webhook is no longer configured", "duration_ms": 0,
                     "worker": self.worker} for i in ids])
        return len(ids)

    def claim(self, now: datetime, size: int) -> tuple[str, list[int]]:
        return leases.claim_due(self.app.sessions, _WD, now, size, LEASE,
                                _WD.webhook.in_(list(self.hooks)))

    def release(self, claim: str) -> None:
        leases.release(self.app.sessions, _WD, claim)

    def reclaim_expired(self, now: datetime) -> int:
        return leases.reclaim_expired(
            self.app.sessions, _WD, now, lambda session, row: self._log(
                session, row.id, now, "reclaimed", None,
                "lease expired before the delivery was confirmed; posting again"))

    def _deliver(self, delivery_id: int, claim: str, now: datetime,
                 report: WebhookReport) -> None:
        with self.app.sessions() as session:
            row = session.get(_WD, delivery_id)
            hook = self.hooks[row.webhook]
            body = json.dumps(row.payload, ensure_ascii=False, separators=(",", ":")).encode()
            headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                       "X-Mailbot-Event": row.event_type, "X-Mailbot-Event-Id": row.event_id,
                       "X-Mailbot-Delivery": str(row.id), "X-Mailbot-Attempt":
                       str(row.attempts + 1), "X-Mailbot-Signature":
                       sign(self.secrets[hook.name], body, int(now.timestamp()))}
        answer = self.post(hook.url, body, headers, hook.timeout_seconds)
        self._record(delivery_id, claim, now, answer, hook.max_attempts, report)

    def _record(self, delivery_id: int, claim: str, now: datetime, answer: Answer,
                max_attempts: int, report: WebhookReport) -> None:
        with unit_of_work(self.app.sessions) as session:
            row = session.get(_WD, delivery_id, with_for_update=True)
            if row.claim != claim:  # our lease expired and another sender took over
                return
            row.attempts += 1
            row.claim, row.lease_until, row.last_status = None, None, answer.status
            if answer.ok:
                row.status, row.delivered_at, row.last_error = "delivered", now, ""
                outcome = "delivered"
            elif row.attempts >= max_attempts:
                row.status, row.last_error, outcome = "failed", answer.detail, "failed"
                with logs.about(lead=row.lead_id, message_id=row.event_id):
                    log.error("webhook %s: event %s (%s) failed after %s attempts: %s",
                              row.webhook, row.event_id, row.event_type, row.attempts,
                              answer.detail)
                report.errors.append(f"{row.webhook} #{row.id}: {answer.detail}")
            else:
                row.status, row.last_error, outcome = "pending", answer.detail, "retried"
                row.due_at = now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1]
            self._log(session, row.id, now, outcome, answer.status,
                      answer.detail, answer.ms)
        setattr(report, outcome, getattr(report, outcome) + 1)
        metrics.WEBHOOK_POSTS.labels(row.webhook, outcome).inc()

    def _log(self, session, delivery_id: int, now: datetime, outcome: str,
             status: int | None, detail: str, ms: int = 0) -> None:
        session.add(m.WebhookAttempt(delivery_id=delivery_id, at=now, outcome=outcome,
                                     status_code=status, detail=detail[:2000], duration_ms=ms,
                                     worker=self.worker))
