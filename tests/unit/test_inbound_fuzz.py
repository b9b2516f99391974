"""Hostile and broken input never makes the classifier or the reply reader raise."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.inbound import amounts, replies
from mailbot.inbound import classify as classify_module
from mailbot.inbound.classify import RAISE_ENV, TEXT_LIMIT, Ours, classify
from tests.unit.test_bounce_corpus import NoDirectory

OURS = Ours("leads@mailbot.localhost", "mailbot.localhost")
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
CHARSETS = ["utf-8", "koi8-r", "windows-1251", "iso-8859-1", "x-unknown", "utf-7", "", "gb2312"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"]
header_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


class Registered(NoDirectory):
    def contact(self, address):
        return (1, address) if address else None


def _read(raw: bytes):
    for lookup in (NoDirectory(), Registered()):
        found = classify(raw, lookup, OURS, now=NOW, envelope_to=["leads+1-2-x@mailbot.localhost"])
        assert found.kind in ("reply", "auto_reply", "bounce", "unrelated")
        found.as_json()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes(raw):
    _read(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=header_text, charset=st.sampled_from(CHARSETS),
       cte=st.sampled_from(ENCODINGS), body=st.binary(max_size=3000),
       ctype=st.sampled_from(["text/plain", "text/html", "multipart/alternative",
                              "multipart/report; report-type=delivery-status", "message/rfc822",
                              "multipart/mixed; boundary=", "application/octet-stream"]),
       extra=st.sampled_from(["", "Auto-Submitted: auto-replied\r\n", "References: <<<>\r\n",
                              "From: =?koi8-r?B?broken?= <\r\n", "Date: 31 Feb 2026 99:99\r\n",
                              "Authentication-Results: x; dmarc=fail\r\n",
                              "Content-Type: multipart/mixed; boundary=\"b\"\r\n"]))
def test_broken_mime(subject, charset, cte, body, ctype, extra):
    raw = (f"From: Pia <pia@fi-plc.example>\r\nTo: leads+1-2-abc@mailbot.localhost\r\n"
           f"Subject: {subject}\r\n{extra}MIME-Version: 1.0\r\n"
           f"Content-Type: {ctype}; charset=\"{charset}\"\r\n"
           f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode("utf-8", "replace") + body
    _read(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_reply_reader_never_raises(text):
    reading = replies.read_reply(replies.new_text(text), date(2026, 11, 23))
    assert reading.intent in (None, "accept", "decline", "status", "question")


def test_koi8r_reply_is_read():
    body = "Да, берём этот лид.\r\n\r\nС уважением,\r\nЮха".encode("koi8-r")
    raw = (b"From: juha@fi-silver.example\r\nTo: leads@mailbot.localhost\r\n"
           b"Subject: Re: [L-3] lead\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + body)
    found = classify(raw, Registered(), OURS, now=NOW)
    assert found.kind == "reply" and found.reading.intent == "accept"
    assert found.reading.text.startswith("Да, берём")


def test_ten_megabyte_body_is_read():
    line = b"Lorem ipsum dolor sit amet, yes no maybe won lost 12 500 EUR 30.11.2026 >\r\n"
    raw = (b"From: pia@fi-plc.example\r\nTo: leads@mailbot.localhost\r\nSubject: [L-1] big\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + line * (10_000_000 // len(line)))
    found = classify(raw, Registered(), OURS, now=NOW)
    assert found.kind == "reply"  # read (only the first TEXT_LIMIT characters are scanned)


def test_a_long_plain_part_is_cut_before_its_lines_are_joined(monkeypatch):
    """Joining a hard-wrapped text's lines grows one string line by line: on a 10 MB paste
    that took two minutes. Only the first TEXT_LIMIT characters are read, so only they are
    joined."""
    seen = []
    monkeypatch.setattr(classify_module, "unwrapped",
                        lambda text: seen.append(len(text)) or text)
    line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\r\n"
    raw = (b"From: pia@fi-plc.example\r\nTo: leads@mailbot.localhost\r\nSubject: [L-1] big"
           b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + line * (3 * TEXT_LIMIT // len(line)))
    classify(raw, Registered(), OURS, now=NOW)
    assert seen and max(seen) <= TEXT_LIMIT


class OnlyAino(NoDirectory):
    def contact(self, address):
        return (7, address) if address == "aino@fi-gold.example" else None


@pytest.mark.parametrize("sender_lines", [
    # a registered address as an encoded display name: the address that counts is the other
    "From: =?utf-8?q?aino=40fi-gold=2Eexample?= <attacker@x.example>\r\n",
    '"aino@fi-gold.example" <attacker@x.example>'.join(["From: ", "\r\n"]),
    # several senders, one of them registered: ambiguous, nobody's
    "From: aino@fi-gold.example, evil@x.example\r\n",
    "From: aino@fi-gold.example\r\nFrom: evil@x.example\r\n",
])
def test_a_forged_or_ambiguous_sender_is_nobody(sender_lines):
    raw = (f"{sender_lines}To: leads@mailbot.localhost\r\nSubject: Re: [L-21] Lead\r\n"
           f"Message-ID: <spoof@x.example>\r\n\r\nYes, we take it.\r\n").encode()
    found = classify(raw, OnlyAino(), OURS, now=NOW)
    assert found.contact_id is None and found.kind == "unrelated", found


def test_a_bounce_detector_tripping_logs_one_line_not_a_traceback(caplog):
    """flufl.bounce catches its detectors' errors and logs them with a traceback; odd
    input is not an admin's emergency: one warning line, no traceback."""
    caplog.set_level("WARNING")
    found = classify(b"", NoDirectory(), OURS, now=NOW)  # an empty message
    assert found.kind == "unrelated"
    tripped = [r for r in caplog.records if r.name == "flufl.bounce"]
    assert tripped and all(r.levelname == "WARNING" and not r.exc_info for r in tripped)
    assert "Traceback" not in caplog.text and "IndexError" in caplog.text


