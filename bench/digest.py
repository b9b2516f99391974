"""One manager's digest over a large history, on PostgreSQL: the time of
``handlers.digest.build`` (every query and the KPIs) for sales management, whose scope is
the whole database, with 50 k and with 1 M leads in it.

Bars (issue 7): < 1 s for a 50 k-lead scope; < 5 s for a 1 M-lead scope.

The history is bench/tick.py's: closed leads spread over 900 days and 12 partners, each
with its accepted offer and a timeline event; plus 2,000 open leads with deal values in
every working state, so the pipeline has something to weigh. Median of 3 builds each.

Run from the project folder: ``python3 bench/digest.py`` (about 12 minutes: most of it is
writing a million leads). PostgreSQL from MAILBOT_BENCH_POSTGRES_URL (default
postgresql://postgres@127.0.0.1:5432/test; a throwaway schema). ``--small N --large N``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from links import write_config
from seeding import scratch
from sqlalchemy import select, update
from tick import grow

from mailbot.app import App, build_app, load_config
from mailbot.handlers import digest
from mailbot.store import models as m

BARS = {"small": 1.0, "large": 5.0}
OPEN = 2_000


def open_pipeline(app: App, now: datetime) -> None:
    """Turn OPEN of the most recent history leads back into working leads with values."""
    states = ("accepted", "contacted", "meeting", "proposal")
    with app.sessions.begin() as session:
        ids = session.scalars(select(m.Lead.id).order_by(m.Lead.id.desc()).limit(OPEN)).all()
        for i, lead_id in enumerate(ids):
            session.execute(update(m.Lead).where(m.Lead.id == lead_id).values(
                state=states[i % 4], closed_at=None, deal_amount=Decimal(1000 + i),
                feedback_due_at=now + timedelta(days=(i % 20) - 5),
                last_feedback_at=now - timedelta(days=i % 30)))


def measure(app: App, now: datetime) -> dict:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        data = digest.build(app, "boss", now)
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "runs": times,
            "partners": len(data["partners"]), "closed": data["scope"]["won"]
            + data["scope"]["lost"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=50_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    args = parser.parse_args()
    with scratch("postgres", "digest") as place:
        engine = place.engine()
        try:
            config_dir = write_config(place.tmp, 8025)
            with (config_dir / "partners.yaml").open("a") as fh:
                fh.write("managers:\n  - {id: boss, name: Boss, email: boss@maker.example, "
                         "role: sales_management, scope: {all: true}}\n")
            app = build_app(load_config(config_dir, environ={}), engine=engine)
            results = run(app, args.small, args.large)
        finally:
            engine.dispose()
    print("\npostgres: sales management's weekly digest (scope: every lead), median of 3")
    for label, r in results.items():
        ok = r["seconds"] < BARS[label]
        print(f"  {r['size']:>9,} leads: {r['seconds'] * 1000:7.0f} ms  (runs "
              f"{', '.join(f'{t * 1000:.0f}' for t in r['runs'])}; {r['partners']} "
              f"partners, {r['closed']} closed in the week)  bar < {BARS[label]:.0f} s  "
              f"{'PASS' if ok else 'FAIL'}")


def run(app: App, small: int, large: int) -> dict:
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    results = {}
    for label, size in (("small", small), ("large", large)):
        grown = grow(app, size, now)
        open_pipeline(app, now)
        with app.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        results[label] = {**measure(app, now), "size": size, "grow_s": grown}
    return results

if __name__ == "__main__":
    main()
