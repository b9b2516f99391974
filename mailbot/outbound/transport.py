"""Where composed mail goes: a real SMTP server, or the built-in capture (a Maildir).

Only this module and the sender speak SMTP. Errors are classified once here:
:class:`TransientError` (retry later) or :class:`PermanentError` (give up, record why).
"""

from __future__ import annotations

import contextlib
import logging
import mailbox
import smtplib
import ssl
from pathlib import Path
from typing import Protocol

from mailbot.outbound.compose import Envelope

log = logging.getLogger(__name__)


class TransientError(Exception):
    """Try again later: connection problems, 4xx answers."""


class PermanentError(Exception):
    """Do not retry: 5xx answers (unknown recipient, rejected content)."""


class Transport(Protocol):
    def send(self, envelope: Envelope) -> None: ...
    def close(self) -> None: ...


class SmtpTransport:
    """One persistent connection, opened lazily and reopened once after a drop."""

    def __init__(self, host: str, port: int, *, security: str = "none", username: str = "",
                 password: str = "", timeout: float = 30, local_hostname: str = "mailbot") -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self.password, self.timeout = username, password, timeout
        # smtplib calls socket.getfqdn() without local_hostname: milliseconds per connection.
        self.local_hostname = local_hostname
        self._conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        cls = smtplib.SMTP_SSL if self.security == "tls" else smtplib.SMTP
        conn = cls(self.host, self.port, timeout=self.timeout, local_hostname=self.local_hostname)
        if self.security == "starttls":
            conn.starttls(context=ssl.create_default_context())
        if self.username:
            conn.login(self.username, self.password)
        return conn

    def send(self, envelope: Envelope) -> None:
        for attempt in (1, 2):
            try:
                if self._conn is None:
                    self._conn = self._connect()
                self._conn.sendmail(envelope.mail_from, [envelope.rcpt_to], envelope.data)
                return
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = next(iter(exc.recipients.values()))
                raise _classify(code, text) from None
            except smtplib.SMTPResponseException as exc:
                if exc.smtp_code in (421,) or exc.smtp_code < 500:
                    self.close()
                raise _classify(exc.smtp_code, exc.smtp_error) from None
            except (smtplib.SMTPServerDisconnected, ConnectionError, OSError) as exc:
                self.close()
                if attempt == 2:
                    raise TransientError(f"connection to {self.host}:{self.port}: {exc}") from None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._conn = None


def _classify(code: int, text: bytes | str) -> Exception:
    message = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    if 500 <= code < 600:
        return PermanentError(f"{code} {message}")
    return TransientError(f"{code} {message}")


class CaptureTransport:
    """The embedded default: mail stays on this machine, in a Maildir the capture page shows."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.parent.mkdir(parents=True, exist_ok=True)
        self._box = mailbox.Maildir(str(directory), create=True)

    def send(self, envelope: Envelope) -> None:
        # A delivering MTA records the envelope sender as Return-Path; so does the capture.
        data = f"Return-Path: <{envelope.mail_from}>\r\n".encode() + envelope.data
        try:
            self._box.add(data)
        except OSError as exc:
            raise TransientError(f"capture {self.directory}: {exc}") from None

    def close(self) -> None:
        pass
