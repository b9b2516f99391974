"""Exports for a CRM or BI tool: leads, their timeline events and partners as CSV or JSON Lines.

Rows are streamed with SQLAlchemy Core (``yield_per``: a server-side cursor on PostgreSQL,
SQLite steps its cursor row by row), so a million leads cost one batch of memory, not a
million objects. Each ``*_rows`` function takes an open connection and yields plain dicts
with the keys of its ``*_COLUMNS``; ``write`` turns them into text:

- csv: a header row, UTF-8, RFC 4180 quoting (stdlib ``csv``); lists and dicts as JSON text,
  ``None`` as an empty field, booleans as ``true``/``false``.
- jsonl: one JSON object per line, non-ASCII kept as is.

In both, times are ISO 8601 in UTC ending in ``Z`` (``2026-11-23T08:00:00Z``) and money
(``Numeric``) is a plain decimal string (``"12500.00"``), never a float.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy import Connection, and_, exists, false, select
from sqlalchemy.orm import aliased

from mailbot.domain.lifecycle import WORKING_STATES
from mailbot.store import models as m

#: rows fetched from the database per round trip
BATCH = 1000

LEAD_COLUMNS = (
    "id", "ref", "external_id", "state", "temperature", "company", "contact_name",
    "contact_email", "country", "postal_code", "city", "source", "product", "partner_id",
    "estimated_value", "currency", "deal_amount", "deal_currency", "expected_close",
    "lost_reason", "satisfaction", "created_at", "updated_at", "accepted_at", "closed_at",
)
EVENT_COLUMNS = (
    "id", "lead_id", "lead_ref", "at", "kind", "actor", "channel", "from_state", "to_state",
    "note", "rule", "data",
)
PARTNER_COLUMNS = (
    "id", "name", "kind", "parent_id", "parent_name", "partner_type", "roles", "level",
    "skills", "certifications", "countries", "postal_prefixes", "capacity", "language",
    "timezone", "managers", "active", "paused_until", "cooldown_until", "locked",
    "won_leads", "lost_leads",
)


def _stream(conn: Connection, stmt) -> Iterator[dict[str, Any]]:
    result = conn.execute(stmt.execution_options(yield_per=BATCH))
    try:
        for row in result:
            yield dict(row._mapping)
    finally:
        result.close()


def lead_rows(conn: Connection, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Leads by id; with ``since`` only those updated at or after it."""
    lead = m.Lead.__table__.c
    stmt = select(*(lead[name] for name in LEAD_COLUMNS if name != "ref")).order_by(lead.id)
    if since is not None:
        stmt = stmt.where(lead.updated_at >= since)
    for row in _stream(conn, stmt):
        row["ref"] = f"L-{row['id']}"
        yield {name: row[name] for name in LEAD_COLUMNS}


def event_rows(conn: Connection, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """The leads' timeline (``lead_events``) by id; with ``since`` only events at or after it."""
    event = m.LeadEvent.__table__.c
    stmt = select(*(event[name] for name in EVENT_COLUMNS if name != "lead_ref"))
    stmt = stmt.order_by(event.id)
    if since is not None:
        stmt = stmt.where(event.at >= since)
    for row in _stream(conn, stmt):
        row["lead_ref"] = f"L-{row['lead_id']}"
        yield {name: row[name] for name in EVENT_COLUMNS}


def partner_rows(conn: Connection, since: datetime | None = None, *,
                 locked_before: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Partners by id with their organisation's name, kind and parent, as they are now.

    ``since`` is accepted for a uniform signature and ignored: partners have no change time.
    ``locked`` is true when the partner has a working lead whose feedback was due before
    ``locked_before`` (the pick lock: ``now - rules.pick_lock.overdue_by``); without it
    (pick lock off) every partner is unlocked.
    """
    partner = m.Partner.__table__.c
    org = aliased(m.Organisation.__table__, name="org")
    parent = aliased(m.Organisation.__table__, name="parent")
    lead = m.Lead.__table__.c
    if locked_before is None:
        locked = false()
    else:
        locked = exists().where(and_(lead.partner_id == partner.id,
                                     lead.state.in_(sorted(WORKING_STATES)),
                                     lead.feedback_due_at < locked_before))
    stmt = (
        select(partner.id, org.c.name, org.c.kind, org.c.parent_id,
               parent.c.name.label("parent_name"), partner.partner_type, partner.roles,
               partner.level, partner.skills, partner.certifications, partner.countries,
               partner.postal_prefixes, partner.capacity, partner.language, partner.timezone,
               partner.managers, partner.active, partner.paused_until, partner.cooldown_until,
               locked.label("locked"), partner.won_leads, partner.lost_leads)
        .join(org, org.c.id == partner.id)
        .outerjoin(parent, parent.c.id == org.c.parent_id)
        .order_by(partner.id)
    )
    for row in _stream(conn, stmt):
        row["locked"] = bool(row["locked"])
        yield {name: row[name] for name in PARTNER_COLUMNS}


#: kind → (columns, row function); the CLI's choices
KINDS: dict[str, tuple[tuple[str, ...], Callable[..., Iterator[dict[str, Any]]]]] = {
    "leads": (LEAD_COLUMNS, lead_rows),
    "events": (EVENT_COLUMNS, event_rows),
    "partners": (PARTNER_COLUMNS, partner_rows),
}
FORMATS = ("csv", "jsonl")


def iso(value: datetime) -> str:
    """ISO 8601 in UTC with ``Z``; the store hands out aware UTC datetimes."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"cannot export {type(value).__name__}: {value!r}")


def _json_value(value: Any) -> Any:
    """A top-level jsonl value: the scalars JSON lacks become strings, the rest stays."""
    if isinstance(value, datetime | date | Decimal):
        return _json_default(value)
    return value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date | Decimal):
        return _json_default(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: Iterable[str], out: TextIO) -> int:
    """Write a header and one line per row; return the number of rows. Open ``out`` with
    ``newline=""`` (lines end in CRLF, as RFC 4180 has it)."""
    columns = list(columns)
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(row[name]) for name in columns])
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line; return the number of rows."""
    count = 0
    for row in rows:
        out.write(json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False,
                             default=_json_default))
        out.write("\n")
        count += 1
    return count


def write(rows: Iterable[dict[str, Any]], columns: Iterable[str], fmt: str, out: TextIO) -> int:
    if fmt == "csv":
        return write_csv(rows, columns, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    raise ValueError(f"unknown export format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def export(conn: Connection, kind: str, fmt: str, out: TextIO, *,
           since: datetime | None = None, locked_before: datetime | None = None) -> int:
    """Stream one kind from ``conn`` into ``out`` in ``fmt``; return the number of rows."""
    columns, rows = KINDS[kind]
    extra = {"locked_before": locked_before} if kind == "partners" else {}
    return write(rows(conn, since, **extra), columns, fmt, out)
