"""50 partners press "accept" on the same lead at once, over HTTP, on PostgreSQL:
exactly one gets the lead, every other one gets the "taken" page. Repeated over rounds."""

import threading
import time
import warnings
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import uvicorn
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.inbound.web import OUTCOMES, create_app
from mailbot.rules import Rules
from mailbot.store import models as m
from tests.integration.helpers import QUALIFIED
from tests.support.smtp_sink import free_port

PARTNERS = 50
ROUNDS = 8


@pytest.fixture
def server(config_dir, pg_engine_factory):
    orgs = "\n".join(
        f"  - {{id: r{i:02d}, name: R{i}, kind: reseller, skills: [sensors], "
        f"region: {{countries: [FI]}}, capacity: 1000, language: en, "
        f"contacts: [{{name: C{i}, emails: [c{i}@r{i:02d}.example]}}]}}" for i in range(PARTNERS))
    (config_dir / "partners.yaml").write_text("organisations:\n" + orgs + "\n")
    port = free_port()
    toml = (config_dir / "mailbot.toml").read_text().replace(
        'public_base_url = "http://127.0.0.1:8025"', f'public_base_url = "http://127.0.0.1:{port}"')
    (config_dir / "mailbot.toml").write_text(toml)
    config = load_config(config_dir, environ={})
    rules = config.rules.model_dump()
    rules["offers"]["wave_size"] = PARTNERS
    rules["pick_lock"]["enabled"] = False
    config = type(config)(config.settings, Rules.model_validate(rules), config.directory)
    engine = pg_engine_factory(pool_size=PARTNERS + 5, max_overflow=0)
    app = build_app(config, engine=engine)
    web = uvicorn.Server(uvicorn.Config(create_app(app), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="off",
                                        limit_concurrency=200))
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not web.started:
        assert time.monotonic() < deadline, "web server did not start"
        time.sleep(0.02)
    yield app
    web.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.mark.postgres
def test_fifty_concurrent_accepts_over_http_yield_one_winner(server):
    app = server
    taken_title = OUTCOMES["taken"][1]
    won_title = OUTCOMES["accepted"][1]
    for round_no in range(ROUNDS):
        now = datetime.now(UTC) - timedelta(minutes=5)
        intake = receive_lead(app, parse_lead({**QUALIFIED, "skills": []}), now)
        with app.sessions() as s:
            contacts = s.scalars(select(m.Contact.id).join(
                m.Offer, m.Offer.partner_id == m.Contact.partner_id)
                .where(m.Offer.lead_id == intake.lead_id)).all()
        assert len(contacts) == PARTNERS
        urls = [app.signer.url("accept", intake.lead_id, c) for c in contacts]
        responses = _press_all_at_once(urls)
        assert [status for status, _ in responses] == [200] * PARTNERS
        pages = [text for _, text in responses]
        winners = [p for p in pages if f"<h1>{won_title}</h1>" in p]
        losers = [p for p in pages if f"<h1>{taken_title}</h1>" in p]
        assert (len(winners), len(losers)) == (1, PARTNERS - 1), round_no
        with app.sessions() as s:
            states = s.scalars(select(m.Offer.state).where(
                m.Offer.lead_id == intake.lead_id)).all()
        assert sorted(states) == ["accepted"] + ["withdrawn"] * (PARTNERS - 1)


def _press_all_at_once(urls: list[str]) -> list[tuple[int, str]]:
    """POST every accept link from its own thread, released together at a barrier."""
    barrier = threading.Barrier(len(urls))
    responses: list[tuple[int, str]] = []

    def press(url: str) -> None:
        with warnings.catch_warnings(), httpx.Client(timeout=60) as client:
            barrier.wait()
            response = client.post(url, data={"token": url.rsplit("/", 1)[1]})
            responses.append((response.status_code, response.text))

    threads = [threading.Thread(target=press, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return responses
