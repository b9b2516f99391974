"""One of our emails bounced.

Hard bounce: the address is marked undeliverable (we never send to it again), the
email goes to the contact's other address or the organisation's other contacts, and
the responsible managers are told. Soft bounce (a temporary failure the remote server
gave up on): the same email is sent again later, ``inbound.soft_bounce_retries`` times.
A "delayed" warning only records that the remote server is still trying: sending again
then would deliver the email twice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.handlers.offering import (
    deliverable_address,
    deliverable_contacts,
    responsible_managers,
    withdraw_partner_offers,
)
from mailbot.inbound.classify import Bounce, Classified
from mailbot.outbound.emails import EMAILS
from mailbot.store import models as m
from mailbot.store import timeline, webhooks
from mailbot.store.outbox import enqueue

#: our Message-IDs (outbox.enqueue), as a bounce quotes them from the original
_OUR_MESSAGE_ID = re.compile(rb"<mailbot\.[0-9a-f]{32}@[^>\s]{1,253}>")


def handle(session: Session, app: App, row: m.InboundMessage, found: Classified,
           now: datetime) -> tuple[str, str]:
    bounce = found.bounce
    if found.dmarc_fail:
        return "quarantined", f"{found.why}; DMARC failed: a forged bounce changes nothing"
    out = session.get(m.OutboundMessage, bounce.outbound_id) if bounce.outbound_id else None
    if out is None:
        # Not to a signed VERP address (an old MTA answering From:, a forwarder): trusted
        # only when it quotes one of our emails, and only for that email's recipient.
        out = _quoted_original(session, row.raw)
        if out is None:
            return "quarantined", (f"{found.why}; not sent to our bounce address and quoting "
                                   "none of our emails: not trusted")
        if bounce.recipients and out.to_addr.lower() not in bounce.recipients:
            return "quarantined", (f"{found.why}; the failed recipients are not the quoted "
                                   f"email's ({out.to_addr}): not trusted")
        bounce = replace(bounce, recipients=(out.to_addr.lower(),), outbound_id=out.id)
    recipients = list(bounce.recipients) or [out.to_addr.lower()]
    if not recipients:
        return "ignored", f"{found.why}; no failed recipient could be read"
    if not bounce.permanent:
        return _soft(session, app, out, bounce, now)
    done = [_hard(session, app, out, addr, bounce, now) for addr in recipients]
    return "processed", "; ".join(done)


def _quoted_original(session: Session, raw: bytes) -> m.OutboundMessage | None:
    ids = {x.decode() for x in _OUR_MESSAGE_ID.findall(raw[:2_000_000])}
    if not ids:
        return None
    return session.scalar(select(m.OutboundMessage).where(
        m.OutboundMessage.message_id.in_(sorted(ids)[:20])).order_by(m.OutboundMessage.id))


def _hard(session: Session, app: App, out: m.OutboundMessage | None, addr: str,
          bounce: Bounce, now: datetime) -> str:
    address = session.scalar(select(m.ContactAddress).where(m.ContactAddress.email == addr))
    if address is None:
        return f"{addr}: hard bounce for an address not in the partner directory"
    if address.undeliverable:
        return f"{addr}: already marked undeliverable"
    address.undeliverable, address.bounced_at = True, now
    address.bounce_detail = bounce.detail[:2000]
    contact = address.contact
    same_mail = out is not None and out.to_addr.lower() == addr
    rerouted = _reroute(session, app, out, contact, now) if same_mail else []
    lead = session.get(m.Lead, out.lead_id) if out is not None and out.lead_id else None
    if lead is not None:
        timeline.note(session, lead, "address_bounced", now=now, actor="mailbot",
                      channel="email", rule="inbound.hard_bounce",
                      note=f"{addr} is undeliverable: {bounce.detail}"[:500],
                      data={"address": addr, "rerouted": rerouted})
    else:  # no lead (a digest, a notice): the CRM still hears of the dead address
        webhooks.emit(session, "partner.bounce", now, {
            "address": addr, "partner_id": contact.partner_id, "contact": contact.key,
            "permanent": True, "detail": bounce.detail[:500], "rerouted": rerouted})
    _tell_managers(session, app, lead, contact, addr, bounce.detail, rerouted, now)
    if not deliverable_contacts(session, contact.partner_id):
        _move_offers_on(session, app, contact.partner_id, addr, now)
    tail = f", sent again to {', '.join(rerouted)}" if rerouted else ", nobody else to send to"
    return f"{addr}: marked undeliverable{tail if same_mail else ''}"


def _move_offers_on(session: Session, app: App, partner_id: str, addr: str,
                    now: datetime) -> None:
    """Nobody at the partner can be reached any more: its pending offers leave their
    waves and replacements join, as when the partner's only contact is away."""
    withdraw_partner_offers(session, partner_id, app.rules, now,
                            domain=app.settings.file.sender.reply_domain,
                            rule="inbound.hard_bounce", channel="email",
                            note=f"{addr} bounced; nobody at {partner_id} can be reached",
                            why="who cannot be reached")


