from __future__ import annotations

from sqlalchemy import select

from mailbot.app import App
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.store import models as m

QUALIFIED = {
    "company": "Kylmä Oy", "contact_email": "buyer@kylma.example", "country": "FI",
    "postal_code": "00150", "requirement": "120 temperature sensors", "source": "web",
    "product": "sensors", "skills": ["plc"],
}


def add_lead(app: App, now, **overrides):
    return receive_lead(app, parse_lead({**QUALIFIED, **overrides}), now)


def offers(app: App, lead_id: int) -> dict[str, str]:
    with app.sessions() as s:
        return dict(s.execute(select(m.Offer.partner_id, m.Offer.state)
                              .where(m.Offer.lead_id == lead_id)).all())


def offer_of(app: App, lead_id: int, partner_id: str) -> tuple[int, int]:
    """(offer id, id of the partner's first contact)."""
    with app.sessions() as s:
        offer = s.scalar(select(m.Offer).where(m.Offer.lead_id == lead_id,
                                               m.Offer.partner_id == partner_id))
        contact = s.scalar(select(m.Contact).where(m.Contact.partner_id == partner_id)
                           .order_by(m.Contact.id))
        return offer.id, contact.id


def lead_row(app: App, lead_id: int) -> m.Lead:
    with app.sessions() as s:
        return s.get(m.Lead, lead_id)


def outbox(app: App, lead_id: int) -> list[tuple[str, str]]:
    with app.sessions() as s:
        return list(s.execute(select(m.OutboundMessage.template, m.OutboundMessage.to_addr)
                              .where(m.OutboundMessage.lead_id == lead_id)
                              .order_by(m.OutboundMessage.id)).all())


def events(app: App, lead_id: int) -> list[tuple[str, str | None, str]]:
    with app.sessions() as s:
        return list(s.execute(select(m.LeadEvent.kind, m.LeadEvent.to_state, m.LeadEvent.rule)
                              .where(m.LeadEvent.lead_id == lead_id)
                              .order_by(m.LeadEvent.id)).all())
