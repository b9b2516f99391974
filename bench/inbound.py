"""Inbound mail throughput: parse-only (``email.message_from_bytes``) against the full path
(store raw + classify + apply + commit, ``handlers.mail_received.ingest``), in one run, on
SQLite (WAL) and PostgreSQL.

Bar (issue 5): full >= 0.2 x parse-only messages/s.

The mail is a realistic mix of what a deployment receives, built from the labelled corpus
in tests/fixtures/emails (real client structures, five languages): replies that accept,
decline or report a status on freshly seeded leads, unclear replies, out-of-office notices,
bounces (to the signed VERP address of an offer email we sent: an unsigned bounce is only
quarantined) and unrelated mail, each with a unique Message-ID (a duplicate would be a
no-op).
Also printed: classify-only (the pure reading, with the database lookups) and store-only
(the raw insert), so the report shows where the time goes.

Run from the project folder: ``python3 bench/inbound.py``. PostgreSQL from
MAILBOT_BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test; a throwaway
schema). About a minute.
"""

from __future__ import annotations

import email
import json
import re
import shutil
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from seeding import offered_leads, scratch
from sqlalchemy import func, select

from mailbot.app import App, build_app, load_config
from mailbot.handlers.mail_received import DbLookup, ingest, ours, store_raw
from mailbot.handlers.partner_actions import accept_offer
from mailbot.inbound.classify import classify
from mailbot.store import models as m

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "emails"
PER_ROUND = 300
ROUNDS = 3
BAR = 0.2
#: share of each kind in the mix (of PER_ROUND)
MIX = {"accept": 0.25, "decline": 0.10, "status": 0.20, "unclear": 0.05,
       "auto_reply": 0.10, "bounce": 0.15, "unrelated": 0.15}


def corpus() -> dict[str, list[bytes]]:
    """Corpus messages by what they will do here."""
    labels = json.loads((CORPUS / "expected.json").read_text())
    groups: dict[str, list[bytes]] = {k: [] for k in MIX}
    for name, e in labels.items():
        raw = (CORPUS / name).read_bytes()
        if e["kind"] == "reply":
            group = {"accept": "accept", "decline": "decline", "status": "status"}.get(
                e["intent"] or "", "unclear")
        else:
            group = e["kind"]
        groups[group].append(raw)
    return groups


def retarget(raw: bytes, lead_id: int, n: int) -> bytes:
    """The corpus message about lead L-x, made about ``lead_id`` with a new Message-ID."""
    raw = re.sub(rb"\[L-\d+\]", f"[L-{lead_id}]".encode(), raw)
    return re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <bench-{n}-{uuid.uuid4().hex}"
                  f"@bench.example>".encode(), raw, count=1)


def messages(app: App, groups: dict[str, list[bytes]], now: datetime, start: int) -> list:
    """PER_ROUND messages in a shuffled-but-fixed order; leads seeded for them."""
    count = {k: round(PER_ROUND * share) for k, share in MIX.items()}
    offered = offered_leads(app, count["accept"] + count["decline"] + count["unclear"], now)
    accepted = offered_leads(app, count["status"], now)
    with app.sessions() as session:
        partners = session.scalars(select(m.Offer.partner_id).where(
            m.Offer.lead_id == offered[0]).order_by(m.Offer.id)).all()
        senders = [session.scalar(select(m.Contact).where(m.Contact.partner_id == p)
                                  .order_by(m.Contact.id)) for p in partners]
        # Out-of-office notices and bounces come from / name a partner's second contact,
        # who never sends the accepts and status reports (each partner's first contact
        # does, in every round). Pausing or bouncing a sender would leave their partner
        # unreachable, its offers withdrawn, and the accepts after it would only meet
        # "withdrawn" (cheap) instead of doing the accept.
        firsts = select(func.min(m.Contact.id)).group_by(m.Contact.partner_id)
        bystander = session.scalar(select(m.Contact).where(m.Contact.id.not_in(firsts))
                                   .order_by(m.Contact.id))
        registered = re.compile("|".join(re.escape(a) for a in session.scalars(
            select(m.ContactAddress.email))).encode(), re.I)
    for lead_id in accepted:  # the status replies need leads their sender holds
        with app.sessions() as session:
            offer_id = session.scalar(select(m.Offer.id).where(
                m.Offer.lead_id == lead_id, m.Offer.partner_id == partners[0]))
        accept_offer(app, offer_id, senders[0].id, now)
    out, n, pool = [], start, iter(offered)
    for kind, k in count.items():
        for i in range(k):
            raw = groups[kind][i % len(groups[kind])]
            if kind in ("accept", "decline", "unclear", "status"):
                lead = accepted[i] if kind == "status" else next(pool)
                sender = senders[0] if kind == "status" else senders[i % len(senders)]
                raw = re.sub(rb"(?im)^From:[^\r\n]*", f"From: {sender.key}".encode(), raw,
                             count=1)
            else:
                lead = 1
            if kind == "auto_reply":
                raw = re.sub(rb"(?im)^From:[^\r\n]*", f"From: {bystander.key}".encode(),
                             raw, count=1)
            if kind == "bounce":  # to a signed VERP address of an email we really sent
                raw = registered.sub(bystander.key.encode(), re.sub(
                    rb"bounce\+[^@\s>]+@[^\s>]+", verp(app, i, {c.key for c in senders}),
                    raw))
            out.append(retarget(raw, lead, n))
            n += 1
    order = sorted(range(len(out)), key=lambda i: (i * 7919) % len(out))
    return [out[i] for i in order]


