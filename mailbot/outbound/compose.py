"""Turn a rendered email into a MIME message with threading and reply addressing.

Every email about one lead to one contact continues one thread: all of them refer to
the same root id, which carries the reply key (``<reply-KEY@domain>``), so a reply can
be matched even where the server drops plus-addressing (Exchange): the key is in
Reply-To (``leads+KEY@domain``), in References, and the subject keeps ``[L-123]``.
Bounces come back to a VERP address (``bounce+KEY@domain``) naming the outbox row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from mailbot.outbound.emails import EmailKind
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
    """What the SMTP transaction needs besides the message."""

    mail_from: str
    rcpt_to: str
    message: EmailMessage


def thread_root(reply_key: str, domain: str) -> str:
    return f"<reply-{reply_key}@{domain}>"


def compose(*, identity: Identity, kind: EmailKind, rendered: RenderedEmail, to_addr: str,
            to_name: str, message_id: str, now: datetime, reply_key: str | None,
            verp_key: str, unsubscribe_url: str | None = None) -> Envelope:
    msg = EmailMessage()
    msg["From"] = Address(identity.name, addr_spec=identity.address)
    msg["To"] = Address(to_name, addr_spec=to_addr) if to_name else to_addr
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    if reply_key is not None:
        root = thread_root(reply_key, identity.reply_domain)
        msg["Reply-To"] = Address(identity.name, addr_spec=identity.reply_address(reply_key))
        msg["In-Reply-To"] = root
        msg["References"] = root
        msg["Thread-Topic"] = rendered.subject  # Outlook groups conversations by this
    # RFC 3834: an automatic message; auto-responders must not answer it.
    msg["Auto-Submitted"] = "auto-generated"
    if not kind.replyable:
        msg["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    else:
        # Replies are wanted, but out-of-office notices only on partner mails (they pause
        # the contact); suppress the rest of Exchange's automatic answers.
        msg["X-Auto-Response-Suppress"] = "DR, RN, NRN, AutoReply"
    if unsubscribe_url and kind.unsubscribable:
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-Mailbot-Kind"] = kind.name
    msg.set_content(rendered.text, cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    return Envelope(identity.bounce_address(verp_key), to_addr, msg)
