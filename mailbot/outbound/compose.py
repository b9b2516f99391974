"""Turn a rendered email into a MIME message with threading and reply addressing.

Every email about one lead to one contact continues one thread: all of them refer to
the same root id, which carries the reply key (``<reply-KEY@domain>``), so a reply can
be matched even where the server drops plus-addressing (Exchange): the key is in
Reply-To (``leads+KEY@domain``), in References, and the subject keeps ``[L-123]``.
Bounces come back to a VERP address (``bounce+KEY@domain``) naming the outbox row.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from mailbot.outbound.emails import EmailKind
from mailbot.outbound.mime import address, alternative
from mailbot.outbound.render import RenderedEmail


@dataclass(frozen=True)
class Identity:
    name: str
    address: str
    reply_domain: str

    @property
    def local(self) -> str:
        return self.address.split("@", 1)[0]

    def reply_address(self, key: str) -> str:
        return f"{self.local}+{key}@{self.reply_domain}"

    def bounce_address(self, key: str) -> str:
        return f"bounce+{key}@{self.reply_domain}"


@dataclass(frozen=True)
class Envelope:
    """What the SMTP transaction needs: envelope addresses and the message bytes (CRLF)."""

    mail_from: str
    rcpt_to: str
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message parsed back (for tests and the capture page; not on the send path)."""
        return email.message_from_bytes(self.data, policy=email.policy.SMTP)  # type: ignore


def thread_root(reply_key: str, domain: str) -> str:
    return f"<reply-{reply_key}@{domain}>"


def compose(*, identity: Identity, kind: EmailKind, rendered: RenderedEmail, to_addr: str,
            to_name: str, message_id: str, now: datetime, reply_key: str | None,
            verp_key: str, unsubscribe_url: str | None = None,
            attachments: list[tuple[str, str, bytes]] | None = None) -> Envelope:
    headers = [
        ("From", address(identity.name, identity.address)),
        ("To", address(to_name, to_addr)),
        ("Subject", rendered.subject),
        ("Date", format_datetime(now)),
        ("Message-ID", message_id),
    ]
    if reply_key is not None:
        root = thread_root(reply_key, identity.reply_domain)
        headers += [("Reply-To", address(identity.name, identity.reply_address(reply_key))),
                    ("In-Reply-To", root), ("References", root),
                    ("Thread-Topic", rendered.subject)]  # Outlook groups conversations by it
    elif kind.replyable:  # no lead to key on (a cooldown notice): replies still reach us
        headers.append(("Reply-To", address(identity.name,
                                            f"{identity.local}@{identity.reply_domain}")))
    # RFC 3834: an automatic message; auto-responders must not answer it.
    headers.append(("Auto-Submitted", "auto-generated"))
    # Replies are wanted on partner mails, and so are out-of-office notices (they pause the
    # contact); every other automatic answer from Exchange is suppressed.
    headers.append(("X-Auto-Response-Suppress",
                    "DR, RN, NRN, AutoReply" if kind.replyable else "OOF, AutoReply"))
    if unsubscribe_url and kind.unsubscribable:
        headers += [("List-Unsubscribe", f"<{unsubscribe_url}>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    headers.append(("X-Mailbot-Kind", kind.name))
    data = alternative(headers, rendered.text, rendered.html, attachments)
    return Envelope(identity.bounce_address(verp_key), to_addr, data)
