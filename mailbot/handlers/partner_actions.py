"""What a partner does with a lead: accept, decline, report a status, give it back.

Links (web), replies (email) and the CLI all end here, so every channel behaves
the same. Accept is a compare-and-set on the lead row: among any number of
concurrent accepts exactly one wins, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session, object_session

from mailbot.app import App
from mailbot.domain import policy
from mailbot.domain.lifecycle import (
    STATUS_UPDATES,
    WORKING_STATES,
    IllegalTransition,
    LeadState,
    OfferState,
    offer_transition,
)
from mailbot.handlers import own_deals
from mailbot.handlers.offering import (
    contact_language,
    deliverable_address,
    deliverable_contacts_of,
    has_pending_offer,
    is_partner_locked,
    offer_next_wave,
    partner_calendar,
)
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import joined
from mailbot.store.outbox import enqueue


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    ALREADY_YOURS = "already_yours"
    TAKEN = "taken"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"
    ALREADY_DECLINED = "already_declined"
    LOCKED = "locked"
    PAUSED = "paused"
    COOLDOWN = "cooldown"
    NOT_UNCLAIMED = "not_unclaimed"
    NO_PARTNER = "no_partner"
    UPDATED = "updated"
    RETURNED = "returned"
    NOT_YOURS = "not_yours"
    ILLEGAL = "illegal"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    lead_id: int | None = None
    detail: str = ""


def accept_offer(app: App, offer_id: int, contact_id: int, now: datetime, *,
                 channel: str = "web", session: Session | None = None) -> Result:
    """First accept wins; the others' pending offers become withdrawn in the same commit."""
    with joined(app.sessions, session) as session:
        offer = session.get(m.Offer, offer_id)
        contact = session.get(m.Contact, contact_id)
        if offer is None or not acting(contact) or contact.partner_id != offer.partner_id:
            return Result(Outcome.UNKNOWN)
        early = accept_precheck(session, app, offer, contact, now)
        if early is not None:
            return early
        lead = offer.lead
        due = feedback_due(app, session.get(m.Partner, offer.partner_id), "accepted", now)
        # The compare-and-set returns the row as it now is (the lead object is refreshed
        # from it): one statement where a refresh would have been a second.
        won = session.scalars(
            update(m.Lead).where(m.Lead.id == lead.id, m.Lead.state == LeadState.OFFERED)
            .values(state=LeadState.ACCEPTED, partner_id=offer.partner_id, contact_id=contact.id,
                    accepted_at=now, updated_at=now, escalation_due_at=None,
                    **feedback_deadline(app, due))
            .returning(m.Lead)
            .execution_options(synchronize_session=False, populate_existing=True)).first()
        if won is None:
            # a colleague's click won the same moment: the lead is theirs, not "taken"
            holder = session.scalar(select(m.Lead.partner_id).where(m.Lead.id == lead.id))
            return Result(Outcome.ALREADY_YOURS if holder == offer.partner_id
                          else Outcome.TAKEN, lead.id)
        _record_accept(session, app, lead, offer, contact, now, channel)
        return Result(Outcome.ACCEPTED, lead.id)


def acting(contact: m.Contact | None) -> bool:
    """The contact may act: known, and neither they nor their partner were removed from
    the directory (a reload keeps removed ones inactive, for history)."""
    return contact is not None and contact.active and contact.partner.active


def accept_precheck(session: Session, app: App, offer: m.Offer, contact: m.Contact,
                     now: datetime) -> Result | None:
    lead = offer.lead
    outcome = offer_outcome(
        offer.state, offer.expires_at, lead.state, lead.partner_id, offer.partner_id,
        contact.paused_until,
        lambda: session.get(m.Partner, offer.partner_id).cooldown_until,
        lambda: is_locked(session, app, contact, now), now)
    return None if outcome is None else Result(outcome, lead.id)


