"""Recurring emails a person can leave with one click: a manager's KPI digest and a partner
contact's weekly summary. The choice is kept in the database, so a directory reload does
not sign them up again; ``mailbot resubscribe`` undoes it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain.calendar import next_send
from mailbot.handlers.lead_summary import next_summary
from mailbot.handlers.partner_actions import Outcome, Result
from mailbot.outbound.context import MANAGER, SUMMARY
from mailbot.outbound.links import LinkClaims
from mailbot.store import models as m
from mailbot.store.db import joined, unit_of_work


def subscriber(session: Session, claims: LinkClaims) -> m.Manager | m.Contact | None:
    """Who an unsubscribe link is for (None: a link we do not know)."""
    if claims.extra.startswith(MANAGER):
        return session.get(m.Manager, claims.extra.removeprefix(MANAGER))
    if claims.extra == SUMMARY and claims.contact_id:
        return session.get(m.Contact, claims.contact_id)
    return None


def is_unsubscribed(who: m.Manager | m.Contact) -> bool:
    if isinstance(who, m.Manager):
        return who.digest_unsubscribed_at is not None
    return who.summary_unsubscribed_at is not None


def unsubscribe(app: App, claims: LinkClaims, now: datetime, *,
                session: Session | None = None) -> Result:
    with joined(app.sessions, session) as session:
        who = subscriber(session, claims)
        if who is None:
            return Result(Outcome.UNKNOWN)
        if is_unsubscribed(who):
            return Result(Outcome.UPDATED, detail="already unsubscribed")
        if isinstance(who, m.Manager):
            who.digest_unsubscribed_at, who.digest_due_at = now, None
        else:
            who.summary_unsubscribed_at, who.summary_due_at = now, None
        return Result(Outcome.UPDATED, detail=f"{_name(who)} unsubscribed")


def resubscribe(app: App, who: str, now: datetime) -> str:
    """Undo an unsubscribe: ``who`` is a manager id or a contact's address. Returns what
    was done; raises LookupError when nobody matches."""
    with unit_of_work(app.sessions) as session:
        manager = session.get(m.Manager, who)
        if manager is not None:
            manager.digest_unsubscribed_at = None
            manager.digest_due_at = next_send(now, manager.digest or {},
                                              manager.timezone or "UTC")
            return f"manager {manager.id}: digest {_when(manager.digest_due_at)}"
        contact = session.scalar(select(m.Contact).join(m.ContactAddress).where(
            func.lower(m.ContactAddress.email) == who.lower()))
        if contact is None:
            raise LookupError(f"no manager id or contact address {who!r}")
        contact.summary_unsubscribed_at = None
        contact.summary_due_at = None
        if _opted_in(app, contact.key):  # the directory's choice, as a reload would apply it
            contact.summary_due_at = next_summary(
                contact, session.get(m.Partner, contact.partner_id), now)
        return f"contact {contact.key}: weekly summary {_when(contact.summary_due_at)}"


def _opted_in(app: App, key: str) -> bool:
    return any(c.key == key and c.summary == "weekly"
               for org in app.config.directory.partners for c in org.contacts)


def _name(who: m.Manager | m.Contact) -> str:
    return f"manager {who.id}" if isinstance(who, m.Manager) else f"contact {who.key}"


def _when(due: datetime | None) -> str:
    return f"next at {due:%Y-%m-%d %H:%M} UTC" if due else "off in the directory"
