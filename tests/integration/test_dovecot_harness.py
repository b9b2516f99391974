"""Smoke tests for the private Dovecot harness (tests/support/dovecot.py) the poller tests use."""

from __future__ import annotations

import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.support import dovecot as harness
from tests.support.dovecot import DovecotServer

# The `dovecot` fixture comes from tests/support/dovecot.py via pytest_plugins in
# tests/conftest.py.

# What a dropped connection raises on the next command. imaplib wraps send errors and EOF in
# IMAP4.abort (== IMAPClient.AbortError), but an OSError from a read (reset, timeout) is not
# wrapped, so a poller has to catch both.
DROPPED = (IMAPClient.AbortError, OSError)


def message(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "partner@example.test"
    msg["To"] = "bot@mailbot.test"
    msg["Subject"] = f"message {n}"
    msg["Message-ID"] = f"<m{n}@example.test>"
    msg.set_content(f"body {n}\n")
    return msg.as_bytes()


def test_login(dovecot: DovecotServer) -> None:
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as imap:
        assert b"IDLE" in imap.capabilities()
        imap.login(dovecot.user, dovecot.users[dovecot.user])
        assert imap.noop()[0].startswith(b"NOOP completed")
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as imap, \
            pytest.raises(LoginError):
        imap.login(dovecot.user, "wrong")


def test_append_then_select_sees_uids(dovecot: DovecotServer) -> None:
    uids = [dovecot.append(dovecot.user, message(n)) for n in range(1, 4)]
    assert uids == [1, 2, 3]
    with dovecot.client() as imap:
        info = imap.select_folder("INBOX")
        assert info[b"EXISTS"] == 3
        assert info[b"UIDVALIDITY"] > 0
        assert imap.search("ALL") == [1, 2, 3]
        fetched = imap.fetch([2], ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
        assert b"message 2" in fetched[2][b"BODY[HEADER.FIELDS (SUBJECT)]"]
    # Other folders are created on demand and number their UIDs on their own.
    assert dovecot.append(dovecot.user, message(4), folder="Leads") == 1


def test_idle_gets_exists_push(dovecot: DovecotServer) -> None:
    with dovecot.client() as imap:
        imap.select_folder("INBOX")
        imap.idle()
        dovecot.append(dovecot.user, message(1))
        # idle_check waits on the server's push; "* OK Still here" keepalives (every
        # idle_notify_interval) may come first, so keep reading until EXISTS or the deadline.
        deadline = time.monotonic() + 5
        responses: list[tuple] = []
        while not any(r[1:2] == (b"EXISTS",) for r in responses):
            assert time.monotonic() < deadline, f"no EXISTS push, got {responses}"
            responses += imap.idle_check(timeout=5)
        imap.idle_done()
        assert (1, b"EXISTS") in responses


def test_kick_drops_only_that_users_connection(dovecot: DovecotServer) -> None:
    dovecot.add_user("other@mailbot.test", "secret2")  # while running: re-read by Dovecot
    with dovecot.client() as imap, dovecot.client("other@mailbot.test") as other:
        imap.select_folder("INBOX")
        other.select_folder("INBOX")
        dovecot.kick(dovecot.user)
        with pytest.raises(DROPPED):
            imap.noop()
        assert dovecot.sessions(dovecot.user) == []
        assert other.noop()[0].startswith(b"NOOP completed")


@pytest.mark.parametrize("graceful", [True, False], ids=["graceful", "crash"])
def test_restart_keeps_maildir_and_uidvalidity(dovecot: DovecotServer, graceful: bool) -> None:
    for n in (1, 2):
        dovecot.append(dovecot.user, message(n))
    with dovecot.client() as imap:  # its exit tolerates the dead connection
        before = imap.select_folder("INBOX")
        port = dovecot.port

        dovecot.restart(graceful=graceful)

        with pytest.raises(DROPPED):
            imap.noop()
    assert dovecot.port == port
    with dovecot.client() as again:
        after = again.select_folder("INBOX")
        assert after[b"UIDVALIDITY"] == before[b"UIDVALIDITY"]
        assert again.search("ALL") == [1, 2]
    assert dovecot.append(dovecot.user, message(3)) == 3


def test_missing_binary_fails_in_ci_and_skips_elsewhere(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILBOT_TEST_DOVECOT", str(tmp_path / "no-dovecot"))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        harness.require_dovecot()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="Dovecot not found"):
        harness.require_dovecot()
