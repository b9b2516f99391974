"""Prometheus metrics for ``/metrics``.

Counters belong to this process (several instances: sum them in PromQL). Lead events
are counted only when their transaction commits, so a rolled-back accept never shows.
Queue depths and ages are read from the database at scrape time: they are the same
whichever instance is asked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import event as sa_event
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mailbot.store import models as m

log = logging.getLogger(__name__)
_PENDING = "metric_events"

EVENTS = Counter("mailbot_events", "Lead and partner events committed, by webhook event "
                 "type (docs/webhooks.md)", ["type"], registry=None)
OFFERS_SENT = Counter("mailbot_offers_sent", "Offer emails accepted by the mail server",
                      registry=None)
ACCEPTS = Counter("mailbot_accepts", "Leads accepted by a partner", registry=None)
DECLINES = Counter("mailbot_declines", "Offers declined", registry=None)
ESCALATIONS = Counter("mailbot_escalations", "Waves expired without an accept (the lead "
                      "went to the next wave or became unclaimed)", registry=None)
REMINDERS = Counter("mailbot_reminders", "Reminders queued (offers and feedback)",
                    registry=None)
INBOUND = Counter("mailbot_inbound_messages", "Inbound emails processed, by kind and outcome",
                  ["kind", "status"], registry=None)
EMAILS_SENT = Counter("mailbot_emails_sent", "Emails accepted by the mail server, by template",
                      ["template"], registry=None)
SEND_FAILURES = Counter("mailbot_send_failures", "Email send attempts that failed (retried or "
                        "given up)", ["kind"], registry=None)
WEBHOOK_POSTS = Counter("mailbot_webhook_posts", "Webhook POSTs by outcome",
                        ["webhook", "outcome"], registry=None)
TICK = Histogram("mailbot_tick_duration_seconds", "Duration of one scheduler tick",
                 buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60), registry=None)
PROCESS_METRICS = (EVENTS, OFFERS_SENT, ACCEPTS, DECLINES, ESCALATIONS, REMINDERS,
                   INBOUND, EMAILS_SENT, SEND_FAILURES, WEBHOOK_POSTS, TICK)
_NAMED = {"lead.accepted": ACCEPTS, "offer.declined": DECLINES, "offer.expired": ESCALATIONS,
          "offer.reminder": REMINDERS, "feedback.request": REMINDERS,
          "feedback.overdue": REMINDERS}


def count_event(session: Session, type_: str) -> None:
    """Count a lead event when (if) ``session`` commits."""
    session.info.setdefault(_PENDING, []).append((EVENTS, (type_,)))


def count_inbound(session: Session, kind: str, status: str) -> None:
    session.info.setdefault(_PENDING, []).append((INBOUND, (kind or "unknown", status)))


@sa_event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    for counter, labels in session.info.pop(_PENDING, ()):
        counter.labels(*labels).inc()
        named = _NAMED.get(labels[0]) if counter is EVENTS else None
        if named is not None:
            named.inc()


@sa_event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)


def sent(template: str) -> None:
    EMAILS_SENT.labels(template).inc()
    if template == "offer":
        OFFERS_SENT.inc()


@contextmanager
def timed_tick() -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        TICK.observe(time.perf_counter() - started)


class QueueCollector:
    """Outbox and webhook queue depth and age, read at scrape time."""

    def __init__(self, engine, clock=lambda: datetime.now(UTC),
                 webhooks: tuple[str, ...] = ()) -> None:
        self.engine = engine
        self.clock = clock
        #: the configured webhooks: rows of a removed one wait for nobody and would make
        #: the age gauge grow forever, so they are counted apart
        self.webhooks = tuple(webhooks)

    def collect(self):
        now = self.clock()
        depth = GaugeMetricFamily("mailbot_outbox_messages", "Outbox rows by status",
                                  labels=["status"])
        age = GaugeMetricFamily("mailbot_outbox_oldest_due_age_seconds", "Seconds the oldest "
                                "due, unsent email has waited (0: none)")
        hooks = GaugeMetricFamily("mailbot_webhook_deliveries", "Webhook deliveries by status",
                                  labels=["status"])
        hook_age = GaugeMetricFamily("mailbot_webhook_oldest_due_age_seconds", "Seconds the "
                                     "oldest due, undelivered webhook event has waited")
        orphans = GaugeMetricFamily(
            "mailbot_webhook_unconfigured_deliveries", "Undelivered webhook events of "
            "webhooks no longer configured (re-add the webhook or 'mailbot webhooks drop')",
            labels=["webhook"])
        up = GaugeMetricFamily("mailbot_database_up", "1 when the queue gauges could be read")
        try:
            self._read(now, depth, age, hooks, hook_age, orphans)
        except SQLAlchemyError as exc:  # a scrape must answer even when the database won't
            log.warning("metrics: cannot read the queues: %s", exc)
            up.add_metric([], 0)
            return [up]
        up.add_metric([], 1)
        return [up, depth, age, hooks, hook_age, orphans]

    def _read(self, now, depth, age, hooks, hook_age, orphans) -> None:
        wd = m.WebhookDelivery
        with Session(self.engine) as session:
            for model, family, oldest, states, where in (
                    (m.OutboundMessage, depth, age, ("pending", "sending", "failed", "skipped"),
                     True),
                    (wd, hooks, hook_age, ("pending", "sending", "failed"),
                     wd.webhook.in_(self.webhooks))):
                # sent/delivered rows grow forever: not counted at every scrape (the
                # counters say how many went out); the rest is read off the status index
                for status, count in session.execute(
                        select(model.status, func.count()).where(model.status.in_(states), where)
                        .group_by(model.status)):
                    family.add_metric([status], count)
                first = session.scalar(select(func.min(model.due_at)).where(
                    model.status.in_(("pending", "sending")), model.due_at <= now, where))
                oldest.add_metric([], (now - first).total_seconds() if first else 0.0)
            for name, count in unconfigured_webhooks(session, self.webhooks).items():
                orphans.add_metric([name], count)


def unconfigured_webhooks(session: Session, configured) -> dict[str, int]:
    """Undelivered rows per webhook name that is not configured (any more)."""
    wd = m.WebhookDelivery
    return dict(session.execute(
        select(wd.webhook, func.count()).where(wd.status.in_(("pending", "sending")),
                                               wd.webhook.not_in(list(configured)))
        .group_by(wd.webhook)).all())


def registry(engine, webhooks: tuple[str, ...] = ()) -> CollectorRegistry:
    """A registry with this process's counters and the database's queue gauges."""
    reg = CollectorRegistry()
    for metric in PROCESS_METRICS:
        reg.register(metric)
    reg.register(QueueCollector(engine, webhooks=webhooks))
    return reg


def render(reg: CollectorRegistry) -> bytes:
    return generate_latest(reg)
