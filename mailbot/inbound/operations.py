"""``/healthz`` and ``/metrics``: what a load balancer and Prometheus ask.

``/healthz`` answers 200 when the database answers and the configured mail servers
accept a connection (SMTP greets, IMAP greets), else 503, with one entry per check. The
mail checks are remembered for ``CACHE`` seconds: a balancer asking every second does
not open a connection to the mail provider every second.
"""

from __future__ import annotations

import imaplib
import smtplib
import ssl
import time
from collections.abc import Callable

import anyio.to_thread
from sqlalchemy import text
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mailbot import metrics
from mailbot.app import App

CACHE = 10.0
TIMEOUT = 3.0


def check_database(app: App) -> str:
    with app.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return "ok"


def check_smtp(app: App) -> str:
    smtp = app.settings.file.smtp
    if not smtp.host:
        return "ok (built-in capture)"
    cls = smtplib.SMTP_SSL if smtp.security == "tls" else smtplib.SMTP
    with cls(smtp.host, smtp.port, timeout=TIMEOUT, local_hostname="mailbot") as client:
        code, _ = client.noop()
    if code != 250:
        raise OSError(f"NOOP answered {code}")
    return f"ok ({smtp.host}:{smtp.port})"


def check_imap(app: App) -> str:
    imap = app.settings.file.imap
    if not imap.host:
        return "ok (not configured)"
    if imap.ssl:
        client = imaplib.IMAP4_SSL(imap.host, imap.port, timeout=TIMEOUT,
                                   ssl_context=ssl.create_default_context())
    else:
        client = imaplib.IMAP4(imap.host, imap.port, timeout=TIMEOUT)
    client.shutdown()  # the greeting was read: the server is there
    return f"ok ({imap.host}:{imap.port})"


CHECKS: dict[str, Callable[[App], str]] = {
    "database": check_database, "smtp": check_smtp, "imap": check_imap}


class Health:
    def __init__(self, app: App, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.clock = clock
        self.cached: dict[str, tuple[float, dict]] = {}

    def run(self) -> tuple[bool, dict]:
        results = {}
        for name, check in CHECKS.items():
            hit = self.cached.get(name)
            if hit and name != "database" and self.clock() - hit[0] < CACHE:
                results[name] = hit[1]
                continue
            started = time.perf_counter()
            try:
                result = {"ok": True, "detail": check(self.app)}
            except Exception as exc:  # noqa: BLE001 - every failure is a health answer
                result = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"[:300]}
            result["ms"] = round((time.perf_counter() - started) * 1000, 1)
            self.cached[name] = (self.clock(), result)
            results[name] = result
        return all(r["ok"] for r in results.values()), results


def operation_routes(app: App) -> list[Route]:
    health = Health(app)
    registry = metrics.registry(app.engine,
                                tuple(h.name for h in app.settings.file.webhooks))

    async def healthz(request: Request) -> Response:
        ok, checks = await anyio.to_thread.run_sync(health.run)
        return JSONResponse({"status": "ok" if ok else "fail", "checks": checks},
                            status_code=200 if ok else 503,
                            headers={"Cache-Control": "no-store"})

    async def scrape(request: Request) -> Response:
        body = await anyio.to_thread.run_sync(metrics.render, registry)
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    return [Route("/healthz", healthz, methods=["GET", "HEAD"]),
            Route("/metrics", scrape)]
