"""Offer a lead to the next wave of partners, or hand it to a manager as unclaimed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mailbot.domain import matching, policy
from mailbot.domain.calendar import WorkCalendar
from mailbot.domain.lifecycle import WORKING_STATES, LeadState, OfferState, offer_transition
from mailbot.rules import Rules
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.outbox import enqueue

WORKING = [str(s) for s in WORKING_STATES]


@dataclass(frozen=True)
class WaveResult:
    wave: int
    offers: list[m.Offer]
    unclaimed: bool


def matching_rules(rules: Rules) -> matching.MatchingRules:
    mr = rules.matching
    return matching.MatchingRules(
        weights=mr.weights.model_dump(), levels=mr.levels, max_distance_km=mr.max_distance_km,
        fairness_saturation=mr.fairness_saturation,
        min_closed_for_conversion=mr.min_closed_for_conversion, type_fit=mr.type_fit,
        require_country=mr.require_country, offer_to_locked=rules.pick_lock.offer_to_locked)


def lead_profile(lead: m.Lead) -> matching.LeadProfile:
    skills = set(lead.skills or [])
    if lead.product:
        skills.add(lead.product)
    return matching.LeadProfile(
        country=lead.country, postal_code=lead.postal_code, lat=lead.lat, lon=lead.lon,
        skills=frozenset(skills), certifications=frozenset(lead.certifications or []),
        partner_type=lead.partner_type)


def partner_profiles(session: Session, rules: Rules, now: datetime,
                     lead: m.Lead | None = None, *,
                     again: bool = False) -> list[matching.PartnerProfile]:
    """Every active partner with the counts matching needs, in a handful of indexed queries.
    ``again``: partners whose offer of the lead was only withdrawn (they lost the race
    for it; never declined, never let it expire) count as not asked yet."""
    partners = session.scalars(select(m.Partner).where(m.Partner.active)).all()
    # Open leads (bounded by capacity) and recent accepts (bounded by the window) come
    # from indexes; closed leads only from the partners' counters: O(partners), not O(leads).
    open_leads = _count_by_partner(session, m.Lead.state.in_(WORKING))
    since = now - rules.matching.fairness_window
    recent = _count_by_partner(session, m.Lead.accepted_at >= since)
    locked = locked_partners(session, rules, now) if rules.pick_lock.scope == "partner" else set()
    reachable, paused = _contact_state(session, now)
    offered: dict[str, str] = {}
    if lead is not None and lead.id is not None:
        offered = dict(session.execute(select(m.Offer.partner_id, m.Offer.state)
                                       .where(m.Offer.lead_id == lead.id)).all())
    return [matching.PartnerProfile(
        id=p.id, level=p.level, partner_type=p.partner_type, skills=frozenset(p.skills),
        certifications=frozenset(p.certifications), countries=frozenset(p.countries),
        postal_prefixes=tuple(p.postal_prefixes), lat=p.lat, lon=p.lon, capacity=p.capacity,
        open_leads=open_leads.get(p.id, 0), recent_load=recent.get(p.id, 0),
        won=p.won_leads, lost=p.lost_leads, active=p.active,
        reachable=p.id in reachable,
        paused_until=_later(p.paused_until, paused.get(p.id)),
        cooldown_until=p.cooldown_until, locked=p.id in locked,
        declined=offered.get(p.id) == OfferState.DECLINED,
        already_offered=p.id in offered and not (
            again and offered[p.id] == OfferState.WITHDRAWN),
        excluded_by_lead=lead is not None and p.id in (lead.exclude_partners or []))
        for p in partners]


def _count_by_partner(session: Session, condition) -> dict[str, int]:
    """Rows per partner among the few rows ``condition`` selects through its own index
    (open leads, recent accepts). The CTE is materialised on purpose: a plain GROUP BY
    partner_id tempts the planner into walking the (partner_id, state) index over the
    whole history."""
    rows = select(m.Lead.partner_id).where(condition).cte("rows").prefix_with("MATERIALIZED")
    counts = session.execute(select(rows.c.partner_id, func.count())
                             .group_by(rows.c.partner_id)).all()
    return {p: n for p, n in counts if p is not None}


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((x for x in (a, b) if x is not None), default=None)


def _contact_state(session: Session, now: datetime) -> tuple[set[str], dict[str, datetime]]:
    """Partners with a deliverable active contact, and when all their contacts are back."""
    rows = session.execute(
        select(m.Contact.partner_id, m.Contact.paused_until)
        .join(m.ContactAddress, m.ContactAddress.contact_id == m.Contact.id)
        .where(m.Contact.active, m.ContactAddress.undeliverable.is_(False))).all()
    reachable: set[str] = set()
    back: dict[str, datetime | None] = {}
    for partner_id, paused_until in rows:
        reachable.add(partner_id)
        if paused_until is None or paused_until <= now:
            back[partner_id] = None  # someone is in: the partner is not paused
        elif partner_id not in back or back[partner_id] is not None:
            back[partner_id] = min(filter(None, [back.get(partner_id), paused_until]))
    return reachable, {k: v for k, v in back.items() if v is not None}


def locked_partners(session: Session, rules: Rules, now: datetime) -> set[str]:
    if not rules.pick_lock.enabled:
        return set()
    cutoff = now - rules.pick_lock.overdue_by
    return {p for p in session.scalars(select(m.Lead.partner_id).where(
        m.Lead.state.in_(WORKING), m.Lead.feedback_due_at < cutoff)) if p is not None}


def is_partner_locked(session: Session, rules: Rules, partner_id: str, now: datetime) -> bool:
    if not rules.pick_lock.enabled:
        return False
    # One indexed probe, not the partner's whole pipeline: this runs on every link view.
    cutoff = now - rules.pick_lock.overdue_by
    return session.scalar(select(m.Lead.id).where(
        m.Lead.partner_id == partner_id, m.Lead.state.in_(WORKING),
        m.Lead.feedback_due_at < cutoff).limit(1)) is not None


def rank_for(session: Session, lead: m.Lead, rules: Rules, now: datetime, *,
             again: bool = False) -> list[matching.Ranked]:
    return matching.rank(lead_profile(lead),
                         partner_profiles(session, rules, now, lead, again=again),
                         matching_rules(rules), now)


def plan_next(session: Session, lead: m.Lead, rules: Rules, now: datetime,
              size: int | None = None) -> list[matching.Ranked]:
    """The next partners to ask: those not asked yet, else (a lead given back, nobody new
    left) those who only lost the race for it."""
    for again in (False, True):
        ranking = rank_for(session, lead, rules, now, again=again)
        chosen = matching.plan_wave(ranking, size if size is not None else len(ranking))
        if chosen:
            return chosen
    return []


def offer_next_wave(session: Session, lead: m.Lead, rules: Rules, now: datetime, *,
                    domain: str, actor: str = "mailbot", channel: str = "system",
                    rule: str = "offers.wave_size") -> WaveResult:
    """Create the next wave's offers (and their emails), or mark the lead unclaimed."""
    wave_no = lead.wave + 1
    chosen = plan_next(session, lead, rules, now, rules.offers.wave_size)
    if policy.escalation_outcome(wave_no - 1, rules.offers.waves, len(chosen)) == "unclaimed":
        if chosen:
            code, note, why = ("waves_exhausted", f"no accept after {rules.offers.waves} "
                               "wave(s)", "offers.waves")
        else:
            code, note, why = "no_eligible_partner", "no eligible partner left", "matching"
        mark_unclaimed(session, lead, now, domain=domain, note=note, rule=why, code=code)
        return WaveResult(lead.wave, [], True)
    return WaveResult(wave_no, create_wave(session, lead, chosen, rules, now, domain=domain,
                                           actor=actor, channel=channel, rule=rule), False)


