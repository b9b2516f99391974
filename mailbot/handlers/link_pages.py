"""Link clicks: what a link's page shows (GET, never changes state) and what its button does
(POST). The web adapter verifies the token and renders; the decisions are made here."""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cache

from sqlalchemy import and_, bindparam, exists, literal, select
from sqlalchemy.orm import Session, contains_eager

from mailbot.app import App
from mailbot.domain.lifecycle import LEAD_TRANSITIONS, STATUS_UPDATES, WORKING_STATES, LeadState
from mailbot.domain.money import typed_amount
from mailbot.handlers import (
    customer,
    manager_actions,
    own_deals,
    partner_actions,
    subscriptions,
)
from mailbot.handlers.offering import WORKING, deliverable_address
from mailbot.handlers.partner_actions import Outcome, Result, acting, offer_outcome
from mailbot.outbound.context import (
    MANAGER,
    lead_dict,
    manager_link_parts,
    overdue_leads,
    teaser_dict,
)
from mailbot.outbound.links import LinkClaims
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import insert_or_ignore, unit_of_work
from mailbot.store.outbox import enqueue

log = logging.getLogger(__name__)
PARTNER_ACTIONS = ("accept", "decline", "giveback", "status")
CUSTOMER_ACTIONS = ("rate", "not_contacted")
MANAGER_ACTIONS = ("offer_all", "assign")
#: links that act once; their use is recorded and a replay changes nothing
ONE_SHOT = frozenset({"accept", "decline", "giveback", "rate", "not_contacted", "offer_all",
                      "assign"})
#: of those, the ones whose replay shows "already used" (accept and decline answer from the
#: offer's own state instead: "already yours", "already declined")
USED_PAGE = frozenset({"giveback", "rate", "not_contacted", "offer_all", "assign"})
DECLINE_REASONS = ("no_capacity", "outside_region", "not_our_field", "customer_known", "other")
CURRENCIES = ("EUR", "SEK", "RUB", "GBP", "USD", "CHF", "NOK", "DKK")
MAX = {"note": 4000, "reason": 1000, "comment": 2000, "lost_reason": 1000}


@dataclass
class LinkPage:
    """What to show: a confirmation (``confirm``), the status dialog (``dialog``) or an
    outcome. ``lead`` holds teaser fields until the partner owns the lead."""

    view: str
    action: str
    outcome: str = ""
    lead: dict | None = None
    language: str = "en"
    timezone: str = "UTC"
    data: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


