"""Write a lead's state changes: validated by the domain's table, logged as events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.domain.lifecycle import Event, lead_event
from mailbot.store import models as m
from mailbot.store import webhooks


def record(session: Session, lead: m.Lead, event: Event) -> None:
    # Every event is part of the lead's document (API, webhooks, exports): API clients
    # that sync with updated_since must see notes and confirmed amounts, not only moves.
    if lead.updated_at is None or event.at > lead.updated_at:
        lead.updated_at = event.at
    session.add(m.LeadEvent(
        lead_id=lead.id, at=event.at, kind=event.kind, actor=event.actor, channel=event.channel,
        from_state=event.from_state, to_state=event.to_state, note=event.note, rule=event.rule,
        data=event.data))
    webhooks.lead_event(session, lead, event)


def move(session: Session, lead: m.Lead, target: str, *, now: datetime, actor: str,
         channel: str, note: str = "", rule: str = "") -> None:
    """Transition ``lead`` (raises IllegalTransition) and append the timeline event."""
    event = lead_event(lead.state, target, at=now, actor=actor, channel=channel, note=note,
                       rule=rule)
    lead.state = event.to_state  # type: ignore[assignment]
    record(session, lead, event)


def note(session: Session, lead: m.Lead, kind: str, *, now: datetime, actor: str,
         channel: str, note: str = "", rule: str = "", data: dict | None = None) -> None:
    """An event that is not a lead state change (offer made, reminder queued, …)."""
    record(session, lead, Event(at=now, kind=kind, actor=actor, channel=channel, note=note,
                                rule=rule, data=data or {}))
