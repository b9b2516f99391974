"""Fast seeding for the benchmarks: one lead goes through the real intake (matching, wave,
offer emails), then its lead and offer rows are bulk-copied, because the intake costs
~20 ms a lead and benchmarks need thousands of fresh, identical leads."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select

from mailbot.app import App
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.store import models as m
from mailbot.store.db import make_engine

PG_URL = os.environ.get("MAILBOT_BENCH_POSTGRES_URL",
                        "postgresql://postgres@127.0.0.1:5432/test")

@dataclass(frozen=True)
class Scratch:
    """A benchmark's throwaway place: a folder, and a SQLite file in it or a PostgreSQL
    schema of its own (picklable: a forked server process opens its own engine)."""

    db: str
    tmp: Path
    schema: str

    def engine(self, **pg_pool) -> Engine:
        if self.db == "sqlite":
            return make_engine(f"sqlite:///{self.tmp}/bench.db")
        return make_engine(PG_URL, connect_args={"options": f"-csearch_path={self.schema}"},
                           **pg_pool)


@contextmanager
def scratch(db: str, name: str) -> Iterator[Scratch]:
    """Create the place; afterwards drop the schema and delete the folder."""
    place = Scratch(db, Path(tempfile.mkdtemp(prefix=f"mailbot-{name}-{db}-")),
                    f"bench_{uuid.uuid4().hex[:10]}")
    admin = make_engine(PG_URL) if db == "postgres" else None
    if admin is not None:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {place.schema}")
    try:
        yield place
    finally:
        if admin is not None:
            with admin.begin() as conn:
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {place.schema} CASCADE")
            admin.dispose()
        shutil.rmtree(place.tmp, ignore_errors=True)


LEAD = {"company": "Kylmä Oy", "contact_email": "buyer@kylma.example", "country": "FI",
        "postal_code": "00150", "source": "web", "requirement": "120 temperature sensors",
        "product": "sensors"}


def offered_leads(app: App, n: int, now: datetime, **fields) -> list[int]:
    """Ids of n offered leads, each with the same wave of pending offers."""
    model_id = receive_lead(app, parse_lead({**LEAD, **fields}), now).lead_id
    return [model_id, *copies(app, model_id, n - 1)]


def copies(app: App, model_id: int, n: int) -> list[int]:
    leads, offers = m.Lead.__table__, m.Offer.__table__
    if n <= 0:
        return []
    with app.sessions.begin() as session:
        lead_row = dict(session.execute(select(leads).where(leads.c.id == model_id))
                        .mappings().one())
        offer_rows = [dict(r) for r in session.execute(
            select(offers).where(offers.c.lead_id == model_id)).mappings()]
        lead_row.pop("id")
        ids = list(session.scalars(
            leads.insert().returning(leads.c.id, sort_by_parameter_order=True),
            [lead_row] * n))
        session.execute(offers.insert(), [
            {**{k: v for k, v in row.items() if k != "id"}, "lead_id": i}
            for i in ids for row in offer_rows])
    return ids
