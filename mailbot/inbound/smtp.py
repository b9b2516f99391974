"""The SMTP/LMTP receiver: an adapter that stores mail and answers per recipient.

Like Mailman's LMTP runner it decides nothing: it accepts any recipient at our reply
domain, rejects only transport problems (unknown domain 550, oversize 552 — aiosmtpd
enforces ``data_size_limit``), and answers 250 only after the raw message is
committed. Processing runs after the answer, so a slow or failing handler never makes
the remote MTA retry (and deliver twice); a message whose processing was cut short
stays ``received`` and is picked up by ``process_pending``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from mailbot.app import App
from mailbot.handlers.mail_received import process, store_raw

log = logging.getLogger(__name__)


class MailHandler:
    """aiosmtpd handler: RCPT checks the domain, DATA stores, then processes."""

    def __init__(self, app: App, *, lmtp: bool = False,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.app, self.lmtp, self.clock = app, lmtp, clock
        self.domain = app.identity.reply_domain.lower()
        self.tasks: set[asyncio.Future] = set()

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address.rpartition("@")[2].lower() != self.domain:
            return f"550 5.1.2 {address}: not a Mailbot address (expected @{self.domain})"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        now = self.clock()
        try:
            stored = await asyncio.to_thread(
                store_raw, self.app, raw, via="lmtp" if self.lmtp else "smtp", now=now,
                envelope_from=envelope.mail_from or "", envelope_to=list(envelope.rcpt_tos))
        except Exception as exc:  # noqa: BLE001 - the sender keeps the mail and retries
            log.error("receiver: could not store a message from %s: %s", envelope.mail_from,
                      exc, exc_info=True)
            return self._each(envelope, "451 4.3.0 Could not store the message, try again later")
        if not stored.duplicate:
            task = asyncio.ensure_future(asyncio.to_thread(process, self.app, stored.id, now))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return self._each(envelope, f"250 2.0.0 OK stored as #{stored.id}")

    def _each(self, envelope: Envelope, status: str) -> str:
        """LMTP answers DATA once per recipient (RFC 2033); SMTP answers once."""
        return "\r\n".join([status] * len(envelope.rcpt_tos)) if self.lmtp else status

    async def drain(self) -> None:
        """Wait for messages being processed (graceful shutdown)."""
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)


class Receiver:
    """The receiver on the caller's asyncio loop (``mailbot run`` shares it with the web
    server and the scheduler), started with ``loop.create_server`` as aiosmtpd documents."""

    def __init__(self, app: App, *, host: str | None = None, port: int | None = None,
                 protocol: str | None = None, max_bytes: int | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        settings = app.settings.file.receiver
        self.host = host or settings.host
        self.port = settings.port if port is None else port
        self.lmtp = (protocol or settings.protocol) == "lmtp"
        self.max_bytes = max_bytes or settings.max_message_bytes
        self.mail = MailHandler(app, lmtp=self.lmtp, clock=clock)
        self.server: asyncio.AbstractServer | None = None

    def _protocol(self) -> SMTP:
        cls = LMTP if self.lmtp else SMTP
        return cls(self.mail, data_size_limit=self.max_bytes, enable_SMTPUTF8=True,
                   ident="Mailbot")

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(self._protocol, host=self.host, port=self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stop accepting, then finish the messages being processed."""
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
        await self.mail.drain()
