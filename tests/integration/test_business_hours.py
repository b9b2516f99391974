"""Business hours across Christmas, driven by `mailbot tick --now` as an admin would:
offer reminders and escalation count working hours in the lead's country (Finland:
24.–26.12. are holidays), feedback deadlines count working days, and a chase step that
falls on a Sunday waits for Monday morning in the contact's timezone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.cli import parse_now
from mailbot.handlers.partner_actions import accept_offer
from mailbot.store import models as m


@pytest.fixture
def admin(config_dir: Path, tmp_path: Path, monkeypatch):
    rules = config_dir / "rules.toml"
    rules.write_text(rules.read_text().replace(
        "[business_hours]\n", "[business_hours]\nenabled = true\n", 1).replace(
        "\nenabled = false\n# Opening hours", "\n# Opening hours"))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'bh.db'}")

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli_main(), ["--config", str(config_dir), *args])
        assert result.exit_code == 0, result.output
        return result.output
    run.app = lambda: build_app(load_config(config_dir))
    return run


def cli_main():
    from mailbot.cli import cli
    return cli


def at(text: str):
    return parse_now(text, "UTC")


def sent(app, template: str) -> list[str]:
    with app.sessions() as s:
        return list(s.scalars(select(m.OutboundMessage.to_addr).where(
            m.OutboundMessage.template == template).order_by(m.OutboundMessage.id)))


def test_christmas_in_finland(admin, tmp_path):
    lead = tmp_path / "lead.json"
    lead.write_text(json.dumps({
        "company": "Joulu Oy", "contact_email": "buyer@joulu.example", "country": "FI",
        "postal_code": "00150", "requirement": "sensors", "source": "web",
        "product": "sensors", "skills": ["plc"]}))
    # Wednesday 23.12. 15:00 in Helsinki: two working hours left before Christmas
    assert "offered" in admin("lead", "add", str(lead), "--now", "2026-12-23T15:00+02:00")
    app = admin.app()
    assert app.rules.business_hours.calendar("FI").timezone == "Europe/Helsinki"
    with app.sessions() as s:
        row = s.scalar(select(m.Lead))
        # reminder 4 working hours: 2 on Wednesday + 2 on Monday 28.12.; escalation 12:
        # 2 + 9 on Monday + 1 on Tuesday
        assert row.escalation_due_at == at("2026-12-29T09:00+02:00")
        reminder = s.scalar(select(m.Offer.reminder_due_at))
        assert reminder == at("2026-12-28T10:00+02:00")
    # on a plain clock the reminder would go at 19:00 and the wave expire at 03:00
    for quiet in ("2026-12-23T19:00+02:00", "2026-12-24T03:00+02:00",
                  "2026-12-26T12:00+02:00", "2026-12-28T09:59+02:00"):
        assert admin("tick", "--now", quiet).startswith(
            "escalated 0 lead(s) to a new wave, 0 unclaimed, 0 offer reminder(s)")
    assert "3 offer reminder(s)" in admin("tick", "--now", "2026-12-28T10:00+02:00")
    assert admin("tick", "--now", "2026-12-29T08:59+02:00").startswith("escalated 0")
    assert admin("tick", "--now", "2026-12-29T09:00+02:00").startswith("escalated 1")
    # wave 2 accepts on Tuesday 16:30: first contact due in 2 working days (Thursday 31.12.)
    with app.sessions() as s:
        offer = s.scalar(select(m.Offer).where(m.Offer.wave == 2).order_by(m.Offer.id))
        contact = s.scalar(select(m.Contact.id).where(m.Contact.partner_id == offer.partner_id)
                           .order_by(m.Contact.id))
    accept_offer(app, offer.id, contact, at("2026-12-29T16:30+02:00"))
    with app.sessions() as s:
        assert s.scalar(select(m.Lead.feedback_due_at)) == at("2026-12-31T16:30+02:00")
    admin("tick", "--now", "2026-12-30T16:30+02:00")  # reminder a day before
    admin("tick", "--now", "2026-12-31T16:30+02:00")  # at the deadline
    assert len(sent(app, "feedback_request")) == 1 and len(sent(app, "feedback_overdue")) == 1
    # the pick-lock notice falls due on Sunday 3.1. 16:30: held until Monday 08:00
    assert "0 feedback chase(s)" in admin("tick", "--now", "2027-01-03T16:30+02:00")
    assert sent(app, "pick_lock") == []
    with app.sessions() as s:
        assert s.scalar(select(m.Lead.feedback_chase_at)) == at("2027-01-04T08:00+02:00")
    assert "1 feedback chase(s)" in admin("tick", "--now", "2027-01-04T08:00+02:00")
    assert len(sent(app, "pick_lock")) == 1