def _reroute(session: Session, app: App, out: m.OutboundMessage, contact: m.Contact,
             now: datetime) -> list[str]:
    """The failed email, to the contact's next address, else to colleagues who have not
    had it (an offer already went to every contact; lead details went to one)."""
    if EMAILS[out.template].audience != "partner":
        return []
    targets = []
    own = deliverable_address(contact)
    if own:
        targets.append((contact, own))
    else:
        targets = [(c, a) for c, a in deliverable_contacts(session, contact.partner_id)
                   if c.id != contact.id and not _had(session, out, c)]
    for target, addr in targets:
        enqueue(session, now=now, to_addr=addr, template=out.template, language=out.language,
                domain=app.settings.file.sender.reply_domain, context=out.context,
                lead_id=out.lead_id, offer_id=out.offer_id, contact_id=target.id)
    return [addr for _, addr in targets]


def _had(session: Session, out: m.OutboundMessage, contact: m.Contact) -> bool:
    return session.scalar(select(m.OutboundMessage.id).where(
        m.OutboundMessage.contact_id == contact.id, m.OutboundMessage.template == out.template,
        m.OutboundMessage.lead_id == out.lead_id).limit(1)) is not None


def _tell_managers(session: Session, app: App, lead: m.Lead | None, contact: m.Contact,
                   addr: str, detail: str, rerouted: list[str], now: datetime) -> None:
    managers = responsible_managers(session, lead) if lead is not None else [
        x for x in session.scalars(select(m.Manager).where(m.Manager.active)) if x.scope.get("all")]
    bounced = {"address": addr, "contact": contact.name, "detail": detail or "–",
               "partner": contact.partner.organisation.name, "rerouted": rerouted}
    for manager in managers:
        enqueue(session, now=now, to_addr=manager.email, template="address_bounced",
                language=manager.language, domain=app.settings.file.sender.reply_domain,
                lead_id=lead.id if lead else None, manager_id=manager.id,
                context={"bounced": bounced})


def _soft(session: Session, app: App, out: m.OutboundMessage | None, bounce: Bounce,
          now: datetime) -> tuple[str, str]:
    rules = app.rules.inbound
    if out is None:
        return "ignored", "temporary failure of an email we cannot identify (no VERP address)"
    if bounce.delayed:
        _log(session, out, now, "delayed", bounce.detail or "remote server still trying")
        return "processed", f"outbox {out.id}: delivery delayed, the remote server retries"
    out.soft_bounces += 1
    if out.soft_bounces > rules.soft_bounce_retries:
        out.status = "failed"
        out.last_error = f"soft bounce {out.soft_bounces} times: {bounce.detail}"[:2000]
        _log(session, out, now, "failed", out.last_error)
        return "processed", f"outbox {out.id}: gave up after {rules.soft_bounce_retries} resends"
    out.status, out.claim, out.lease_until = "pending", None, None
    out.due_at = now + rules.soft_bounce_delay
    _log(session, out, now, "soft_bounce", bounce.detail or "temporary failure")
    return "processed", f"outbox {out.id}: temporary failure, sending again at {out.due_at:%H:%M}"


def _log(session: Session, out: m.OutboundMessage, now: datetime, event: str,
         detail: str) -> None:
    session.add(m.DeliveryLog(outbound_id=out.id, at=now, event=event, detail=detail[:2000],
                              worker="inbound"))