def test_only_the_trusted_servers_dmarc_verdict_counts():
    """A sender can write any Authentication-Results header. With the receiving MTA's
    authserv-id configured, only its header counts (RFC 8601: it removes forged copies
    of its own), whatever the sender put above it."""
    raw = (b"Authentication-Results: evil.example; dmarc=pass header.from=fi-gold.example\r\n"
           b"Authentication-Results: mx.partnerdesk.example; dmarc=fail "
           b"header.from=fi-gold.example\r\n"
           b"From: aino@fi-gold.example\r\nTo: leads@mailbot.localhost\r\n"
           b"Subject: Re: [L-1] Lead\r\nMessage-ID: <ar@x>\r\n\r\nYes\r\n")
    trusting = Ours("leads@mailbot.localhost", "mailbot.localhost",
                    authserv_ids=("mx.partnerdesk.example",))
    assert classify(raw, OnlyAino(), trusting, now=NOW).dmarc_fail
    assert not classify(raw, OnlyAino(), OURS, now=NOW).dmarc_fail  # topmost, unconfigured


def test_a_trusted_server_vouches_for_the_sender():
    from email import message_from_bytes

    from mailbot.inbound.classify import sender_authenticated
    trusted = ("mx.partnerdesk.example",)

    def verdict(*results: str, sender: str = "aino@fi-gold.example",
                servers: tuple[str, ...] = trusted) -> bool:
        head = "".join(f"Authentication-Results: {r}\r\n" for r in results)
        msg = message_from_bytes(f"{head}From: {sender}\r\n\r\nYes\r\n".encode())
        return sender_authenticated(msg, sender, servers)

    assert verdict("mx.partnerdesk.example; dmarc=pass header.from=fi-gold.example")
    # DKIM of the sender's own domain (or a parent of it), not of some other domain
    assert verdict("mx.partnerdesk.example; spf=none; dkim=pass header.d=fi-gold.example")
    assert verdict("mx.partnerdesk.example; dkim=pass header.d=fi-gold.example",
                   sender="aino@mail.fi-gold.example")
    assert not verdict("mx.partnerdesk.example; dkim=pass header.d=evil.example")
    assert not verdict("mx.partnerdesk.example; dkim=fail header.d=fi-gold.example")
    # the sender's own header above the trusted one, or no trusted server configured
    assert not verdict("evil.example; dmarc=pass", "mx.partnerdesk.example; dmarc=fail")
    assert not verdict("mx.partnerdesk.example; dmarc=pass", servers=())
    assert not verdict()


