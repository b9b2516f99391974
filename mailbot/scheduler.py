"""``mailbot run``: the web server, the scheduler tick and the outbox sender on one asyncio loop.

APScheduler 3.x only ticks; all decisions stay in handlers.due_work and all due times
in the database, so a restart loses nothing: a missed tick simply finds more due rows.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any

import uvicorn
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from mailbot.app import App
from mailbot.handlers.due_work import due_work
from mailbot.inbound.page_cache import listen_for_changes
from mailbot.outbound.sender import Sender
from mailbot.outbound.webhooks import WebhookSender

log = logging.getLogger(__name__)


def tick(app: App) -> None:
    report = due_work(app, datetime.now(UTC))
    if report:
        log.info("tick: %s", report.summary())


def send(sender: Sender) -> None:
    report = sender.drain(datetime.now(UTC), clock=lambda: datetime.now(UTC))
    if report.sent or report.failed or report.retried:
        log.info("outbox: %s", report.summary())
    for error in report.errors:
        log.error("outbox: %s", error)


def post_webhooks(hooks: WebhookSender) -> None:
    for report in hooks.drain_batches(lambda: datetime.now(UTC)):
        if report.delivered or report.failed or report.retried:
            log.info("webhooks: %s", report.summary())


def make_scheduler(app: App, sender: Sender,
                   hooks: WebhookSender | None = None) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone=UTC)
    now = datetime.now(UTC)
    scheduler.add_job(tick, "interval", seconds=app.settings.file.scheduler.tick_seconds,
                      args=[app], id="due_work", max_instances=1, coalesce=True,
                      next_run_time=now)
    scheduler.add_job(send, "interval", seconds=app.settings.file.outbox.poll_seconds,
                      args=[sender], id="outbox", max_instances=1, coalesce=True,
                      next_run_time=now)
    if hooks is not None and app.settings.file.webhooks:
        scheduler.add_job(post_webhooks, "interval", args=[hooks], id="webhooks",
                          seconds=app.settings.file.outbox.poll_seconds, max_instances=1,
                          coalesce=True, next_run_time=now)
    # Link opens gathered by an idle web server are written at least this often.
    scheduler.add_job(app.opens.flush, "interval", seconds=5, id="link_opens",
                      max_instances=1, coalesce=True)
    # Mail stored but not processed (the process stopped in between) is picked up here.
    scheduler.add_job(process_stored, "interval", seconds=60, args=[app], id="inbound",
                      max_instances=1, coalesce=True, next_run_time=now)
    return scheduler


def process_stored(app: App) -> None:
    from mailbot.handlers.mail_received import process_pending
    for done in process_pending(app, datetime.now(UTC)):
        log.info("inbound #%s processed late: %s %s", done.id, done.status, done.reason)


def start_imap(app: App) -> tuple[threading.Event, threading.Thread] | None:
    """The IMAP poller in its own thread (imapclient blocks); None when not configured."""
    if not app.settings.file.imap.host:
        return None
    from mailbot.inbound.imap import ImapPoller, Mailbox
    stop = threading.Event()
    poller = ImapPoller(app, Mailbox.from_settings(app))
    thread = threading.Thread(target=poller.run, args=[stop], name="imap", daemon=True,
                              kwargs={"poll_seconds": app.settings.file.imap.poll_seconds})
    thread.start()
    return stop, thread


def web_server(app: App, asgi=None, *, host: str | None = None,
               port: int | None = None) -> uvicorn.Server:
    """The uvicorn server ``mailbot run`` uses (bench/links.py measures this very one).

    httptools parses HTTP when installed (uvicorn[standard]); the loop is the caller's.
    Signals are left to the caller, who stops the scheduler and sender first.
    """
    from mailbot.inbound.web import create_app

    web = app.settings.file.web
    config = uvicorn.Config(asgi or create_app(app), host=host or web.host,
                            port=port or web.port, log_level="warning", lifespan="off",
                            access_log=False, backlog=1024)
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    return server


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """Run on uvloop when it is installed (faster sockets for web and SMTP), else asyncio."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
    else:
        uvloop.run(main)


def run_forever(app: App) -> None:
    """Serve and tick until SIGINT/SIGTERM; then finish the current email and stop."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        sender = Sender(app, app.transport())
        hooks = WebhookSender(app)
        hooks.warn_unconfigured()  # also when the removed webhook was the last one
        scheduler = make_scheduler(app, sender, hooks)
        web = app.settings.file.web
        server = web_server(app)
        serving = asyncio.create_task(server.serve())
        notices = listen_for_changes(app)  # PostgreSQL: other instances' changes
        receiver = None
        if app.settings.file.receiver.enabled:
            from mailbot.inbound.smtp import Receiver
            receiver = Receiver(app)
            await receiver.start()
            log.warning("mailbot receiving %s on %s:%s", "LMTP" if receiver.lmtp else "SMTP",
                        receiver.host, receiver.port)
        imap = start_imap(app)
        scheduler.start()
        log.warning("mailbot running: web on http://%s:%s%s, tick every %ss (Ctrl-C stops)",
                    web.host, web.port, "" if app.settings.file.smtp.host else
                    " (captured mail at /_mail)", app.settings.file.scheduler.tick_seconds)
        await stop.wait()
        sender.stopping = hooks.stopping = True  # each finishes the message in hand
        if receiver is not None:
            await receiver.stop()  # finishes the messages being processed
        if imap is not None:
            imap[0].set()  # the poller finishes its current message
            await asyncio.to_thread(imap[1].join, 60)
        scheduler.shutdown(wait=True)
        server.should_exit = True
        await serving
        if notices is not None:
            await asyncio.to_thread(notices.stop)
        app.opens.flush()
        sender.transport.close()
        log.warning("mailbot stopped")

    run_loop(main())
