"""The IMAP poller: replies from a mailbox at the customer's mail provider.

Like Discourse's ``Imap::Sync`` it keeps a checkpoint per mailbox (UIDVALIDITY and
the last UID done) in the database and walks new messages oldest first. Each message
is fetched with ``BODY.PEEK[]``, stored raw and processed (both committed), and only
then moved to the processed folder or flagged \\Seen, and checkpointed. A connection
cut at any point loses nothing and does nothing twice: a message fetched again is a
duplicate Message-ID, a no-op.
A changed UIDVALIDITY (the mailbox was recreated) starts over from UID 1, again
protected by Message-ID. IDLE is used where the server offers it, polling otherwise;
connection failures back off exponentially.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import select

from mailbot.app import App
from mailbot.handlers.mail_received import ingest
from mailbot.store import models as m
from mailbot.store.db import unit_of_work

log = logging.getLogger(__name__)
#: what a dropped or refused connection raises from imapclient
CONNECTION_ERRORS = (IMAPClientError, imaplib.IMAP4.abort, imaplib.IMAP4.error, OSError,
                     ssl.SSLError, socket.timeout, EOFError)
BATCH = 50


@dataclass
class PollReport:
    fetched: int = 0
    processed: list[str] = field(default_factory=list)
    duplicates: int = 0
    restarted: bool = False  # UIDVALIDITY changed

    def summary(self) -> str:
        return (f"{self.fetched} fetched, {len(self.processed)} processed, "
                f"{self.duplicates} already stored"
                + (", mailbox was recreated (UIDVALIDITY changed)" if self.restarted else ""))


@dataclass(frozen=True)
class Mailbox:
    host: str
    port: int
    username: str
    password: str
    ssl: bool = True
    folder: str = "INBOX"
    processed_folder: str = ""
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, app: App) -> Mailbox:
        imap = app.settings.file.imap
        return cls(imap.host, imap.port, imap.username, app.settings.secrets.imap_password,
                   imap.ssl, imap.folder, imap.processed_folder)

    @property
    def key(self) -> str:
        return f"{self.username}@{self.host}/{self.folder}"


class ImapPoller:
    def __init__(self, app: App, mailbox: Mailbox,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.app, self.mailbox, self.clock = app, mailbox, clock
        self.client: IMAPClient | None = None

    # --- connection ---------------------------------------------------------------------

    def connect(self) -> IMAPClient:
        if self.client is None:
            box = self.mailbox
            client = IMAPClient(box.host, port=box.port, ssl=box.ssl, timeout=box.timeout)
            try:
                client.login(box.username, box.password)
            except Exception:
                _quietly(client.logout)
                raise
            self.client = client
        return self.client

    def disconnect(self) -> None:
        if self.client is not None:
            _quietly(self.client.logout)
            self.client = None

    # --- one pass -------------------------------------------------------------------------

    def poll_once(self) -> PollReport:
        """Fetch, store, process and checkpoint every message newer than the checkpoint."""
        client = self.connect()
        report = PollReport()
        # SELECT again: refreshes the view of the mailbox and reports UIDVALIDITY.
        uidvalidity = int(client.select_folder(self.mailbox.folder)[b"UIDVALIDITY"])
        last_uid = self._checkpoint(uidvalidity, report)
        # "N:*" always matches the newest message, even below N: filter on our side.
        uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
        for start in range(0, len(uids), BATCH):
            for uid in uids[start:start + BATCH]:
                self._one(client, uid, uidvalidity, report)
        return report

    def _one(self, client: IMAPClient, uid: int, uidvalidity: int, report: PollReport) -> None:
        data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
        if data is None or b"BODY[]" not in data:
            log.warning("imap %s: UID %s vanished before it was fetched", self.mailbox.key, uid)
        else:
            report.fetched += 1
            done = ingest(self.app, data[b"BODY[]"], via="imap", now=self.clock(),
                          envelope_to=[self.mailbox.username])
            if done.status == "skipped":
                report.duplicates += 1
            else:
                report.processed.append(f"#{done.id} {done.status}")
        # Filed away before the checkpoint moves: a cut in between fetches the message
        # again next time, finds it stored (a no-op) and files it away then.
        self._file_away(client, uid)
        self._save(uidvalidity, uid)

    def _file_away(self, client: IMAPClient, uid: int) -> None:
        """After the commit: move to the processed folder, or flag \\Seen."""
        target = self.mailbox.processed_folder
        if not target:
            client.add_flags([uid], [b"\\Seen"])
        elif client.has_capability("MOVE"):
            client.move([uid], target)
        else:
            client.copy([uid], target)
            client.delete_messages([uid])
            if client.has_capability("UIDPLUS"):
                client.uid_expunge([uid])
            else:
                client.expunge()

    # --- checkpoint ---------------------------------------------------------------------

    def _checkpoint(self, uidvalidity: int, report: PollReport) -> int:
        with unit_of_work(self.app.sessions) as session:
            row = session.get(m.ImapCheckpoint, self.mailbox.key)
            if row is None:
                session.add(m.ImapCheckpoint(mailbox=self.mailbox.key, uidvalidity=uidvalidity,
                                             last_uid=0, updated_at=self.clock()))
                return 0
            if row.uidvalidity != uidvalidity:
                log.warning("imap %s: UIDVALIDITY changed %s → %s; reading the mailbox again "
                            "(duplicates are recognised by Message-ID)", self.mailbox.key,
                            row.uidvalidity, uidvalidity)
                row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, 0, self.clock()
                report.restarted = True
            return row.last_uid

    def _save(self, uidvalidity: int, uid: int) -> None:
        with unit_of_work(self.app.sessions) as session:
            row = session.get(m.ImapCheckpoint, self.mailbox.key)
            if row.uidvalidity == uidvalidity and uid > row.last_uid:
                row.last_uid, row.updated_at = uid, self.clock()

    def checkpoint(self) -> tuple[int, int] | None:
        with self.app.sessions() as session:
            row = session.scalar(select(m.ImapCheckpoint).where(
                m.ImapCheckpoint.mailbox == self.mailbox.key))
            return (row.uidvalidity, row.last_uid) if row else None

    # --- forever ----------------------------------------------------------------------------

    def run(self, stop: threading.Event, *, poll_seconds: float = 60,
            max_backoff: float = 300) -> None:
        """Poll until ``stop`` is set: IDLE between passes where offered; reconnect with
        exponential backoff when the server or the network fails."""
        first = backoff = min(1.0, max_backoff)
        while not stop.is_set():
            try:
                report = self.poll_once()
                if report.fetched:
                    log.info("imap %s: %s", self.mailbox.key, report.summary())
                backoff = first
                self._wait(stop, poll_seconds)
            except CONNECTION_ERRORS as exc:
                log.warning("imap %s: %s: %s; reconnecting in %.0f s", self.mailbox.key,
                            type(exc).__name__, exc, backoff)
            except Exception as exc:  # the database restarting, say
                # Nothing was flagged or checkpointed for the message in hand, so the next
                # pass fetches it again; ending the thread would leave IMAP unread.
                first_line = (str(exc).splitlines() or [""])[0][:300]
                log.error("imap %s: %s: %s; retrying in %.0f s", self.mailbox.key,
                          type(exc).__name__, first_line, backoff)
            else:
                continue
            self.disconnect()
            stop.wait(backoff)
            backoff = min(backoff * 2, max_backoff)
        self.disconnect()

    def _wait(self, stop: threading.Event, seconds: float) -> None:
        """IDLE until the server reports new mail (or ``seconds`` pass), else sleep."""
        client = self.connect()
        if not client.has_capability("IDLE"):
            stop.wait(seconds)
            return
        client.idle()
        try:
            waited = 0.0
            while not stop.is_set() and waited < seconds:
                # Any news (EXISTS, EXPUNGE, a BYE before shutdown) ends the wait: a poll
                # is cheap and tells new mail from a dying connection.
                news = [r for r in client.idle_check(timeout=min(5, seconds))
                        if r and r[0] != b"OK"]  # "* OK Still here" keepalives are no news
                if news:
                    break
                waited += min(5, seconds)
        finally:
            client.idle_done()


def _quietly(fn: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):  # closing a broken connection
        fn()
