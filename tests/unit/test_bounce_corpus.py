"""Every real bounce of flufl.bounce's corpus is read as a bounce of the right address."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.inbound.classify import Ours, classify

CORPUS = Path(__file__).parents[1] / "fixtures" / "bounces" / "flufl"
EXPECTED = {name: e for name, e in json.loads((CORPUS / "expected.json").read_text()).items()
            if e["recipients"]}


class NoDirectory:
    """Nobody is registered and no key is valid: the corpus bounces are for strangers."""

    def contact(self, address):
        return None

    def reply_key(self, key):
        return None

    def verp_key(self, key):
        return None

    def customer(self, lead_id):
        return None

    def threads(self, message_ids):
        return {}


def _classified(raw: bytes):
    """The classifier's reading, with nobody registered."""
    return classify(raw, NoDirectory(), Ours("leads@mailbot.localhost", "mailbot.localhost"),
                    now=datetime(2026, 11, 23, tzinfo=UTC))


def test_the_corpus_is_complete():
    assert len(list(CORPUS.glob("*.txt"))) == 117
    assert len(EXPECTED) == 111


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_bounce_is_read(name):
    raw = (CORPUS / name).read_bytes()
    found = _classified(raw)
    expected = EXPECTED[name]
    assert found.kind == "bounce", found.why
    assert {r.lower() for r in expected["recipients"]} <= set(found.bounce.recipients)
    # A 4.x.x DSN status is transient even when the MTA gave up (RFC 3463): we retry
    # such mail later, where flufl.bounce calls it permanent.
    transient = re.search(rb"^Status:\s*4\.", raw, re.M | re.I) is not None
    assert found.bounce.permanent == (not expected["temporary"] and not transient)


def test_sendmails_plain_text_bounce_names_the_failed_address():
    """An old sendmail's bounce, sent to our From address instead of the VERP one."""
    raw = (b"Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@old.example>\n"
           b"To: leads@mailbot.localhost\nSubject: Returned mail: User unknown\n"
           b"Message-Id: <1@old.example>\n\n"
           b"   ----- The following addresses had permanent fatal errors -----\n"
           b"pia@fi-plc.example\n\n   ----- Transcript of session follows -----\n"
           b"550 pia@fi-plc.example... User unknown\n\n   ----- Original message follows"
           b" -----\n\nFrom: Mailbot <leads@mailbot.localhost>\nTo: pia@fi-plc.example\n")
    found = _classified(raw)
    assert found.kind == "bounce"
    assert (found.bounce.permanent, found.bounce.recipients) == (True, ("pia@fi-plc.example",))


def test_receipts_are_no_bounces():
    """A read receipt and a "relayed" delivery report: nothing failed."""
    mdn = (b"From: juha@fi-plc.example\nTo: leads@mailbot.localhost\nSubject: Luettu: [L-1] Lead\n"
           b"Message-ID: <r@fi-plc.example>\nMIME-Version: 1.0\n"
           b"Content-Type: multipart/report; report-type=disposition-notification; "
           b"boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nViesti luettiin.\n--b\n"
           b"Content-Type: message/disposition-notification\n\nDisposition: manual-action/"
           b"MDN-sent-manually; displayed\n--b--\n")
    relayed = (b"From: MAILER-DAEMON@mx.example\nTo: bounce+1-abcdefghij@mailbot.localhost\n"
               b"Subject: Relayed: [L-1] Lead\nMessage-ID: <d@mx.example>\nMIME-Version: 1.0\n"
               b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
               b"--b\nContent-Type: text/plain\n\nRelayed.\n--b\n"
               b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
               b"Final-Recipient: rfc822; juha@fi-plc.example\nAction: relayed\n"
               b"Status: 2.0.0\n--b--\n")
    found = _classified(mdn)
    assert (found.kind, found.why) == ("auto_reply", "read receipt")
    assert _classified(relayed).kind != "bounce"


def test_exims_plain_text_delay_warning_is_a_temporary_bounce():
    """Set 63: Exim's non-DSN "Warning: message … delayed 24 hours", with Auto-Submitted:
    a bounce that names the delayed address, not an auto-reply."""
    raw = (b"From: Mail Delivery System <Mailer-Daemon@mail.fi-small.example>\n"
           b"To: leads@mailbot.localhost\nAuto-Submitted: auto-replied\n"
           b"Subject: Warning: message 1tQx7B-0004Lm-3H delayed 24 hours\n"
           b"Message-Id: <w@mail.fi-small.example>\n\n"
           b"This message was created automatically by mail delivery software.\n"
           b"A message that you sent has not yet been delivered to one or more of its\n"
           b"recipients after more than 24 hours on the queue on mail.fi-small.example.\n\n"
           b"The address to which the message has not yet been delivered is:\n\n"
           b"  elsa@fi-small.example\n    Delay reason: 452 4.2.2 Mailbox is over quota\n\n"
           b"No action is required on your part.\n")
    found = _classified(raw)
    assert found.kind == "bounce"
    assert (found.bounce.permanent, found.bounce.recipients) == (False, ("elsa@fi-small.example",))
