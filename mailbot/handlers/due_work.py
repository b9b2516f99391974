"""Everything the clock makes due: the scheduler and ``mailbot tick`` call only this.

Due times live in indexed columns, so a tick reads only due rows. Each due lead is
handled in its own transaction, claimed with ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL so several instances ticking at once never do the same work twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.lifecycle import LeadState, OfferState, offer_transition
from mailbot.handlers.offering import offer_next_wave, responsible_managers
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import unit_of_work
from mailbot.store.outbox import enqueue

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class TickReport:
    escalated: list[str] = field(default_factory=list)
    unclaimed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"escalated {len(self.escalated)} lead(s) to a new wave, "
                f"{len(self.unclaimed)} unclaimed")


def due_work(app: App, now: datetime) -> TickReport:
    """Run everything due at ``now`` once."""
    report = TickReport()
    while _escalate_batch(app, now, report):
        pass
    return report


def _escalate_batch(app: App, now: datetime, report: TickReport) -> bool:
    """Escalate up to BATCH due leads; return whether a full batch was found."""
    with unit_of_work(app.sessions) as session:
        ids = session.scalars(
            select(m.Lead.id).where(m.Lead.state == LeadState.OFFERED,
                                    m.Lead.escalation_due_at <= now)
            .order_by(m.Lead.escalation_due_at).limit(BATCH)
            .with_for_update(skip_locked=True)).all()
    for lead_id in ids:
        with unit_of_work(app.sessions) as session:
            lead = session.scalar(select(m.Lead).where(
                m.Lead.id == lead_id, m.Lead.state == LeadState.OFFERED,
                m.Lead.escalation_due_at <= now).with_for_update(skip_locked=True))
            if lead is None:  # another instance took it, or someone accepted meanwhile
                continue
            _escalate(session, app, lead, now, report)
    return len(ids) == BATCH


def _notify_escalation(session: Session, lead: m.Lead, offers: list[m.Offer],
                       silent: list[m.Offer], now: datetime, domain: str) -> None:
    names = dict(session.execute(select(m.Organisation.id, m.Organisation.name).where(
        m.Organisation.id.in_([o.partner_id for o in [*offers, *silent]]))).all())
    context = {"wave": lead.wave, "partners": [names[o.partner_id] for o in offers],
               "silent": [names[o.partner_id] for o in silent]}
    for manager in responsible_managers(session, lead):
        enqueue(session, now=now, to_addr=manager.email, template="escalation",
                language=manager.language, domain=domain, lead_id=lead.id,
                manager_id=manager.id, context=context)


def _escalate(session: Session, app: App, lead: m.Lead, now: datetime,
              report: TickReport) -> None:
    pending = session.scalars(select(m.Offer).where(
        m.Offer.lead_id == lead.id, m.Offer.state == OfferState.PENDING)).all()
    for offer in pending:
        offer.state = offer_transition(offer.state, OfferState.EXPIRED)
        offer.decided_at = now
    rule = f"offers.{lead.temperature}.escalation_after"
    timeline.note(session, lead, "wave_expired", now=now, actor="mailbot", channel="scheduler",
                  rule=rule, note=f"wave {lead.wave}: no accept, "
                  f"{len(pending)} offer(s) expired")
    domain = app.settings.file.sender.reply_domain
    result = offer_next_wave(session, lead, app.rules, now, channel="scheduler", rule=rule,
                             domain=domain)
    (report.unclaimed if result.unclaimed else report.escalated).append(lead.ref)
    if not result.unclaimed and app.rules.offers.notify_managers_on_escalation:
        _notify_escalation(session, lead, result.offers, pending, now, domain)
    log.info("lead %s: %s", lead.ref, "unclaimed" if result.unclaimed else f"wave {result.wave}")
