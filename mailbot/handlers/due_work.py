"""Everything the clock makes due: the scheduler and ``mailbot tick`` call only this.

Due times live in indexed columns, so a tick reads only due rows. Each due lead is
handled in its own transaction, claimed with ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL so several instances ticking at once never do the same work twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mailbot import logs, metrics
from mailbot.app import App
from mailbot.domain import policy
from mailbot.domain.lifecycle import WORKING_STATES, LeadState, OfferState, offer_transition
from mailbot.handlers import digest, lead_summary
from mailbot.handlers.offering import (
    contact_language,
    deliverable_address,
    deliverable_contacts,
    offer_next_wave,
    partner_calendar,
    responsible_managers,
    withdraw_and_replace,
)
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import unit_of_work
from mailbot.store.outbox import enqueue, queued_since

log = logging.getLogger(__name__)
BATCH = 200
WORKING = [str(s) for s in WORKING_STATES]


@dataclass
class TickReport:
    escalated: list[str] = field(default_factory=list)
    unclaimed: list[str] = field(default_factory=list)
    #: offer reminders sent ("L-12 r01")
    reminded: list[str] = field(default_factory=list)
    #: feedback chase emails sent ("L-12 feedback_overdue")
    chased: list[str] = field(default_factory=list)
    #: managers whose digest, and contacts whose open-lead summary, was queued
    digests: list[str] = field(default_factory=list)
    #: pending offers of partners removed from the directory ("L-12 fi-plc")
    withdrawn: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"escalated {len(self.escalated)} lead(s) to a new wave, "
                f"{len(self.unclaimed)} unclaimed, {len(self.reminded)} offer reminder(s), "
                f"{len(self.chased)} feedback chase(s), {len(self.digests)} digest(s), "
                f"{len(self.withdrawn)} offer(s) of removed partners withdrawn")

    def __bool__(self) -> bool:
        return bool(self.escalated or self.unclaimed or self.reminded or self.chased
                    or self.digests or self.withdrawn)


def due_work(app: App, now: datetime) -> TickReport:
    """Run everything due at ``now`` once (the jobs of ``DUE``, in order)."""
    report = TickReport()
    with metrics.timed_tick():
        _offers_of_removed_partners(app, now, report)
        for model, due_at, condition, handle in DUE:
            while _handle_due(app, now, report, model, due_at, condition, handle):
                pass
    return report


def _handle_due(app: App, now: datetime, report: TickReport, model, due_at, condition,
                handle: Callable) -> bool:
    """Handle up to BATCH rows of ``model`` whose ``due_at`` has come and which still meet
    ``condition``, each in its own transaction; return whether a full batch was found.

    Rows are claimed with ``FOR UPDATE SKIP LOCKED`` (a no-op on SQLite, which has one
    writer) and re-read under the lock: a row another instance holds, or that changed
    meanwhile (accepted, decided), is left alone."""
    due = (condition, due_at <= now)
    with unit_of_work(app.sessions) as session:
        ids = session.scalars(select(model.id).where(*due).order_by(due_at).limit(BATCH)
                              .with_for_update(skip_locked=True)).all()
    for row_id in ids:
        with unit_of_work(app.sessions) as session:
            row = session.scalar(select(model).where(model.id == row_id, *due)
                                 .with_for_update(skip_locked=True))
            if row is not None:
                with logs.about(lead=getattr(row, "lead_id", None) if model is not m.Lead
                                else row.id):
                    handle(session, app, row, now, report)
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


def _remind(session: Session, app: App, offer: m.Offer, now: datetime,
            report: TickReport) -> None:
    offer.reminder_due_at = None
    lead = offer.lead
    if lead.state != LeadState.OFFERED:
        return
    partner = session.get(m.Partner, offer.partner_id)
    first = next(iter(deliverable_contacts(session, offer.partner_id)), (None, None))[0]
    held = policy.hold_until(now, partner_calendar(app.rules, partner, first))
    if held is not None:  # night, weekend or holiday where they are: wait for the morning
        offer.reminder_due_at = held
        return
    sent = 0
    for contact, addr in deliverable_contacts(session, offer.partner_id):
        if contact.paused_until and contact.paused_until > now:
            continue  # away: the wave moves on without them
        enqueue(session, now=now, to_addr=addr, template="offer_reminder",
                language=contact_language(contact, partner),
                domain=app.settings.file.sender.reply_domain,
                context={"locked": offer.locked_at_offer}, lead_id=lead.id, offer_id=offer.id,
                contact_id=contact.id)
        sent += 1
    if sent:
        timeline.note(session, lead, "offer_reminder", now=now, actor="mailbot",
                      channel="scheduler", rule=f"offers.{lead.temperature}.reminder_after",
                      note=f"reminded {offer.partner_id} of the pending offer")
        report.reminded.append(f"{lead.ref} {offer.partner_id}")


def _chase(session: Session, app: App, lead: m.Lead, now: datetime,
           report: TickReport) -> None:
    rules = app.rules
    contact = session.get(m.Contact, lead.contact_id) if lead.contact_id else None
    if lead.feedback_due_at is None or contact is None:
        lead.feedback_chase_at = None
        return
    if contact.paused_until and contact.paused_until > now:
        lead.feedback_chase_at = contact.paused_until  # held until they are back
        return
    held = policy.hold_until(now, partner_calendar(
        rules, session.get(m.Partner, contact.partner_id), contact))
    if held is not None:  # no reminders at night or on holidays in the contact's timezone
        lead.feedback_chase_at = held
        return
    times = policy.chase_times(lead.feedback_due_at, rules.feedback.remind_before,
                               rules.pick_lock.overdue_by if rules.pick_lock.enabled else None)
    step = policy.chase_step(times, lead.feedback_chase_step, now)
    if step is None:  # not due yet (the deadline moved): wait for the next step
        later = times[lead.feedback_chase_step:]
        lead.feedback_chase_at = later[0] if later else None
        return
    if step >= 1 and lead.feedback_chase_step <= 1:  # the deadline has just been missed
        _deduct_overdue(session, app, lead, contact, now)
    lead.feedback_chase_step = step + 1
    lead.feedback_chase_at = times[step + 1] if step + 1 < len(times) else None
    kind = policy.CHASE_EMAILS[step]
    rule = ("feedback.remind_before", f"feedback.deadlines.{lead.state}",
            "pick_lock.overdue_by")[step]
    if kind == "pick_lock" and queued_since(session, "pick_lock", now - timedelta(days=1),
                                            contact_id=contact.id):
        return  # one lock notice a day lists every overdue lead; no storm per lead
    addr = deliverable_address(contact)
    if addr is None:
        log.warning("lead %s: no deliverable address for %s; %s not sent", lead.ref,
                    contact.key, kind)
        return
    partner = session.get(m.Partner, contact.partner_id)
    enqueue(session, now=now, to_addr=addr, template=kind,
            language=contact_language(contact, partner),
            domain=app.settings.file.sender.reply_domain, lead_id=lead.id,
            contact_id=contact.id)
    timeline.note(session, lead, kind, now=now, actor="mailbot", channel="scheduler",
                  rule=rule, note=f"{kind.replace('_', ' ')} sent to {contact.key}")
    report.chased.append(f"{lead.ref} {kind}")


def _deduct_overdue(session: Session, app: App, lead: m.Lead, contact: m.Contact,
                    now: datetime) -> None:
    """The deadline passed without feedback: the ledger's deduction, once per deadline."""
    if app.rules.points.overdue_feedback:
        session.add(m.PointsEntry(partner_id=lead.partner_id, contact_id=contact.id,
                                  lead_id=lead.id, at=now, reason="overdue_feedback",
                                  points=app.rules.points.overdue_feedback))


