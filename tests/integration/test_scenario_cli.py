"""The scheduler issue's scenario as an admin and a partner live it, driven by
`mailbot tick --now` (no sleeping): offer → no answer → reminder at +4 h → wave 2 at
+12 h → accept in wave 2 → feedback due → reminder → overdue → lock → the locked
partner's accept shows the lock page → status given → unlocked → accept works.

The clock runs in the past (ticks at given instants) and the web uses the wall clock, so
the scenario starts nine days ago."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.cli import cli
from mailbot.handlers.partner_actions import Outcome, accept_offer
from mailbot.inbound.web import create_app
from mailbot.store import models as m

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

H, D = timedelta(hours=1), timedelta(days=1)
LEAD = {"company": "Scenario Oy", "contact_email": "buyer@scenario.example", "country": "FI",
        "postal_code": "00150", "requirement": "sensors", "source": "web",
        "product": "sensors", "skills": ["plc"]}


@pytest.fixture
def admin(config_dir: Path, tmp_path: Path, monkeypatch):
    # one partner a wave, so the second wave's partner is a strong one (fi-plc) whom a
    # later lead offers "on top", locked
    rules = config_dir / "rules.toml"
    rules.write_text(rules.read_text().replace("wave_size = 3", "wave_size = 1", 1))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'scenario.db'}")

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, ["--config", str(config_dir), *args])
        assert result.exit_code == 0, result.output
        return result.output
    run.app = build_app(load_config(config_dir))
    return run


def iso(at: datetime) -> str:
    return at.isoformat()


def test_offer_reminder_wave_accept_chase_lock_unlock(admin, tmp_path):
    app = admin.app
    lock_starts = (datetime.now(UTC) - timedelta(minutes=30)).replace(microsecond=0)
    start = lock_starts - 3 * D - 2 * D - 13 * H
    lead_file = tmp_path / "lead.json"
    lead_file.write_text(json.dumps(LEAD))
    assert "offered" in admin("lead", "add", str(lead_file), "--now", iso(start))
    assert "0 offer reminder(s)" in admin("tick", "--now", iso(start + 4 * H - H / 60))
    assert "1 offer reminder(s)" in admin("tick", "--now", iso(start + 4 * H))
    assert "escalated 1 lead(s)" in admin("tick", "--now", iso(start + 12 * H))
    with app.sessions() as s:
        wave2 = s.scalar(select(m.Offer).where(m.Offer.wave == 2).order_by(m.Offer.id))
        contact = s.scalar(select(m.Contact).where(m.Contact.partner_id == wave2.partner_id)
                           .order_by(m.Contact.id))
    assert wave2.partner_id == "fi-plc"
    accepted = start + 13 * H
    assert accept_offer(app, wave2.id, contact.id, accepted).outcome == Outcome.ACCEPTED
    due = accepted + 2 * D
    assert "1 feedback chase(s)" in admin("tick", "--now", iso(due - D))     # reminder
    assert "1 feedback chase(s)" in admin("tick", "--now", iso(due))         # overdue
    assert "0 feedback chase(s)" in admin("tick", "--now", iso(due + 2 * D))  # grace
    # still within the grace period, fi-plc is offered another lead (the only candidate) …
    lead_file.write_text(json.dumps(dict(LEAD, company="Next Oy", exclude_partners=[
        "fi-gold", "fi-silver", "fi-small", "fi-extra"])))
    assert "offered" in admin("lead", "add", str(lead_file), "--now", iso(due + 3 * D - H))
    # … then the lock begins (half an hour ago) and its notice goes out
    assert due + 3 * D == lock_starts
    assert "1 feedback chase(s)" in admin("tick", "--now", iso(lock_starts))
    shown = admin("lead", "show", "L-1")
    for rule in ("offers.warm.reminder_after", "feedback.remind_before", "pick_lock.overdue_by"):
        assert rule in shown, rule  # every automatic action names its rule

    # the partner clicks accept on L-2 now: the lock page lists L-1 with its status link
    base = app.settings.file.mailbot.public_base_url
    web = TestClient(create_app(app), base_url=base)
    accept_url = app.signer.url("accept", 2, contact.id).removeprefix(base)
    token = accept_url.rsplit("/", 1)[1]
    locked = web.post(accept_url, data={"token": token})
    assert "L-1" in locked.text and "/l/status/" in locked.text
    with app.sessions() as s:
        assert s.get(m.Lead, 2).state == "offered"
    # the status dialog of L-1 lifts the lock at once; the accept then goes through
    status_url = app.signer.url("status", 1, contact.id).removeprefix(base)
    done = web.post(status_url, data={"token": status_url.rsplit("/", 1)[1],
                                      "status": "contacted", "note": "called them"})
    assert done.status_code == 200
    assert web.post(accept_url, data={"token": token}).status_code == 200
    with app.sessions() as s:
        assert s.get(m.Lead, 1).state == "contacted"
        assert s.get(m.Lead, 2).partner_id == "fi-plc"
