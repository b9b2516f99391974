"""Webhooks end to end: events queued with the state change, posted to a real HTTP
receiver on loopback, signatures checked with the documented recipe, retries, restarts."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.errors import ConfigError
from mailbot.handlers.partner_actions import accept_offer, report_status
from mailbot.outbound.webhooks import WebhookSender, post
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import make_engine, unit_of_work
from tests.conftest import T0
from tests.integration.helpers import add_lead, offer_of

SECRET = "whsec-test-0123456789"
OLD_SECRET = "whsec-old-9876543210"


class Receiver:
    """A CRM endpoint on loopback: records every POST, answers with scripted codes."""

    def __init__(self) -> None:
        self.posts: list[tuple[dict, bytes]] = []
        self.codes: list[int] = []  # answered in order; then 200
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
                code = owner.codes.pop(0) if owner.codes else 200
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/mailbot"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def event_ids(self) -> list[str]:
        return [h["x-mailbot-event-id"] for h, _ in self.posts]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def verify(header: str, body: bytes, secret: str) -> int:
    """The receiver's side, written from docs/webhooks.md: returns the timestamp."""
    parts = [p.split("=", 1) for p in header.split(",")]
    stamp = next(v for k, v in parts if k == "t")
    expected = hmac.new(secret.encode(), f"{stamp}.".encode() + body,
                        hashlib.sha256).hexdigest()
    assert any(k == "v1" and hmac.compare_digest(v, expected) for k, v in parts), header
    return int(stamp)


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def _hooked(config_dir: Path, receiver: Receiver, extra: str = "") -> object:
    with (config_dir / "mailbot.toml").open("a") as fh:
        fh.write(f'\n[[webhooks]]\nname = "crm"\nurl = "{receiver.url}"\nmax_attempts = 3\n'
                 f'{extra}')
    return load_config(config_dir, environ={
        "MAILBOT_WEBHOOK_SECRET_CRM": f"{SECRET},{OLD_SECRET}",
        "MAILBOT_WEBHOOK_SECRET_WON": SECRET})


@pytest.fixture(params=["sqlite", "postgres"])
def hooked(request, config_dir: Path, tmp_path: Path, receiver: Receiver):
    config = _hooked(config_dir, receiver, extra=(
        f'\n[[webhooks]]\nname = "won"\nurl = "{receiver.url}?won"\nevents = ["lead.won"]\n'))
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'mailbot.db'}")
    else:
        engine = request.getfixturevalue("pg_engine_factory")()
    app = build_app(config, engine=engine)
    yield app
    engine.dispose()


def _deliveries(app, **where) -> list[m.WebhookDelivery]:
    with app.sessions() as s:
        q = select(m.WebhookDelivery).order_by(m.WebhookDelivery.id)
        for key, value in where.items():
            q = q.where(getattr(m.WebhookDelivery, key) == value)
        return list(s.scalars(q).all())


def _won_lead(app) -> int:
    lead = add_lead(app, T0)
    offer_id, contact_id = offer_of(app, lead.lead_id, lead.offered_to[0])
    accept_offer(app, offer_id, contact_id, T0 + timedelta(hours=1))
    report_status(app, lead.lead_id, contact_id, "won", T0 + timedelta(days=2),
                  amount=Decimal("12500"), currency="EUR")
    return lead.lead_id