def offer_outcome(offer_state: str, expires_at: datetime | None, lead_state: str,
                  lead_partner: str | None, offer_partner: str, paused_until: datetime | None,
                  cooldown_until: Callable[[], datetime | None], locked: Callable[[], bool],
                  now: datetime) -> Outcome | None:
    """Why this offer cannot be accepted now (None: it can). The checks that need another
    query (cooldown, pick lock) are callables, asked only when the cheaper ones pass."""
    if offer_state == OfferState.ACCEPTED:
        # accepted once, but given back since: nothing of the lead is theirs any more
        return Outcome.ALREADY_YOURS if lead_partner == offer_partner else Outcome.RETURNED
    if offer_state == OfferState.EXPIRED or (expires_at and expires_at <= now
                                             and offer_state == OfferState.PENDING):
        return Outcome.EXPIRED
    if offer_state == OfferState.WITHDRAWN:
        return Outcome.TAKEN if lead_partner else Outcome.WITHDRAWN
    if offer_state == OfferState.DECLINED:
        return Outcome.ALREADY_DECLINED
    if lead_state != LeadState.OFFERED:
        return Outcome.TAKEN if lead_partner else Outcome.WITHDRAWN
    if paused_until and paused_until > now:
        return Outcome.PAUSED
    until = cooldown_until()
    if until and until > now:
        return Outcome.COOLDOWN
    if locked():
        return Outcome.LOCKED
    return None


def is_locked(session: Session, app: App, contact: m.Contact, now: datetime) -> bool:
    lock = app.rules.pick_lock
    if not lock.enabled:
        return False
    if lock.scope == "partner":
        return is_partner_locked(session, app.rules, contact.partner_id, now)
    cutoff = now - lock.overdue_by
    return session.scalar(select(m.Lead.id).where(
        m.Lead.contact_id == contact.id, m.Lead.state.in_([str(s) for s in WORKING_STATES]),
        m.Lead.feedback_due_at < cutoff).limit(1)) is not None


def _record_accept(session: Session, app: App, lead: m.Lead, offer: m.Offer,
                   contact: m.Contact, now: datetime, channel: str) -> None:
    domain = app.settings.file.sender.reply_domain
    offer.state = offer_transition(offer.state, OfferState.ACCEPTED)
    offer.decided_at, offer.decided_by = now, contact.id
    timeline.record(session, lead, _accepted_event(contact, now, channel))
    partner = session.get(m.Partner, offer.partner_id)
    enqueue(session, now=now, to_addr=_address(contact), template="lead_details",
            language=contact_language(contact, partner), domain=domain, lead_id=lead.id,
            offer_id=offer.id, contact_id=contact.id)
    if lead.contact_email:
        enqueue(session, now=now, to_addr=lead.contact_email, template="customer_notice",
                language=lead.language or app.settings.file.mailbot.default_language,
                domain=domain, lead_id=lead.id)
    _withdraw_others(session, app, lead, offer, now)
    session.add(m.PointsEntry(partner_id=offer.partner_id, contact_id=contact.id,
                              lead_id=lead.id, at=now, reason="accept",
                              points=points_for(app, lead, app.rules.points.accept)))


def _ask_customer_to_rate(app: App, lead: m.Lead, now: datetime) -> None:
    """The end customer's 1-5 star rating of the partner, asked once the lead is closed."""
    rules = app.rules.customer
    if not (rules.satisfaction_request and lead.contact_email) or lead.rated_at:
        return
    enqueue(object_session(lead), now=now, to_addr=lead.contact_email,
            template="satisfaction_request",
            language=lead.language or app.settings.file.mailbot.default_language,
            domain=app.settings.file.sender.reply_domain, lead_id=lead.id,
            due_at=now + rules.satisfaction_delay)


def _accepted_event(contact: m.Contact, now: datetime, channel: str):
    from mailbot.domain.lifecycle import Event
    return Event(at=now, kind="lead_state", actor=contact.key, channel=channel,
                 from_state=LeadState.OFFERED, to_state=LeadState.ACCEPTED,
                 note=f"accepted by {contact.partner_id}")


def points_for(app: App, lead: m.Lead, base: int) -> int:
    return round(base * app.rules.points.multipliers.get(lead.temperature, 1.0))


def _address(contact: m.Contact) -> str:
    return deliverable_address(contact) or contact.key


