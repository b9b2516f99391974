"""The mailbot command as an admin uses it: check, db upgrade, lead add/import/show/explain."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mailbot.cli import cli
from tests.conftest import ROOT


@pytest.fixture
def run(config_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.delenv("MAILBOT_SECRET_KEYS", raising=False)

    def invoke(*args: str, config: Path = config_dir, input: str | None = None):
        return CliRunner().invoke(cli, ["--config", str(config), *args], input=input)
    return invoke


def test_check_passes_on_the_shipped_config(run):
    result = run("check", config=ROOT / "config")
    assert result.exit_code == 0, result.output
    assert "config OK" in result.output and "9 partners" in result.output


def test_check_names_every_problem_in_a_broken_copy(run, config_dir):
    rules = (config_dir / "rules.toml").read_text()
    rules = rules.replace('escalation_after = "12h"', 'escalation_after = "-12h"')
    rules = rules.replace("wave_size = 3", "wave_size = 3\nwave_sise = 4")
    (config_dir / "rules.toml").write_text(rules)
    partners = (config_dir / "partners.yaml").read_text()
    partners = partners.replace("juha@fi-silver.example", "aino@fi-gold.example")
    partners = partners.replace("parent: dist-south", "parent: dist-nowhere")
    (config_dir / "partners.yaml").write_text(partners)
    toml = (config_dir / "mailbot.toml").read_text().replace('"Europe/Berlin"', '"Europe/Nope"')
    (config_dir / "mailbot.toml").write_text(toml)
    result = run("check")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    expected = [
        "mailbot.toml: mailbot.timezone: unknown timezone 'Europe/Nope'",
        "rules.toml: offers.escalation_after: not a duration: '-12h' (expected a duration",
        "rules.toml: offers.wave_sise: unknown key (expected one of: cold, escalation_after",
        "partners.yaml: organisations[4].contacts[0].emails[0]: duplicate email "
        "'aino@fi-gold.example', also at partners.yaml: organisations[3].contacts[0].emails[0]",
        "partners.yaml: organisations[8].parent: unknown organisation 'dist-nowhere'",
    ]
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, lines)
    assert "Traceback" not in result.output


def test_check_reports_syntax_errors_with_the_file(run, config_dir):
    (config_dir / "rules.toml").write_text("[offers\nwave_size = 3\n")
    (config_dir / "partners.yaml").write_text("organisations: [\n")
    result = run("check")
    assert result.exit_code == 1
    assert "rules.toml: TOML syntax error" in result.output
    assert "partners.yaml: YAML syntax error" in result.output


def test_directory_from_a_crm_csv_export(run, config_dir):
    (config_dir / "crm.csv").write_text(
        "Account ID,Account Name,Account Type,Parent,Tier,Products,Country,Postal Codes,"
        "Contact Name,Email,Contact Language\n"
        "se-one,SE One AB,reseller,,gold,sensors;plc,SE,1|2,Lars,lars@se-one.example,sv\n"
        "se-one,SE One AB,reseller,,gold,sensors;plc,SE,1|2,Eva,eva@se-one.example,sv\n"
        "se-two,SE Two AB,reseller,,diamond,sensors,SE,,,,\n")
    toml = (config_dir / "mailbot.toml").read_text().replace(
        'directory = ["partners.yaml"]', 'directory = ["partners.yaml", "crm.csv"]')
    (config_dir / "mailbot.toml").write_text(toml)
    result = run("check")
    assert result.exit_code == 1
    assert result.output.strip() == ("crm.csv: row 4 (se-two): a partner that receives leads "
                                     "needs at least one contact")
    (config_dir / "crm.csv").write_text("\n".join(
        (config_dir / "crm.csv").read_text().splitlines()[:3]) + "\n")
    result = run("check")
    assert result.exit_code == 0, result.output
    assert "7 partners, 9 contacts" in result.output
    assert run("partner", "list").output.count("se-one") == 1


def test_lead_add_show_explain(run, tmp_path):
    lead = {"company": "Kylmä Oy", "contact_email": "b@kylma.example", "country": "FI",
            "postal_code": "00150", "requirement": "sensors", "source": "web",
            "product": "sensors", "skills": ["plc"]}
    path = tmp_path / "lead.json"
    path.write_text(json.dumps(lead))
    result = run("lead", "add", str(path), "--now", "2026-11-23T09:00")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "L-1: offered, wave 1 → fi-gold, fi-plc, fi-silver"
    shown = run("lead", "show", "L-1", "--json")
    data = json.loads(shown.output)
    assert data["state"] == "offered" and len(data["offers"]) == 3
    assert [e["to"] for e in data["timeline"] if e["to"]] == ["qualified", "offered"]
    text = run("lead", "show", "1").output
    assert "qualified → offered" in text and "fi-gold" in text
    explain = run("lead", "explain", "L-1").output
    assert "de-gold" in explain and "excluded: outside region" in explain
    assert "skills" in explain.splitlines()[1]
    missing = run("lead", "show", "L-99")
    assert missing.exit_code == 1 and missing.output.strip() == "error: no lead L-99"


def test_lead_add_from_stdin_reports_bad_fields(run):
    result = run("lead", "add", "-", input='{"company": "X", "estimated_value": "lots",'
                 ' "contact_email": "not an email"}')
    assert result.exit_code == 1
    assert "<stdin>: estimated_value:" in result.output
    assert "<stdin>: contact_email: not an email address" in result.output
    assert run("lead", "add", "-", input="{oops").output.startswith("error: <stdin>: not valid")


def test_lead_import_keeps_good_rows_and_lists_bad_ones(run, tmp_path):
    csv_file = tmp_path / "leads.csv"
    shutil.copy(ROOT / "tests/fixtures/leads.csv", csv_file)
    result = run("lead", "import", str(csv_file), "--now", "2026-11-23T09:00")
    assert result.exit_code == 1
    assert "imported 3 lead(s), 2 row(s) with errors" in result.output
    assert "leads.csv: row 3: estimated_value:" in result.output
    assert "leads.csv: row 5: temperature: expected hot, warm or cold" in result.output
    # rows 2, 4 and 6 became L-1..L-3; row 4 lacks a requirement and is rejected
    states = [json.loads(run("lead", "show", f"L-{i}", "--json").output)["state"]
              for i in (1, 2, 3)]
    assert states == ["offered", "rejected", "offered"]


def test_tick_runs_due_escalations(run, tmp_path):
    path = tmp_path / "lead.json"
    path.write_text(json.dumps({"company": "K", "contact_email": "b@k.example",
                                "country": "FI", "requirement": "x", "source": "web"}))
    run("lead", "add", str(path), "--now", "2026-11-23T09:00")
    assert "escalated 0" in run("tick", "--now", "2026-11-23T20:00").output
    assert "escalated 1" in run("tick", "--now", "2026-11-23T21:00").output
    bad = run("tick", "--now", "tomorrow")
    assert bad.exit_code == 1 and "not an ISO date/time" in bad.output


def test_db_upgrade_and_help_everywhere(run):
    from alembic.script import ScriptDirectory

    from mailbot.store.db import MIGRATIONS
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    result = run("db", "upgrade")
    assert result.exit_code == 0 and f"database at revision {head}:" in result.output
    for args in (["--help"], ["lead", "--help"], ["lead", "import", "--help"], ["tick", "-h"]):
        assert run(*args).exit_code == 0


def test_run_refuses_production_without_a_secret(run, config_dir):
    toml = (config_dir / "mailbot.toml").read_text().replace('"development"', '"production"')
    (config_dir / "mailbot.toml").write_text(toml)
    result = run("run")
    assert result.exit_code == 1
    assert "environment: MAILBOT_SECRET_KEYS: missing or set to the development default" in \
        result.output


def test_send_and_outbox_with_the_builtin_capture(run, tmp_path, config_dir):
    path = tmp_path / "lead.json"
    path.write_text(json.dumps({"company": "K", "contact_email": "b@k.example",
                                "country": "FI", "requirement": "x", "source": "web"}))
    run("lead", "add", str(path), "--now", "2026-11-23T09:00")
    listed = run("outbox", "--status", "pending")
    assert "outbox: pending 4" in listed.output and "offer" in listed.output
    sent = run("send", "--now", "2026-11-23T09:01")
    assert sent.exit_code == 0 and sent.output.strip().startswith("sent 4, retried 0")
    assert len(list((config_dir.parent / "var" / "mail" / "new").iterdir())) == 4
    assert "outbox: sent 4" in run("outbox").output


def test_preview_renders_any_template_in_any_language(run, tmp_path):
    result = run("preview", "lead_details", "--lang", "sv")
    assert result.exit_code == 0 and result.output.startswith("Subject: [L-1042] Lead:")
    assert "Kylmävarasto Oy" in result.output
    out = tmp_path / "offer.html"
    result = run("preview", "offer", "--lang", "ru", "--out", str(out))
    assert result.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")
    assert 'lang="ru"' in out.read_text()
    bad = run("preview", "nope")
    assert bad.exit_code == 1 and "unknown template 'nope' (expected one of: offer," in \
        bad.output


def test_check_catches_a_broken_template_override(run, config_dir):
    override = config_dir / "templates" / "email"
    override.mkdir(parents=True)
    (override / "offer.txt").write_text('{% extends "email/base.txt" %}\n'
                                        '{% block content %}\n{{ lead.nope }}\n{% endblock %}\n')
    result = run("check")
    assert result.exit_code == 1
    assert "templates/email/offer.txt:3: en: UndefinedError:" in result.output
    assert "Traceback" not in result.output


def test_demo_runs_without_serving(run, tmp_path, config_dir):
    result = run("demo", "--no-serve", "--leads", str(ROOT / "examples" / "leads.json"),
                 config=ROOT / "config")
    assert result.exit_code == 0, result.output
    assert "L-1: offered → wave 1:" in result.output
    assert "reports 'contacted'" in result.output and "sent " in result.output
    assert "/_mail" in result.output


def test_ingest_inbox_and_reprocess(run, tmp_path, config_dir):
    lead = tmp_path / "lead.json"
    lead.write_text(json.dumps({
        "company": "Kylmä Oy", "contact_email": "buyer@kylma.example", "country": "FI",
        "postal_code": "00150", "requirement": "sensors", "source": "web", "product": "sensors",
        "skills": ["plc"]}))
    assert run("lead", "add", str(lead), "--now", "2026-11-23T09:00").exit_code == 0
    reply = tmp_path / "reply.eml"
    reply.write_bytes(b"From: Pia <PIA+crm@fi-plc.example>\r\nTo: leads@mailbot.localhost\r\n"
                      b"Subject: Re: [L-1] Lead\r\nMessage-ID: <cli-1@x>\r\n\r\n"
                      b"Yes, we take it.\r\n")
    stranger = tmp_path / "stranger.eml"
    stranger.write_bytes(b"From: eve@evil.example\r\nSubject: [L-1]\r\nMessage-ID: <cli-2@x>"
                         b"\r\n\r\nYes\r\n")
    parsed = run("parse", str(reply), "--json")
    assert json.loads(parsed.output)["intent"] == "accept"
    result = run("ingest", str(reply), str(stranger), "--now", "2026-11-23T09:05")
    assert result.exit_code == 0, result.output
    assert "#1 processed reply accept: accepted" in result.output
    assert "#2 quarantined unrelated" in result.output
    listing = run("inbox", "list", "--status", "quarantined")
    assert "eve@evil.example" in listing.output and "not registered" in listing.output
    shown = run("inbox", "show", "1")
    assert "processed (reply)" in shown.output and '"intent": "accept"' in shown.output
    assert run("inbox", "show", "1", "--raw").output.startswith("From: Pia")
    again = run("inbox", "reprocess", "2")
    assert "#2: quarantined" in again.output
    missing = run("inbox", "show", "99")
    assert missing.exit_code == 1 and "no received email #99" in missing.output
    assert "Traceback" not in missing.output
    gone = run("inbox", "reprocess", "99")
    assert gone.exit_code == 1 and "no received email #99" in gone.output
    # as docs/inbound.md shows it: the group alone lists, and takes --status
    assert "eve@evil.example" in run("inbox").output
    bare = run("inbox", "--status", "quarantined")
    assert bare.exit_code == 0 and "eve@evil.example" in bare.output
    assert "Pia" not in bare.output
    assert "L-1" in run("lead", "show", "L-1").output


def test_webhooks_drop_gives_up_a_removed_webhooks_events(run, tmp_path):
    from datetime import UTC, datetime

    from sqlalchemy import select

    from mailbot.store import models as m
    from mailbot.store.db import make_engine, session_factory, unit_of_work
    assert run("db", "upgrade").exit_code == 0
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    now = datetime(2026, 11, 23, tzinfo=UTC)
    with unit_of_work(session_factory(engine)) as s:
        s.add(m.WebhookDelivery(event_id="e1", webhook="gone", event_type="lead.won",
                                payload={}, created_at=now, due_at=now))
    result = run("webhooks", "drop", "gone")
    assert result.exit_code == 0, result.output
    assert "webhook gone: 1 undelivered event(s) dropped" in result.output
    with session_factory(engine)() as s:
        assert s.scalar(select(m.WebhookDelivery.status)) == "dropped"
    engine.dispose()


def test_resubscribe_names_who_and_refuses_strangers(run, tmp_path):
    from datetime import UTC, datetime

    from mailbot.store import models as m
    from mailbot.store.db import make_engine, session_factory, unit_of_work
    assert run("db", "upgrade").exit_code == 0
    assert run("partner", "list").exit_code == 0  # the directory is synced in
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    with unit_of_work(session_factory(engine)) as s:
        s.get(m.Manager, "boss").digest_unsubscribed_at = datetime(2026, 11, 23, tzinfo=UTC)
    done = run("resubscribe", "boss")
    assert done.exit_code == 0, done.output
    assert "manager boss: digest off in the directory" in done.output  # every: never
    with session_factory(engine)() as s:
        assert s.get(m.Manager, "boss").digest_unsubscribed_at is None
    stranger = run("resubscribe", "nobody@example.com")
    assert stranger.exit_code == 1 and "no manager id or contact address" in stranger.output
    engine.dispose()
