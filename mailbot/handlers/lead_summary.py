"""The partners' opt-in weekly summary: "your open leads need a status", with the buttons.

A contact who set ``summary: weekly`` in the directory gets, on Monday morning in their
timezone, the list of leads they hold in a working state, each with its status buttons;
a week without open leads sends nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.calendar import WEEKLY_SUMMARY, next_send
from mailbot.domain.lifecycle import WORKING_STATES
from mailbot.handlers.offering import contact_language, deliverable_address
from mailbot.store import models as m
from mailbot.store.outbox import enqueue

WORKING = [str(s) for s in WORKING_STATES]


def next_summary(contact: m.Contact, partner: m.Partner, now: datetime) -> datetime:
    """Monday morning in the contact's time zone (else the partner's)."""
    return next_send(now, WEEKLY_SUMMARY, contact.timezone or partner.timezone or "UTC")


def send_due(session: Session, app: App, contact: m.Contact, now: datetime, report) -> None:
    if contact.summary_unsubscribed_at is not None:  # left by the email's one-click link
        contact.summary_due_at = None
        return
    partner = session.get(m.Partner, contact.partner_id)
    contact.summary_due_at = next_summary(contact, partner, now)
    holding = session.scalar(select(m.Lead.id).where(
        m.Lead.contact_id == contact.id, m.Lead.state.in_(WORKING)).limit(1))
    addr = deliverable_address(contact)
    if holding is None or addr is None:
        return
    enqueue(session, now=now, to_addr=addr, template="open_leads",
            language=contact_language(contact, partner),
            domain=app.settings.file.sender.reply_domain, contact_id=contact.id)
    report.digests.append(contact.key)