def _withdraw_others(session: Session, app: App, lead: m.Lead, winner: m.Offer,
                     now: datetime) -> None:
    domain = app.settings.file.sender.reply_domain
    others = session.scalars(select(m.Offer).where(
        m.Offer.lead_id == lead.id, m.Offer.id != winner.id,
        m.Offer.state == OfferState.PENDING).with_for_update()).all()
    ids = {o.partner_id for o in others}
    partners = {p.id: p for p in session.scalars(select(m.Partner).where(m.Partner.id.in_(ids)))}
    reachable = deliverable_contacts_of(session, ids)
    for other in others:
        other.state = offer_transition(other.state, OfferState.WITHDRAWN)
        other.decided_at = now
        partner = partners[other.partner_id]
        for contact, addr in reachable.get(other.partner_id, []):
            enqueue(session, now=now, to_addr=addr, template="already_taken",
                    language=contact_language(contact, partner), domain=domain,
                    lead_id=lead.id, offer_id=other.id, contact_id=contact.id)
    if others:
        timeline.note(session, lead, "offers_withdrawn", now=now, actor="mailbot",
                      channel="system", note=", ".join(o.partner_id for o in others))


def decline_offer(app: App, offer_id: int, contact_id: int, now: datetime, *,
                  reason: str = "", channel: str = "web",
                  session: Session | None = None) -> Result:
    """Decline one offer. When the whole wave has declined, the next wave goes out now."""
    with joined(app.sessions, session) as session:
        offer = session.get(m.Offer, offer_id, with_for_update=True)
        contact = session.get(m.Contact, contact_id)
        if offer is None or contact is None or contact.partner_id != offer.partner_id:
            return Result(Outcome.UNKNOWN)
        lead = offer.lead
        if offer.state == OfferState.DECLINED:
            return Result(Outcome.ALREADY_DECLINED, lead.id)
        if offer.state != OfferState.PENDING:
            return Result(Outcome.TAKEN if lead.partner_id else Outcome.EXPIRED, lead.id)
        offer.state = offer_transition(offer.state, OfferState.DECLINED)
        offer.decided_at, offer.decided_by, offer.decline_reason = now, contact.id, reason
        timeline.note(session, lead, "offer_declined", now=now, actor=contact.key,
                      channel=channel, note=reason, data={"partner": offer.partner_id})
        partner = session.get(m.Partner, offer.partner_id)
        domain = app.settings.file.sender.reply_domain
        enqueue(session, now=now, to_addr=_address(contact), template="decline_confirmation",
                language=contact_language(contact, partner), domain=domain, lead_id=lead.id,
                offer_id=offer.id, contact_id=contact.id, context={"reason": reason})
        session.flush()
        if lead.state == LeadState.OFFERED and not has_pending_offer(session, lead.id):
            offer_next_wave(session, lead, app.rules, now, domain=domain,
                            rule="offers.all_declined")
        return Result(Outcome.DECLINED, lead.id)


def report_status(app: App, lead_id: int, contact_id: int, status: str, now: datetime, *,
                  amount: Decimal | None = None, currency: str = "", note: str = "",
                  lost_reason: str = "", expected_close: datetime | None = None,
                  channel: str = "web", session: Session | None = None) -> Result:
    """Move an accepted lead through its working states; closing it stops feedback."""
    if status not in [str(s) for s in STATUS_UPDATES]:
        return Result(Outcome.ILLEGAL, lead_id, f"unknown status {status!r}")
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        contact = session.get(m.Contact, contact_id)
        if lead is None or contact is None:
            return Result(Outcome.UNKNOWN)
        if lead.partner_id != contact.partner_id:
            return Result(Outcome.NOT_YOURS, lead.id)
        on_time = _earns_on_time_points(app, lead, status, now)
        try:
            if status != lead.state:
                timeline.move(session, lead, status, now=now, actor=contact.key,
                              channel=channel, note=note)
            else:
                timeline.note(session, lead, "status_confirmed", now=now, actor=contact.key,
                              channel=channel, note=note)
        except IllegalTransition as exc:
            return Result(Outcome.ILLEGAL, lead.id, str(exc))
        _apply_status(app, lead, status, now, amount, currency, lost_reason)
        if expected_close is not None:
            lead.expected_close = expected_close
        if on_time:
            session.add(m.PointsEntry(partner_id=lead.partner_id, contact_id=contact.id,
                                      lead_id=lead.id, at=now, reason="feedback_on_time",
                                      points=points_for(app, lead,
                                                        app.rules.points.feedback_on_time)))
        if status == LeadState.WON:
            session.add(m.PointsEntry(partner_id=lead.partner_id, contact_id=contact.id,
                                      lead_id=lead.id, at=now, reason="won",
                                      points=points_for(app, lead, app.rules.points.won)))
            if own_deals.check_after_win(session, app, lead.partner_id, now):
                until = session.get(m.Partner, lead.partner_id).cooldown_until
                timeline.note(session, lead, "cooldown_started", now=now, actor="mailbot",
                              channel="system", rule="reverse_deal.won_supplied",
                              note=f"{lead.partner_id} gets no new offers until {until:%Y-%m-%d}"
                                   " (no deal of their own registered)")
        return Result(Outcome.UPDATED, lead.id)


