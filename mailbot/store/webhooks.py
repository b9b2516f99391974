"""Webhook events, queued in the transaction that causes them (the CRM's outbox).

Handlers do not call this directly: every timeline event becomes a webhook event
(``timeline.record``), and the two partner events that have no lead (a pause, a bounce)
call ``emit``. Events wait in ``session.info`` and become ``webhook_deliveries`` rows
just before the commit, so the lead in the payload is the lead as committed; a rollback
drops them with everything else. ``outbound/webhooks.py`` posts the rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fnmatch import fnmatchcase
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from mailbot import metrics
from mailbot.domain.lifecycle import STATUS_UPDATES, Event
from mailbot.store import models as m
from mailbot.store.exports import iso

SUBSCRIPTIONS = "webhooks"
_PENDING = "webhook_events"

#: timeline kinds → public event types (docs/webhooks.md lists them); lead state
#: changes are lead.<state>, except the working states reported as lead.status
TYPES = {
    "received": "lead.created",
    "wave_offered": "offer.sent",
    "wave_expired": "offer.expired",
    "offer_declined": "offer.declined",
    "offer_withdrawn": "offer.withdrawn",
    "offers_withdrawn": "offer.withdrawn",
    "offer_reminder": "offer.reminder",
    "customer_rating": "customer.rating",
    "customer_not_contacted": "customer.not_contacted",
    "cooldown_started": "partner.cooldown",
    "reply": "lead.note",
    "status_confirmed": "lead.status_confirmed",
    "fresh_link": "link.fresh",
    "address_bounced": "partner.bounce",
    "feedback_request": "feedback.request",
    "feedback_overdue": "feedback.overdue",
    "pick_lock": "partner.locked",
}
_STATUS = frozenset(str(s) for s in STATUS_UPDATES) - {"won", "lost"}


@dataclass(frozen=True)
class Pending:
    type: str
    at: datetime
    data: dict
    lead: m.Lead | None
    targets: tuple[str, ...]


def subscribe(factory: sessionmaker[Session], hooks: list) -> None:
    """Let every session from ``factory`` queue events for these webhooks."""
    factory.configure(info={SUBSCRIPTIONS: tuple((h.name, tuple(h.events)) for h in hooks)})


def event_type(ev: Event) -> str:
    if ev.kind == "lead_state":
        return "lead.status" if ev.to_state in _STATUS else f"lead.{ev.to_state}"
    return TYPES.get(ev.kind, f"lead.{ev.kind}")


def lead_event(session: Session, lead: m.Lead, ev: Event) -> None:
    """A timeline event as a webhook event (called by ``timeline.record``)."""
    emit(session, event_type(ev), ev.at, {
        "kind": ev.kind, "from_state": ev.from_state, "to_state": ev.to_state,
        "actor": ev.actor, "channel": ev.channel, "note": ev.note, "rule": ev.rule,
        "data": ev.data}, lead=lead)


def emit(session: Session, type_: str, at: datetime, data: dict[str, Any], *,
         lead: m.Lead | None = None) -> None:
    """Queue ``type_`` for every webhook whose patterns match it (and count it)."""
    metrics.count_event(session, type_)
    subs = session.info.get(SUBSCRIPTIONS)
    if not subs:
        return
    targets = tuple(name for name, patterns in subs
                    if any(fnmatchcase(type_, p) for p in patterns))
    if targets:
        session.info.setdefault(_PENDING, []).append(Pending(type_, at, data, lead, targets))


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    for ev in session.info.pop(_PENDING, ()):
        event_id = f"evt_{uuid.uuid4().hex}"
        payload = {"id": event_id, "type": ev.type, "created_at": iso(ev.at),
                   "lead": lead_snapshot(ev.lead) if ev.lead is not None else None,
                   "data": jsonable(ev.data)}
        for name in ev.targets:
            session.add(m.WebhookDelivery(
                event_id=event_id, webhook=name, event_type=ev.type, payload=payload,
                lead_id=ev.lead.id if ev.lead is not None else None, created_at=ev.at,
                due_at=ev.at))


@event.listens_for(Session, "after_rollback")
def _drop(session: Session) -> None:
    session.info.pop(_PENDING, None)


def lead_snapshot(lead: m.Lead) -> dict:
    """The lead fields a CRM maps (docs/webhooks.md); contact details of the end customer
    included, since the receiver is the manufacturer's own CRM."""
    return jsonable({
        "ref": lead.ref, "id": lead.id, "external_id": lead.external_id, "state": lead.state,
        "temperature": lead.temperature, "company": lead.company,
        "contact_name": lead.contact_name, "contact_email": lead.contact_email,
        "country": lead.country, "city": lead.city, "product": lead.product,
        "source": lead.source, "partner_id": lead.partner_id,
        "estimated_value": lead.estimated_value, "currency": lead.currency,
        "deal_amount": lead.deal_amount, "deal_currency": lead.deal_currency,
        "expected_close": lead.expected_close, "lost_reason": lead.lost_reason,
        "satisfaction": lead.satisfaction, "created_at": lead.created_at,
        "updated_at": lead.updated_at, "accepted_at": lead.accepted_at,
        "closed_at": lead.closed_at})


def jsonable(value: Any) -> Any:
    """Plain JSON values: times as UTC ISO 8601 with Z, money as a number."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, Decimal):  # money: Numeric(14, 2) is exact in a double
        return float(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
