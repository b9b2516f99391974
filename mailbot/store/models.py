"""SQLAlchemy 2.x models. Every due-time column the scheduler polls is indexed together
with the state it is polled in, so a tick costs O(due rows), not O(table)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, returns aware UTC: SQLite keeps no offsets, PostgreSQL would
    shift them by the session timezone; this way both behave the same."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict: JSON, list: JSON}


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Partner(Base):
    """An organisation that is offered leads. Directory fields are overwritten on every
    directory sync; runtime fields (paused_until, cooldown_until) are not."""

    __tablename__ = "partners"
    id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    partner_type: Mapped[str] = mapped_column(String(20))
    roles: Mapped[list] = mapped_column(default=list)
    level: Mapped[str] = mapped_column(String(40))
    skills: Mapped[list] = mapped_column(default=list)
    certifications: Mapped[list] = mapped_column(default=list)
    countries: Mapped[list] = mapped_column(default=list)
    postal_prefixes: Mapped[list] = mapped_column(default=list)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[int] = mapped_column(Integer, default=10)
    language: Mapped[str] = mapped_column(String(5), default="en")
    timezone: Mapped[str | None] = mapped_column(String(64))
    managers: Mapped[list] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_until: Mapped[datetime | None]
    cooldown_until: Mapped[datetime | None]
    #: leads this partner closed, kept as counters: matching reads them on every wave,
    #: and counting a growing history there would make a tick O(leads)
    won_leads: Mapped[int] = mapped_column(Integer, default=0)
    lost_leads: Mapped[int] = mapped_column(Integer, default=0)
    organisation: Mapped[Organisation] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="partner",
                                                   order_by="Contact.id")


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    #: the primary address; stable identity across directory reloads
    key: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="sales")
    language: Mapped[str | None] = mapped_column(String(5))
    timezone: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused_until: Mapped[datetime | None]
    #: the next weekly summary of their open leads (None: not opted in)
    summary_due_at: Mapped[datetime | None] = mapped_column(index=True)
    #: unsubscribed from the summary by its one-click link (directory reloads keep it)
    summary_unsubscribed_at: Mapped[datetime | None]
    partner: Mapped[Partner] = relationship(back_populates="contacts")
    addresses: Mapped[list[ContactAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactAddress.id")


class ContactAddress(Base):
    """Every registered address of a contact: replies change state only from these."""

    __tablename__ = "contact_addresses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    undeliverable: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the last hard bounce: when, and what the remote server said
    bounced_at: Mapped[datetime | None]
    bounce_detail: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Manager(Base):
    __tablename__ = "managers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(40))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    scope: Mapped[dict] = mapped_column(default=dict)
    language: Mapped[str] = mapped_column(String(5), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    digest: Mapped[dict] = mapped_column(default=dict)
    #: when the next digest goes out (from ``digest``'s schedule, in the manager's timezone)
    digest_due_at: Mapped[datetime | None] = mapped_column(index=True)
    #: unsubscribed from the digest by its one-click link (directory reloads keep it)
    digest_unsubscribed_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Lead(Base):
    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_state_escalation", "state", "escalation_due_at"),
        Index("ix_leads_state_feedback", "state", "feedback_due_at"),
        Index("ix_leads_state_chase", "state", "feedback_chase_at"),
        Index("ix_leads_partner_state", "partner_id", "state"),
        # open leads per partner (capacity) and recent accepts (fairness) without a scan
        Index("ix_leads_state_partner", "state", "partner_id"),
        Index("ix_leads_accepted_partner", "accepted_at", "partner_id"),
        # the digest reads one period of closes, feedback and ratings
        Index("ix_leads_closed_at", "closed_at"),
        Index("ix_leads_last_feedback_at", "last_feedback_at"),
        Index("ix_leads_rated_at", "rated_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(20))
    temperature: Mapped[str] = mapped_column(String(10))
    company: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(String(100), default="")
    skills: Mapped[list] = mapped_column(default=list)
    certifications: Mapped[list] = mapped_column(default=list)
    partner_type: Mapped[str] = mapped_column(String(20), default="")
    exclude_partners: Mapped[list] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(5), default="")
    estimated_value: Mapped[float | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="")
    extra: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    wave: Mapped[int] = mapped_column(Integer, default=0)
    escalation_due_at: Mapped[datetime | None]
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partners.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    accepted_at: Mapped[datetime | None]
    feedback_due_at: Mapped[datetime | None]
    #: when the scheduler next chases the partner for feedback, and how far it has got
    #: (0 nothing sent, 1 reminder before the deadline, 2 reminder at it, 3 lock notice)
    feedback_chase_at: Mapped[datetime | None]
    feedback_chase_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_feedback_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    deal_amount: Mapped[float | None] = mapped_column(Numeric(14, 2))
    deal_currency: Mapped[str] = mapped_column(String(3), default="")
    expected_close: Mapped[datetime | None]
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    #: the end customer's 1-5 rating of the partner, and "nobody has contacted me yet"
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    rated_at: Mapped[datetime | None]
    not_contacted_at: Mapped[datetime | None]
    offers: Mapped[list[Offer]] = relationship(back_populates="lead", order_by="Offer.id")
    events: Mapped[list[LeadEvent]] = relationship(order_by="LeadEvent.id")

    @property
    def ref(self) -> str:
        return lead_ref(self.id)


def lead_ref(lead_id: int) -> str:
    return f"L-{lead_id}"


class Offer(Base):
    __tablename__ = "offers"
    __table_args__ = (
        UniqueConstraint("lead_id", "partner_id", name="uq_offer_lead_partner"),
        Index("ix_offers_state_reminder", "state", "reminder_due_at"),
        Index("ix_offers_partner_state", "partner_id", "state"),
        Index("ix_offers_created_at", "created_at"),
        Index("ix_offers_decided_at", "decided_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    wave: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    factors: Mapped[dict] = mapped_column(default=dict)
    locked_at_offer: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    reminder_due_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[Lead] = relationship(back_populates="offers")


class LeadEvent(Base):
    """The lead's timeline: every transition and every automatic action, with its cause."""

    __tablename__ = "lead_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(254))
    channel: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    rule: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[dict] = mapped_column(default=dict)


