"""A partner replied in their own words: act on it exactly as the matching link would.

Trust first: state changes only when the sender is a registered address of the lead's
partner and the receiving server did not report a DMARC failure; anything else is
quarantined with the reason. The partner's words are always kept on the lead's
timeline. What we cannot read with confidence is not guessed: the partner gets one
"please choose a status" email (at most one per sender per ``inbound.not_understood_every``).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.lifecycle import WORKING_STATES, LeadState
from mailbot.handlers import own_deals
from mailbot.handlers import partner_actions as actions
from mailbot.handlers.offering import (
    contact_language,
    deliverable_address,
    responsible_managers,
)
from mailbot.inbound.classify import Classified
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.outbox import enqueue, queued_since

Outcome = actions.Outcome
NOTE_LIMIT = 4000
QUESTION_LIMIT = 2000


def handle(session: Session, app: App, row: m.InboundMessage, found: Classified,
           now: datetime) -> tuple[str, str]:
    if found.dmarc_fail:
        return "quarantined", "DMARC failed (Authentication-Results): not acted on"
    if found.contact_id is None:
        return "quarantined", f"sender {found.sender or '(none)'} is not a registered address"
    contact = session.get(m.Contact, found.contact_id)
    lead = session.get(m.Lead, found.lead_id)
    if lead is None:
        return _not_understood(session, app, contact, None, now,
                               f"L-{found.lead_id} does not exist")
    if not _involved(session, lead, contact):
        return "quarantined", (f"{contact.key} ({contact.partner_id}) was never offered "
                               f"{lead.ref}: not acted on")
    if found.lead_via == "subject reference" and not found.authenticated and \
            app.rules.inbound.subject_reference_needs_authentication:
        # a new email naming the lead only in its subject: its From could be forged. Given
        # no lead, the note asks the registered address to answer on the lead's email (a
        # signed reply address) or use the buttons, and the mail stays quarantined.
        return _not_understood(session, app, contact, None, now, (
            f"{lead.ref} named only in the subject and the sender is not authenticated "
            "(no dmarc=pass or DKIM pass from a trusted server): not acted on"))
    reading = found.reading
    if contact.paused_until and contact.paused_until > now:
        contact.paused_until = None  # a person wrote: they are back
    timeline.note(session, lead, "reply", now=now, actor=contact.key, channel="email",
                  note=reading.text[:NOTE_LIMIT] if reading else "",
                  data={"inbound": row.id, "intent": reading.intent if reading else None,
                        "status": reading.status if reading else None})
    if reading is None or reading.intent is None:
        return _not_understood(session, app, contact, lead, now, "intent unclear")
    if reading.intent == "question":
        return "processed", _forward_question(session, app, lead, contact, reading.text, now)
    return _act(session, app, lead, contact, reading, now)


def _forward_question(session: Session, app: App, lead: m.Lead, contact: m.Contact,
                      text: str, now: datetime) -> str:
    """A question needs a person: the lead's responsible managers get it with the partner's
    address to answer; Mailbot does not guess an answer."""
    managers = responsible_managers(session, lead)
    asker = {"name": contact.name, "email": deliverable_address(contact) or contact.key,
             "partner": session.get(m.Organisation, contact.partner_id).name}
    for manager in managers:
        enqueue(session, now=now, to_addr=manager.email, template="partner_question",
                language=manager.language, domain=app.settings.file.sender.reply_domain,
                lead_id=lead.id, manager_id=manager.id,
                context={"asker": asker, "question": text[:QUESTION_LIMIT]})
    if not managers:
        return "question kept on the timeline; no responsible manager to forward it to"
    # the partner learns who will answer; one note a day per lead is enough
    _queue_daily(session, app, contact, lead, "question_forwarded", now,
                 {"managers": [x.name for x in managers]})
    return f"question forwarded to {', '.join(x.id for x in managers)}"


def _involved(session: Session, lead: m.Lead, contact: m.Contact) -> bool:
    return lead.partner_id == contact.partner_id or session.scalar(
        select(m.Offer.id).where(m.Offer.lead_id == lead.id,
                                 m.Offer.partner_id == contact.partner_id).limit(1)) is not None


def _act(session: Session, app: App, lead: m.Lead, contact: m.Contact, reading,
         now: datetime) -> tuple[str, str]:
    intent, status = reading.intent, reading.status
    if intent == "accept" and reading.next_step and _holds(lead, contact):
        # "yes, met them on Friday" from the partner working the lead: a report
        intent, status = "status", reading.next_step
    if intent == "status" and not _holds(lead, contact):
        if not reading.yes or _pending_offer(session, lead, contact) is None:
            return _status_not_applied(session, app, lead, contact, status, reading.text,
                                       now)
        intent = "accept"  # "yes, and we called them already"
    if intent == "decline" and lead.partner_id == contact.partner_id:
        return _give_back(session, app, lead, contact, reading, now)
    if intent in ("accept", "decline"):
        return "processed", _said(intent, _decide_offer(session, app, lead, contact,
                                                        intent, _coded(reading), now))
    close = (datetime.combine(reading.close_date, time(12), UTC)
             if reading.close_date else None)
    result = actions.report_status(
        app, lead.id, contact.id, status, now, amount=reading.amount,
        currency=reading.currency or "", note=reading.text[:NOTE_LIMIT],
        lost_reason=reading.text[:500] if status == "lost" else "",
        expected_close=close, channel="email", session=session)
    if result.outcome == Outcome.ILLEGAL:  # "back to contacted" after a proposal
        return _correction(session, app, lead, contact, status, reading.text, now)
    return "processed", _said(status, result)


def _give_back(session: Session, app: App, lead: m.Lead, contact: m.Contact, reading,
               now: datetime) -> tuple[str, str]:
    """"We have to give this one back" from the partner working the lead does what the
    give-back link does, and the partner is told as after a decline. A lead already won
    or lost cannot go back: a person must look, as with a status it cannot move to."""
    if not _holds(lead, contact):
        return _correction(session, app, lead, contact, "returned", reading.text, now)
    result = actions.give_back(app, lead.id, contact.id, now, reason=_coded(reading)[:500],
                               channel="email", session=session)
    if result.outcome == Outcome.RETURNED:
        _queue(session, app, contact, lead, "decline_confirmation", now,
               context={"reason": reading.text[:500]})
    return "processed", _said("decline", result)


def _coded(reading) -> str:
    """A decline's reason as the link page writes it: "no_capacity: <the partner's words>"."""
    return f"{reading.reason}: {reading.text}" if reading.reason else reading.text