#: what the clock makes due, in order (escalation first: a wave that expires at this
#: instant moves on rather than being reminded): model, due column, still-due condition,
#: handler
def _withdraw_removed(session: Session, app: App, offer: m.Offer, now: datetime,
                      report: TickReport) -> None:
    """A pending offer whose partner (or every contact of it) was removed from the
    directory: nobody can accept it, so it leaves the wave and another partner joins."""
    withdraw_and_replace(session, offer, app.rules, now,
                         domain=app.settings.file.sender.reply_domain,
                         rule="directory.removed", channel="scheduler",
                         note=f"{offer.partner_id} is no longer in the partner directory",
                         why="removed from the directory")
    report.withdrawn.append(f"{offer.lead.ref} {offer.partner_id}")


def _offers_of_removed_partners(app: App, now: datetime, report: TickReport) -> None:
    """Pending offers nobody can accept any more: their partner, or every contact of it,
    was removed from the directory. The partners are few and looked up first; their
    offers come by the (partner_id, state) index, so a long history costs nothing."""
    with app.sessions() as session:
        removed = session.scalars(select(m.Partner.id).where(~m.Partner.active | ~exists().where(
            m.Contact.partner_id == m.Partner.id, m.Contact.active))).all()
        ids = session.scalars(select(m.Offer.id).where(
            m.Offer.partner_id.in_(removed), m.Offer.state == OfferState.PENDING)
            .order_by(m.Offer.id)).all() if removed else []
    for offer_id in ids:
        with unit_of_work(app.sessions) as session:
            offer = session.scalar(select(m.Offer).where(
                m.Offer.id == offer_id, m.Offer.state == OfferState.PENDING)
                .with_for_update(skip_locked=True))
            if offer is not None:
                with logs.about(lead=offer.lead_id):
                    _withdraw_removed(session, app, offer, now, report)


DUE = (
    (m.Lead, m.Lead.escalation_due_at, m.Lead.state == LeadState.OFFERED, _escalate),
    (m.Offer, m.Offer.reminder_due_at, m.Offer.state == OfferState.PENDING, _remind),
    (m.Lead, m.Lead.feedback_chase_at, m.Lead.state.in_(WORKING), _chase),
    (m.Manager, m.Manager.digest_due_at, m.Manager.active, digest.send_due),
    (m.Contact, m.Contact.summary_due_at, m.Contact.active, lead_summary.send_due),
)
