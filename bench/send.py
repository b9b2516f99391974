"""Messages per second: Mailbot's outbox sender against raw smtplib, to one loopback SMTP sink.

Bar: ``Sender.drain`` keeps >= 0.7 x the rate of raw smtplib sending the same, already composed
message over one persistent connection with ``send_message`` (smtplib's own API). The floor,
``sendmail`` of pre-serialised bytes, is printed too, with its ratio. All go to the same
aiosmtpd sink, in one run. The sink runs in a process of its own, as a real SMTP server would:
in this process it would compete for the GIL with the code being measured.
The sender pays for everything a real send costs: claim, context from the database, render,
compose, SMTP, marking the row sent and the delivery log, on a fresh SQLite file (WAL).

Run from the project folder: ``python3 bench/send.py``. Prints a report; always exits 0.
"""

from __future__ import annotations

import multiprocessing
import shutil
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import select

from mailbot.app import App, build_app, load_config
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.outbound.compose import Envelope
from mailbot.outbound.sender import Batch, Sender
from mailbot.outbound.transport import SmtpTransport
from mailbot.store import models as m
from mailbot.store.db import make_engine
from mailbot.store.outbox import enqueue

BAR = 0.7
N = 500
ROUNDS = 5
HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
LOCAL = "bench"  # local_hostname / server_hostname: skips socket.getfqdn() (slow DNS)


class CountingHandler:
    """aiosmtpd handler that accepts and counts every message (in the sink process)."""

    def __init__(self, counter) -> None:
        self.counter = counter

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd API)
        with self.counter.get_lock():
            self.counter.value += 1
        return "250 OK"


def serve_sink(port: int, counter, stop) -> None:
    controller = Controller(CountingHandler(counter), hostname=HOST, port=port,
                            server_hostname=LOCAL)
    controller.start()
    stop.wait()
    controller.stop()