def test_every_event_once_across_a_sender_restart(hooked, receiver):
    lead_id = _won_lead(hooked)
    queued = _deliveries(hooked, webhook="crm")
    types = [d.event_type for d in queued]
    assert types[:3] == ["lead.created", "lead.qualified", "lead.offered"]
    assert "offer.sent" in types and "lead.accepted" in types and "lead.won" in types
    assert "offer.withdrawn" in types
    # The first sender posts two, is told to stop in the middle of its batch, and goes.
    first = WebhookSender(hooked, worker="first")
    calls = []

    def stop_after_two(*args):
        calls.append(1)
        if len(calls) == 2:
            first.stopping = True
        return post(*args)

    first.post = stop_after_two
    report = first.drain(T0 + timedelta(days=2))
    assert report.delivered == 2
    second = WebhookSender(hooked, worker="second")  # the restarted process
    report = second.drain(T0 + timedelta(days=2, minutes=1))
    assert report.delivered == len(queued) + 1 - 2  # + the "won" subscription's one
    crm_ids = {str(d.id) for d in queued}
    crm = [(h, b) for h, b in receiver.posts if h["x-mailbot-delivery"] in crm_ids]
    # exactly once: every queued event arrived, none twice
    got = sorted(h["x-mailbot-event-id"] for h, _ in crm)
    assert got == sorted(d.event_id for d in queued)
    assert len(receiver.posts) == len(queued) + 1
    for headers, body in receiver.posts:
        stamp = verify(headers["x-mailbot-signature"], body, SECRET)
        if (headers, body) in crm:
            verify(headers["x-mailbot-signature"], body, OLD_SECRET)  # rotation: both sign
        payload = json.loads(body)
        assert payload["id"] == headers["x-mailbot-event-id"]
        assert payload["type"] == headers["x-mailbot-event"]
        assert abs(stamp - int((T0 + timedelta(days=2)).timestamp())) <= 60
    won = [json.loads(b) for h, b in receiver.posts if h["x-mailbot-event"] == "lead.won"]
    assert len(won) == 2  # one per subscription, same event
    assert won[0]["id"] == won[1]["id"]
    assert won[0]["lead"]["ref"] == f"L-{lead_id}"
    assert won[0]["lead"]["state"] == "won"
    assert won[0]["lead"]["deal_amount"] == 12500
    assert won[0]["lead"]["partner_id"]
    assert all(d.status == "delivered" for d in _deliveries(hooked))


def test_failed_posts_are_retried_with_backoff_and_logged(hooked, receiver):
    add_lead(hooked, T0)
    receiver.codes = [500, 503]
    sender = WebhookSender(hooked)
    report = sender.drain(T0, limit=1)
    assert (report.delivered, report.retried) == (0, 1)
    first = _deliveries(hooked)[0]
    assert (first.status, first.attempts, first.last_status) == ("pending", 1, 500)
    assert first.due_at == T0 + timedelta(seconds=30)
    sender.drain(T0 + timedelta(seconds=10), limit=1)  # not due yet: the next one goes
    assert _deliveries(hooked)[0].attempts == 1
    report = sender.drain(T0 + timedelta(seconds=31))
    assert _deliveries(hooked)[0].status == "delivered"
    with hooked.sessions() as s:
        log = s.execute(select(m.WebhookAttempt.outcome, m.WebhookAttempt.status_code)
                        .where(m.WebhookAttempt.delivery_id == first.id)
                        .order_by(m.WebhookAttempt.id)).all()
    assert [tuple(r) for r in log] == [("retried", 500), ("delivered", 200)]


def test_a_redirect_is_not_a_delivery(hooked, receiver):
    add_lead(hooked, T0)
    receiver.codes = [302]  # followed as a GET without the body, urllib would "deliver" it
    WebhookSender(hooked).drain(T0, limit=1)
    first = _deliveries(hooked)[0]
    assert (first.status, first.last_status) == ("pending", 302)
    assert len(receiver.posts) == 1


def test_a_backlog_drains_batch_by_batch_at_fresh_times(hooked, receiver):
    for _ in range(3):
        add_lead(hooked, T0)
    times = iter(T0 + timedelta(minutes=n) for n in range(100))
    reports = list(WebhookSender(hooked).drain_batches(lambda: next(times), size=4))
    assert sum(r.delivered for r in reports) == len(_deliveries(hooked))
    stamps = sorted({verify(h["x-mailbot-signature"], b, SECRET) for h, b in receiver.posts})
    assert len(stamps) == len(reports) - (reports[-1].delivered == 0)


def test_a_dead_receiver_is_given_up_after_max_attempts(hooked, receiver):
    add_lead(hooked, T0)
    receiver.close()  # connection refused from now on
    sender = WebhookSender(hooked)
    now = T0
    for _ in range(3):
        sender.drain(now)
        now += timedelta(days=1)
    rows = _deliveries(hooked)
    assert {(r.status, r.attempts) for r in rows} == {("failed", 3)}
    row = rows[0]
    assert "Connection refused" in row.last_error or "URLError" in row.last_error