class InboundMessage(Base):
    """Every email received, stored raw before anything else is done with it.

    status: received → processed | ignored (nothing to do: auto-reply, our own mail,
    unrelated) | quarantined (``reason`` says why; ``mailbot inbox`` lists them) |
    failed (a bug: ``error`` holds it; reprocess after the fix).
    """

    __tablename__ = "inbound_messages"
    __table_args__ = (Index("ix_inbound_status_received", "status", "received_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    received_at: Mapped[datetime]
    via: Mapped[str] = mapped_column(String(10))
    envelope_from: Mapped[str] = mapped_column(String(254), default="")
    envelope_to: Mapped[list] = mapped_column(default=list)
    #: deferred: listing and updating rows never drags megabytes of mail along
    raw: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    status: Mapped[str] = mapped_column(String(20), default="received")
    kind: Mapped[str] = mapped_column(String(20), default="")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    error: Mapped[str] = mapped_column(Text, default="")
    processed_at: Mapped[datetime | None]
    sender: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    #: why it was quarantined or ignored, or what it did
    reason: Mapped[str] = mapped_column(Text, default="")
    #: what the classifier read (the ``mailbot parse --json`` object)
    result: Mapped[dict] = mapped_column(default=dict)


class ImapCheckpoint(Base):
    """Where the IMAP poller stands in one mailbox: a UIDVALIDITY change starts over."""

    __tablename__ = "imap_checkpoints"
    mailbox: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class OutboundMessage(Base):
    """The outbox: written in the same transaction as the state change that causes it.

    status: pending → sending (claimed under a lease) → sent | failed | skipped; a
    transient failure puts it back to pending with a later due_at.
    """

    __tablename__ = "outbound_messages"
    __table_args__ = (Index("ix_outbound_status_due", "status", "due_at"),
                      Index("ix_outbound_status_lease", "status", "lease_until"),
                      Index("ix_outbound_to_template", "to_addr", "template", "created_at"),
                      Index("ix_outbound_contact_template", "contact_id", "template",
                            "created_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    created_at: Mapped[datetime]
    due_at: Mapped[datetime]
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"), index=True)
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("offers.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    manager_id: Mapped[str | None] = mapped_column(ForeignKey("managers.id"))
    to_addr: Mapped[str] = mapped_column(String(254))
    template: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(5))
    context: Mapped[dict] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]
    #: unique per claimed batch; only the claimant may mark the row sent
    claim: Mapped[str | None] = mapped_column(String(40), index=True)
    lease_until: Mapped[datetime | None]
    #: temporary delivery failures reported back by remote servers (DSN "delayed")
    soft_bounces: Mapped[int] = mapped_column(Integer, default=0)


class DeliveryLog(Base):
    """Every send, retry, skip, failure and reclaim, with its reason (like Discourse's
    EmailLog / SkippedEmailLog)."""

    __tablename__ = "delivery_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbound_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id"), index=True)
    at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    worker: Mapped[str] = mapped_column(String(80), default="")


class OwnDeal(Base):
    """A deal the partner found and closed themselves (reverse-deal control, seed 004):
    registered by email reply, by the admin, or later from the digest."""

    __tablename__ = "own_deals"
    __table_args__ = (Index("ix_own_deals_partner_at", "partner_id", "registered_at"),
                      Index("uq_own_deals_partner_external", "partner_id", "external_id",
                            unique=True))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    registered_at: Mapped[datetime]
    company: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: email, admin, or api:<key name>
    via: Mapped[str] = mapped_column(String(80), default="admin")
    #: the caller's id for it (a CRM opportunity id): a retried API call finds it again
    external_id: Mapped[str | None] = mapped_column(String(200))


class PointsEntry(Base):
    __tablename__ = "points_ledger"
    __table_args__ = (Index("ix_points_partner_at", "partner_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    at: Mapped[datetime]
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(60))


class LinkUse(Base):
    """A one-shot link (accept, decline, give back, rating, …) that has been acted on.

    Signed tokens stay valid until they expire; this row makes a replay harmless."""

    __tablename__ = "link_uses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nonce: Mapped[str] = mapped_column(String(40), unique=True)
    action: Mapped[str] = mapped_column(String(20))
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    used_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(30))


class LinkOpen(Base):
    """A GET/HEAD of a link, kept apart from actions; ``scanner`` marks opens that look
    like mail security scanners so "opened" statistics stay honest."""

    __tablename__ = "link_opens"
    __table_args__ = (Index("ix_link_opens_lead_at", "lead_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(20))
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    method: Mapped[str] = mapped_column(String(8))
    user_agent: Mapped[str] = mapped_column(String(300), default="")
    remote: Mapped[str] = mapped_column(String(64), default="")
    scanner: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(60), default="")


class WebhookDelivery(Base):
    """The webhook outbox: one row per event and subscribed webhook, written in the
    transaction that caused the event; ``outbound/webhooks.py`` posts it.

    status: pending → sending (claimed under a lease) → delivered | failed; a failed
    attempt puts it back to pending with a later due_at until ``max_attempts``. Events of
    a webhook removed from the config wait until it is added back, or become ``dropped``
    (``mailbot webhooks drop NAME``).
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_status_due", "status", "due_at"),
                      Index("ix_webhook_status_lease", "status", "lease_until"),
                      UniqueConstraint("event_id", "webhook", name="uq_webhook_event"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: the same for every webhook the event goes to: receivers deduplicate on it
    event_id: Mapped[str] = mapped_column(String(40))
    webhook: Mapped[str] = mapped_column(String(60))
    event_type: Mapped[str] = mapped_column(String(60))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"), index=True)
    payload: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_status: Mapped[int | None] = mapped_column(Integer)
    delivered_at: Mapped[datetime | None]
    claim: Mapped[str | None] = mapped_column(String(40), index=True)
    lease_until: Mapped[datetime | None]


class WebhookAttempt(Base):
    """The delivery log: every POST with the receiver's answer, and every reclaim."""

    __tablename__ = "webhook_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id"), index=True)
    at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(20))
    status_code: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str] = mapped_column(String(80), default="")