def _earns_on_time_points(app: App, lead: m.Lead, status: str, now: datetime) -> bool:
    """Feedback before its deadline earns points once per deadline: a new status always
    (progress moves the deadline on), the same status again only once the reminder for
    the current deadline was due. A replayed form or a daily "still contacted" earns
    nothing more."""
    due = lead.feedback_due_at
    if due is not None and now > due:
        return False
    asked = due is None or now >= due - app.rules.feedback.remind_before
    return status != lead.state or asked


def _apply_status(app: App, lead: m.Lead, status: str, now: datetime, amount: Decimal | None,
                  currency: str, lost_reason: str) -> None:
    lead.last_feedback_at = now
    if amount is not None:
        lead.deal_amount = amount
    if currency:
        lead.deal_currency = currency.upper()
    if lost_reason:
        lead.lost_reason = lost_reason
    if status in (LeadState.WON, LeadState.LOST):
        lead.closed_at = now
        set_feedback_deadline(app, lead, None)
        _ask_customer_to_rate(app, lead, now)
        column = m.Partner.won_leads if status == LeadState.WON else m.Partner.lost_leads
        object_session(lead).execute(update(m.Partner).where(m.Partner.id == lead.partner_id)
                                     .values({column: column + 1}))
    else:
        set_feedback_deadline(app, lead, feedback_due(
            app, object_session(lead).get(m.Partner, lead.partner_id), status, now))


def feedback_due(app: App, partner: m.Partner, state: str, now: datetime) -> datetime:
    """The next feedback deadline for a lead entering ``state``: working time in the
    partner's calendar when business hours are on ("2 business days")."""
    return policy.after(now, app.rules.feedback.deadlines[state],  # type: ignore[index]
                        partner_calendar(app.rules, partner))


def feedback_deadline(app: App, due: datetime | None) -> dict:
    """Column values for a new feedback deadline; the chase starts over (step 0, first
    reminder ``feedback.remind_before`` ahead). None: no deadline, nothing to chase."""
    chase = due - app.rules.feedback.remind_before if due is not None else None
    return {"feedback_due_at": due, "feedback_chase_at": chase, "feedback_chase_step": 0}


def set_feedback_deadline(app: App, lead: m.Lead, due: datetime | None) -> None:
    for column, value in feedback_deadline(app, due).items():
        setattr(lead, column, value)


def give_back(app: App, lead_id: int, contact_id: int, now: datetime, *, reason: str = "",
              channel: str = "web", session: Session | None = None) -> Result:
    """The partner returns an accepted lead; it is offered again to partners not yet asked."""
    with joined(app.sessions, session) as session:
        lead = session.get(m.Lead, lead_id, with_for_update=True)
        contact = session.get(m.Contact, contact_id)
        if lead is None or contact is None:
            return Result(Outcome.UNKNOWN)
        if lead.partner_id != contact.partner_id or lead.state not in WORKING_STATES:
            return Result(Outcome.NOT_YOURS, lead.id)
        timeline.move(session, lead, LeadState.RETURNED, now=now, actor=contact.key,
                      channel=channel, note=reason)
        lead.partner_id = lead.contact_id = None
        set_feedback_deadline(app, lead, None)
        lead.wave = 0  # a fresh round of waves, excluding everyone already asked
        offer_next_wave(session, lead, app.rules, now,
                        domain=app.settings.file.sender.reply_domain, rule="lead.returned")
        return Result(Outcome.RETURNED, lead.id)
