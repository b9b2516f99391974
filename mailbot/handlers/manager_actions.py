"""What a manager does with an unclaimed lead from the notice's one-click links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.lifecycle import LeadState
from mailbot.handlers.offering import (
    contact_language,
    create_wave,
    deliverable_contacts,
    plan_next,
)
from mailbot.handlers.partner_actions import Outcome, Result, feedback_due, set_feedback_deadline
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import joined
from mailbot.store.outbox import enqueue


def offer_to_all(app: App, lead_id: int, now: datetime, *, actor: str = "manager",
                 session: Session | None = None) -> Result:
    """One more wave, to every eligible partner not asked yet; when none is left, to those
    who only lost the race for it (a lead given back). Nobody who declined is asked again."""
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        if lead is None:
            return Result(Outcome.UNKNOWN)
        if lead.state != LeadState.UNCLAIMED:
            return Result(Outcome.NOT_UNCLAIMED, lead.id)
        chosen = plan_next(session, lead, app.rules, now)
        if not chosen:
            return Result(Outcome.NO_PARTNER, lead.id)
        create_wave(session, lead, chosen, app.rules, now,
                    domain=app.settings.file.sender.reply_domain, actor=actor,
                    channel="web", rule="manager.offer_all")
        return Result(Outcome.UPDATED, lead.id, f"{len(chosen)} partners")


def assign_to_partner(app: App, lead_id: int, partner_id: str, now: datetime, *,
                      actor: str = "manager", session: Session | None = None) -> Result:
    """Hand an unclaimed lead to one partner directly; it gets the details at once."""
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        partner = session.get(m.Partner, partner_id)
        if lead is None or partner is None or not partner.active:
            return Result(Outcome.UNKNOWN)
        if lead.state != LeadState.UNCLAIMED:
            return Result(Outcome.NOT_UNCLAIMED, lead.id)
        contacts = deliverable_contacts(session, partner_id)
        if not contacts:
            return Result(Outcome.NO_PARTNER, lead.id)
        contact, address = contacts[0]
        timeline.move(session, lead, LeadState.ACCEPTED, now=now, actor=actor,
                      channel="web", note=f"assigned to {partner_id}", rule="manager.assign")
        lead.partner_id, lead.contact_id, lead.accepted_at = partner_id, contact.id, now
        set_feedback_deadline(app, lead, feedback_due(app, partner, "accepted", now))
        domain = app.settings.file.sender.reply_domain
        enqueue(session, now=now, to_addr=address, template="lead_details",
                language=contact_language(contact, partner), domain=domain, lead_id=lead.id,
                contact_id=contact.id)
        if lead.contact_email:
            enqueue(session, now=now, to_addr=lead.contact_email, template="customer_notice",
                    language=lead.language or app.settings.file.mailbot.default_language,
                    domain=domain, lead_id=lead.id)
        return Result(Outcome.UPDATED, lead.id, f"assigned to {partner_id}")