def withdraw_and_replace(session: Session, offer: m.Offer, rules: Rules, now: datetime, *,
                         domain: str, rule: str, channel: str, note: str, why: str) -> None:
    """A pending offer its partner can no longer take (away, removed from the directory)
    is withdrawn, and another partner joins the wave in its place (``offer_replacement``)."""
    offer.state = offer_transition(offer.state, OfferState.WITHDRAWN)
    offer.decided_at = now
    lead = offer.lead
    timeline.note(session, lead, "offer_withdrawn", now=now, actor="mailbot", channel=channel,
                  rule=rule, note=note, data={"partner": offer.partner_id})
    session.flush()
    if lead.state == LeadState.OFFERED:
        offer_replacement(session, lead, rules, now, domain=domain, rule=rule, why=why)


def withdraw_partner_offers(session: Session, partner_id: str, rules: Rules, now: datetime,
                            *, domain: str, rule: str, channel: str, note: str,
                            why: str) -> list[str]:
    """Every pending offer of a partner nobody at which can take it any more (all away, all
    addresses bouncing): ``withdraw_and_replace`` each; the refs of their leads."""
    offers = session.scalars(select(m.Offer).where(
        m.Offer.partner_id == partner_id, m.Offer.state == OfferState.PENDING)
        .with_for_update()).all()
    for offer in offers:
        withdraw_and_replace(session, offer, rules, now, domain=domain, rule=rule,
                             channel=channel, note=note, why=why)
    return [offer.lead.ref for offer in offers]


