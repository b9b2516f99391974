"""APScheduler 3.x ticks; all decisions stay in handlers.due_work, all due times in the DB.

A restart loses nothing: a missed tick simply finds more due rows next time.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from mailbot.app import App
from mailbot.handlers.due_work import due_work

log = logging.getLogger(__name__)


def tick(app: App) -> None:
    report = due_work(app, datetime.now(UTC))
    if report.escalated or report.unclaimed:
        log.info("tick: %s", report.summary())


def make_scheduler(app: App) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(tick, "interval", seconds=app.settings.file.scheduler.tick_seconds,
                      args=[app], id="due_work", max_instances=1, coalesce=True,
                      next_run_time=datetime.now(UTC))
    return scheduler


def run_forever(app: App) -> None:
    """Run the scheduler on an asyncio loop until SIGINT/SIGTERM."""
    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        scheduler = make_scheduler(app)
        scheduler.start()
        log.warning("mailbot running: ticking every %ss (Ctrl-C to stop)",
                    app.settings.file.scheduler.tick_seconds)
        await stop.wait()
        scheduler.shutdown(wait=True)
        log.warning("mailbot stopped")

    asyncio.run(main())
