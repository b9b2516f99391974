"""Two sender processes on one PostgreSQL; one is stopped mid-batch, then restarted.

SIGTERM (graceful: finish the email in flight, give back the rest) → every email exactly
once. SIGKILL → nothing lost; only the one email in flight when the process died may go
out twice, with the same Message-ID, because no sender can make "server said 250" and
"database says sent" one atomic step.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from urllib.parse import quote

import pytest
from sqlalchemy import distinct, func, select

from mailbot.app import build_app, load_config
from mailbot.store import models as m
from mailbot.store.db import make_engine
from mailbot.store.outbox import enqueue
from tests.conftest import T0, postgres_url
from tests.integration.helpers import add_lead
from tests.support.smtp_sink import SmtpSink

MESSAGES = 240


@pytest.fixture
def pg_schema():
    url = postgres_url()
    if not url:
        pytest.skip("MAILBOT_TEST_POSTGRES_URL not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def setup(config_dir, pg_schema):
    sink = SmtpSink()
    sink.handler.delay = 0.004
    toml = (config_dir / "mailbot.toml").read_text()
    toml = toml.replace('[smtp]\n# Outgoing mail server. Empty host = built-in mail capture '
                        '(nothing leaves the machine).\nhost = ""\nport = 25',
                        f'[smtp]\nhost = "127.0.0.1"\nport = {sink.port}')
    toml = toml.replace("batch_size = 50", "batch_size = 20")
    assert f"port = {sink.port}" in toml
    (config_dir / "mailbot.toml").write_text(toml)
    env = {**os.environ, "MAILBOT_DATABASE_URL": pg_schema}
    app = build_app(load_config(config_dir, environ=env))
    add_lead(app, T0)
    with app.sessions.begin() as s:
        model = s.scalars(select(m.OutboundMessage).order_by(m.OutboundMessage.id)).first()
        for _ in range(MESSAGES - 4):
            enqueue(s, now=T0, to_addr=model.to_addr, template="offer", language="fi",
                    domain="mailbot.localhost", lead_id=model.lead_id,
                    offer_id=model.offer_id, contact_id=model.contact_id)
    with sink:
        yield app, sink, config_dir, env
    app.engine.dispose()


def sender_process(config_dir, env, now) -> subprocess.Popen:
    mailbot = shutil.which("mailbot") or sys.executable
    args = [mailbot] if mailbot.endswith("mailbot") else [sys.executable, "-m", "mailbot.cli"]
    return subprocess.Popen([*args, "--config", str(config_dir), "send", "--now",
                             now.isoformat()], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def wait_for(condition, timeout=60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def held_claims(app) -> int:
    with app.sessions() as s:
        return s.scalar(select(func.count(distinct(m.OutboundMessage.claim)))
                        .where(m.OutboundMessage.status == "sending"))


def run_and_interrupt(setup, sig):
    app, sink, config_dir, env = setup
    first = sender_process(config_dir, env, T0)
    second = sender_process(config_dir, env, T0)
    # Interrupt while both senders are mid-batch: the first process can still be starting
    # when the other has sent 40, and then it would hold nothing to give back or lose.
    # The sink holds every DATA meanwhile, so neither can finish a batch between the check
    # and the signal (under load that gap let the first one end up between batches).
    wait_for(lambda: sink.handler.count() >= 40)
    sink.handler.paused.set()
    wait_for(lambda: held_claims(app) >= 2)
    first.send_signal(sig)
    if sig == signal.SIGKILL:
        first.wait(timeout=60)
    sink.handler.paused.clear()
    assert first.wait(timeout=60) in (0, -signal.SIGKILL), first.stderr.read()
    assert second.wait(timeout=120) == 0, second.stderr.read()
    # The restart comes after the lease (5 min) so a killed sender's claim is taken over.
    restart = sender_process(config_dir, env, T0 + timedelta(minutes=6))
    assert restart.wait(timeout=120) == 0, restart.stderr.read()
    with app.sessions() as s:
        rows = s.scalars(select(m.OutboundMessage)).all()
        reclaimed = set(s.scalars(select(m.DeliveryLog.outbound_id)
                                  .where(m.DeliveryLog.event == "reclaimed")).all())
    assert {r.status for r in rows} == {"sent"}
    received = Counter(r.message_id for r in sink.received)
    assert set(received) == {r.message_id for r in rows}  # nothing lost
    duplicated = {mid for mid, n in received.items() if n > 1}
    return rows, received, duplicated, reclaimed


@pytest.mark.postgres
def test_sigterm_mid_batch_then_restart_sends_every_email_exactly_once(setup):
    rows, received, duplicated, reclaimed = run_and_interrupt(setup, signal.SIGTERM)
    assert duplicated == set() and sum(received.values()) == MESSAGES
    assert reclaimed == set()  # the stopped sender gave its claim back


@pytest.mark.postgres
def test_sigkill_mid_batch_loses_nothing_and_repeats_at_most_the_email_in_flight(setup):
    rows, received, duplicated, reclaimed = run_and_interrupt(setup, signal.SIGKILL)
    assert len(duplicated) <= 1 and all(n <= 2 for n in received.values())
    ids_by_message = {r.message_id: r.id for r in rows}
    assert {ids_by_message[mid] for mid in duplicated} <= reclaimed
    assert reclaimed, "the killed sender held a claim that the restart had to take over"
