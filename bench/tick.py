"""Tick cost against table size: one ``due_work`` tick with the same due work over 10 k and
over 1 M leads in the database, on SQLite (WAL) and PostgreSQL, in one run.

Bar (issue 6): tick(1 M) / tick(10 k) <= 1.5 — a tick costs O(due), not O(leads).

The due work per tick (DUE = 1,000 items): 100 offered leads whose wave has expired
(escalation: matching, a new wave, offer emails, manager notices), 500 pending offers
whose reminder is due, 400 accepted leads whose feedback reminder is due. The background
is history as a real installation accumulates it: closed (won/lost) leads spread over
the partners, each with its accepted offer and a timeline event. Between the two
measurements the background grows from 10 k to 1 M leads; the due work is made afresh.
Each measurement is the median of 3 ticks, each on its own fresh due set.

Run from the project folder: ``python3 bench/tick.py`` (about 10 minutes: most of it is
writing a million leads twice). PostgreSQL from MAILBOT_BENCH_POSTGRES_URL (default
postgresql://postgres@127.0.0.1:5432/test; a throwaway schema). ``--small N --large N``
change the sizes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

from links import write_config
from seeding import offered_leads, scratch
from sqlalchemy import func, select, update

from mailbot.app import App, build_app, load_config
from mailbot.handlers.due_work import due_work
from mailbot.store import models as m

ESCALATIONS, REMINDERS, CHASES = 100, 500, 400
ROUNDS = 3
BAR = 1.5
CHUNK = 20_000


def grow(app: App, target: int, now: datetime) -> float:
    """Add closed leads (with an offer and an event each) until ``target`` leads exist."""
    leads, offers, events = m.Lead.__table__, m.Offer.__table__, m.LeadEvent.__table__
    with app.sessions() as session:
        have = session.scalar(select(func.count()).select_from(m.Lead))
        partners = list(session.scalars(select(m.Partner.id)))
    rng = random.Random(target)
    started = time.perf_counter()
    while have < target:
        n = min(CHUNK, target - have)
        rows = []
        for i in range(n):
            at = now - timedelta(days=rng.randint(1, 900), minutes=i % 1440)
            rows.append({
                "state": rng.choice(("won", "lost")), "temperature": "warm",
                "company": f"History {have + i}", "contact_name": "", "contact_email": "",
                "contact_phone": "", "country": "FI", "postal_code": "00150", "city": "",
                "source": "web", "reason": "", "requirement": "sensors", "notes": "",
                "product": "sensors", "skills": [], "certifications": [], "partner_type": "",
                "language": "en", "currency": "EUR", "extra": {}, "created_at": at,
                "updated_at": at, "wave": 1, "deal_currency": "EUR", "lost_reason": "",
                "partner_id": rng.choice(partners), "accepted_at": at, "closed_at": at,
                "exclude_partners": []})
        with app.sessions.begin() as session:
            ids = list(session.scalars(
                leads.insert().returning(leads.c.id, sort_by_parameter_order=True), rows))
            session.execute(offers.insert(), [
                {"lead_id": i, "partner_id": r["partner_id"], "wave": 1, "state": "accepted",
                 "score": 1.0, "factors": {}, "locked_at_offer": False,
                 "created_at": r["created_at"], "decided_at": r["created_at"]}
                for i, r in zip(ids, rows, strict=True)])
            session.execute(events.insert(), [
                {"lead_id": i, "at": r["closed_at"], "kind": "lead_state", "actor": "bench",
                 "channel": "web", "from_state": "accepted", "to_state": r["state"],
                 "note": "", "rule": "", "data": {}} for i, r in zip(ids, rows, strict=True)])
        have += n
    return time.perf_counter() - started


def due_set(app: App, now: datetime) -> None:
    """Make DUE items due at ``now``: escalations, offer reminders, feedback chases."""
    made = now - timedelta(hours=13)
    with app.sessions.begin() as session:  # the previous round's leftovers are not due
        session.execute(update(m.Lead).where(m.Lead.escalation_due_at.is_not(None))
                        .values(escalation_due_at=None))
        session.execute(update(m.Lead).where(m.Lead.feedback_chase_at.is_not(None))
                        .values(feedback_chase_at=None))
        session.execute(update(m.Offer).where(m.Offer.reminder_due_at.is_not(None))
                        .values(reminder_due_at=None))
    escalate = offered_leads(app, ESCALATIONS, made)
    remind = offered_leads(app, -(-REMINDERS // 3), made)  # 3 offers a lead
    chase = offered_leads(app, CHASES, made)
    with app.sessions.begin() as session:
        session.execute(update(m.Lead).where(m.Lead.id.in_(escalate))
                        .values(escalation_due_at=now - timedelta(minutes=1)))
        session.execute(update(m.Lead).where(m.Lead.id.in_(remind))
                        .values(escalation_due_at=now + timedelta(hours=8)))
        session.execute(update(m.Offer).where(m.Offer.lead_id.in_(remind))
                        .values(reminder_due_at=now - timedelta(minutes=1),
                                expires_at=now + timedelta(hours=8)))
        session.execute(update(m.Offer).where(m.Offer.lead_id.in_(escalate + chase))
                        .values(reminder_due_at=None))
        partner, contact = session.execute(
            select(m.Contact.partner_id, m.Contact.id).order_by(m.Contact.id)).first()
        session.execute(update(m.Lead).where(m.Lead.id.in_(chase)).values(
            state="accepted", partner_id=partner, contact_id=contact, escalation_due_at=None,
            accepted_at=made, feedback_due_at=now + timedelta(hours=23),
            feedback_chase_at=now - timedelta(minutes=1), feedback_chase_step=0))
        session.execute(update(m.Offer).where(m.Offer.lead_id.in_(chase))
                        .values(state="withdrawn"))


def measure(app: App, now: datetime) -> dict:
    times, handled = [], []
    for r in range(ROUNDS):
        at = now + timedelta(days=r)
        due_set(app, at)
        started = time.perf_counter()
        report = due_work(app, at)
        times.append(time.perf_counter() - started)
        handled.append(len(report.escalated) + len(report.unclaimed) + len(report.reminded)
                       + len(report.chased))
    return {"seconds": statistics.median(times), "runs": times, "handled": handled}


def bench_database(db: str, small: int, large: int) -> dict:
    with scratch(db, "tick") as place:
        engine = place.engine()
        app = build_app(load_config(write_config(place.tmp, 8025), environ={}), engine=engine)
        now = datetime(2026, 11, 23, 9, tzinfo=UTC)
        try:
            grown_small = grow(app, small, now)
            _analyze(app)
            at_small = measure(app, now)
            grown_large = grow(app, large, now)
            _analyze(app)
            at_large = measure(app, now + timedelta(days=30))
            return {"small": at_small, "large": at_large, "grow_s": grown_small + grown_large}
        finally:
            engine.dispose()


def _analyze(app: App) -> None:
    """Fresh planner statistics, as autovacuum / a scheduled ANALYZE keep them in production."""
    with app.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def report(db: str, small: int, large: int, result: dict) -> None:
    s, big = result["small"], result["large"]
    ratio = big["seconds"] / s["seconds"]
    print(f"\n{db}: one tick with {ESCALATIONS + REMINDERS + CHASES} due items "
          f"({ESCALATIONS} escalations, {REMINDERS} reminders, {CHASES} chases), "
          f"median of {ROUNDS}")
    print(f"  {small:>9,} leads: {s['seconds'] * 1000:8.0f} ms  (runs "
          f"{', '.join(f'{t * 1000:.0f}' for t in s['runs'])}; handled {s['handled']})")
    print(f"  {large:>9,} leads: {big['seconds'] * 1000:8.0f} ms  (runs "
          f"{', '.join(f'{t * 1000:.0f}' for t in big['runs'])}; handled {big['handled']})")
    print(f"  ratio {ratio:.2f}  (bar <= {BAR})  {'PASS' if ratio <= BAR else 'FAIL'}   "
          f"[writing the history took {result['grow_s']:.0f} s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    args = parser.parse_args()
    for db in (("sqlite", "postgres") if args.db == "both" else (args.db,)):
        report(db, args.small, args.large, bench_database(db, args.small, args.large))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
