"""Reverse-deal control (seed 004): partners who only harvest supplied leads pause.

A partner who won ``reverse_deal.won_supplied`` supplied leads within
``reverse_deal.window`` but registered no deal of their own in that time gets no new
offers for ``reverse_deal.cooldown`` (checked when a supplied lead is won; off by
default). Registering an own deal (email reply "Own deal: customer, amount", or the
admin's ``mailbot partner deal``) earns points and lifts a running cooldown at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.lifecycle import LeadState
from mailbot.handlers.offering import contact_language, deliverable_contacts
from mailbot.inbound.amounts import find_amount
from mailbot.store import models as m
from mailbot.store.db import joined, unit_of_work
from mailbot.store.outbox import enqueue

#: how partners announce a deal of their own, in the five languages
OWN_DEAL = re.compile(
    r"\b(?:own deal|own project|our own (?:deal|customer)|eigene[rs]? (?:deal|auftrag|projekt|"
    r"kunde)|oma (?:kauppa|diili|asiakas|projekti)|egen affär|eget (?:projekt|avtal)|"
    r"собственн\w* сделк\w*|сво\w* сделк\w*)\s*[:\-–]?\s*(?P<rest>[^\n]*)", re.I)


@dataclass(frozen=True)
class OwnDealText:
    company: str
    amount: Decimal | None
    currency: str


def read_own_deal(subject: str, text: str) -> OwnDealText | None:
    """"Own deal: Kylmä Oy, 12 000 EUR" in the subject or the first lines; else None."""
    for source in (subject, text[:2000]):
        match = OWN_DEAL.search(source)
        if match:
            rest = match["rest"].strip()
            amount, currency = find_amount(rest or text[:2000])
            company = re.split(r"[,;(]|\d", rest, maxsplit=1)[0].strip(" .:-–")
            return OwnDealText(company[:200], amount, currency or "")
    return None


def register_own_deal(app: App, partner_id: str, now: datetime, *, contact_id: int | None,
                      company: str = "", amount: Decimal | None = None, currency: str = "",
                      note: str = "", via: str = "admin", external_id: str | None = None,
                      session: Session | None = None) -> m.OwnDeal:
    with joined(app.sessions, session) as session:
        deal = m.OwnDeal(partner_id=partner_id, contact_id=contact_id, registered_at=now,
                         company=company, amount=amount, currency=currency.upper()[:3],
                         note=note[:4000], via=via[:80], external_id=external_id or None)
        session.add(deal)
        session.add(m.PointsEntry(partner_id=partner_id, contact_id=contact_id, at=now,
                                  reason="own_deal", points=app.rules.points.own_deal))
        partner = session.get(m.Partner, partner_id)
        if partner.cooldown_until and partner.cooldown_until > now:
            partner.cooldown_until = None  # the reason for the pause is gone
        session.flush()
        return deal


def register_once(app: App, partner_id: str, now: datetime, *, external_id: str | None,
                  **fields) -> tuple[m.OwnDeal, bool]:
    """``register_own_deal`` unless the partner's deal with this external id exists (the
    caller retried): (deal, created)."""
    try:
        with unit_of_work(app.sessions) as session:
            known = _known(session, partner_id, external_id)
            if known is not None:
                return known, False
            return register_own_deal(app, partner_id, now, external_id=external_id,
                                     session=session, **fields), True
    except IntegrityError:
        # the same external id twice at once: the unique index let one in
        with app.sessions() as session:
            known = _known(session, partner_id, external_id)
        if known is None:
            raise
        return known, False


def _known(session: Session, partner_id: str, external_id: str | None) -> m.OwnDeal | None:
    if not external_id:
        return None
    return session.scalar(select(m.OwnDeal).where(m.OwnDeal.partner_id == partner_id,
                                                  m.OwnDeal.external_id == external_id))


def check_after_win(session: Session, app: App, partner_id: str, now: datetime) -> bool:
    """After a supplied lead is won: start the cooldown when the partner has won enough
    supplied leads in the window without a deal of their own. True if it started."""
    rules = app.rules.reverse_deal
    if not rules.enabled:
        return False
    partner = session.get(m.Partner, partner_id)
    if partner.cooldown_until and partner.cooldown_until > now:
        return False
    since = now - rules.window
    won = session.scalar(select(func.count()).select_from(m.Lead).where(
        m.Lead.partner_id == partner_id, m.Lead.state == LeadState.WON,
        m.Lead.closed_at >= since))
    own = session.scalar(select(func.count()).select_from(m.OwnDeal).where(
        m.OwnDeal.partner_id == partner_id, m.OwnDeal.registered_at >= since))
    if won < rules.won_supplied or own:
        return False
    partner.cooldown_until = now + rules.cooldown
    for contact, addr in deliverable_contacts(session, partner_id):
        enqueue(session, now=now, to_addr=addr, template="cooldown_notice",
                language=contact_language(contact, partner),
                domain=app.settings.file.sender.reply_domain, contact_id=contact.id,
                context={"until": partner.cooldown_until.isoformat(), "won": won,
                         "days": rules.window.days})
    return True
