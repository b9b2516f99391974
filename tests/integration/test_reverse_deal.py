"""Reverse-deal control: a partner who wins supplied leads but brings no deal of their own
pauses; an own deal registered by email reply lifts the pause at once."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.handlers.mail_received import ingest
from mailbot.handlers.partner_actions import Outcome, accept_offer, report_status
from mailbot.store import models as m
from mailbot.store.db import make_engine
from tests.conftest import T0
from tests.integration.helpers import add_lead, events, offer_of, offers, outbox


@pytest.fixture
def strict(request, config_dir, tmp_path):
    """The app with reverse-deal control on: 2 won supplied leads in 90 days → 30 days off."""
    rules = config_dir / "rules.toml"
    text = rules.read_text().replace(
        "[reverse_deal]\n# Seed 004: a partner who wins supplied leads but registers no deal of "
        "their own pauses.\nenabled = false\n# Number of supplied leads won within the window "
        "that triggers the cooldown.\nwon_supplied = 3\nwindow = \"180d\"",
        "[reverse_deal]\nenabled = true\nwon_supplied = 2\nwindow = \"90d\"")
    assert "won_supplied = 2" in text
    rules.write_text(text)
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    app = build_app(load_config(config_dir, environ={}), engine=make_engine(url))
    yield app
    app.engine.dispose()


OTHERS = ["fi-gold", "fi-silver", "fi-small", "fi-extra"]  # so fi-plc is always offered


def win(app, at) -> int:
    lead = add_lead(app, at, company=f"Won {at:%H%M%S%f}", exclude_partners=OTHERS)
    offer_id, contact_id = offer_of(app, lead.lead_id, "fi-plc")
    assert accept_offer(app, offer_id, contact_id, at).outcome == Outcome.ACCEPTED
    assert report_status(app, lead.lead_id, contact_id, "won", at).outcome == Outcome.UPDATED
    return lead.lead_id


def partner(app, pid: str = "fi-plc") -> m.Partner:
    with app.sessions() as s:
        return s.get(m.Partner, pid)


def own_deal_mail(frm: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = frm, "leads@mailbot.localhost"
    msg["Subject"], msg["Message-ID"] = "New business", "<own-1@fi-plc.example>"
    msg.set_content(body)
    return msg.as_bytes()


def test_cooldown_after_wins_without_own_deals_and_lifted_by_an_own_deal(strict):
    app = strict
    win(app, T0)
    assert partner(app).cooldown_until is None  # one win is fine
    second = win(app, T0 + timedelta(days=1))
    assert partner(app).cooldown_until == T0 + timedelta(days=31)
    assert "cooldown_started" in [k for k, _, _ in events(app, second)]
    with app.sessions() as s:
        notices = s.scalars(select(m.OutboundMessage.to_addr).where(
            m.OutboundMessage.template == "cooldown_notice")).all()
    assert notices == ["pia@fi-plc.example"]
    # no new offers while cooling down
    later = add_lead(app, T0 + timedelta(days=2), company="Later Oy", exclude_partners=OTHERS)
    assert later.state == "unclaimed" and offers(app, later.lead_id) == {}
    # an own deal by email lifts it at once, earns points, and is confirmed
    done = ingest(app, own_deal_mail("pia@fi-plc.example",
                                     "Hi,\n\nOwn deal: Satama Oy, 18 000 EUR.\n\nPia"),
                  via="test", now=T0 + timedelta(days=3))
    assert done.status == "processed" and "own deal registered" in done.reason
    assert partner(app).cooldown_until is None
    with app.sessions() as s:
        deal = s.scalar(select(m.OwnDeal))
        assert (deal.company, deal.amount, deal.currency, deal.via) == (
            "Satama Oy", 18000, "EUR", "email")
        assert s.scalar(select(m.PointsEntry.points).where(
            m.PointsEntry.reason == "own_deal")) == app.rules.points.own_deal
        assert s.scalar(select(m.OutboundMessage.to_addr).where(
            m.OutboundMessage.template == "own_deal_registered")) == "pia@fi-plc.example"
    fresh = add_lead(app, T0 + timedelta(days=4), company="Fresh Oy", exclude_partners=OTHERS)
    assert offers(app, fresh.lead_id) == {"fi-plc": "pending"}
    # with an own deal in the window, more wins do not pause them again
    win(app, T0 + timedelta(days=5))
    assert partner(app).cooldown_until is None


def test_off_by_default(app):
    for day in range(4):
        lead = add_lead(app, T0 + timedelta(days=day), company=f"W{day} Oy",
                        exclude_partners=OTHERS)
        offer_id, contact_id = offer_of(app, lead.lead_id, "fi-plc")
        accept_offer(app, offer_id, contact_id, T0 + timedelta(days=day))
        report_status(app, lead.lead_id, contact_id, "won", T0 + timedelta(days=day))
    assert partner(app).cooldown_until is None
    assert not [t for t, _ in outbox(app, lead.lead_id) if t == "cooldown_notice"]


def test_admin_registers_an_own_deal_from_the_cli(strict, config_dir, monkeypatch):
    from click.testing import CliRunner

    from mailbot.cli import cli
    monkeypatch.setenv("MAILBOT_DATABASE_URL", str(strict.engine.url))
    result = CliRunner().invoke(cli, ["--config", str(config_dir), "partner", "deal", "fi-plc",
                                      "--company", "Berg AB", "--amount", "45000",
                                      "--currency", "sek"])
    assert result.exit_code == 0 and "registered for fi-plc" in result.output
    bad = CliRunner().invoke(cli, ["--config", str(config_dir), "partner", "deal", "nope"])
    assert bad.exit_code == 1 and "no partner 'nope'" in bad.output
