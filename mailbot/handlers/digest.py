"""A manager's digest: the KPIs of their scope for a period, against the period before.

"Reports are not fetched, they are delivered" (seed 001, commandment 10). The scope comes
from the directory: sales management sees everything, a manufacturer's partner account
manager their countries or partners, a distributor's manager the resellers below their
organisation. Counting happens in the database, per partner and restricted to the
period's rows through indexed columns, so a digest costs O(the scope's activity), not
O(every lead ever); ``domain/kpi.py`` turns the counts into KPIs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain import kpi
from mailbot.domain.calendar import next_send
from mailbot.domain.lifecycle import WORKING_STATES, LeadState, OfferState
from mailbot.errors import NotFound
from mailbot.handlers.offering import locked_partners
from mailbot.outbound.context import manager_links
from mailbot.store import models as m
from mailbot.store.outbox import enqueue

PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7),
           "monthly": timedelta(days=30), "never": timedelta(days=7)}
WORKING = [str(s) for s in WORKING_STATES]
#: the five headline KPIs, and whether a rise is good news
HEADLINE = (("cr", True), ("adt_days", False), ("ttp_hours", False), ("ads", True),
            ("pli", True))
ACTIONS_SHOWN = 10


def scope_partners(session: Session, manager: m.Manager) -> list[m.Partner]:
    """The partners a manager is responsible for (see the module docstring)."""
    scope = manager.scope or {}
    partners = session.scalars(select(m.Partner).order_by(m.Partner.id)).all()
    if scope.get("all"):
        return list(partners)
    orgs = set(scope.get("organisations") or [])
    if not orgs and not scope.get("countries") and manager.organisation_id:
        orgs = {manager.organisation_id}  # a distributor's or reseller's own tree
    below = _descendants(session, orgs)
    countries = {c.upper() for c in scope.get("countries") or []}
    return [p for p in partners
            if p.id in below or countries & {c.upper() for c in p.countries}]


def _descendants(session: Session, roots: set[str]) -> set[str]:
    parents = dict(session.execute(select(m.Organisation.id, m.Organisation.parent_id)).all())
    found = set(roots)
    changed = True
    while changed:
        changed = False
        for org, parent in parents.items():
            if parent in found and org not in found:
                found.add(org)
                changed = True
    return found


@dataclass(frozen=True)
class Units:
    """What the digest's rows are: partners (grouped by the lead's partner), or, for a
    reseller's sales manager, the reseller's own sales reps (grouped by the lead's contact;
    offers go to a partner as a whole, so a rep's row counts only their own declines)."""

    ids: list
    names: dict
    lead: Any
    offer: Any
    decided: Any
    points: Any


def units_for(session: Session, manager: m.Manager, partners: list[m.Partner]) -> Units:
    if manager.role == "reseller_manager" and manager.organisation_id:
        reps = session.scalars(select(m.Contact).where(
            m.Contact.partner_id == manager.organisation_id, m.Contact.active)
            .order_by(m.Contact.id)).all()
        return Units([c.id for c in reps], {c.id: c.name for c in reps}, m.Lead.contact_id,
                     None, m.Offer.decided_by, m.PointsEntry.contact_id)
    return Units([p.id for p in partners], {p.id: p.organisation.name for p in partners},
                 m.Lead.partner_id, m.Offer.partner_id, m.Offer.partner_id,
                 m.PointsEntry.partner_id)


def partner_stats(session: Session, app: App, units: Units, start: datetime, end: datetime,
                  now: datetime) -> dict:
    """Every row's counts for [start, end); current pipeline figures as of ``now``."""
    rows = {u: kpi.PartnerStats(str(u), units.names[u]) for u in units.ids}
    if not units.ids:
        return rows
    _offers(session, units, start, end, rows)
    _accepts(session, units, start, end, rows)
    _closed(session, units, start, end, rows)
    _pipeline(session, app, units, now, rows)
    _activity(session, units, start, end, rows)
    if units.offer is not None:
        for pid in locked_partners(session, app.rules, now) & set(units.ids):
            rows[pid].locked = True
    return rows


def _offers(session, u: Units, start, end, rows) -> None:
    if u.offer is not None:
        made = session.execute(select(u.offer, func.count()).where(
            u.offer.in_(u.ids), m.Offer.created_at >= start, m.Offer.created_at < end)
            .group_by(u.offer))
        for key, n in made:
            rows[key].offered = n
    decided = session.execute(select(u.decided, m.Offer.state, func.count()).where(
        u.decided.in_(u.ids), m.Offer.decided_at >= start, m.Offer.decided_at < end,
        m.Offer.state.in_([OfferState.DECLINED, OfferState.EXPIRED]))
        .group_by(u.decided, m.Offer.state))
    for key, state, n in decided:
        setattr(rows[key], "declined" if state == OfferState.DECLINED else "expired", n)


def _accepts(session, u: Units, start, end, rows) -> None:
    in_period = (u.lead.in_(u.ids), m.Lead.accepted_at >= start, m.Lead.accepted_at < end)
    # first offers of the period's accepted leads only, not of every lead ever
    first = (select(m.Offer.lead_id, func.min(m.Offer.created_at).label("first"))
             .where(m.Offer.lead_id.in_(select(m.Lead.id).where(*in_period)))
             .group_by(m.Offer.lead_id).subquery())
    accepted = session.execute(
        select(u.lead, m.Lead.accepted_at, first.c.first)
        .outerjoin(first, first.c.lead_id == m.Lead.id).where(*in_period))
    for key, accepted_at, offered_at in accepted:
        rows[key].accepted += 1
        if offered_at is not None:
            rows[key].pick_hours.append((accepted_at - offered_at).total_seconds() / 3600)


def _closed(session, u: Units, start, end, rows) -> None:
    closed = session.execute(
        select(u.lead, m.Lead.state, m.Lead.accepted_at, m.Lead.closed_at,
               m.Lead.deal_amount, m.Lead.deal_currency)
        .where(u.lead.in_(u.ids), m.Lead.closed_at >= start, m.Lead.closed_at < end,
               m.Lead.state.in_([LeadState.WON, LeadState.LOST])))
    for key, state, accepted_at, closed_at, amount, currency in closed:
        row = rows[key]
        if state == LeadState.WON:
            row.won += 1
            if amount is not None:
                cur = (currency or "EUR").upper()
                row.won_value[cur] = row.won_value.get(cur, Decimal(0)) + Decimal(amount)
                row.won_deals[cur] = row.won_deals.get(cur, 0) + 1
        else:
            row.lost += 1
        if accepted_at is not None:
            row.deal_days += (closed_at - accepted_at).total_seconds() / 86400


def _pipeline(session, app, u: Units, now, rows) -> None:
    chances = app.rules.digest.stage_probability
    silent_before = now - app.rules.feedback.silent_after
    open_leads = session.execute(
        select(u.lead, m.Lead.state, m.Lead.deal_amount, m.Lead.estimated_value,
               m.Lead.deal_currency, m.Lead.currency, m.Lead.feedback_due_at,
               m.Lead.last_feedback_at, m.Lead.accepted_at)
        .where(m.Lead.state.in_(WORKING), u.lead.in_(u.ids)))
    for key, state, amount, estimate, deal_cur, cur, due, fed, accepted in open_leads:
        row = rows[key]
        row.open_leads += 1
        value = amount if amount is not None else estimate
        if value is not None:
            currency = (deal_cur or cur or "EUR").upper()
            weighted = Decimal(value) * Decimal(str(chances.get(state, 0.0)))
            row.pipeline[currency] = row.pipeline.get(currency, Decimal(0)) + weighted
        if due is not None and due < now:
            row.overdue += 1
        if (fed or accepted or now) < silent_before:
            row.silent += 1
        else:
            row.fed_back += 1


def _activity(session, u: Units, start, end, rows) -> None:
    fed = session.execute(select(u.lead, func.count()).where(
        u.lead.in_(u.ids), m.Lead.last_feedback_at >= start,
        m.Lead.last_feedback_at < end).group_by(u.lead))
    for key, n in fed:
        rows[key].feedback_given = n
    points = session.execute(select(u.points, func.sum(m.PointsEntry.points))
                             .where(u.points.in_(u.ids), m.PointsEntry.at >= start,
                                    m.PointsEntry.at < end).group_by(u.points))
    for key, n in points:
        rows[key].points = int(n or 0)
    rated = session.execute(select(u.lead, m.Lead.satisfaction).where(
        u.lead.in_(u.ids), m.Lead.rated_at >= start, m.Lead.rated_at < end,
        m.Lead.satisfaction.is_not(None)))
    for key, stars in rated:
        rows[key].ratings.append(int(stars))


def needs_action(session: Session, app: App, manager: m.Manager, partners: list[m.Partner],
                 start: datetime, now: datetime) -> list[dict]:
    """Unclaimed leads (one click re-offers them), customers nobody contacted, and the
    longest-overdue feedback, most urgent first."""
    ids = [p.id for p in partners]
    names = {p.id: p.organisation.name for p in partners}
    scope = manager.scope or {}
    where_unclaimed = [m.Lead.state == LeadState.UNCLAIMED]
    if not scope.get("all"):
        countries = [c.upper() for c in scope.get("countries") or []]
        offered_to_scope = select(m.Offer.lead_id).where(m.Offer.partner_id.in_(ids))
        where_unclaimed.append(or_(m.Lead.country.in_(countries),
                                   m.Lead.id.in_(offered_to_scope)))
    items = []
    # longest unclaimed first: since the move to unclaimed, not the last note or reply
    unclaimed = select(m.Lead.id).where(and_(*where_unclaimed))
    became = (select(m.LeadEvent.lead_id, func.max(m.LeadEvent.at).label("at"))
              .where(m.LeadEvent.lead_id.in_(unclaimed),
                     m.LeadEvent.to_state == LeadState.UNCLAIMED)
              .group_by(m.LeadEvent.lead_id).subquery())
    for lead, since in session.execute(
            select(m.Lead, became.c.at).join(became, became.c.lead_id == m.Lead.id)
            .order_by(became.c.at, m.Lead.id).limit(ACTIONS_SHOWN)):
        links = manager_links(session, app.signer, lead, manager.id)
        items.append({"kind": "unclaimed", "ref": lead.ref, "company": lead.company,
                      "since": since.isoformat(), "url": links["offer_all"]})
    for lead in session.scalars(select(m.Lead).where(
            m.Lead.partner_id.in_(ids), m.Lead.not_contacted_at >= start)
            .order_by(m.Lead.not_contacted_at).limit(ACTIONS_SHOWN)):
        items.append({"kind": "not_contacted", "ref": lead.ref, "company": lead.company,
                      "partner": names[lead.partner_id],
                      "since": lead.not_contacted_at.isoformat()})
    for lead in session.scalars(select(m.Lead).where(
            m.Lead.partner_id.in_(ids), m.Lead.state.in_(WORKING), m.Lead.feedback_due_at < now)
            .order_by(m.Lead.feedback_due_at).limit(ACTIONS_SHOWN)):
        items.append({"kind": "overdue", "ref": lead.ref, "company": lead.company,
                      "partner": names[lead.partner_id],
                      "since": lead.feedback_due_at.isoformat()})
    return items


def build(app: App, manager_id: str, now: datetime, session: Session | None = None) -> dict:
    """The digest's data (JSON-able: it is stored with the outbox row)."""
    if session is None:
        with app.sessions() as own:
            return build(app, manager_id, now, own)
    manager = session.get(m.Manager, manager_id)
    if manager is None:
        raise NotFound(f"no manager {manager_id!r} (managers are declared in the directory)")
    length = PERIODS[(manager.digest or {}).get("every", "weekly")]
    start, before = now - length, now - 2 * length
    partners = scope_partners(session, manager)
    units = units_for(session, manager, partners)
    current = partner_stats(session, app, units, start, now, now)
    previous = partner_stats(session, app, units, before, start, start)
    currency = app.rules.digest.currency
    scope_now = kpi.kpis(list(current.values()), currency)
    scope_before = kpi.kpis(list(previous.values()), currency)
    rows = sorted(current.values(), key=lambda r: r.attention)
    return {
        "manager": {"id": manager.id, "name": manager.name},
        "period": {"start": start.isoformat(), "end": now.isoformat(),
                   "every": (manager.digest or {}).get("every", "weekly")},
        "currency": currency,
        "rows_are": "reps" if units.offer is None else "partners",
        "headline": [_headline(key, better, scope_now, scope_before, currency)
                     for key, better in HEADLINE],
        "scope": _jsonable(asdict(scope_now)),
        "partners": [{**_partner_row(r, currency), "name": r.name} for r in rows],
        "leaderboard": [{"partner": r.partner_id, "name": r.name, "points": r.points}
                        for r in sorted(rows, key=lambda r: (-r.points, r.partner_id))
                        if r.points][:5],
        "actions": needs_action(session, app, manager, partners, start, now),
    }


def _headline(key: str, better: bool, now: kpi.Kpis, before: kpi.Kpis, currency: str) -> dict:
    value, old = getattr(now, key), getattr(before, key)
    if key == "ads":
        value, old = value.get(currency), old.get(currency)
        value = float(value) if value is not None else None
        old = float(old) if old is not None else None
    direction = kpi.trend(value, old)
    return {"key": key, "value": value, "previous": old, "trend": direction,
            "good": kpi.good(direction, better)}


def _partner_row(row: kpi.PartnerStats, currency: str) -> dict:
    own = kpi.kpis([row], currency)
    return _jsonable({
        "partner": row.partner_id, "offered": row.offered, "accepted": row.accepted,
        "declined": row.declined, "expired": row.expired, "won": row.won, "lost": row.lost,
        "cr": own.cr, "adt_days": own.adt_days, "ttp_hours": own.ttp_hours,
        "won_value": dict(row.won_value), "open": row.open_leads, "overdue": row.overdue,
        "silent": row.silent, "locked": row.locked, "points": row.points,
        "satisfaction": own.satisfaction, "active": row.active})


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


def queue(session: Session, app: App, manager: m.Manager, now: datetime) -> m.OutboundMessage:
    """Build the digest and put it in the outbox (sent by the sender like any email)."""
    data = build(app, manager.id, now, session)
    return enqueue(session, now=now, to_addr=manager.email, template="digest",
                   language=manager.language, domain=app.settings.file.sender.reply_domain,
                   manager_id=manager.id, context={"digest": data})


def send_due(session: Session, app: App, manager: m.Manager, now: datetime,
             report) -> None:
    """The scheduler's job: this manager's digest is due."""
    schedule = manager.digest or {}
    if manager.digest_unsubscribed_at is not None:  # left by the email's one-click link
        manager.digest_due_at = None
        return
    manager.digest_due_at = next_send(now, schedule, manager.timezone or "UTC")
    if manager.active and schedule.get("every") != "never":
        queue(session, app, manager, now)
        report.digests.append(manager.id)


def render(app: App, manager_id: str, now: datetime):
    """The digest as the manager would get it now: (rendered email, CSV bytes)."""
    from mailbot.outbound.attachments import digest_csv
    from mailbot.outbound.context import build as build_context
    with app.sessions() as session:
        manager = session.get(m.Manager, manager_id)
        if manager is None:
            raise NotFound(f"no manager {manager_id!r} (managers are declared in the "
                           "directory)")
        data = build(app, manager_id, now, session)
        row = m.OutboundMessage(template="digest", manager_id=manager.id,
                                language=manager.language, context={"digest": data},
                                to_addr=manager.email)
        built = build_context(session, row, app.signer, app.settings.file.sender.name,
                              app.settings.file.mailbot.timezone, now)
        email = app.renderer.render_email("digest", manager.language, built.context,
                                          tz=built.timezone)
    return email, digest_csv(data)
