"""Fast seeding for the benchmarks: one lead goes through the real intake (matching, wave,
offer emails), then its lead and offer rows are bulk-copied, because the intake costs
~20 ms a lead and benchmarks need thousands of fresh, identical leads."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from mailbot.app import App
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.store import models as m

LEAD = {"company": "Kylmä Oy", "contact_email": "buyer@kylma.example", "country": "FI",
        "postal_code": "00150", "source": "web", "requirement": "120 temperature sensors",
        "product": "sensors"}


def offered_leads(app: App, n: int, now: datetime, **fields) -> list[int]:
    """Ids of n offered leads, each with the same wave of pending offers."""
    model_id = receive_lead(app, parse_lead({**LEAD, **fields}), now).lead_id
    return [model_id, *copies(app, model_id, n - 1)]


def copies(app: App, model_id: int, n: int) -> list[int]:
    leads, offers = m.Lead.__table__, m.Offer.__table__
    if n <= 0:
        return []
    with app.sessions.begin() as session:
        lead_row = dict(session.execute(select(leads).where(leads.c.id == model_id))
                        .mappings().one())
        offer_rows = [dict(r) for r in session.execute(
            select(offers).where(offers.c.lead_id == model_id)).mappings()]
        lead_row.pop("id")
        ids = list(session.scalars(
            leads.insert().returning(leads.c.id, sort_by_parameter_order=True),
            [lead_row] * n))
        session.execute(offers.insert(), [
            {**{k: v for k, v in row.items() if k != "id"}, "lead_id": i}
            for i in ids for row in offer_rows])
    return ids
