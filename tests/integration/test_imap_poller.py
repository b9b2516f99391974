"""The IMAP poller against a real Dovecot on loopback: checkpoints, oldest first, filing
away after the commit, and a connection cut mid-poll that loses nothing and does
nothing twice."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from mailbot.inbound import imap as imap_module
from mailbot.inbound.imap import CONNECTION_ERRORS, ImapPoller, Mailbox
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead, lead_row, offer_of, offers

DOMAIN = "mailbot.localhost"


def poller(app, dovecot, folder: str = "INBOX", processed: str = "") -> ImapPoller:
    box = Mailbox(dovecot.host, dovecot.port, dovecot.user, dovecot.users[dovecot.user],
                  ssl=False, folder=folder, processed_folder=processed, timeout=5)
    return ImapPoller(app, box, clock=lambda: T0)


def reply(app, lead_id: int, partner: str, body: str, n: int) -> bytes:
    _, contact_id = offer_of(app, lead_id, partner)
    with app.sessions() as s:
        frm = s.get(m.Contact, contact_id).key
    key = app.signer.reply_key(lead_id, contact_id)
    return (f"From: {frm}\r\nTo: leads+{key}@{DOMAIN}\r\nSubject: Re: [L-{lead_id}] Lead\r\n"
            f"Message-ID: <imap-{n}@client.example>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000"
            f"\r\n\r\n{body}\r\n").encode()


def stored(app) -> dict[str, str]:
    with app.sessions() as s:
        return dict(s.execute(select(m.InboundMessage.message_id,
                                     m.InboundMessage.status)).all())


def test_poll_processes_oldest_first_checkpoints_and_flags(app, dovecot):
    first, second = add_lead(app, T0), add_lead(app, T0, company="Other Oy")
    # both partners answer the first lead: the older mail wins it
    dovecot.append(dovecot.user, reply(app, first.lead_id, "fi-gold", "Kyllä, otetaan.", 1))
    dovecot.append(dovecot.user, reply(app, first.lead_id, "fi-plc", "Yes, we take it", 2))
    dovecot.append(dovecot.user, reply(app, second.lead_id, "fi-plc", "No, no capacity.", 3))
    p = poller(app, dovecot)
    report = p.poll_once()
    assert report.fetched == 3 and len(report.processed) == 3
    assert lead_row(app, first.lead_id).partner_id == "fi-gold"
    assert offers(app, second.lead_id)["fi-plc"] == "declined"
    uidvalidity, last_uid = p.checkpoint()
    assert last_uid == 3
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert set(c.search(["SEEN"])) == {1, 2, 3}
    assert p.poll_once().fetched == 0  # nothing new
    dovecot.append(dovecot.user, reply(app, second.lead_id, "fi-gold", "Ja", 4))
    assert p.poll_once().fetched == 1
    assert p.checkpoint() == (uidvalidity, 4)
    p.disconnect()


def test_processed_mail_is_moved_after_the_commit(app, dovecot):
    lead = add_lead(app, T0)
    with dovecot.client() as c:
        c.create_folder("Done")
    dovecot.append(dovecot.user, reply(app, lead.lead_id, "fi-plc", "Yes, we take it", 1))
    p = poller(app, dovecot, processed="Done")
    assert p.poll_once().fetched == 1
    with dovecot.client() as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 0
        assert c.select_folder("Done")[b"EXISTS"] == 1
    p.disconnect()


@pytest.mark.parametrize("cut_after", [1, 3])
def test_connection_cut_mid_poll_loses_nothing_and_does_nothing_twice(app, dovecot,
                                                                     monkeypatch, cut_after):
    leads = [add_lead(app, T0, company=f"C{i} Oy") for i in range(5)]
    for i, lead in enumerate(leads):
        dovecot.append(dovecot.user, reply(app, lead.lead_id, "fi-plc", "Yes, we take it", i))
    real_ingest, calls = imap_module.ingest, []

    def ingest_then_cut(*args, **kwargs):
        done = real_ingest(*args, **kwargs)  # committed …
        calls.append(done.id)
        if len(calls) == cut_after:
            dovecot.kick(dovecot.user)  # … and the connection dies before \Seen/checkpoint
        return done

    monkeypatch.setattr(imap_module, "ingest", ingest_then_cut)
    p = poller(app, dovecot)
    with pytest.raises(CONNECTION_ERRORS):
        p.poll_once()
    assert p.checkpoint()[1] == cut_after - 1  # the cut message was not checkpointed
    p.disconnect()
    report = p.poll_once()  # reconnects
    assert report.duplicates == 1 and report.fetched == 5 - cut_after + 1
    states = stored(app)
    assert len(states) == 5 and set(states.values()) == {"processed"}
    for lead in leads:
        assert lead_row(app, lead.lead_id).partner_id == "fi-plc"
    with app.sessions() as s:  # each lead accepted exactly once
        assert s.scalar(select(func.count()).select_from(m.LeadEvent).where(
            m.LeadEvent.to_state == "accepted")) == 5
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert len(c.search(["SEEN"])) == 5
    p.disconnect()


def test_recreated_mailbox_starts_over_without_processing_twice(app, dovecot):
    lead = add_lead(app, T0)
    with dovecot.client() as c:
        c.create_folder("Replies")
    raw = reply(app, lead.lead_id, "fi-plc", "Yes, we take it", 1)
    dovecot.append(dovecot.user, raw, folder="Replies")
    p = poller(app, dovecot, folder="Replies")
    assert p.poll_once().fetched == 1
    old_validity = p.checkpoint()[0]
    p.disconnect()
    with dovecot.client() as c:
        c.delete_folder("Replies")
        c.create_folder("Replies")
    dovecot.append(dovecot.user, raw, folder="Replies")  # the same mail, new UIDVALIDITY
    dovecot.append(dovecot.user, reply(app, lead.lead_id, "fi-gold", "Kyllä", 2),
                   folder="Replies")
    report = p.poll_once()
    assert report.restarted and report.duplicates == 1 and report.fetched == 2
    assert p.checkpoint()[0] != old_validity
    assert len(stored(app)) == 2
    p.disconnect()


def test_run_uses_idle_and_survives_a_server_restart(app, dovecot):
    lead = add_lead(app, T0, company="Idle Oy")
    other = add_lead(app, T0, company="Restart Oy")
    p = poller(app, dovecot)
    stop = threading.Event()
    thread = threading.Thread(target=p.run, args=[stop],
                              kwargs={"poll_seconds": 30, "max_backoff": 0.5}, daemon=True)
    thread.start()
    try:
        dovecot.append(dovecot.user, reply(app, lead.lead_id, "fi-plc", "Yes, we take it", 1))
        wait_for(lambda: len(stored(app)) == 1)  # pushed by IDLE, long before 30 s
        dovecot.restart()
        dovecot.append(dovecot.user, reply(app, other.lead_id, "fi-plc", "Yes, we take it", 2))
        wait_for(lambda: len(stored(app)) == 2)  # reconnected with backoff, polled again
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()
    assert set(stored(app).values()) == {"processed"}


def wait_for(condition, timeout: float = 20) -> None:
    """Wait for an event in another thread (not for time to pass): poll the condition."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_a_database_failure_does_not_end_the_poller(app, caplog):
    """A database restart mid-poll (OperationalError) is logged and retried with backoff
    like a network failure; the poller thread must not die and leave IMAP unread."""
    from sqlalchemy.exc import OperationalError
    box = Mailbox("127.0.0.1", 1, "u", "p", ssl=False, folder="INBOX", processed_folder="",
                  timeout=1)
    p = ImapPoller(app, box, clock=lambda: T0)
    stop, calls = threading.Event(), []

    def poll_once():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        stop.set()  # the second pass ran: the thread survived
        return imap_module.PollReport()

    p.poll_once, p._wait = poll_once, lambda stop, seconds: None
    p.run(stop, max_backoff=0)
    assert len(calls) == 2
    assert "OperationalError" in caplog.text and "retrying" in caplog.text
    assert "Traceback" not in caplog.text
