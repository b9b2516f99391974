"""Queue an email in the outbox, inside the caller's transaction.

Nothing here speaks SMTP: ``outbound/sender.py`` drains these rows. Rendering
happens at send time from the template name, language and JSON context.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.store import models as m


def enqueue(session: Session, *, now: datetime, to_addr: str, template: str, language: str,
            domain: str, context: dict | None = None, lead_id: int | None = None,
            offer_id: int | None = None, contact_id: int | None = None,
            manager_id: str | None = None, due_at: datetime | None = None) -> m.OutboundMessage:
    row = m.OutboundMessage(
        message_id=f"<mailbot.{uuid.uuid4().hex}@{domain}>", created_at=now, due_at=due_at or now,
        to_addr=to_addr, template=template, language=language, context=context or {},
        lead_id=lead_id, offer_id=offer_id, contact_id=contact_id, manager_id=manager_id)
    session.add(row)
    return row


def queued_since(session: Session, template: str, since: datetime, *,
                 contact_id: int | None = None, to_addr: str | None = None,
                 lead_id: int | None = None) -> bool:
    """Has ``template`` been queued for this contact (or address), about this lead if one
    is given, after ``since``? The rate limits on notices ask this; both columns lead an
    index with template, time."""
    who = (m.OutboundMessage.contact_id == contact_id if contact_id is not None
           else m.OutboundMessage.to_addr == to_addr)
    about = m.OutboundMessage.lead_id == lead_id if lead_id is not None else True
    return session.scalar(select(m.OutboundMessage.id).where(
        who, about, m.OutboundMessage.template == template,
        m.OutboundMessage.created_at > since).limit(1)) is not None
