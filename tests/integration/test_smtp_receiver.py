"""The SMTP/LMTP receiver on loopback, driven by smtplib: store first, answer per
recipient, reject only transport problems."""

from __future__ import annotations

import asyncio
import smtplib
import threading

import pytest
from sqlalchemy import select

from mailbot.inbound.smtp import Receiver
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import add_lead, lead_row, offer_of

DOMAIN = "mailbot.localhost"


class Running:
    """A receiver on its own event loop thread, like ``mailbot run`` hosts it."""

    def __init__(self, app, protocol: str = "smtp", max_bytes: int | None = None) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.receiver = Receiver(app, host="127.0.0.1", port=0, protocol=protocol,
                                 max_bytes=max_bytes, clock=lambda: T0)
        self._call(self.receiver.start())

    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    @property
    def port(self) -> int:
        return self.receiver.port

    def settle(self) -> None:
        """Wait until the messages received so far are processed."""
        self._call(self.receiver.mail.drain())

    def close(self) -> None:
        self._call(self.receiver.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


@pytest.fixture
def receiver(app):
    running = []

    def start(**kwargs) -> Running:
        running.append(Running(app, **kwargs))
        return running[-1]

    yield start
    for r in running:
        r.close()


def reply_bytes(app, lead_id: int, partner: str, body: str, message_id: bool = True) -> tuple:
    _, contact_id = offer_of(app, lead_id, partner)
    with app.sessions() as s:
        frm = s.get(m.Contact, contact_id).key
    to = f"leads+{app.signer.reply_key(lead_id, contact_id)}@{DOMAIN}"
    head = f"From: {frm}\r\nTo: {to}\r\nSubject: Re: [L-{lead_id}] Lead\r\n"
    if message_id:
        head += f"Message-ID: <smtp-{lead_id}-{partner}@client.example>\r\n"
    return frm, to, (head + f"\r\n{body}\r\n").encode()


def test_reply_over_smtp_is_stored_then_acted_on(app, receiver):
    lead = add_lead(app, T0)
    server = receiver()
    frm, to, data = reply_bytes(app, lead.lead_id, "fi-plc", "Yes, we take it.")
    with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
        code, text = smtp.ehlo()
        refused = smtp.sendmail(frm, [to], data)
        assert refused == {}
    server.settle()
    with app.sessions() as s:
        row = s.scalar(select(m.InboundMessage))
        assert row.via == "smtp" and row.status == "processed" and row.raw.startswith(b"From:")
        assert row.envelope_to == [to]
    assert lead_row(app, lead.lead_id).partner_id == "fi-plc"


def test_foreign_recipients_are_refused_per_recipient(app, receiver):
    lead = add_lead(app, T0)
    server = receiver()
    frm, to, data = reply_bytes(app, lead.lead_id, "fi-plc", "Yes")
    with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
        refused = smtp.sendmail(frm, [to, "someone@other.example"], data)
    assert list(refused) == ["someone@other.example"]
    assert refused["someone@other.example"][0] == 550
    with pytest.raises(smtplib.SMTPRecipientsRefused), \
            smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
        smtp.sendmail(frm, ["x@other.example"], data)


def test_oversize_is_552_and_nothing_is_stored(app, receiver):
    server = receiver(max_bytes=2048)
    big = b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 80
    with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
        smtp.ehlo()
        assert smtp.esmtp_features["size"] == "2048"
        # a client that declares the size is refused at MAIL FROM …
        with pytest.raises(smtplib.SMTPSenderRefused) as err:
            smtp.sendmail("a@b.example", [f"leads@{DOMAIN}"], big)
        assert err.value.smtp_code == 552
    with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
        # … one that does not is refused after DATA
        smtp.ehlo()
        assert smtp.mail("a@b.example")[0] == 250
        assert smtp.rcpt(f"leads@{DOMAIN}")[0] == 250
        assert smtp.data(big)[0] == 552
    with app.sessions() as s:
        assert s.scalar(select(m.InboundMessage.id)) is None


def test_missing_message_id_gets_a_stable_one_and_duplicates_are_noops(app, receiver):
    lead = add_lead(app, T0)
    server = receiver()
    frm, to, data = reply_bytes(app, lead.lead_id, "fi-plc", "Yes", message_id=False)
    for _ in range(2):
        with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
            smtp.sendmail(frm, [to], data)
    server.settle()
    with app.sessions() as s:
        ids = s.scalars(select(m.InboundMessage.message_id)).all()
    assert len(ids) == 1 and ids[0].startswith("<generated.")


def test_lmtp_answers_data_once_per_recipient(app, receiver):
    lead = add_lead(app, T0)
    server = receiver(protocol="lmtp")
    frm, to, data = reply_bytes(app, lead.lead_id, "fi-plc", "Yes, we take it")
    lmtp = smtplib.LMTP("127.0.0.1", server.port, timeout=10)
    try:
        assert lmtp.ehlo()[0] == 250  # smtplib.LMTP sends LHLO
        assert lmtp.mail(frm)[0] == 250
        assert lmtp.rcpt(to)[0] == 250
        assert lmtp.rcpt(f"leads@{DOMAIN}")[0] == 250
        first = lmtp.data(data)
        second = lmtp.getreply()
        assert first[0] == 250 and second[0] == 250
    finally:
        lmtp.close()
    server.settle()
    assert lead_row(app, lead.lead_id).partner_id == "fi-plc"