def _correction(session: Session, app: App, lead: m.Lead, contact: m.Contact, status: str,
                text: str, now: datetime) -> tuple[str, str]:
    """A status the lead cannot move to (backwards, or after won/lost): not applied and
    not guessed at; the partner's words go to the responsible managers, as a question."""
    done = _forward_question(session, app, lead, contact, text, now)
    return "processed", f"status {status} not possible from {lead.state}; {done}"


def _status_not_applied(session: Session, app: App, lead: m.Lead, contact: m.Contact,
                        status: str, text: str, now: datetime) -> tuple[str, str]:
    """A status for a lead the sender does not work. Still on offer to them ("meeting
    next week" without a yes): they are asked, with the accept and decline buttons. Their
    own lead, closed ("not won after all"): a person must look, the managers are told."""
    if lead.partner_id == contact.partner_id:
        return _correction(session, app, lead, contact, status, text, now)
    if _pending_offer(session, lead, contact) is None:
        return "processed", f"status {status} not applied: {lead.ref} is {lead.state}"
    return _not_understood(session, app, contact, lead, now,
                           f"status {status} for {lead.ref} still on offer", offered=True)


def _decide_offer(session: Session, app: App, lead: m.Lead, contact: m.Contact, intent: str,
                  text: str, now: datetime) -> actions.Result:
    offer = session.scalar(select(m.Offer).where(
        m.Offer.lead_id == lead.id, m.Offer.partner_id == contact.partner_id)
        .order_by(m.Offer.id.desc()).limit(1))
    if offer is None:  # assigned by a manager, never offered: nothing to accept
        return actions.Result(Outcome.UNKNOWN, lead.id, f"no offer to {contact.partner_id}")
    if intent == "decline":
        return actions.decline_offer(app, offer.id, contact.id, now, channel="email",
                                     reason=text[:500], session=session)
    result = actions.accept_offer(app, offer.id, contact.id, now, channel="email",
                                  session=session)
    _answer_accept(session, app, contact, lead, result.outcome, now)
    return result


def _said(what: str, result: actions.Result) -> str:
    return f"{what}: {result.outcome}{' ' + result.detail if result.detail else ''}"


#: an accept by reply that came too late: the partner is told, as the link page would
GONE = (Outcome.TAKEN, Outcome.EXPIRED, Outcome.WITHDRAWN)


def _holds(lead: m.Lead, contact: m.Contact) -> bool:
    return lead.partner_id == contact.partner_id and lead.state in WORKING_STATES