def verp(app: App, i: int, spared: set[str]) -> bytes:
    """The bounce address of one of the emails in the outbox, as our sender signs it. Not
    of one sent to a ``spared`` address (the senders of the accepts and status reports):
    their address marked undeliverable would leave their partner unreachable, its offers
    withdrawn, and the accepts after it would only meet "withdrawn" instead of doing the
    accept."""
    with app.sessions() as session:
        ids = session.scalars(select(m.OutboundMessage.id).where(
            m.OutboundMessage.to_addr.not_in(spared)).order_by(m.OutboundMessage.id)).all()
    return app.identity.bounce_address(app.signer.verp_key(ids[i % len(ids)])).encode()


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def run_round(app: App, batch: list[bytes], now: datetime) -> dict:
    started = time.perf_counter()
    for raw in batch:
        email.message_from_bytes(raw)
    parse = rate(len(batch), time.perf_counter() - started)
    with app.sessions() as session:
        lookup, me = DbLookup(session, app), ours(app)
        started = time.perf_counter()
        for raw in batch:
            classify(raw, lookup, me, now=now)
        read = rate(len(batch), time.perf_counter() - started)
    statuses: dict[str, int] = {}
    took = 0  # accepts that really took their lead (not "withdrawn" or "taken")
    started = time.perf_counter()
    for raw in batch:
        done = ingest(app, raw, via="bench", now=now)
        statuses[done.status] = statuses.get(done.status, 0) + 1
        took += done.reason.startswith("accept: accepted")
    full = rate(len(batch), time.perf_counter() - started)
    return {"parse": parse, "classify": read, "full": full, "statuses": statuses,
            "took": took}


def store_rate(app: App, batch: list[bytes], now: datetime) -> float:
    started = time.perf_counter()
    for raw in batch:
        store_raw(app, re.sub(rb"bench-", b"store-", raw, count=1), via="bench", now=now)
    return rate(len(batch), time.perf_counter() - started)


def bench_database(db: str) -> dict:
    with scratch(db, "inbound") as place:
        shutil.copytree(ROOT / "tests" / "fixtures" / "config", place.tmp / "config")
        engine = place.engine()
        app = build_app(load_config(place.tmp / "config", environ={}), engine=engine)
        try:
            now = datetime.now(UTC) - timedelta(minutes=1)
            groups = corpus()
            batches = [messages(app, groups, now, r * PER_ROUND) for r in range(ROUNDS + 1)]
            run_round(app, batches[0], now)  # warm-up: Babel data, regexes, pools
            rounds = [run_round(app, b, now) for b in batches[1:]]
            return {"rounds": rounds, "store": store_rate(app, batches[1], now)}
        finally:
            engine.dispose()


def report(db: str, result: dict) -> None:
    rounds = result["rounds"]

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    parse, full, read = med("parse"), med("full"), med("classify")
    ratio = full / parse
    print(f"\n{db}: {PER_ROUND} messages x {ROUNDS} rounds (medians), mix {MIX}")
    print(f"  parse-only (email.message_from_bytes)  {parse:>9,.0f} msg/s")
    print(f"  classify (read, with lookups)          {read:>9,.0f} msg/s  "
          f"({read / parse:.2f} x parse)")
    print(f"  store raw only (one insert + commit)    {result['store']:>9,.0f} msg/s")
    print(f"  full: store + classify + apply          {full:>9,.0f} msg/s  "
          f"({1000 / full:.1f} ms/msg)")
    print(f"  outcomes per round: {rounds[-1]['statuses']}; accepts that took their lead: "
          f"{rounds[-1]['took']} of {round(PER_ROUND * MIX['accept'])}")
    print(f"  full / parse-only = {ratio:.3f}  (bar >= {BAR})  "
          f"{'PASS' if ratio >= BAR else 'FAIL'}")


def main() -> None:
    for db in ("sqlite", "postgres"):
        report(db, bench_database(db))


if __name__ == "__main__":
    main()
