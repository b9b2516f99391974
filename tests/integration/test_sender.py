"""The outbox sender against a real SMTP server on loopback, on both databases."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from mailbot.outbound.sender import Sender
from mailbot.outbound.transport import CaptureTransport, SmtpTransport
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead
from tests.support.smtp_sink import SmtpSink, free_port


@pytest.fixture
def sink():
    with SmtpSink() as s:
        yield s


def smtp(sink) -> SmtpTransport:
    return SmtpTransport("127.0.0.1", sink.port, timeout=5)


def statuses(app) -> dict[str, str]:
    with app.sessions() as s:
        return dict(s.execute(select(m.OutboundMessage.to_addr, m.OutboundMessage.status)).all())


def log_events(app) -> list[tuple[str, str]]:
    with app.sessions() as s:
        return list(s.execute(select(m.DeliveryLog.event, m.DeliveryLog.detail)
                              .order_by(m.DeliveryLog.id)).all())


def test_sends_every_queued_email_once_with_the_stored_message_id(app, sink):
    add_lead(app, T0)
    report = Sender(app, smtp(sink)).drain(T0)
    assert report.sent == 4 and report.failed == 0
    assert set(statuses(app).values()) == {"sent"}
    with app.sessions() as s:
        ids = set(s.scalars(select(m.OutboundMessage.message_id)))
    assert {r.message_id for r in sink.received} == ids
    first = sink.received[0]
    assert first.mail_from.startswith("bounce+") and first.message["X-Mailbot-Kind"] == "offer"
    assert "/l/accept/" in first.message.get_body(("plain",)).get_content()
    assert Sender(app, smtp(sink)).drain(T0).sent == 0  # nothing twice
    assert [e for e, _ in log_events(app)] == ["sent"] * 4


def test_links_in_the_mail_verify_for_that_contact(app, sink):
    intake = add_lead(app, T0)
    Sender(app, smtp(sink)).drain(T0)
    mail = next(r for r in sink.received if r.rcpt_tos == ["pia@fi-plc.example"])
    text = mail.message.get_body(("plain",)).get_content()
    token = text.split("/l/accept/")[1].split()[0]
    claims = app.signer.verify("accept", token)
    with app.sessions() as s:
        pia = s.scalar(select(m.Contact).where(m.Contact.key == "pia@fi-plc.example"))
    assert (claims.lead_id, claims.contact_id) == (intake.lead_id, pia.id)
    reply_to = str(mail.message["Reply-To"])
    key = reply_to.split("leads+")[1].split("@")[0]
    assert app.signer.parse_reply_key(key) == (intake.lead_id, pia.id)


def test_transient_failure_retries_with_backoff_permanent_failure_is_recorded(app, sink):
    add_lead(app, T0)
    sink.handler.answers["aino@fi-gold.example"] = "451 4.3.0 try again later"
    sink.handler.answers["juha@fi-silver.example"] = "550 5.1.1 no such user"
    report = Sender(app, smtp(sink)).drain(T0)
    assert (report.sent, report.retried, report.failed) == (2, 1, 1)
    with app.sessions() as s:
        aino = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.to_addr == "aino@fi-gold.example"))
        juha = s.scalar(select(m.OutboundMessage).where(
            m.OutboundMessage.to_addr == "juha@fi-silver.example"))
    assert (aino.status, aino.attempts, aino.due_at) == ("pending", 1, T0 + timedelta(minutes=1))
    assert "451" in aino.last_error
    assert juha.status == "failed" and "550 5.1.1 no such user" in juha.last_error
    # not due yet: nothing happens; once due and the server recovered, it goes out
    assert Sender(app, smtp(sink)).drain(T0 + timedelta(seconds=30)).sent == 0
    del sink.handler.answers["aino@fi-gold.example"]
    assert Sender(app, smtp(sink)).drain(T0 + timedelta(minutes=1)).sent == 1
    events = [e for e, _ in log_events(app)]
    assert events.count("retry") == 1 and events.count("failed") == 1 and \
        events.count("sent") == 3


def test_server_down_loses_nothing_and_gives_up_after_max_attempts(app):
    add_lead(app, T0)
    down = SmtpTransport("127.0.0.1", free_port(), timeout=2)
    now = T0
    for _ in range(app.settings.file.outbox.max_attempts):
        report = Sender(app, down).drain(now)
        now += timedelta(hours=5)
    assert report.failed == 4
    with app.sessions() as s:
        rows = s.scalars(select(m.OutboundMessage)).all()
    assert {r.status for r in rows} == {"failed"}
    assert all("gave up after 8" in e.detail for e in
               [x for x in _log_rows(app) if x.event == "failed"])


def _log_rows(app):
    with app.sessions() as s:
        return s.scalars(select(m.DeliveryLog)).all()


def test_one_connection_is_reused_and_reopened_after_a_drop(app, sink):
    add_lead(app, T0)
    transport = smtp(sink)
    sender = Sender(app, transport)
    assert sender.drain(T0, limit=2).sent == 2
    conn = transport._conn
    sink.restart()  # the server restarts between batches: the connection is dead
    assert sender.drain(T0).sent == 2
    assert transport._conn is not conn and len(sink.received) == 4


def test_expired_lease_is_reclaimed_and_sent_with_the_same_message_id(app, sink):
    add_lead(app, T0)
    crashed = Sender(app, smtp(sink))
    claim, ids = crashed.claim(T0, 10)  # claimed, then the process died before sending
    assert len(ids) == 4
    assert Sender(app, smtp(sink)).drain(T0 + timedelta(minutes=1)).sent == 0  # lease holds
    report = Sender(app, smtp(sink)).drain(T0 + timedelta(minutes=6))
    assert (report.reclaimed, report.sent) == (4, 4)
    assert [e for e, _ in log_events(app)].count("reclaimed") == 4


def test_a_long_backlog_claims_each_batch_at_a_fresh_time(config_dir, tmp_path, sink):
    """A drain that outlasts the 5-minute lease must not claim its later batches with
    leases already run out (another instance would reclaim and send them again)."""
    from mailbot.app import build_app, load_config
    from mailbot.store.db import make_engine
    toml = config_dir / "mailbot.toml"
    toml.write_text(toml.read_text().replace("batch_size = 50", "batch_size = 4"))
    app = build_app(load_config(config_dir, environ={}),
                    engine=make_engine(f"sqlite:///{tmp_path / 'backlog.db'}"))
    for minutes in range(3):
        add_lead(app, T0 + timedelta(minutes=minutes), company=f"Firma {minutes} Oy")
    times = iter(T0 + timedelta(minutes=10 + 7 * i) for i in range(100))
    report = Sender(app, smtp(sink)).drain(T0 + timedelta(minutes=10),
                                           clock=lambda: next(times))
    assert report.sent == 12
    with app.sessions() as s:
        sent = sorted(set(s.scalars(select(m.OutboundMessage.sent_at))))
    assert sent == [T0 + timedelta(minutes=m) for m in (10, 17, 24)]  # one time per batch
    app.engine.dispose()


def test_graceful_stop_releases_the_unsent_part_of_a_batch(app, sink):
    add_lead(app, T0)
    sender = Sender(app, smtp(sink))
    original = sender._deliver

    def deliver_then_stop(*args):
        original(*args)
        sender.stopping = True

    sender._deliver = deliver_then_stop
    assert sender.drain(T0).sent == 1
    assert sorted(statuses(app).values()) == ["pending", "pending", "pending", "sent"]
    assert Sender(app, smtp(sink)).drain(T0).sent == 3


def test_undeliverable_address_is_skipped_with_a_reason(app, sink):
    add_lead(app, T0)
    with app.sessions.begin() as s:
        s.scalar(select(m.ContactAddress).where(
            m.ContactAddress.email == "pia@fi-plc.example")).undeliverable = True
    report = Sender(app, smtp(sink)).drain(T0)
    assert (report.sent, report.skipped) == (3, 1)
    assert ("skipped", "pia@fi-plc.example is marked undeliverable (bounced)") in log_events(app)


def test_capture_transport_keeps_mail_in_a_maildir(app, tmp_path):
    import mailbox
    add_lead(app, T0)
    report = Sender(app, CaptureTransport(tmp_path / "mail")).drain(T0)
    assert report.sent == 4
    box = mailbox.Maildir(str(tmp_path / "mail"))
    subjects = {msg["Subject"] for msg in box}
    assert subjects == {"[L-1] Liidi: sensors, alue FI (00150)"}  # all four contacts speak fi


def test_every_kind_the_handlers_queue_renders_from_real_data(app, tmp_path):
    from mailbot.handlers.due_work import due_work
    from mailbot.handlers.partner_actions import accept_offer, decline_offer
    from tests.integration.helpers import offer_of
    taken = add_lead(app, T0, contact_name="Pekka", language="fi")
    accept_offer(app, *offer_of(app, taken.lead_id, "fi-gold"), T0)
    ignored = add_lead(app, T0, company="Other Oy", exclude_partners=["fi-gold"])
    decline_offer(app, *offer_of(app, ignored.lead_id, "fi-plc"), T0, reason="too far")
    for hours in (4, 12, 24, 48, 5 * 24):  # reminder, wave 2 + escalation notice, unclaimed
        due_work(app, T0 + timedelta(hours=hours))  # then feedback due, overdue, lock
    report = Sender(app, CaptureTransport(tmp_path / "mail")).drain(T0 + timedelta(days=6))
    assert report.failed == 0, report.errors
    with app.sessions() as s:
        kinds = set(s.scalars(select(m.OutboundMessage.template)))
    assert kinds == {"offer", "offer_reminder", "lead_details", "customer_notice",
                     "already_taken", "decline_confirmation", "escalation", "unclaimed",
                     "feedback_request", "feedback_overdue", "pick_lock"}
