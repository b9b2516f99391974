"""An email arrived (SMTP, IMAP or a file): store it raw, then process it once.

Save first: the raw bytes are committed under their Message-ID before anything reads
them, so a crash or a bug never loses a mail; a duplicate delivery is a no-op. The
effects of one mail (a lead accepted, a contact paused, an address marked bounced)
commit in the same transaction as the row's ``processed`` status, so processing is
exactly-once even across restarts and several instances (the row is claimed by an
UPDATE ``received`` → ``processing`` that takes the lock before anything is read). A
failure rolls the effects back, stores the error on the row and logs it for the admin;
``mailbot inbox reprocess`` runs it again after a fix.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer
from sqlalchemy.orm.attributes import set_committed_value

from mailbot import logs, metrics
from mailbot.app import App
from mailbot.errors import NotFound
from mailbot.handlers import auto_reply, bounce, reply
from mailbot.inbound.classify import Classified, Ours, classify
from mailbot.inbound.page_cache import unaffected
from mailbot.store import models as m
from mailbot.store.db import unit_of_work

log = logging.getLogger(__name__)
MAX_MESSAGE_ID = 998


@dataclass(frozen=True)
class Stored:
    id: int
    message_id: str
    duplicate: bool


@dataclass(frozen=True)
class Processed:
    id: int
    status: str  # processed | ignored | quarantined | failed | skipped (done elsewhere)
    kind: str = ""
    reason: str = ""


def store_raw(app: App, raw: bytes, *, via: str, now: datetime, envelope_from: str = "",
              envelope_to: list[str] | tuple[str, ...] = ()) -> Stored:
    """Commit the raw message; the same mail again (its Message-ID and body already
    stored) returns that row instead. A different mail reusing a stored Message-ID is
    stored under an id of its own, never dropped unseen."""
    message_id = message_id_of(raw, app.identity.reply_domain)
    stored = _insert(app, raw, message_id, via, now, envelope_from, envelope_to)
    if not stored.duplicate or _same_body(app, stored.id, raw):
        return stored
    # from the body: the same reusing mail delivered twice is still one message
    own = f"<reused.{hashlib.sha256(_body(raw)).hexdigest()[:40]}@{app.identity.reply_domain}>"
    log.warning("inbound %s: Message-ID already used by message %s with another body; "
                "stored as %s", message_id, stored.id, own)
    return _insert(app, raw, own, via, now, envelope_from, envelope_to)


def _same_body(app: App, inbound_id: int, raw: bytes) -> bool:
    """Delivered twice, the same mail differs only in its trace headers (Received,
    Delivered-To …): compare what follows the header block."""
    with app.sessions() as session:
        stored = session.scalar(select(m.InboundMessage.raw).where(
            m.InboundMessage.id == inbound_id))
    return _body(stored or b"") == _body(raw)


def _body(raw: bytes) -> bytes:
    normal = raw.replace(b"\r\n", b"\n")
    return normal.split(b"\n\n", 1)[1] if b"\n\n" in normal else b""


def _insert(app: App, raw: bytes, message_id: str, via: str, now: datetime,
            envelope_from: str, envelope_to) -> Stored:
    table = m.InboundMessage.__table__
    try:
        with unit_of_work(app.sessions) as session:
            unaffected(session)  # a stored mail shows on no link page until processed
            new_id = session.scalar(table.insert().returning(table.c.id).values(
                message_id=message_id, received_at=now, via=via,
                envelope_from=envelope_from[:254], envelope_to=list(envelope_to), raw=raw,
                status="received", kind="", error="", sender="", subject="", reason="",
                result={}))
            return Stored(new_id, message_id, False)
    except IntegrityError:
        with app.sessions() as session:
            existing = session.scalar(select(m.InboundMessage.id).where(
                m.InboundMessage.message_id == message_id))
        if existing is None:
            raise
        return Stored(existing, message_id, True)


def message_id_of(raw: bytes, domain: str) -> str:
    """The Message-ID header; without one (RFC 5322 makes it optional) an id derived from
    the bytes, so the same mail delivered twice is still recognised as a duplicate."""
    end = _HEADER_END.search(raw)
    found = _MESSAGE_ID.search(raw, 0, end.start() if end else len(raw))
    value = " ".join(found[1].decode("ascii", "surrogateescape").split()) if found else ""
    if value and len(value) <= MAX_MESSAGE_ID:
        return value
    return f"<generated.{hashlib.sha256(raw).hexdigest()[:40]}@{domain}>"


# A scan of the header block, not a header parser: this runs on every mail before it is
# stored, and parsing all headers cost as much as the insert.
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_MESSAGE_ID = re.compile(rb"^Message-ID[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


def ingest(app: App, raw: bytes, *, via: str, now: datetime, envelope_from: str = "",
           envelope_to: list[str] | tuple[str, ...] = ()) -> Processed:
    """Store, then process: the path of every inbound adapter."""
    stored = store_raw(app, raw, via=via, now=now, envelope_from=envelope_from,
                       envelope_to=envelope_to)
    if stored.duplicate:
        log.info("inbound %s: duplicate of message %s, not processed again",
                 stored.message_id, stored.id)
        return process(app, stored.id, now)
    return process(app, stored.id, now, raw=raw)


def process(app: App, inbound_id: int, now: datetime, raw: bytes | None = None) -> Processed:
    """Process a stored message once; a message already processed is ``skipped``.
    ``raw``: the stored bytes when the caller still has them (saves reading them back)."""
    try:
        with unit_of_work(app.sessions) as session:
            # Claim by writing first: the row lock (PostgreSQL) or the write lock (SQLite)
            # is taken before anything is read, so two workers never both process it. The
            # claim returns the row (the raw bytes only when the caller has none).
            row = session.scalars(
                update(m.InboundMessage).where(m.InboundMessage.id == inbound_id,
                                               m.InboundMessage.status == "received")
                .values(status="processing").returning(m.InboundMessage)
                .options(*([defer(m.InboundMessage.raw)] if raw else []))
                .execution_options(synchronize_session=False, populate_existing=True)).first()
            if row is None:
                return Processed(inbound_id, "skipped", reason="already processed")
            if raw:
                set_committed_value(row, "raw", raw)  # a bounce handler reads it
            with logs.about(message_id=row.message_id):
                return _apply(session, app, row, row.raw if raw is None else raw, now)
    except Exception as exc:  # noqa: BLE001 - recorded on the row and shown to the admin
        log.error("inbound message %s: processing failed: %s: %s (stored; run "
                  "`mailbot inbox reprocess %s` after fixing)", inbound_id,
                  type(exc).__name__, exc, inbound_id, exc_info=True)
        with unit_of_work(app.sessions) as session:
            session.execute(update(m.InboundMessage).where(m.InboundMessage.id == inbound_id)
                            .values(status="failed", error=f"{type(exc).__name__}: {exc}"[:2000],
                                    processed_at=now))
        metrics.INBOUND.labels("unknown", "failed").inc()
        return Processed(inbound_id, "failed", reason=str(exc))


def process_pending(app: App, now: datetime, *, older_than: timedelta = timedelta(minutes=2),
                    limit: int = 500) -> list[Processed]:
    """Messages stored but never processed (the process stopped between the two steps)."""
    with app.sessions() as session:
        ids = session.scalars(select(m.InboundMessage.id).where(
            m.InboundMessage.status == "received",
            m.InboundMessage.received_at <= now - older_than).order_by(m.InboundMessage.id)
            .limit(limit)).all()
    return [process(app, i, now) for i in ids]


def reprocess(app: App, inbound_id: int, now: datetime) -> Processed:
    """Run a quarantined, ignored or failed message through processing again."""
    with unit_of_work(app.sessions) as session:
        if session.get(m.InboundMessage, inbound_id) is None:
            raise NotFound(f"no received email #{inbound_id} (see `mailbot inbox list`)")
        session.execute(update(m.InboundMessage).where(
            m.InboundMessage.id == inbound_id, m.InboundMessage.status != "processed")
            .values(status="received", error="", reason=""))
    return process(app, inbound_id, now)


def read(app: App, raw: bytes, now: datetime, envelope_to: list[str] | None = None,
         session: Session | None = None) -> Classified:
    """Classify without changing anything (``mailbot parse``)."""
    if session is None:
        with app.sessions() as own:
            return read(app, raw, now, envelope_to, own)
    return classify(raw, DbLookup(session, app), ours(app), now=now, envelope_to=envelope_to)


def ours(app: App) -> Ours:
    return Ours(app.identity.address, app.identity.reply_domain,
                tuple(app.rules.inbound.trusted_authserv_ids),
                app.settings.config_dir / "templates", app.identity.name)


EFFECTS = {"reply": reply.handle, "auto_reply": auto_reply.handle, "bounce": bounce.handle,
           "unrelated": reply.handle_unrelated}


def _apply(session: Session, app: App, row: m.InboundMessage, raw: bytes,
           now: datetime) -> Processed:
    found = classify(raw, DbLookup(session, app), ours(app), now=now,
                     envelope_to=row.envelope_to)
    # held while the effects run: the session's identity map is weak, and the handlers
    # would read the lead again once nothing refers to it
    lead = session.get(m.Lead, found.lead_id) if found.lead_id is not None else None
    lead_id = lead.id if lead is not None else None
    with logs.about(lead=lead_id):
        status, reason = EFFECTS[found.kind](session, app, row, found, now)
    # set after the effects: one UPDATE of the row at commit, not one per autoflush
    row.kind, row.sender, row.subject = found.kind, found.sender[:254], found.subject[:998]
    row.result = {**found.as_json(), "why": found.why}
    row.lead_id, row.contact_id = lead_id, found.contact_id
    row.status, row.reason, row.processed_at = status, reason[:2000], now
    metrics.count_inbound(session, found.kind, status)
    log.info("inbound %s (%s from %s): %s as %s: %s", row.id, row.message_id, found.sender,
             status, found.kind, reason)
    return Processed(row.id, status, found.kind, reason)


class DbLookup:
    """The classifier's view of the directory and our keys, read in the caller's session."""

    def __init__(self, session: Session, app: App) -> None:
        self.session, self.signer = session, app.signer
        self._contacts: dict[str, tuple[int, str] | None] = {}

    def contact(self, address: str) -> tuple[int, str] | None:
        address = address.strip().lower()
        if address not in self._contacts:
            self._contacts[address] = self._find(address) or self._find(_untagged(address))
        return self._contacts[address]

    def _find(self, address: str) -> tuple[int, str] | None:
        row = self.session.connection().execute(_CONTACT, {"address": address}).first()
        return (row[0], row[1]) if row else None

    def reply_key(self, key: str) -> tuple[int, int] | None:
        return self.signer.parse_reply_key(key)

    def verp_key(self, key: str) -> int | None:
        return self.signer.parse_verp_key(key)

    def threads(self, message_ids: list[str]) -> dict[str, tuple[int | None, int | None]]:
        # Core on the session's connection, one statement for the thread's ids: the ORM's
        # statement handling cost more than the indexed lookup itself
        rows = self.session.connection().execute(_THREADS, {"mids": list(message_ids)})
        return {mid: (lead, contact) for mid, lead, contact in rows}

    def customer(self, lead_id: int) -> tuple[str, str] | None:
        row = self.session.connection().execute(_CUSTOMER, {"lead": lead_id}).first()
        return (row[0], row[1]) if row else None


_outbox = m.OutboundMessage.__table__
_leads = m.Lead.__table__
_CUSTOMER = select(_leads.c.company, _leads.c.city).where(_leads.c.id == bindparam("lead"))
_THREADS = select(_outbox.c.message_id, _outbox.c.lead_id, _outbox.c.contact_id).where(
    _outbox.c.message_id.in_(bindparam("mids", expanding=True)))
_addresses, _contacts, _partners = (m.ContactAddress.__table__, m.Contact.__table__,
                                    m.Partner.__table__)
# contacts and partners removed from the directory are kept inactive for history; their
# mail is a stranger's
_CONTACT = (select(_addresses.c.contact_id, _addresses.c.email)
            .join(_contacts, _contacts.c.id == _addresses.c.contact_id)
            .join(_partners, _partners.c.id == _contacts.c.partner_id)
            .where(_addresses.c.email == bindparam("address"), _contacts.c.active,
                   _partners.c.active))


def _untagged(address: str) -> str:
    """``aino+crm@x`` → ``aino@x``: plus-tags are the sender's business, not a new person."""
    local, at, domain = address.partition("@")
    return local.split("+", 1)[0] + at + domain
