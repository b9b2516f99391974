"""Plain-text and JSON views for the CLI: config summary, lead, ranking, partners."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select

from mailbot.app import App, Config
from mailbot.domain.matching import FACTORS
from mailbot.errors import NotFound
from mailbot.handlers.offering import locked_partners, partner_profiles, rank_for
from mailbot.rules import TEMPERATURES
from mailbot.store import models as m


def _dur(td) -> str:
    hours = td.total_seconds() / 3600
    return f"{hours / 24:g}d" if hours >= 24 and hours % 24 == 0 else f"{hours:g}h"


def config_summary(config: Config) -> str:
    d, r, s = config.directory, config.rules, config.settings
    contacts = sum(len(o.contacts) for o in d.partners)
    esc = ", ".join(f"{t} {_dur(r.offers.escalation(t))}" for t in TEMPERATURES)
    return "\n".join([
        f"config OK: {s.config_dir}",
        f"  mode {s.file.mailbot.mode}, database {s.database_url.split('@')[-1]}",
        f"  directory: {len(d.organisations)} organisations, {len(d.partners)} partners, "
        f"{contacts} contacts, {len(d.managers)} managers",
        f"  offers: waves of {r.offers.wave_size}, {r.offers.waves} waves, escalation {esc}",
        f"  qualification requires: {', '.join(r.qualification.required)}",
        f"  pick lock: {'on' if r.pick_lock.enabled else 'off'} (overdue by "
        f"{_dur(r.pick_lock.overdue_by)}, scope {r.pick_lock.scope}); reverse-deal cooldown "
        f"{'on' if r.reverse_deal.enabled else 'off'}",
    ])


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def lead_details(app: App, lead_id: int) -> dict:
    with app.sessions() as session:
        lead = session.get(m.Lead, lead_id)
        if lead is None:
            raise NotFound(f"no lead L-{lead_id}")
        return {
            "ref": lead.ref, "state": lead.state, "temperature": lead.temperature,
            "wave": lead.wave, "company": lead.company, "country": lead.country,
            "postal_code": lead.postal_code, "product": lead.product, "source": lead.source,
            "requirement": lead.requirement, "partner": lead.partner_id,
            "escalation_due_at": _iso(lead.escalation_due_at),
            "feedback_due_at": _iso(lead.feedback_due_at),
            "deal_amount": float(lead.deal_amount) if lead.deal_amount is not None else None,
            "deal_currency": lead.deal_currency or None,
            "offers": [{"partner": o.partner_id, "wave": o.wave, "state": o.state,
                        "score": o.score, "locked": o.locked_at_offer,
                        "created_at": _iso(o.created_at), "decided_at": _iso(o.decided_at),
                        "decline_reason": o.decline_reason or None} for o in lead.offers],
            "timeline": [{"at": _iso(e.at), "kind": e.kind, "actor": e.actor,
                          "channel": e.channel, "from": e.from_state, "to": e.to_state,
                          "note": e.note, "rule": e.rule} for e in lead.events],
        }


def lead_text(d: dict) -> str:
    lines = [f"{d['ref']}  {d['state']}  ({d['temperature']})  {d['company']}, "
             f"{d['country']} {d['postal_code']}",
             f"  {d['product']}: {d['requirement']}"]
    if d["partner"]:
        lines.append(f"  partner: {d['partner']}; feedback due {d['feedback_due_at']}")
    if d["escalation_due_at"]:
        lines.append(f"  wave {d['wave']}, escalates at {d['escalation_due_at']}")
    lines.append("offers:")
    lines += [f"  wave {o['wave']}  {o['partner']:<24} {o['state']:<10} score {o['score']:.2f}"
              + ("  (locked)" if o["locked"] else "") for o in d["offers"]] or ["  none"]
    lines.append("timeline:")
    for e in d["timeline"]:
        move = f"{e['from']} → {e['to']}" if e["to"] else e["kind"]
        extra = "  ".join(x for x in (e["note"], f"[{e['rule']}]" if e["rule"] else "") if x)
        lines.append(f"  {e['at'][:16]}  {move:<24} {e['actor']} via {e['channel']}  {extra}")
    return "\n".join(lines)


def explain_text(app: App, lead_id: int, now: datetime) -> str:
    with app.sessions() as session:
        lead = session.get(m.Lead, lead_id)
        if lead is None:
            raise NotFound(f"no lead L-{lead_id}")
        ranking = rank_for(session, lead, app.rules, now)
    weights = app.rules.matching.weights.model_dump()
    head = f"{'partner':<24} {'score':>6}  " + " ".join(f"{f[:8]:>8}" for f in FACTORS)
    lines = [f"{lead.ref} ({lead.temperature}, {lead.country} {lead.postal_code}, "
             f"{lead.product}) — factor values 0..1 × weight", head,
             f"{'weights':<24} {'':>6}  " + " ".join(f"{weights[f]:>8g}" for f in FACTORS)]
    for r in ranking:
        status = f"excluded: {r.excluded}" if r.excluded else ("locked" if r.locked else "")
        lines.append(f"{r.partner_id:<24} {r.score:>6.2f}  "
                     + " ".join(f"{r.factors[f]:>8.2f}" for f in FACTORS) + f"  {status}")
    return "\n".join(lines)


def partner_table(app: App, now: datetime) -> str:
    with app.sessions() as session:
        profiles = {p.id: p for p in partner_profiles(session, app.rules, now)}
        partners = session.scalars(select(m.Partner).where(m.Partner.active)
                                   .order_by(m.Partner.id)).all()
        names = dict(session.execute(select(m.Organisation.id, m.Organisation.name)).all())
        contacts = dict(session.execute(select(m.Contact.partner_id, func.count())
                                        .where(m.Contact.active)
                                        .group_by(m.Contact.partner_id)).all())
        locked = locked_partners(session, app.rules, now)
    lines = [f"{'id':<24} {'name':<32} {'type':<12} {'level':<10} {'region':<10} "
             f"{'open':>9} contacts  status"]
    for p in partners:
        prof = profiles[p.id]
        status = "locked" if p.id in locked else (
            "paused" if prof.paused_until and prof.paused_until > now else "ok")
        lines.append(f"{p.id:<24} {names[p.id][:32]:<32} {p.partner_type:<12} {p.level:<10} "
                     f"{','.join(p.countries)[:10]:<10} {prof.open_leads:>4}/{p.capacity:<4} "
                     f"{contacts.get(p.id, 0):>8}  {status}")
    return "\n".join(lines)


def _newest(app: App, model, status: str, limit: int) -> tuple[list, str]:
    """The newest ``limit`` rows of an outbox/inbox table (one status or all), and the
    table's count per status as a line."""
    query = select(model).order_by(model.id.desc()).limit(limit)
    if status != "all":
        query = query.where(model.status == status)
    with app.sessions() as session:
        rows = session.scalars(query).all()
        counts = dict(session.execute(select(model.status, func.count())
                                      .group_by(model.status)).all())
    return rows, ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "empty"


