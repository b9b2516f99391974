"""`mailbot export leads|events|partners` for a CRM or BI tool, on SQLite and PostgreSQL:
the row functions and writers of `store/exports.py` directly, then the command as an admin
runs it (the PostgreSQL run gets a private schema through the database URL)."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy import event, insert, text

from mailbot.app import App, build_app, load_config
from mailbot.cli import cli
from mailbot.handlers.partner_actions import Outcome, accept_offer, report_status
from mailbot.store import exports
from mailbot.store import models as m
from tests.conftest import T0, postgres_url
from tests.integration.helpers import add_lead, lead_row, offer_of

H, D = timedelta(hours=1), timedelta(days=1)
AWKWARD = 'Comma, "Quote" & Co\nsecond line'


def seed(app: App) -> None:
    """L-1 won by fi-gold (updated T0+2h); L-2 (Cyrillic) accepted by fi-plc a day later;
    L-3 offered on day two under an awkward name."""
    add_lead(app, T0, estimated_value="12500.50", currency="EUR")
    offer_id, contact_id = offer_of(app, 1, "fi-gold")
    assert accept_offer(app, offer_id, contact_id, T0 + H).outcome == Outcome.ACCEPTED
    result = report_status(app, 1, contact_id, "won", T0 + 2 * H,
                           amount=Decimal("9999.99"), currency="EUR")
    assert result.outcome == Outcome.UPDATED
    add_lead(app, T0 + D, company="Москва ООО «Полюс» 🚀", contact_name="Пётр")
    offer_id, contact_id = offer_of(app, 2, "fi-plc")
    assert accept_offer(app, offer_id, contact_id, T0 + D + H).outcome == Outcome.ACCEPTED
    add_lead(app, T0 + 2 * D, company=AWKWARD)


def as_csv(conn, kind: str, **kw) -> tuple[list[str], list[dict[str, str]], str]:
    out = io.StringIO(newline="")
    count = exports.export(conn, kind, "csv", out, **kw)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    rows = list(reader)
    assert count == len(rows)
    return list(reader.fieldnames or []), rows, out.getvalue()


def as_jsonl(conn, kind: str, **kw) -> tuple[list[dict], str]:
    out = io.StringIO()
    count = exports.export(conn, kind, "jsonl", out, **kw)
    body = out.getvalue()
    assert body.endswith("\n") or body == ""
    rows = [json.loads(line) for line in body.split("\n")[:-1]]
    assert count == len(rows)
    return rows, body


def test_leads_csv_and_jsonl(app):
    seed(app)
    with app.engine.connect() as conn:
        header, rows, raw = as_csv(conn, "leads")
        assert header == list(exports.LEAD_COLUMNS)
        assert [r["ref"] for r in rows] == ["L-1", "L-2", "L-3"]
        won = rows[0]
        assert (won["state"], won["partner_id"], won["company"]) == ("won", "fi-gold", "Kylmä Oy")
        assert (won["estimated_value"], won["currency"]) == ("12500.50", "EUR")
        assert (won["deal_amount"], won["deal_currency"]) == ("9999.99", "EUR")
        assert won["created_at"] == "2026-11-23T08:00:00Z"
        assert datetime.fromisoformat(won["accepted_at"]) == T0 + H
        assert datetime.fromisoformat(won["closed_at"]) == T0 + 2 * H
        assert won["satisfaction"] == won["lost_reason"] == won["external_id"] == ""
        assert rows[1]["company"] == "Москва ООО «Полюс» 🚀" and rows[1]["contact_name"] == "Пётр"
        assert rows[2]["company"] == AWKWARD and rows[2]["state"] == "offered"
        assert rows[2]["partner_id"] == "" and rows[2]["estimated_value"] == ""
        assert raw.startswith("id,ref,external_id,state,")

        lines, body = as_jsonl(conn, "leads")
        assert [r["ref"] for r in lines] == ["L-1", "L-2", "L-3"]
        assert list(lines[0]) == list(exports.LEAD_COLUMNS)
        assert lines[0]["id"] == 1 and lines[0]["estimated_value"] == "12500.50"
        assert lines[0]["updated_at"] == "2026-11-23T10:00:00Z"
        assert lines[2]["partner_id"] is None and lines[2]["company"] == AWKWARD
        assert "Москва ООО «Полюс» 🚀" in body  # ensure_ascii=False: as is, not \u escapes

        # updated_at >= since: L-1 last changed at T0+2h, before the cut
        _, rows, _ = as_csv(conn, "leads", since=T0 + D)
        assert [r["ref"] for r in rows] == ["L-2", "L-3"]
        _, rows, _ = as_csv(conn, "leads", since=T0 + 2 * H)
        assert [r["ref"] for r in rows] == ["L-1", "L-2", "L-3"]
        header, rows, raw = as_csv(conn, "leads", since=T0 + 30 * D)
        assert header == list(exports.LEAD_COLUMNS) and rows == []  # header even when empty
        assert as_jsonl(conn, "leads", since=T0 + 30 * D) == ([], "")


def test_events_with_lead_ref_and_data(app):
    seed(app)
    with app.sessions() as s:
        expected = s.query(m.LeadEvent).count()
        later = s.query(m.LeadEvent).filter(m.LeadEvent.at >= T0 + D).count()
    with app.engine.connect() as conn:
        header, rows, _ = as_csv(conn, "events")
        assert header == list(exports.EVENT_COLUMNS) and len(rows) == expected
        assert [int(r["id"]) for r in rows] == sorted(int(r["id"]) for r in rows)
        assert all(r["lead_ref"] == f"L-{r['lead_id']}" for r in rows)
        won = [r for r in rows if r["to_state"] == "won"]
        assert len(won) == 1 and won[0]["lead_ref"] == "L-1"
        assert won[0]["at"] == "2026-11-23T10:00:00Z" and won[0]["from_state"] == "accepted"
        assert all(isinstance(json.loads(r["data"]), dict) for r in rows)  # JSON text
        lines, _ = as_jsonl(conn, "events", since=T0 + D)
        assert len(lines) == later and {r["lead_ref"] for r in lines} == {"L-2", "L-3"}
        assert all(isinstance(r["data"], dict) for r in lines)
        assert all(r["at"] >= "2026-11-24T08:00:00Z" for r in lines)


def test_partners_with_organisation_counters_and_lock(app):
    seed(app)
    with app.engine.connect() as conn:
        header, rows, _ = as_csv(conn, "partners")
        by_id = {r["id"]: r for r in rows}
        assert header == list(exports.PARTNER_COLUMNS)
        assert list(by_id) == sorted(by_id) and "fi-gold" in by_id and "maker" not in by_id
        gold = by_id["fi-gold"]
        assert (gold["name"], gold["kind"], gold["parent_id"], gold["parent_name"]) == \
            ("FI Gold Oy", "reseller", "dist-north", "North Distribution")
        assert (gold["level"], gold["won_leads"], gold["lost_leads"]) == ("gold", "1", "0")
        assert json.loads(gold["skills"]) == ["sensors", "plc"]
        assert json.loads(gold["countries"]) == ["FI"]
        assert gold["active"] == "true" and gold["paused_until"] == ""
        assert {r["locked"] for r in rows} == {"false"}  # pick lock not asked for
        # fi-plc accepted L-2 and gave no feedback: locked once that is overdue
        lines, _ = as_jsonl(conn, "partners", locked_before=T0 + 30 * D)
        locked = {r["id"] for r in lines if r["locked"] is True}
        assert locked == {"fi-plc"}
        assert next(r for r in lines if r["id"] == "fi-gold")["skills"] == ["sensors", "plc"]
        # since is ignored: partners are exported as they are now
        assert as_jsonl(conn, "partners", since=T0 + 30 * D)[0] == as_jsonl(conn, "partners")[0]


def test_a_million_rows_are_streamed_not_loaded(app):
    """A stand-in for a million leads: 10 000 rows cost one batch of Python memory (loaded
    they would take ~6 MB, streamed the peak is under 1 MB), and PostgreSQL reads them
    through a server-side cursor (its client-side buffer would sit in libpq, where
    tracemalloc does not look)."""
    now = T0
    rows = [{"state": "offered", "temperature": "warm", "company": f"Firma {i} Oy",
             "created_at": now, "updated_at": now, "extra": {"i": i}} for i in range(10_000)]
    with app.engine.begin() as conn:
        conn.execute(insert(m.Lead), rows)
    del rows
    cursors = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "FROM leads" in statement:
            cursors.append(cursor)

    event.listen(app.engine, "before_cursor_execute", seen)

    class Sink(io.StringIO):
        def write(self, s: str) -> int:  # count, keep nothing
            return len(s)

    try:
        with app.engine.connect() as conn:
            tracemalloc.start()
            count = exports.export(conn, "leads", "jsonl", Sink())
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    finally:
        event.remove(app.engine, "before_cursor_execute", seen)
    assert count == 10_000
    assert peak < 3_000_000, f"export peaked at {peak / 1e6:.1f} MB: rows are being buffered"
    if app.engine.dialect.name == "postgresql":
        assert len(cursors) == 1 and isinstance(cursors[0], psycopg.ServerCursor)


# --- the command ---------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgres"])
def admin(request, config_dir: Path, tmp_path: Path, monkeypatch):
    """`mailbot …` against its own database: a file on SQLite, a private schema on
    PostgreSQL (named in the URL, so the command never touches the shared one)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'export.db'}"
    else:
        engine = request.getfixturevalue("pg_engine_factory")()
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        engine.dispose()
        assert schema.startswith("t_")
        base = postgres_url()
        url = f"{base}{'&' if '?' in base else '?'}options={quote(f'-csearch_path={schema}')}"
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    monkeypatch.delenv("MAILBOT_SECRET_KEYS", raising=False)
    app = build_app(load_config(config_dir))
    if request.param == "postgres":
        with app.engine.connect() as conn:
            assert conn.execute(text("SELECT current_schema()")).scalar_one() == schema

    def run(*args: str):
        return CliRunner().invoke(cli, ["--config", str(config_dir), *args])
    run.app = app
    yield run
    app.engine.dispose()


