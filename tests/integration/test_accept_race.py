"""Accept is a compare-and-set: among concurrent accepts exactly one wins (PostgreSQL)."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.handlers.partner_actions import Outcome, accept_offer
from mailbot.rules import Rules
from mailbot.store import models as m
from tests.conftest import T0
from tests.integration.helpers import QUALIFIED

THREADS = 20
ROUNDS = 50


@pytest.fixture
def race_app(config_dir, pg_engine_factory):
    """20 FI partners, waves of 20, so one lead has 20 pending offers from 20 partners."""
    orgs = "\n".join(
        f"  - {{id: r{i:02d}, name: R{i}, kind: reseller, skills: [sensors], "
        f"region: {{countries: [FI]}}, capacity: 1000, "
        f"contacts: [{{name: C{i}, emails: [c{i}@r{i:02d}.example]}}]}}" for i in range(THREADS))
    (config_dir / "partners.yaml").write_text("organisations:\n" + orgs + "\n")
    config = load_config(config_dir, environ={})
    rules = config.rules.model_dump()
    rules["offers"]["wave_size"] = THREADS
    rules["pick_lock"]["enabled"] = False
    config = type(config)(config.settings, Rules.model_validate(rules), config.directory)
    engine = pg_engine_factory(pool_size=THREADS + 2, max_overflow=0)
    yield build_app(config, engine=engine)
    engine.dispose()


def test_twenty_threads_accepting_one_lead_yield_exactly_one_winner(race_app):
    app = race_app
    for round_no in range(ROUNDS):
        now = T0 + timedelta(minutes=round_no)
        intake = receive_lead(app, parse_lead({**QUALIFIED, "skills": []}), now)
        assert len(intake.offered_to) == THREADS
        with app.sessions() as s:
            pairs = s.execute(select(m.Offer.id, m.Contact.id)
                              .join(m.Contact, m.Contact.partner_id == m.Offer.partner_id)
                              .where(m.Offer.lead_id == intake.lead_id)).all()
        outcomes = _accept_all_at_once(app, pairs, now)
        assert outcomes.count(Outcome.ACCEPTED) == 1, (round_no, outcomes)
        assert set(outcomes) == {Outcome.ACCEPTED, Outcome.TAKEN}
        with app.sessions() as s:
            states = s.scalars(select(m.Offer.state)
                               .where(m.Offer.lead_id == intake.lead_id)).all()
            lead = s.get(m.Lead, intake.lead_id)
        assert sorted(states) == ["accepted"] + ["withdrawn"] * (THREADS - 1)
        assert lead.state == "accepted"


def _accept_all_at_once(app, pairs, now) -> list[Outcome]:
    """Start one thread per (offer, contact) and release them together at a barrier."""
    barrier = threading.Barrier(len(pairs))
    outcomes: list[Outcome] = []

    def attempt(offer_id: int, contact_id: int) -> None:
        barrier.wait()
        outcomes.append(accept_offer(app, offer_id, contact_id, now).outcome)

    threads = [threading.Thread(target=attempt, args=p) for p in pairs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes
