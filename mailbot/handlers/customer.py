"""What the end customer tells us through their links: a rating, or "nobody called"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.handlers.offering import responsible_managers
from mailbot.handlers.partner_actions import Outcome, Result
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import joined
from mailbot.store.outbox import enqueue


def rate_partner(app: App, lead_id: int, stars: int, comment: str, now: datetime, *,
                 session: Session | None = None) -> Result:
    """Store the customer's 1-5 rating; a later rating replaces an earlier one."""
    if not 1 <= stars <= 5:
        return Result(Outcome.ILLEGAL, lead_id, "stars must be 1 to 5")
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        if lead is None:
            return Result(Outcome.UNKNOWN)
        lead.satisfaction, lead.satisfaction_comment, lead.rated_at = stars, comment, now
        timeline.note(session, lead, "customer_rating", now=now, actor="customer",
                      channel="web", note=f"{stars}/5 {comment}".strip(),
                      data={"stars": stars, "partner": lead.partner_id})
        return Result(Outcome.UPDATED, lead.id)


def report_not_contacted(app: App, lead_id: int, now: datetime, *,
                         session: Session | None = None) -> Result:
    """The customer says nobody got in touch: keep it on the lead and alert the managers."""
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        if lead is None:
            return Result(Outcome.UNKNOWN)
        lead.not_contacted_at = now
        timeline.note(session, lead, "customer_not_contacted", now=now, actor="customer",
                      channel="web", note=f"partner {lead.partner_id or '-'}")
        for manager in responsible_managers(session, lead):
            enqueue(session, now=now, to_addr=manager.email, template="customer_not_contacted",
                    language=manager.language, domain=app.settings.file.sender.reply_domain,
                    lead_id=lead.id, manager_id=manager.id)
        return Result(Outcome.UPDATED, lead.id)