def test_a_crash_after_the_2xx_posts_again_with_the_same_event_id(hooked, receiver):
    add_lead(hooked, T0)
    crashed = WebhookSender(hooked, worker="crashed")
    claim, ids = crashed.claim(T0, 1)
    row = _deliveries(hooked, id=ids[0])[0]
    post(receiver.url, json.dumps(row.payload).encode(),
         {"X-Mailbot-Event-Id": row.event_id, "X-Mailbot-Delivery": str(row.id)}, 5)
    # ... and the process died before recording the 2xx. After the lease:
    report = WebhookSender(hooked).drain(T0 + timedelta(minutes=6), limit=1)
    assert report.reclaimed == 1 and report.delivered == 1
    assert receiver.event_ids()[0] == receiver.event_ids()[1] == row.event_id


def test_a_rolled_back_change_sends_nothing(hooked):
    lead = add_lead(hooked, T0)
    before = len(_deliveries(hooked))
    with pytest.raises(RuntimeError), unit_of_work(hooked.sessions) as session:
        row = session.get(m.Lead, lead.lead_id)
        timeline.note(session, row, "reply", now=T0, actor="x", channel="email")
        raise RuntimeError("boom")
    with unit_of_work(hooked.sessions) as session:  # the next commit must not carry it
        timeline.note(session, session.get(m.Lead, lead.lead_id), "fresh_link", now=T0,
                      actor="x", channel="web")
    types = [d.event_type for d in _deliveries(hooked)[before:]]
    assert types == ["link.fresh"]


def test_patterns_choose_the_events(hooked):
    _won_lead(hooked)
    assert [d.event_type for d in _deliveries(hooked, webhook="won")] == ["lead.won"]


def test_a_webhook_without_its_secret_stops_the_start(config_dir, receiver):
    with (config_dir / "mailbot.toml").open("a") as fh:
        fh.write(f'\n[[webhooks]]\nname = "crm"\nurl = "{receiver.url}"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(config_dir, environ={})
    assert "MAILBOT_WEBHOOK_SECRET_CRM" in str(exc.value)


def test_events_of_a_removed_webhook_wait_are_named_and_can_be_dropped(hooked, receiver,
                                                                         caplog):
    import logging

    from mailbot.metrics import QueueCollector
    _won_lead(hooked)
    waiting = len(_deliveries(hooked, webhook="won", status="pending"))
    assert waiting >= 1
    sender = WebhookSender(hooked)
    del sender.hooks["won"]  # as after removing [[webhooks]] "won" from mailbot.toml
    with caplog.at_level(logging.WARNING):
        sender.drain(T0 + timedelta(days=3))
        sender.drain(T0 + timedelta(days=3))
    assert caplog.text.count(f"webhook won is not configured but {waiting} of its events "
                             "wait") == 1  # said once, with what to do
    assert len(_deliveries(hooked, webhook="won", status="pending")) == waiting  # kept
    families = {f.name: f for f in QueueCollector(hooked.engine, lambda: T0 + timedelta(
        days=3), webhooks=("crm",)).collect()}
    orphans = families["mailbot_webhook_unconfigured_deliveries"].samples
    assert [(s.labels["webhook"], s.value) for s in orphans] == [("won", waiting)]
    oldest = families["mailbot_webhook_oldest_due_age_seconds"].samples[0].value
    assert oldest == 0.0  # crm is drained; won's rows do not age the gauge
    with pytest.raises(ValueError, match="is configured"):
        sender.drop("crm", T0)
    assert sender.drop("won", T0 + timedelta(days=3)) == waiting
    assert {d.status for d in _deliveries(hooked, webhook="won")} == {"dropped"}
    with hooked.sessions() as s:
        logged = s.scalars(select(m.WebhookAttempt.outcome).where(
            m.WebhookAttempt.outcome == "dropped")).all()
    assert len(logged) == waiting


def test_removing_the_last_webhook_is_named_at_start(hooked, caplog):
    import logging
    _won_lead(hooked)
    sender = WebhookSender(hooked)
    sender.hooks.clear()  # as after removing every [[webhooks]] entry: drain does nothing
    with caplog.at_level(logging.WARNING):
        assert sender.drain(T0).delivered == 0
        sender.warn_unconfigured()  # what mailbot run and mailbot send call at start
    assert "webhook crm is not configured but" in caplog.text
    assert "webhook won is not configured but" in caplog.text
