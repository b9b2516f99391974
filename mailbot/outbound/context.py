"""Build the template context of an outbox row from the database, at send time.

Links are signed when the mail is sent (not when it is queued), so their expiry
counts from the moment the partner can see them. Teaser mails get only teaser
fields: a partner who has not picked the lead never receives the customer's data,
whatever a custom template tries to show.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain.lifecycle import WORKING_STATES
from mailbot.outbound.attachments import digest_csv
from mailbot.outbound.emails import EMAILS
from mailbot.outbound.links import LinkSigner
from mailbot.store import models as m

FULL_KINDS = {"lead_details", "feedback_request", "feedback_overdue", "not_understood",
              "unclaimed", "escalation", "customer_notice", "satisfaction_request",
              "customer_not_contacted", "address_bounced", "partner_question"}
STATUSES = ("contacted", "meeting", "proposal", "won", "lost")
SIZE_BANDS = ((10_000, "< 10 000"), (50_000, "10 000 – 50 000"), (250_000, "50 000 – 250 000"))


@dataclass(frozen=True)
class MailContext:
    context: dict
    to_name: str
    reply_key: str | None
    timezone: str
    #: (filename, content type, bytes): the digest's CSV
    attachments: tuple = ()
    #: one-click unsubscribe (RFC 8058) of a recurring email
    unsubscribe_url: str | None = None


def build(session: Session, row: m.OutboundMessage, signer: LinkSigner, brand: str,
          default_tz: str, now: datetime | None = None) -> MailContext:
    """What ``row``'s templates need, read when the email leaves (``now``; default: when it
    was queued): a lock list names what is overdue then, not what was when it was queued."""
    at = now or row.created_at
    kind = EMAILS[row.template]
    lead = session.get(m.Lead, row.lead_id) if row.lead_id else None
    contact = session.get(m.Contact, row.contact_id) if row.contact_id else None
    manager = session.get(m.Manager, row.manager_id) if row.manager_id else None
    partner_id = (lead.partner_id if kind.audience in ("customer", "manager") and lead else
                  contact.partner_id if contact else None)
    partner = session.get(m.Partner, partner_id) if partner_id else None
    ctx: dict = {"brand": {"name": brand}, "reply_marker": kind.replyable, "lead": None,
                 "links": {}, "locked_leads": [], **kind.flags, **row.context}
    if lead is not None:
        ctx["lead"] = lead_dict(lead) if row.template in FULL_KINDS else teaser_dict(lead)
        ctx["feedback_due"] = lead.feedback_due_at
    if partner is not None:
        ctx["partner"] = {"name": partner.organisation.name}
    name, tz = _recipient(kind.audience, contact, manager, lead, partner, default_tz)
    ctx["recipient"] = {"name": name}
    reply_key = None
    if lead is not None and contact is not None:
        reply_key = signer.reply_key(lead.id, contact.id)
        ctx["links"] = partner_links(signer, lead.id, contact.id)
    if row.offer_id:
        offer = session.get(m.Offer, row.offer_id)
        ctx["offer"] = {"deadline": offer.expires_at, "wave": offer.wave}
        if offer.locked_at_offer and contact is not None:
            ctx["locked_leads"] = overdue_leads(session, signer, contact, at)
    if row.template == "open_leads" and contact is not None:
        ctx["open_leads"] = open_leads(session, signer, contact)
    if row.template == "cooldown_notice" and partner is not None:
        ctx["cooldown_until"] = partner.cooldown_until
    if row.template in ("open_leads", "cooldown_notice") and contact is not None:
        ctx["own_deal_url"] = signer.url("own_deal", 0, contact.id)
    if row.template == "pick_lock" and contact is not None:
        ctx["locked_leads"] = overdue_leads(session, signer, contact, at)
    if kind.audience == "customer" and lead is not None:
        ctx.update(_customer(session, signer, lead))
    if kind.audience == "manager" and lead is not None:
        ctx["links"] = manager_links(session, signer, lead, manager.id if manager else None)
        ctx["assign"] = ctx["links"].pop("assign")
    attachments = ()
    if row.template == "digest":
        period = row.context["digest"]["period"]
        ctx["period_start"] = datetime.fromisoformat(period["start"])
        ctx["period_end"] = datetime.fromisoformat(period["end"])
        attachments = (("digest.csv", "text/csv; charset=utf-8",
                        digest_csv(row.context["digest"])),)
    unsubscribe = unsubscribe_url(signer, row) if kind.unsubscribable else None
    if unsubscribe:
        ctx["unsubscribe_url"] = unsubscribe
    return MailContext(ctx, name, reply_key, tz, attachments, unsubscribe)


#: what an unsubscribe link's ``extra`` names: a manager's digest, a contact's summary
MANAGER, SUMMARY = "manager:", "summary"


def unsubscribe_url(signer: LinkSigner, row: m.OutboundMessage) -> str | None:
    """The one-click link of a recurring email (digest: its manager; summary: its contact)."""
    if row.template == "digest" and row.manager_id:
        return signer.url("unsubscribe", 0, 0, MANAGER + row.manager_id)
    if row.template == "open_leads" and row.contact_id:
        return signer.url("unsubscribe", 0, row.contact_id, SUMMARY)
    return None


def teaser_dict(lead) -> dict:
    """What an offer may show before the partner owns the lead (no customer data). Takes a
    ``Lead`` or any row with its columns (the link pages' one-statement read)."""
    return {"ref": m.lead_ref(lead.id), "product": lead.product, "region": _region(lead),
            "size_hint": size_hint(lead), "temperature": lead.temperature,
            "status_label": lead.state}


def _region(lead) -> str:
    place = ", ".join(x for x in (lead.city, lead.country) if x)
    return (f"{place} ({lead.postal_code})" if lead.postal_code else place) or "–"


def lead_dict(lead: m.Lead) -> dict:
    address = ", ".join(x for x in (f"{lead.postal_code} {lead.city}".strip(), lead.country) if x)
    return {
        "ref": lead.ref, "company": lead.company, "contact_name": lead.contact_name,
        "contact_email": lead.contact_email, "contact_phone": lead.contact_phone,
        "address": address, "region": _region(lead), "product": lead.product,
        "temperature": lead.temperature, "size_hint": size_hint(lead), "source": lead.source,
        "reason": lead.reason, "requirement": lead.requirement, "notes": lead.notes,
        "status_label": lead.state,
    }


def size_hint(lead) -> str:
    if lead.estimated_value is None:
        return ""
    value, cur = float(lead.estimated_value), lead.currency or "EUR"
    band = next((label for limit, label in SIZE_BANDS if value < limit), "> 250 000")
    return f"{band} {cur}"


class LazyLinks(dict):
    """Signs a link only when a template uses it (an offer needs 2 of the 8)."""

    def __init__(self, make: dict) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> str:
        if key not in self._make:
            raise KeyError(key)
        self[key] = url = self._make[key]()
        return url


def partner_links(signer: LinkSigner, lead_id: int, contact_id: int) -> LazyLinks:
    make = {a: functools.partial(signer.url, a, lead_id, contact_id)
            for a in ("accept", "decline", "giveback")}
    make.update({s: functools.partial(signer.url, "status", lead_id, contact_id, s)
                 for s in STATUSES})
    return LazyLinks(make)


def overdue_leads(session: Session, signer: LinkSigner, contact: m.Contact,
                  now: datetime) -> list[dict]:
    """The partner's leads whose feedback is overdue at ``now``, each with its status link
    (a lead whose deadline is still ahead needs nothing yet)."""
    leads = session.scalars(select(m.Lead).where(
        m.Lead.partner_id == contact.partner_id,
        m.Lead.state.in_([str(s) for s in WORKING_STATES]),
        m.Lead.feedback_due_at < now).order_by(m.Lead.feedback_due_at)).all()
    return [{"ref": x.ref, "company": x.company, "due": x.feedback_due_at,
             "status_url": signer.url("status", x.id, contact.id)} for x in leads]


def open_leads(session: Session, signer: LinkSigner, contact: m.Contact) -> list[dict]:
    """The contact's working leads, oldest deadline first, each with its status links."""
    leads = session.scalars(select(m.Lead).where(
        m.Lead.contact_id == contact.id, m.Lead.state.in_([str(s) for s in WORKING_STATES]))
        .order_by(m.Lead.feedback_due_at, m.Lead.id)).all()
    return [{"ref": x.ref, "company": x.company, "state": x.state, "due": x.feedback_due_at,
             "links": partner_links(signer, x.id, contact.id)} for x in leads]


def _customer(session: Session, signer: LinkSigner, lead: m.Lead) -> dict:
    # The end customer is not a contact: contact id 0 scopes these links to the lead.
    holder = session.get(m.Contact, lead.contact_id) if lead.contact_id else None
    return {
        "contact_by": lead.feedback_due_at,
        "partner_contact": f"{holder.name}, {holder.key}" if holder else "",
        "links": {"not_contacted": signer.url("not_contacted", lead.id, 0),
                  "rate": {n: signer.url("rate", lead.id, 0, str(n)) for n in range(1, 6)}},
    }


def manager_links(session: Session, signer: LinkSigner, lead: m.Lead,
                  manager_id: str | None) -> dict:
    """One-click manager actions: re-offer to everyone eligible, or assign to a partner
    who was offered the lead and let it expire (they know it already). The links name the
    manager they were sent to: the page speaks their language and the timeline says who."""
    expired = session.execute(
        select(m.Offer.partner_id, m.Organisation.name)
        .join(m.Organisation, m.Organisation.id == m.Offer.partner_id)
        .where(m.Offer.lead_id == lead.id, m.Offer.state == "expired")
        .order_by(m.Offer.score.desc()).limit(3)).all()
    who = manager_id or ""
    return {"offer_all": signer.url("offer_all", lead.id, 0, who),
            "assign": [{"name": name, "url": signer.url("assign", lead.id, 0,
                                                        f"{pid}|{who}" if who else pid)}
                       for pid, name in expired]}


def manager_link_parts(action: str, extra: str) -> tuple[str, str]:
    """(partner id, manager id) from a manager link's ``extra``; links sent before they
    named the manager carry only the partner (assign) or nothing (offer_all)."""
    if action == "offer_all":
        return "", extra
    partner, _, manager = extra.partition("|")
    return partner, manager


def _recipient(audience: str, contact, manager, lead, partner, default_tz: str):
    if audience == "manager" and manager is not None:
        return manager.name, manager.timezone or default_tz
    if audience == "customer" and lead is not None:
        return lead.contact_name or lead.company, default_tz
    if contact is not None:
        tz = contact.timezone or (partner.timezone if partner else None) or default_tz
        return contact.name, tz
    return "", default_tz


