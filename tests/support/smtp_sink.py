"""A real SMTP server on loopback (aiosmtpd) that records what it receives.

Recipients can be scripted to answer with a code (e.g. 451 or 550) to exercise the
sender's retry and failure paths.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class SinkHandler:
    received: list[Received] = field(default_factory=list)
    #: recipient → SMTP reply to give at RCPT (e.g. "550 5.1.1 no such user")
    answers: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: seconds each DATA takes, to make a batch last long enough to be interrupted
    delay: float = 0.0
    #: while set, every DATA waits before answering: senders stay mid-batch
    paused: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answer = self.answers.get(address.lower())
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        while self.paused.is_set():
            await asyncio.sleep(0.005)
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          envelope.content))
        return "250 Message accepted"

    def count(self) -> int:
        with self.lock:
            return len(self.received)


class SmtpSink:
    def __init__(self) -> None:
        self.handler = SinkHandler()
        self.port = free_port()
        self.controller = self._controller()

    def _controller(self) -> Controller:
        return Controller(self.handler, hostname="127.0.0.1", port=self.port,
                          server_hostname="sink.test", ready_timeout=10)

    def restart(self) -> None:
        """Drop every connection, as a server restart does (a Controller cannot restart)."""
        self.controller.stop()
        self.controller = self._controller()
        self.controller.start()

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received