class Broken(NoDirectory):
    def contact(self, address):
        raise LookupError("the directory broke")


RAW = (b"From: Pia <pia@fi-plc.example>\r\nTo: leads+1-2-abc@mailbot.localhost\r\n"
       b"Subject: Re: lead\r\nMessage-ID: <x@y>\r\n\r\nOtetaan.\r\n")


def test_an_error_inside_classify_quarantines_the_mail_with_its_reason(monkeypatch):
    monkeypatch.delenv(RAISE_ENV, raising=False)
    found = classify(RAW, Broken(), OURS, now=NOW)
    assert (found.kind, found.why) == ("unrelated",
                                       "unreadable message: LookupError: the directory broke")


def test_the_debug_switch_lets_the_error_out_with_its_traceback(monkeypatch):
    monkeypatch.setenv(RAISE_ENV, "1")
    with pytest.raises(LookupError, match="the directory broke"):
        classify(RAW, Broken(), OURS, now=NOW)


class _Recording:
    """The quote parser, recording the text it is given."""

    def __init__(self) -> None:
        self.given: list[str] = []

    def parse_reply(self, text: str) -> str:
        self.given.append(text)
        return text


def test_a_long_run_of_blank_lines_reaches_the_quote_parser_as_three(monkeypatch):
    """The quote parser's signature pattern scans every run of blank lines from each of its
    lines: 100,000 blank lines took hours. Runs are cut to three blank lines first; the
    words around them are kept."""
    parser = _Recording()
    monkeypatch.setattr(replies, "_PARSER", parser)
    text = replies.new_text("Ja, nehmen wir.\n" + " \n" * 50 + "\nGrüße\nPia\n")
    assert "Ja, nehmen wir." in text
    assert parser.given and "\n\n\n\n\n" not in parser.given[0].replace(" ", "")
    assert parser.given[0].startswith("Ja, nehmen wir.\n") and "Grüße\nPia" in parser.given[0]


@pytest.mark.parametrize("pattern", ["_MARKER", "_OPENERS", "_ATTRIBUTION"])
def test_a_quote_opener_is_found_on_its_own_line_not_from_blank_lines_above(pattern):
    """Matched from blank lines above it, each opener pattern scanned every run of blank
    lines from each of its lines (quadratic: minutes on a long paste)."""
    opener = {"_MARKER": "— Reply above this line —",
              "_OPENERS": "-----Original Message-----",
              "_ATTRIBUTION": "On Mon, 1 Dec 2026, Mailbot <leads@mailbot.localhost> wrote:"}
    body = "Yes.\n\n \n\n" + opener[pattern] + "\n> our text"
    found = getattr(replies, pattern).search(body)
    assert found is not None and found.start() == body.index(opener[pattern])


def test_the_net_sum_words_are_searched_once_per_table_reading(monkeypatch):
    """net_column looked for "Beloppen är exkl. moms" in the whole text once per line: a long
    paste of rows took minutes."""
    searched = []

    class Counting:
        def search(self, text):
            searched.append(len(text))
            return None

    monkeypatch.setattr(amounts, "_SUMS_NET", Counting())
    amounts.net_column("| Kunde | 12 500 EUR | won |\n" * 200)
    assert len(searched) <= 1