class Sink:
    """A loopback SMTP sink in its own process; ``count`` is shared memory."""

    def __init__(self, port: int) -> None:
        ctx = multiprocessing.get_context("fork")
        self._counter, self._stop = ctx.Value("i", 0), ctx.Event()
        self._process = ctx.Process(target=serve_sink, args=(port, self._counter, self._stop),
                                    daemon=True)
        self.port = port

    @property
    def count(self) -> int:
        return self._counter.value

    def start(self) -> None:
        self._process.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # bounded wait until the port answers
            try:
                socket.create_connection((HOST, self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("sink did not start")

    def stop(self) -> None:
        self._stop.set()
        self._process.join(timeout=10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def make_app(tmp: Path) -> App:
    shutil.copytree(ROOT / "tests" / "fixtures" / "config", tmp / "config")
    config = load_config(tmp / "config", environ={})
    return build_app(config, engine=make_engine(f"sqlite:///{tmp}/bench.db"))


def qualified_lead() -> dict:
    """The integration tests' qualified lead; ``python3 bench/send.py`` puts only bench/ on
    sys.path, so the project folder is added to reach the tests package."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.integration.helpers import QUALIFIED
    return QUALIFIED


def template_row(app: App, now: datetime) -> m.OutboundMessage:
    """One real lead offered to partners; its first offer row is the model for all copies."""
    intake = receive_lead(app, parse_lead(qualified_lead()), now)
    with app.sessions() as session:
        return session.scalars(select(m.OutboundMessage)
                               .where(m.OutboundMessage.lead_id == intake.lead_id)
                               .order_by(m.OutboundMessage.id)).first()


def fill_outbox(app: App, model: m.OutboundMessage, now: datetime, n: int) -> None:
    """n pending English offers to one contact (each its own Message-ID and VERP key)."""
    with app.sessions.begin() as session:
        for _ in range(n):
            enqueue(session, now=now, to_addr=model.to_addr, template="offer", language="en",
                    domain="mailbot.localhost", context=dict(model.context),
                    lead_id=model.lead_id, offer_id=model.offer_id, contact_id=model.contact_id)


def time_sender(app: App, sender: Sender, sink: Sink, model: m.OutboundMessage,
                now: datetime, n: int) -> float:
    """One round: n fresh rows, then seconds for drain(); checks every row reached the sink."""
    fill_outbox(app, model, now, n)
    before = sink.count
    start = time.perf_counter()
    report = sender.drain(now)
    elapsed = time.perf_counter() - start
    if report.sent != n or sink.count - before != n:
        raise SystemExit(f"sender round broken: {report.summary()}, sink got "
                         f"{sink.count - before} of {n}; errors {report.errors[:3]}")
    return elapsed


def time_raw(port: int, sink: Sink, envelope: Envelope, n: int, *, as_message: bool) -> float:
    """One round: the same message n times over one persistent smtplib connection.

    as_message: smtplib's own way, ``send_message(EmailMessage)`` (smtplib serialises the
    message each time); otherwise ``sendmail`` of pre-serialised bytes, the floor.
    """
    conn = smtplib.SMTP(HOST, port, local_hostname=LOCAL)
    message = envelope.message
    try:
        before = sink.count
        start = time.perf_counter()
        for _ in range(n):
            if as_message:
                conn.send_message(message, envelope.mail_from, [envelope.rcpt_to])
            else:
                conn.sendmail(envelope.mail_from, [envelope.rcpt_to], envelope.data)
        elapsed = time.perf_counter() - start
    finally:
        conn.quit()
    if sink.count - before != n:
        raise SystemExit(f"raw round broken: sink got {sink.count - before} of {n}")
    return elapsed


def sample_envelope(app: App, sender: Sender, now: datetime) -> Envelope:
    """The message the sender would produce for the newest sent row, composed once."""
    with app.sessions() as session:
        row = session.scalars(select(m.OutboundMessage)
                              .order_by(m.OutboundMessage.id.desc())).first()
        return sender._envelope(session, row, now)


def time_envelopes(app: App, sender: Sender, now: datetime, n: int) -> float:
    """Seconds to prepare n rows (batch prefetch + context + render + compose), as the
    sender's worker thread does it, without sending."""
    with app.sessions() as session:
        ids = session.scalars(select(m.OutboundMessage.id).where(
            m.OutboundMessage.template == "offer", m.OutboundMessage.language == "en")
            .limit(n)).all()
    start = time.perf_counter()
    with app.sessions() as session:
        batch = Batch.load(session, list(ids))
        for row in batch.rows:
            sender._prepare(session, batch, row, now)
    return (time.perf_counter() - start) * n / len(ids)


def report(sender_s: float, raw: dict[str, float], envelope_s: float, size: int) -> None:
    sender_rate = N / sender_s
    print(f"offer email {size / 1024:.1f} KB on the wire; median of {ROUNDS} rounds x {N} msgs")
    for label, key in (("raw smtplib send_message(EmailMessage)", "message"),
                       ("raw smtplib sendmail(pre-serialised bytes)", "bytes")):
        rate = N / raw[key]
        print(f"  {label:<42} {rate:6.0f} msg/s ({1000 * raw[key] / N:.2f} ms)")
    print(f"  {'mailbot sender (claim, render, send, log)':<42} {sender_rate:6.0f} msg/s "
          f"({1000 * sender_s / N:.2f} ms)")
    for label, key in (("send_message", "message"), ("bytes floor", "bytes")):
        ratio = sender_rate / (N / raw[key])
        verdict = "PASS" if ratio >= BAR else "FAIL"
        print(f"  ratio sender / {label:<13} = {ratio:.2f}  (bar >= {BAR}: {verdict})")
    # Where the time goes: preparing (DB reads + render + compose) runs on a worker thread
    # while the main thread waits on SMTP; under the GIL the two overlap only partly.
    print(f"  per message: prepare {1000 * envelope_s / N:.2f} ms, "
          f"SMTP (bytes) {1000 * raw['bytes'] / N:.2f} ms, sender {1000 * sender_s / N:.2f} ms")


def run(app: App, port: int, sink: Sink) -> None:
    now = datetime.now(UTC)
    model = template_row(app, now)
    sender = Sender(app, SmtpTransport(HOST, port, local_hostname=LOCAL))
    try:
        # Warm-up: the intake's own offers plus a small batch compile templates, open the
        # connection and load Babel data before anything is timed.
        fill_outbox(app, model, now, 20)
        sender.drain(now)
        envelope = sample_envelope(app, sender, now)
        time_raw(port, sink, envelope, 20, as_message=True)
        # Rounds alternate, so a slow patch of the machine hits every side alike.
        sender_times: list[float] = []
        raw_times: dict[str, list[float]] = {"message": [], "bytes": []}
        for _ in range(ROUNDS):
            raw_times["message"].append(time_raw(port, sink, envelope, N, as_message=True))
            raw_times["bytes"].append(time_raw(port, sink, envelope, N, as_message=False))
            sender_times.append(time_sender(app, sender, sink, model, now, N))
        raw = {k: statistics.median(v) for k, v in raw_times.items()}
        envelope_s = time_envelopes(app, sender, now, N)
    finally:
        sender.transport.close()
    report(statistics.median(sender_times), raw, envelope_s, len(envelope.data))


def main() -> None:
    port = free_port()
    sink = Sink(port)
    sink.start()
    tmp = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    try:
        app = make_app(tmp)
        try:
            run(app, port, sink)
        finally:
            app.engine.dispose()
    finally:
        sink.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