def offer_replacement(session: Session, lead: m.Lead, rules: Rules, now: datetime, *,
                      domain: str, rule: str, why: str = "who is away") -> m.Offer | None:
    """One more partner joins the current wave in place of one who dropped out (``why``):
    same wave, same deadline. None when nobody eligible is left; a wave with no pending
    offer then moves on at once."""
    chosen = matching.plan_wave(rank_for(session, lead, rules, now), 1)
    if not chosen or lead.escalation_due_at is None or lead.escalation_due_at <= now:
        if not has_pending_offer(session, lead.id):
            offer_next_wave(session, lead, rules, now, domain=domain, rule=rule)
        return None
    remind_at = policy.after(now, rules.offers.reminder(lead.temperature),
                             rules.business_hours.calendar(lead.country))
    offer = _pending_offer(session, lead, chosen[0], lead.wave, now,
                           remind_at if remind_at < lead.escalation_due_at else None,
                           lead.escalation_due_at)
    session.flush()
    _queue_offer_emails(session, lead, offer, now, domain)
    timeline.note(session, lead, "wave_offered", now=now, actor="mailbot", channel="system",
                  rule=rule, note=f"wave {lead.wave}: {offer.partner_id} replaces a partner "
                  f"{why}", data={"wave": lead.wave, "partners": [offer.partner_id]})
    return offer


def _pending_offer(session: Session, lead: m.Lead, ranked: matching.Ranked, wave: int,
                   now: datetime, remind_at: datetime | None,
                   expires_at: datetime | None) -> m.Offer:
    """The partner's offer of the lead, pending in ``wave``: a new row, or the row of an
    offer withdrawn earlier (one row per lead and partner; the timeline keeps the past)."""
    offer = session.scalar(select(m.Offer).where(m.Offer.lead_id == lead.id,
                                                 m.Offer.partner_id == ranked.partner_id))
    if offer is None:
        offer = m.Offer(lead_id=lead.id, partner_id=ranked.partner_id,
                        state=OfferState.PENDING)
        session.add(offer)
    else:
        offer.state = offer_transition(offer.state, OfferState.PENDING)
    offer.wave, offer.score, offer.factors = wave, ranked.score, ranked.factors
    offer.locked_at_offer, offer.created_at = ranked.locked, now
    offer.reminder_due_at, offer.expires_at = remind_at, expires_at
    offer.decided_at = offer.decided_by = None
    return offer


def has_pending_offer(session: Session, lead_id: int) -> bool:
    return session.scalar(select(m.Offer.id).where(
        m.Offer.lead_id == lead_id, m.Offer.state == OfferState.PENDING).limit(1)) is not None


