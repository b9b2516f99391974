"""The Message-ID that stores a mail (the duplicate check) is read by a scan of the header
block, not a header parser: it must still find the header however it is written."""

from __future__ import annotations

import pytest

from mailbot.handlers.mail_received import message_id_of

DOMAIN = "leads.example"


@pytest.mark.parametrize("raw, expected", [
    (b"From: a@x.example\r\nMessage-ID: <1@x.example>\r\n\r\nbody", "<1@x.example>"),
    (b"message-id:<2@x.example>\n\nbody", "<2@x.example>"),
    (b"Subject: hi\nMessage-Id:\n <3@x.example>\n\nbody", "<3@x.example>"),
    (b"Message-ID: <4@x.example>\nMessage-ID: <5@x.example>\n\n", "<4@x.example>"),
    (b"X-Message-ID: <6@x.example>\nMessage-ID: <7@x.example>\n\n", "<7@x.example>"),
    (b"From: a@x.example\nMessage-ID: <8@x.example>", "<8@x.example>"),
])
def test_the_header_is_found(raw: bytes, expected: str) -> None:
    assert message_id_of(raw, DOMAIN) == expected


@pytest.mark.parametrize("raw", [
    b"From: a@x.example\n\nMessage-ID: <in-the-body@x.example>\n",
    b"From: a@x.example\r\n\r\nMessage-ID: <in-the-body@x.example>\r\n",
    b"Message-ID:   \nFrom: a@x.example\n\n",
    b"Message-ID: <" + b"x" * 1000 + b">\n\n",
    b"",
])
def test_without_a_usable_header_the_id_comes_from_the_bytes(raw: bytes) -> None:
    found = message_id_of(raw, DOMAIN)
    assert found.startswith("<generated.") and found.endswith(f"@{DOMAIN}>")
    assert found == message_id_of(raw, DOMAIN)
