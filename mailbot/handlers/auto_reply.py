"""An automatic answer arrived: an out-of-office pauses the contact; nothing is answered.

A registered contact's auto-reply pauses them until the return date the text gives
(else ``inbound.pause_without_date``). When that leaves their organisation with nobody
reachable, its pending offers move on to the next partners at once instead of waiting
for the wave to expire. Auto-replies are never answered (RFC 3834), our own mail coming
back is dropped by the loop guard, and other automatic mail (lists, newsletters) is
ignored with the reason recorded.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.handlers.offering import withdraw_partner_offers
from mailbot.inbound.classify import Classified
from mailbot.store import models as m
from mailbot.store import webhooks


def handle(session: Session, app: App, row: m.InboundMessage, found: Classified,
           now: datetime) -> tuple[str, str]:
    if found.loop:
        return "ignored", found.why
    if found.contact_id is None:
        return "ignored", f"{found.why}; sender {found.sender or '(none)'} not registered"
    if found.dmarc_fail:
        return "quarantined", f"{found.why}; DMARC failed: contact not paused"
    if not found.out_of_office:
        return "ignored", f"{found.why}; an automatic answer, not an out-of-office notice"
    contact = session.get(m.Contact, found.contact_id)
    partner = session.get(m.Partner, contact.partner_id)
    tz = contact.timezone or partner.timezone or app.settings.file.mailbot.timezone
    until = pause_until(app, found, now, tz)
    if contact.paused_until is None or contact.paused_until < until:
        contact.paused_until = until
        webhooks.emit(session, "partner.paused", now, {
            "partner_id": contact.partner_id, "contact": contact.key, "paused_until": until,
            "reason": "out_of_office", "inbound_id": row.id})
    moved = _move_offers_on(session, app, contact, now)
    where = f"; re-offered {', '.join(moved)}" if moved else ""
    back = until.astimezone(ZoneInfo(tz))
    return "processed", f"{found.why}; {contact.key} paused until {back:%Y-%m-%d %H:%M} {tz}{where}"


def pause_until(app: App, found: Classified, now: datetime, timezone: str) -> datetime:
    """Back at the start of the date the notice names, in the contact's timezone, within
    ``inbound.pause_at_most``."""
    rules = app.rules.inbound
    if found.paused_until is None:
        return now + rules.pause_without_date
    back = datetime.combine(found.paused_until, time(0), ZoneInfo(timezone)).astimezone(UTC)
    return min(max(back, now), now + rules.pause_at_most)


def _move_offers_on(session: Session, app: App, contact: m.Contact,
                    now: datetime) -> list[str]:
    """Withdraw the organisation's pending offers when nobody there is reachable."""
    if _someone_in(session, contact.partner_id, now):
        return []
    return withdraw_partner_offers(
        session, contact.partner_id, app.rules, now,
        domain=app.settings.file.sender.reply_domain, rule="inbound.out_of_office",
        channel="email", note=f"{contact.key} is away (out-of-office reply)",
        why="who is away")


def _someone_in(session: Session, partner_id: str, now: datetime) -> bool:
    return session.scalar(select(m.Contact.id).where(
        m.Contact.partner_id == partner_id, m.Contact.active,
        (m.Contact.paused_until.is_(None)) | (m.Contact.paused_until <= now)).limit(1)) is not None