def test_export_leads_csv_to_stdout(admin):
    seed(admin.app)
    result = admin("export", "leads", "--format", "csv")
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes.decode("utf-8")  # UTF-8 whatever the terminal's encoding
    assert raw.startswith("id,ref,external_id,state,") and raw.endswith("Z,,\r\n")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert len(rows) == 3 and list(rows[0]) == list(exports.LEAD_COLUMNS)
    assert rows[0]["company"] == "Kylmä Oy" and rows[0]["deal_amount"] == "9999.99"
    assert rows[1]["company"] == "Москва ООО «Полюс» 🚀" and rows[2]["company"] == AWKWARD
    assert result.stderr.strip() == "exported 3 leads to stdout"


def test_export_events_jsonl_to_a_file_since(admin, tmp_path):
    seed(admin.app)
    out = tmp_path / "events.jsonl"
    # naive --since is in the configured timezone (Europe/Berlin): 09:00 there is T0 + 1 d
    result = admin("export", "events", "--since", "2026-11-24T09:00", "--format", "jsonl",
                   "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines and {r["lead_ref"] for r in lines} == {"L-2", "L-3"}
    assert all(r["at"] >= "2026-11-24T08:00:00Z" for r in lines)
    assert result.stderr.strip() == f"exported {len(lines)} events to {out}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".events")] == []
    # the same instant with an offset; a date alone is midnight in the configured zone
    again = admin("export", "events", "--since", "2026-11-24T08:00:00Z", "--format", "jsonl")
    assert [json.loads(line) for line in again.stdout.splitlines()] == lines
    assert '"L-1"' not in again.stdout
    leads = admin("export", "leads", "--since", "2026-11-24", "--format", "jsonl")
    assert [json.loads(line)["ref"] for line in leads.stdout.splitlines()] == ["L-2", "L-3"]


def test_export_partners_ignores_since(admin):
    seed(admin.app)
    result = admin("export", "partners", "--since", "2030-01-01", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    partners = {p["id"]: p for p in map(json.loads, result.stdout.splitlines())}
    assert partners["fi-gold"]["won_leads"] == 1 and partners["fi-gold"]["name"] == "FI Gold Oy"
    assert result.stderr.strip() == f"exported {len(partners)} partners to stdout"
    assert "Ignored for partners" in admin("export", "--help").stdout


def test_bad_since_or_out_is_a_clear_error(admin, tmp_path):
    seed(admin.app)
    out = tmp_path / "leads.csv"
    result = admin("export", "leads", "--since", "last tuesday", "--out", str(out))
    assert result.exit_code == 1
    assert result.stderr.strip() == ("error: --since: not an ISO date/time: 'last tuesday' "
                                     "(expected e.g. 2026-11-01 or 2026-11-01T09:00)")
    assert result.stdout == "" and not out.exists() and "Traceback" not in result.output
    result = admin("export", "leads", "--out", str(tmp_path / "nowhere" / "leads.csv"))
    assert result.exit_code == 1 and result.stderr.startswith("error: --out: cannot write")
    assert admin("export", "nonsense").exit_code == 2  # click's usage error
    assert lead_row(admin.app, 1).state == "won"