def create_wave(session: Session, lead: m.Lead, chosen: list[matching.Ranked], rules: Rules,
                now: datetime, *, domain: str, actor: str, channel: str,
                rule: str) -> list[m.Offer]:
    """Offer ``lead`` to ``chosen`` as its next wave: offers, deadlines, emails, timeline."""
    wave_no = lead.wave + 1
    remind_at, escalate_at = policy.offer_deadlines(
        now, rules.offers.reminder(lead.temperature), rules.offers.escalation(lead.temperature),
        rules.business_hours.calendar(lead.country))
    if lead.state != LeadState.OFFERED:
        timeline.move(session, lead, LeadState.OFFERED, now=now, actor=actor, channel=channel,
                      note=f"wave {wave_no}", rule=rule)
    lead.wave, lead.escalation_due_at = wave_no, escalate_at
    offers = []
    for ranked in chosen:
        offers.append(_pending_offer(session, lead, ranked, wave_no, now, remind_at,
                                     escalate_at))
    session.flush()
    for offer in offers:
        _queue_offer_emails(session, lead, offer, now, domain)
    timeline.note(session, lead, "wave_offered", now=now, actor=actor, channel=channel,
                  rule=rule, note=f"wave {wave_no}: " + ", ".join(o.partner_id for o in offers),
                  data={"wave": wave_no, "partners": [o.partner_id for o in offers]})
    return offers


def deliverable_contacts(session: Session, partner_id: str) -> list[tuple[m.Contact, str]]:
    """(contact, address) for each active contact's first deliverable address."""
    return deliverable_contacts_of(session, [partner_id]).get(partner_id, [])


def deliverable_contacts_of(session: Session, partner_ids
                            ) -> dict[str, list[tuple[m.Contact, str]]]:
    """``deliverable_contacts`` for several partners in two queries (contacts, addresses)."""
    out: dict[str, list[tuple[m.Contact, str]]] = {}
    contacts = session.scalars(select(m.Contact).where(
        m.Contact.partner_id.in_(list(partner_ids)), m.Contact.active).order_by(m.Contact.id)
        .options(selectinload(m.Contact.addresses))).all()
    for contact in contacts:
        addr = deliverable_address(contact)
        if addr:
            out.setdefault(contact.partner_id, []).append((contact, addr))
    return out


def deliverable_address(contact: m.Contact) -> str | None:
    """The contact's first address that has not bounced, or None."""
    return next((a.email for a in contact.addresses if not a.undeliverable), None)


def contact_language(contact: m.Contact, partner: m.Partner | None) -> str:
    return contact.language or (partner.language if partner else "en") or "en"


def _queue_offer_emails(session: Session, lead: m.Lead, offer: m.Offer, now: datetime,
                        domain: str) -> None:
    partner = session.get(m.Partner, offer.partner_id)
    for contact, addr in deliverable_contacts(session, offer.partner_id):
        enqueue(session, now=now, to_addr=addr, template="offer",
                language=contact_language(contact, partner), domain=domain,
                context={"locked": offer.locked_at_offer}, lead_id=lead.id, offer_id=offer.id,
                contact_id=contact.id)


def partner_calendar(rules: Rules, partner: m.Partner,
                     contact: m.Contact | None = None) -> WorkCalendar | None:
    """A partner's working calendar: its first country's hours, in the contact's (else the
    partner's, else the country's) timezone. None when business hours are off."""
    country = partner.countries[0] if partner.countries else None
    return rules.business_hours.calendar(
        country, (contact.timezone if contact else None) or partner.timezone)


def responsible_managers(session: Session, lead: m.Lead) -> list[m.Manager]:
    """Managers whose scope covers the lead's country; else sales management."""
    managers = session.scalars(select(m.Manager).where(m.Manager.active)
                               .order_by(m.Manager.id)).all()
    by_country = [x for x in managers if lead.country and
                  lead.country.upper() in [c.upper() for c in x.scope.get("countries", [])]]
    return by_country or [x for x in managers if x.scope.get("all")]


def mark_unclaimed(session: Session, lead: m.Lead, now: datetime, *, domain: str, note: str,
                   rule: str, code: str) -> None:
    timeline.move(session, lead, LeadState.UNCLAIMED, now=now, actor="mailbot",
                  channel="system", note=note, rule=rule)
    lead.escalation_due_at = None
    for manager in responsible_managers(session, lead):
        enqueue(session, now=now, to_addr=manager.email, template="unclaimed",
                language=manager.language, domain=domain, lead_id=lead.id,
                manager_id=manager.id, context={"reason": code})