def outbox_table(app: App, status: str, limit: int) -> str:
    rows, counts = _newest(app, m.OutboundMessage, status, limit)
    lines = [f"outbox: {counts}",
             f"{'id':>6} {'status':<8} {'due':<16} {'try':>3} {'template':<20} {'lead':<8} to"]
    for r in rows:
        lead = f"L-{r.lead_id}" if r.lead_id else ""
        lines.append(f"{r.id:>6} {r.status:<8} {r.due_at.isoformat()[:16]:<16} {r.attempts:>3} "
                     f"{r.template:<20} {lead:<8} {r.to_addr}"
                     + (f"\n{'':>6} └ {r.last_error}" if r.last_error else ""))
    return "\n".join(lines)


def inbox_table(app: App, status: str, limit: int) -> str:
    rows, counts = _newest(app, m.InboundMessage, status, limit)
    lines = [f"inbox: {counts}",
             f"{'id':>6} {'status':<11} {'received':<16} {'kind':<10} {'lead':<8} from"]
    for r in rows:
        lead = f"L-{r.lead_id}" if r.lead_id else ""
        why = r.error or r.reason
        lines.append(f"{r.id:>6} {r.status:<11} {r.received_at.isoformat()[:16]:<16} "
                     f"{r.kind:<10} {lead:<8} {r.sender or r.envelope_from}"
                     + (f"\n{'':>6} └ {why[:200]}" if why else ""))
    return "\n".join(lines)


def inbox_message(app: App, inbound_id: int, raw: bool) -> str:
    with app.sessions() as session:
        row = session.get(m.InboundMessage, inbound_id)
        if row is None:
            raise NotFound(f"no received email #{inbound_id} (see `mailbot inbox list`)")
        if raw:
            return row.raw.decode("utf-8", "replace")
    lines = [f"#{row.id} {row.status} ({row.kind or 'not read yet'}) via {row.via}",
             f"received:   {row.received_at.isoformat()}", f"message-id: {row.message_id}",
             f"from:       {row.sender or row.envelope_from}", f"subject:    {row.subject}",
             f"lead:       {f'L-{row.lead_id}' if row.lead_id else '-'}",
             f"reason:     {row.reason or '-'}"]
    if row.error:
        lines.append(f"error:      {row.error}")
    if row.result:
        lines.append("read as:    " + json.dumps(row.result, ensure_ascii=False))
    return "\n".join(lines)