class FormError(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def inspect(app: App, claims: LinkClaims, now: datetime) -> LinkPage:
    with app.sessions() as session:
        return _inspect(session, app, claims, now)


def _inspect(session: Session, app: App, claims: LinkClaims, now: datetime) -> LinkPage:
    if claims.action == "unsubscribe":
        return _unsubscribe_page(session, app, claims)
    if claims.action == "own_deal":
        return _own_deal_page(session, app, claims)
    lead, contact, offer = _load(session, claims)
    page = _page(app, claims.action, lead, contact)
    if lead is None or (claims.action in PARTNER_ACTIONS and not acting(contact)):
        return _outcome(page, Outcome.UNKNOWN)
    if claims.action in CUSTOMER_ACTIONS and lead.partner_id:
        page.data["partner"] = session.get(m.Organisation, lead.partner_id).name
    used = _used(session, claims)
    if used is not None:
        page.data["used_at"], page.data["used_outcome"] = used.used_at, used.outcome
        return _outcome(page, "used")
    if claims.action in ("accept", "decline"):
        return _offer_page(session, app, page, offer, contact, now)
    if claims.action in ("giveback", "status"):
        if lead.partner_id != contact.partner_id or lead.state not in WORKING_STATES:
            return _outcome(page, Outcome.NOT_YOURS if lead.state not in ("won", "lost")
                            else "closed")
        page.lead = lead_dict(lead)
        if claims.action == "status":
            page.view = "dialog"
            page.data.update(status_choices(lead.state), selected=claims.extra or "")
        return page
    if claims.action in MANAGER_ACTIONS:
        return _manager_page(session, page, lead, claims)
    if claims.action == "rate":
        page.data["selected"] = claims.extra
    return page  # customer actions: a plain confirmation


def _unsubscribe_page(session: Session, app: App, claims: LinkClaims) -> LinkPage:
    who = subscriptions.subscriber(session, claims)
    contact = who if isinstance(who, m.Contact) else None
    page = _page(app, claims.action, None, contact)
    if who is None:
        return _outcome(page, Outcome.UNKNOWN)
    if isinstance(who, m.Manager):
        page.language, page.data["what"] = who.language or page.language, "digest"
    else:
        page.data["what"] = "summary"
    if subscriptions.is_unsubscribed(who):
        return _outcome(page, "unsubscribed")
    return page


def _own_deal_page(session: Session, app: App, claims: LinkClaims) -> LinkPage:
    contact = session.get(m.Contact, claims.contact_id) if claims.contact_id else None
    if contact is None or not contact.active:
        return _outcome(_page(app, claims.action, None, None), Outcome.UNKNOWN)
    page = _page(app, claims.action, None, contact)
    page.data.update(currencies=CURRENCIES, form_id=secrets.token_urlsafe(12))
    return page


def _manager_page(session: Session, page: LinkPage, lead: m.Lead,
                  claims: LinkClaims) -> LinkPage:
    partner_id, manager_id = manager_link_parts(claims.action, claims.extra)
    manager = session.get(m.Manager, manager_id) if manager_id else None
    if manager is not None:  # the page in their language, times in their zone
        page.language, page.timezone = manager.language, manager.timezone or page.timezone
    if lead.state != LeadState.UNCLAIMED:
        return _outcome(page, Outcome.NOT_UNCLAIMED)
    page.lead = lead_dict(lead)  # the manager sees everything
    if claims.action == "assign":
        partner = session.get(m.Organisation, partner_id)
        if partner is None:
            return _outcome(page, Outcome.UNKNOWN)
        page.data["partner"] = partner.name
    return page


def _load(session: Session, claims: LinkClaims
          ) -> tuple[m.Lead | None, m.Contact | None, m.Offer | None]:
    """The lead, the link's contact (with its partner) and that partner's offer of the lead,
    in one query: every link view and every scanner fetch comes through here."""
    if claims.contact_id:
        row = session.execute(
            select(m.Lead, m.Contact, m.Partner, m.Offer).select_from(m.Lead)
            .join(m.Contact, m.Contact.id == claims.contact_id)
            .join(m.Partner, m.Partner.id == m.Contact.partner_id)
            .outerjoin(m.Offer, and_(m.Offer.lead_id == m.Lead.id,
                                     m.Offer.partner_id == m.Contact.partner_id))
            .where(m.Lead.id == claims.lead_id)
            .options(contains_eager(m.Contact.partner), contains_eager(m.Offer.lead))).first()
        if row is not None:
            return row[0], row[1], row[3]
    return session.get(m.Lead, claims.lead_id), None, None


def _offer_page(session: Session, app: App, page: LinkPage, offer: m.Offer | None,
                contact: m.Contact, now: datetime) -> LinkPage:
    if offer is None:
        return _outcome(page, Outcome.NOT_YOURS)
    lead = offer.lead
    early = partner_actions.accept_precheck(session, app, offer, contact, now)
    if page.action == "decline" and early is not None and early.outcome in (
            Outcome.LOCKED, Outcome.PAUSED, Outcome.COOLDOWN):
        early = None  # a locked or away partner may still say no
    if early is not None:
        if early.outcome == Outcome.ALREADY_YOURS:
            page.lead = lead_dict(lead)
        if early.outcome == Outcome.LOCKED:
            page.data["locked_leads"] = overdue_leads(session, app.signer, contact, now)
        return _outcome(page, early.outcome)
    page.data["deadline"] = offer.expires_at
    if page.action == "decline":
        page.data["reasons"] = DECLINE_REASONS
    return page


def offer_view(app: App, claims: LinkClaims, now: datetime) -> LinkPage | None:
    """The page of an accept or decline link in one Core statement, no ORM objects: every
    offer email's links are opened by scanners and people, so this is the hot read. None
    when the case needs the full ``inspect`` (unknown link, the lead already yours, the
    pick-lock page with its list of leads)."""
    if claims.action not in ("accept", "decline") or not claims.contact_id:
        return None
    lock = app.rules.pick_lock
    with app.reader.connect() as conn:
        row = conn.execute(_offer_statement(lock.enabled, lock.scope), {
            "lead": claims.lead_id, "contact": claims.contact_id,
            "cutoff": now - lock.overdue_by}).first()
    if row is None or row.offer_state is None:
        return None
    outcome = offer_outcome(row.offer_state, row.expires_at, row.state, row.partner_id,
                            row.c_partner, row.paused_until, lambda: row.cooldown_until,
                            lambda: bool(row.locked), now)
    if claims.action == "decline" and outcome in (Outcome.LOCKED, Outcome.PAUSED,
                                                  Outcome.COOLDOWN):
        outcome = None  # a locked or away partner may still say no
    if outcome in (Outcome.ALREADY_YOURS, Outcome.LOCKED):
        return None
    default = app.settings.file.mailbot
    page = LinkPage("confirm", claims.action, lead=teaser_dict(row),
                    language=row.c_language or row.p_language or default.default_language,
                    timezone=row.c_timezone or row.p_timezone or default.timezone)
    if outcome is not None:
        return _outcome(page, outcome)
    page.data["deadline"] = row.expires_at
    if claims.action == "decline":
        page.data["reasons"] = DECLINE_REASONS
    return page


@cache
def _offer_statement(lock_enabled: bool, scope: str):
    """Lead teaser columns, the contact's and partner's language, time zone, pause and
    cooldown, the partner's offer and whether a pick lock holds, as one row."""
    lead, contact = m.Lead.__table__, m.Contact.__table__
    partner, offer = m.Partner.__table__, m.Offer.__table__
    mine = lead.alias("mine")
    owner = mine.c.contact_id == contact.c.id if scope == "contact" else \
        mine.c.partner_id == contact.c.partner_id
    # one bound value per state, not an "expanding" IN: that is re-rendered per execution
    working = mine.c.state.in_([bindparam(f"working_{i}", s) for i, s in enumerate(WORKING)])
    locked = exists().where(owner, working,
                            mine.c.feedback_due_at < bindparam("cutoff")) \
        if lock_enabled else literal(False)
    return (select(lead.c.id, lead.c.product, lead.c.city, lead.c.country,
                   lead.c.postal_code, lead.c.estimated_value, lead.c.currency,
                   lead.c.temperature, lead.c.state, lead.c.partner_id,
                   contact.c.language.label("c_language"),
                   contact.c.partner_id.label("c_partner"),
                   contact.c.timezone.label("c_timezone"), contact.c.paused_until,
                   partner.c.language.label("p_language"),
                   partner.c.timezone.label("p_timezone"), partner.c.cooldown_until,
                   offer.c.state.label("offer_state"), offer.c.expires_at,
                   locked.label("locked"))
            .select_from(lead.join(contact, contact.c.id == bindparam("contact"))
                         .join(partner, partner.c.id == contact.c.partner_id)
                         .outerjoin(offer, and_(offer.c.lead_id == lead.c.id,
                                                offer.c.partner_id == contact.c.partner_id)))
            .where(lead.c.id == bindparam("lead"), contact.c.active, partner.c.active))


def act(app: App, claims: LinkClaims, form: dict[str, str], now: datetime) -> LinkPage:
    """Perform the link's action (POST). The action, the record that the link was used and
    the details the page shows share one transaction. Bad form input re-shows the form."""
    page = offer_view(app, claims, now) or inspect(app, claims, now)
    if page.view == "outcome":  # taken, expired, used, locked …: nothing to do
        log.info("link %s L-%s contact %s: %s, nothing changed", claims.action,
                 claims.lead_id, claims.contact_id, page.outcome)
        return page
    try:
        args = _form_arguments(claims.action, form)
    except FormError as exc:
        log.info("link %s L-%s contact %s: form rejected (%s), nothing changed",
                 claims.action, claims.lead_id, claims.contact_id, ", ".join(exc.errors))
        page.errors = exc.errors
        return page
    details = None
    if claims.action == "own_deal":  # its own transaction: it retries a unique-key race
        return _done(app, claims, page, _register_own_deal(app, claims.contact_id, args, now))
    with unit_of_work(app.sessions) as session:
        # held here, the lead stays in the session's (weak) identity map: the action finds
        # it there, and so do the details below, without reading it again
        lead = session.get(m.Lead, claims.lead_id) if claims.lead_id else None
        result = _perform(app, claims, args, now, session)
        if result.outcome in (Outcome.ACCEPTED, Outcome.DECLINED, Outcome.RETURNED,
                              Outcome.UPDATED) and claims.action in ONE_SHOT:
            insert_or_ignore(session, m.LinkUse, nonce=claims.nonce, action=claims.action,
                             lead_id=claims.lead_id, contact_id=claims.contact_id or None,
                             used_at=now, outcome=str(result.outcome))
        if result.outcome in (Outcome.ACCEPTED, Outcome.UPDATED, Outcome.ALREADY_YOURS) and \
                claims.action in PARTNER_ACTIONS:
            details = lead_dict(lead)
    done = inspect(app, claims, now) if result.outcome == Outcome.TAKEN else page
    if details is not None:
        done.lead = details
    return _done(app, claims, done, result)


def _done(app: App, claims: LinkClaims, page: LinkPage, result: Result) -> LinkPage:
    page.view, page.outcome = "outcome", str(result.outcome)
    log.info("link %s L-%s contact %s: %s %s", claims.action, claims.lead_id,
             claims.contact_id, result.outcome, result.detail)
    return page


def _form_arguments(action: str, form: dict[str, str]) -> dict:
    """The action's arguments from its form, validated before anything is changed."""
    if action == "decline":
        return {"reason": decline_reason(form)}
    if action == "giveback":
        return {"reason": _text(form, "reason")}
    if action == "status":
        return status_form(form)
    if action == "rate":
        return {"stars": _stars(form), "comment": _text(form, "comment")}
    if action == "own_deal":
        return own_deal_form(form)
    return {}


def _perform(app: App, claims: LinkClaims, args: dict, now: datetime,
             session: Session) -> Result:
    """Every action joins the caller's transaction, with the record of the link's use."""
    lead_id, contact_id = claims.lead_id, claims.contact_id
    if claims.action in ("accept", "decline"):
        offer_id = session.scalar(select(m.Offer.id).join(
            m.Contact, m.Contact.partner_id == m.Offer.partner_id).where(
            m.Offer.lead_id == lead_id, m.Contact.id == contact_id))
        if claims.action == "accept":
            return partner_actions.accept_offer(app, offer_id, contact_id, now,
                                                session=session)
        return partner_actions.decline_offer(app, offer_id, contact_id, now, session=session,
                                             **args)
    if claims.action == "giveback":
        return partner_actions.give_back(app, lead_id, contact_id, now, session=session,
                                         **args)
    if claims.action == "status":
        return partner_actions.report_status(app, lead_id, contact_id, now=now,
                                             session=session, **args)
    if claims.action == "rate":
        return customer.rate_partner(app, lead_id, args["stars"], args["comment"], now,
                                     session=session)
    if claims.action in MANAGER_ACTIONS:
        partner, manager = manager_link_parts(claims.action, claims.extra)
        actor = f"manager:{manager}" if manager else "manager"
        if claims.action == "offer_all":
            return manager_actions.offer_to_all(app, lead_id, now, actor=actor,
                                                session=session)
        return manager_actions.assign_to_partner(app, lead_id, partner, now, actor=actor,
                                                 session=session)
    if claims.action == "unsubscribe":
        return subscriptions.unsubscribe(app, claims, now, session=session)
    return customer.report_not_contacted(app, lead_id, now, session=session)


def _register_own_deal(app: App, contact_id: int, args: dict, now: datetime) -> Result:
    with app.sessions() as session:
        partner_id = session.get(m.Contact, contact_id).partner_id
    deal, created = own_deals.register_once(
        app, partner_id, now, external_id=f"web:{args['form_id']}", contact_id=contact_id,
        company=args["company"], amount=args["amount"], currency=args["currency"],
        note=args["note"], via="web")
    done = "registered" if created else "was registered already"  # a double submit
    return Result(Outcome.UPDATED, detail=f"own deal {deal.id} {done}")


def decline_reason(form: dict[str, str]) -> str:
    code = form.get("reason_code", "")
    if code and code not in DECLINE_REASONS:
        raise FormError(["reason_code"])
    text = _text(form, "reason")
    return ": ".join(x for x in (code, text) if x)


def status_form(form: dict[str, str]) -> dict:
    """Validate the status dialog; FormError names each bad field (nothing is changed)."""
    errors: list[str] = []
    status = form.get("status", "")
    if status not in [str(s) for s in STATUS_UPDATES]:
        errors.append("status")
    amount, currency = _money(form, errors)
    close = None
    if form.get("expected_close"):
        close = _close_date(form["expected_close"])
        if close is None:
            errors.append("expected_close")
    fields = {}
    for name in ("note", "lost_reason"):
        try:
            fields[name] = _text(form, name)
        except FormError as exc:
            errors += exc.errors
    if errors:
        raise FormError(errors)
    return {"status": status, "amount": amount, "currency": currency, "expected_close": close,
            "note": fields["note"], "lost_reason": fields["lost_reason"]}


def _close_date(text: str) -> datetime | None:
    """A YYYY-MM-DD date (what the date input sends) within reason: 2000 to 2100."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        return None
    try:
        close = datetime.fromisoformat(text.strip() + "T12:00:00+00:00")
    except ValueError:  # 2026-02-30
        return None
    return close if 2000 <= close.year <= 2100 else None


def own_deal_form(form: dict[str, str]) -> dict:
    """Validate the own-deal form; the form's id makes a double submit one deal."""
    errors: list[str] = []
    company = form.get("company", "").strip()
    if not company or len(company) > 200:
        errors.append("company")
    amount, currency = _money(form, errors)
    try:
        note = _text(form, "note")
    except FormError as exc:
        errors += exc.errors
    form_id = form.get("form_id", "")
    if not 8 <= len(form_id) <= 40 or not form_id.replace("-", "").replace("_", "").isalnum():
        errors.append("form_id")
    if errors:
        raise FormError(errors)
    return {"company": company, "amount": amount, "currency": currency, "note": note,
            "form_id": form_id}


def _money(form: dict[str, str], errors: list[str]) -> tuple[Decimal | None, str]:
    """An amount as people type it ("12 500,50") and a currency from the list."""
    amount = None
    raw = form.get("amount", "").strip()
    if raw:
        amount = typed_amount(raw)
        if amount is None:  # "1e9", "-5", "0.001", Arabic or full-width digits …
            errors.append("amount")
    currency = form.get("currency", "").upper()
    if currency and currency not in CURRENCIES:
        errors.append("currency")
    return amount, currency


def status_choices(state: str) -> dict:
    allowed = [str(s) for s in STATUS_UPDATES
               if s in LEAD_TRANSITIONS.get(LeadState(state), ()) or s == state]
    return {"statuses": allowed, "current": state, "currencies": CURRENCIES}


def _text(form: dict[str, str], name: str) -> str:
    value = form.get(name, "").strip()
    if len(value) > MAX.get(name, 1000):
        raise FormError([name])
    return value


def _stars(form: dict[str, str]) -> int:
    try:
        stars = int(form.get("stars", ""))
    except ValueError:
        raise FormError(["stars"]) from None
    if not 1 <= stars <= 5:
        raise FormError(["stars"])
    _text(form, "comment")
    return stars


def _page(app: App, action: str, lead: m.Lead | None, contact: m.Contact | None) -> LinkPage:
    default = app.settings.file.mailbot
    lang, tz = default.default_language, default.timezone
    if contact is not None:
        partner = contact.partner
        lang = contact.language or partner.language or lang
        tz = contact.timezone or partner.timezone or tz
    elif lead is not None and lead.language:
        lang = lead.language
    teaser = teaser_dict(lead) if lead is not None else None
    return LinkPage("confirm", action, lead=teaser, language=lang, timezone=tz)


def language_of(app: App, claims: LinkClaims) -> str | None:
    """The language of a genuine link's person (contact, manager or the lead's customer),
    for the pages shown before any handler reads the link (bad form, expired link)."""
    with app.sessions() as session:
        if claims.contact_id:
            contact = session.get(m.Contact, claims.contact_id)
            return contact and (contact.language or contact.partner.language)
        manager_id = (manager_link_parts(claims.action, claims.extra)[1]
                      if claims.action in MANAGER_ACTIONS else
                      claims.extra.removeprefix(MANAGER) if claims.extra.startswith(MANAGER)
                      else None)
        if manager_id:
            manager = session.get(m.Manager, manager_id)
            return manager and manager.language
        lead = session.get(m.Lead, claims.lead_id) if claims.lead_id else None
        return lead and lead.language


def _outcome(page: LinkPage, outcome: str) -> LinkPage:
    page.view, page.outcome = "outcome", str(outcome)
    return page


def _used(session: Session, claims: LinkClaims) -> m.LinkUse | None:
    if claims.action not in USED_PAGE:
        return None
    return session.scalar(select(m.LinkUse).where(m.LinkUse.nonce == claims.nonce))


#: the email that carries fresh links for each action
FRESH_KIND = {"accept": "offer", "decline": "offer", "status": "lead_details",
              "giveback": "lead_details", "rate": "satisfaction_request",
              "not_contacted": "customer_notice"}
FRESH_EVERY = 3600  # seconds: at most one fresh email per link kind per hour


def resend_fresh(app: App, claims: LinkClaims, now: datetime) -> str:
    """An expired (but genuine) link: email the registered address again with fresh links.

    Only ever to the address on record, never to one given in the request."""
    kind = FRESH_KIND.get(claims.action)
    if kind is None:
        return Outcome.UNKNOWN
    with unit_of_work(app.sessions) as session:
        lead = session.get(m.Lead, claims.lead_id)
        contact = session.get(m.Contact, claims.contact_id) if claims.contact_id else None
        if lead is None or (claims.action in PARTNER_ACTIONS and contact is None):
            return Outcome.UNKNOWN
        if kind == "lead_details" and (lead.partner_id != contact.partner_id
                                       or lead.state not in WORKING_STATES):
            # the details only ever go to the partner working the lead now
            return Outcome.NOT_YOURS if lead.state not in ("won", "lost") else "closed"
        # fresh links already sent (the timeline's "fresh_link"), not the email itself:
        # an offer sent ten minutes ago with a short link expiry still gets one
        recent = session.scalar(select(m.LeadEvent.id).where(
            m.LeadEvent.lead_id == lead.id, m.LeadEvent.kind == "fresh_link",
            m.LeadEvent.data["action"].as_string() == claims.action,
            m.LeadEvent.data["contact"].as_string() == str(claims.contact_id or 0),
            m.LeadEvent.at > now - timedelta(seconds=FRESH_EVERY)).limit(1))
        if recent is not None:
            return "fresh_recent"
        offer_id = None
        if kind == "offer":
            offer = session.scalar(select(m.Offer).where(
                m.Offer.lead_id == lead.id, m.Offer.partner_id == contact.partner_id))
            if offer is None or offer.state != "pending" or lead.state != LeadState.OFFERED:
                return Outcome.EXPIRED  # nothing left to accept: a fresh link would not help
            offer_id = offer.id
        if contact is not None:
            address = deliverable_address(contact)
            language = contact.language or contact.partner.language
        else:
            address = lead.contact_email or None
            language = lead.language or app.settings.file.mailbot.default_language
        if address is None:
            return Outcome.UNKNOWN
        enqueue(session, now=now, to_addr=address, template=kind, language=language,
                domain=app.settings.file.sender.reply_domain, lead_id=lead.id,
                offer_id=offer_id, contact_id=contact.id if contact else None)
        timeline.note(session, lead, "fresh_link", now=now, actor=address, channel="web",
                      note=f"{claims.action} link expired; sent {kind} again",
                      data={"action": claims.action, "contact": str(claims.contact_id or 0)})
        return "fresh_sent"


#: user-agent fragments of mail security scanners and tools that fetch links unattended
SCANNER_AGENTS = ("safelinks", "microsoft office", "ms-office", "proofpoint", "mimecast",
                  "barracuda", "symantec", "trendmicro", "fireeye", "zscaler", "forcepoint",
                  "sophos", "cisco", "bot", "spider", "crawler", "preview", "headlesschrome",
                  "python-requests", "python-httpx", "curl", "wget", "go-http-client", "java/")
SCANNER_WINDOW = 60  # seconds after sending: no person opens a mail and clicks that fast


def scanner_reason(method: str, user_agent: str, remote: str, issued_at: datetime,
                   now: datetime, networks: list) -> str:
    """Why this open looks like a scanner rather than a person ('' if it does not)."""
    agent = user_agent.lower()
    if method == "HEAD":
        return "HEAD request"
    if not agent:
        return "no user agent"
    hit = next((a for a in SCANNER_AGENTS if a in agent), None)
    if hit:
        return f"agent: {hit}"
    if remote and any(_in(remote, net) for net in networks):
        return "scanner network"
    if (now - issued_at).total_seconds() < SCANNER_WINDOW:
        return "opened within a minute of sending"
    return ""


def _in(remote: str, network) -> bool:
    import ipaddress
    try:
        return ipaddress.ip_address(remote) in network
    except ValueError:
        return False


def record_open(app: App, claims: LinkClaims, method: str, user_agent: str, remote: str,
                now: datetime) -> bool:
    """Keep the open for statistics, apart from any lead state; True when the batch of
    opens is due to be written (``app.opens.flush``, off the event loop)."""
    reason = scanner_reason(method, user_agent, remote, claims.issued_at, now,
                            app.settings.file.web.scanner_networks)
    return app.opens.add({"at": now, "action": claims.action, "lead_id": claims.lead_id,
                          "contact_id": claims.contact_id or None, "method": method,
                          "user_agent": user_agent[:300], "remote": remote[:64],
                          "scanner": bool(reason), "reason": reason})