def _pending_offer(session: Session, lead: m.Lead, contact: m.Contact) -> m.Offer | None:
    if lead.state != LeadState.OFFERED:
        return None
    return session.scalar(select(m.Offer).where(
        m.Offer.lead_id == lead.id, m.Offer.partner_id == contact.partner_id,
        m.Offer.state == "pending").limit(1))


def _answer_accept(session: Session, app: App, contact: m.Contact, lead: m.Lead,
                   outcome: Outcome, now: datetime) -> None:
    """An accept by reply that could not be done is answered as the link page would be."""
    if outcome == Outcome.LOCKED:
        _queue(session, app, contact, lead, "pick_lock", now)
    elif outcome in GONE:
        _answer_gone(session, app, contact, lead, outcome, now)
    elif outcome == Outcome.COOLDOWN:
        _queue_daily(session, app, contact, lead, "cooldown_notice", now, {})


def _answer_gone(session: Session, app: App, contact: m.Contact, lead: m.Lead,
                 outcome: Outcome, now: datetime) -> None:
    """At most one answer a day per lead and contact: the "taken" notice sent when another
    partner won already told them, and a second "yes" needs no second answer."""
    _queue_daily(session, app, contact, lead, "already_taken", now, {"outcome": str(outcome)})


def _queue_daily(session: Session, app: App, contact: m.Contact, lead: m.Lead, template: str,
                 now: datetime, context: dict) -> None:
    """``_queue`` unless ``template`` went to this contact about this lead in the last day."""
    if not queued_since(session, template, now - timedelta(days=1), contact_id=contact.id,
                        lead_id=lead.id):
        _queue(session, app, contact, lead, template, now, context=context)


def handle_unrelated(session: Session, app: App, row: m.InboundMessage, found: Classified,
                     now: datetime) -> tuple[str, str]:
    """No lead reference: a registered partner is asked to answer on a lead's email;
    strangers get no answer (no backscatter), and the mail waits in quarantine."""
    if found.contact_id is None or found.dmarc_fail:
        return "quarantined", f"{found.why}; sender {found.sender or '(none)'} not registered"
    contact = session.get(m.Contact, found.contact_id)
    deal = own_deals.read_own_deal(found.subject, found.reading.text if found.reading else "")
    if deal is not None:
        own_deals.register_own_deal(app, contact.partner_id, now, contact_id=contact.id,
                                    company=deal.company, amount=deal.amount,
                                    currency=deal.currency, via="email", session=session,
                                    note=found.reading.text if found.reading else "")
        _queue(session, app, contact, None, "own_deal_registered", now,
               context={"company": deal.company})
        return "processed", f"own deal registered for {contact.partner_id}: {deal.company}"
    return _not_understood(session, app, contact, None, now, found.why)


def _not_understood(session: Session, app: App, contact: m.Contact, lead: m.Lead | None,
                    now: datetime, why: str, *, offered: bool = False) -> tuple[str, str]:
    """Ask the sender to choose with buttons: accept/decline for a lead on offer to them
    (``offered``), else the status buttons."""
    status = "processed" if lead is not None else "quarantined"
    addr = deliverable_address(contact)
    if addr is None:
        return status, f"{why}; {contact.key} has no deliverable address to answer"
    # Replies are processed in parallel: lock the contact so that of several unclear
    # replies arriving together, one answers and the others see its outbox row. NO KEY
    # UPDATE: the inbound row's foreign key already holds a KEY SHARE lock on it, which
    # a plain FOR UPDATE would wait for (a deadlock between two such replies).
    session.execute(select(m.Contact.id).where(m.Contact.id == contact.id)
                    .with_for_update(key_share=True))
    if not may_answer(session, app, addr, now):
        return status, f"{why}; not answered (answered {addr} recently)"
    _queue(session, app, contact, lead, "not_understood", now,
           context={"offered": True} if offered else None)
    return status, f"{why}; asked {addr} to choose with the buttons"


def may_answer(session: Session, app: App, addr: str, now: datetime) -> bool:
    """At most one "not understood" email per address per ``inbound.not_understood_every``."""
    return not queued_since(session, "not_understood",
                            now - app.rules.inbound.not_understood_every, to_addr=addr)


def _queue(session: Session, app: App, contact: m.Contact, lead: m.Lead | None, template: str,
           now: datetime, context: dict | None = None) -> None:
    addr = deliverable_address(contact)
    if addr is None:
        return
    partner = session.get(m.Partner, contact.partner_id)
    enqueue(session, now=now, to_addr=addr, template=template,
            language=contact_language(contact, partner),
            domain=app.settings.file.sender.reply_domain, context=context,
            lead_id=lead.id if lead else None, contact_id=contact.id)
