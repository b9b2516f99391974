"""Hostile and broken mail through the whole inbound path (store raw, classify, apply,
commit), not only the classifier: every message is stored byte for byte, and processing
ends in a recorded status, never an exception (a "failed" row would mean one escaped)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import undefer

from mailbot.app import build_app, load_config
from mailbot.handlers.mail_received import ingest
from mailbot.store import models as m
from mailbot.store.db import make_engine
from tests.conftest import FIXTURES
from tests.unit.test_inbound_fuzz import CHARSETS, ENCODINGS, header_text

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
SETTLED = {"processed", "quarantined", "ignored"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(FIXTURES / "config", tmp / "config")
    engine = make_engine(f"sqlite:///{tmp / 'fuzz.db'}")
    yield build_app(load_config(tmp / "config", environ={}), engine=engine)
    engine.dispose()


def _through(app, raw: bytes) -> None:
    done = ingest(app, raw, via="fuzz", now=NOW)
    assert done.status in SETTLED | {"skipped"}, (done.status, done.reason)
    with app.sessions() as s:
        row = s.get(m.InboundMessage, done.id, options=[undefer(m.InboundMessage.raw)])
        assert row is not None and row.status in SETTLED, (row and row.status, row.error)
        if done.status != "skipped":  # a repeated Message-ID keeps the first copy
            assert row.raw == raw  # stored as received, before processing


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_random_bytes_are_stored_and_settled(app, raw):
    _through(app, raw)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(subject=header_text, charset=st.sampled_from(CHARSETS), cte=st.sampled_from(ENCODINGS),
       body=st.binary(max_size=2000),
       sender=st.sampled_from(["Pia <pia@fi-plc.example>", "eve@evil.example", "<>", "",
                               "MAILER-DAEMON@mx.example"]),
       ctype=st.sampled_from(["text/plain", "text/html", "multipart/alternative",
                              "multipart/report; report-type=delivery-status",
                              "message/rfc822", "multipart/mixed; boundary="]),
       extra=st.sampled_from(["", "Auto-Submitted: auto-replied\r\n", "References: <<<>\r\n",
                              "Message-ID: <fixed@fuzz>\r\n", "Subject: [L-1] again\r\n",
                              "Authentication-Results: x; dmarc=fail\r\n"]))
def test_broken_mime_is_stored_and_settled(app, subject, charset, cte, body, sender, ctype,
                                           extra):
    raw = (f"From: {sender}\r\nTo: leads+1-2-abc@mailbot.localhost\r\nSubject: {subject}\r\n"
           f"{extra}MIME-Version: 1.0\r\nContent-Type: {ctype}; charset=\"{charset}\"\r\n"
           f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode("utf-8", "replace") + body
    _through(app, raw)


def test_a_ten_megabyte_koi8_body_is_stored_and_quarantined(app):
    body = ("Добрый день, " * 800_000).encode("koi8-r")[:10 * 1024 * 1024]
    raw = (b"From: stranger@example.org\r\nTo: leads@mailbot.localhost\r\n"
           b"Subject: big\r\nMessage-ID: <big@fuzz>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=koi8-r\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + body)
    _through(app, raw)
    with app.sessions() as s:
        row = s.scalar(select(m.InboundMessage).where(m.InboundMessage.message_id == "<big@fuzz>"))
        assert row.status == "quarantined"
