"""``mailbot demo``: a guided tour on the embedded default (SQLite, no mail server)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from mailbot.app import App
from mailbot.handlers.due_work import due_work
from mailbot.handlers.lead_received import parse_lead, receive_lead
from mailbot.handlers.partner_actions import accept_offer, report_status
from mailbot.outbound.sender import Sender
from mailbot.store import models as m
from mailbot.summary import lead_details, lead_text


def run_demo(app: App, leads_file: Path, say: Callable[[str], None]) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    say(f"database: {app.settings.database_url}")
    items = json.loads(leads_file.read_text(encoding="utf-8"))
    intakes = []
    for i, item in enumerate(items):
        intake = receive_lead(app, parse_lead(item, f"{leads_file.name}[{i}]"), now,
                              channel="demo")
        intakes.append(intake)
        state = "rejected: missing " + ", ".join(intake.missing) if intake.missing else \
            intake.state
        say(f"{intake.ref}: {state}" + (f" → wave 1: {', '.join(intake.offered_to)}"
                                         if intake.offered_to else ""))
    offered = [i for i in intakes if i.offered_to and i.created]
    if offered:
        first = offered[0]
        with app.sessions() as session:
            offer = session.scalars(select(m.Offer).where(m.Offer.lead_id == first.lead_id)
                                    .order_by(m.Offer.score.desc())).first()
            contact = session.scalars(select(m.Contact).where(
                m.Contact.partner_id == offer.partner_id)).first()
        at = now + timedelta(hours=1)
        result = accept_offer(app, offer.id, contact.id, at, channel="demo")
        say(f"\n+1h: {contact.name} ({offer.partner_id}) accepts {first.ref}: {result.outcome}")
        report_status(app, first.lead_id, contact.id, "contacted", at + timedelta(hours=20),
                      note="Called the customer, meeting next week", channel="demo")
        say(f"+21h: {contact.name} reports 'contacted'")
    later = now + timedelta(days=2)
    report = due_work(app, later)
    say(f"\n+2d: scheduler tick: {report.summary()}")
    for intake in offered:
        say("\n" + lead_text(lead_details(app, intake.lead_id)))
    sender = Sender(app, app.transport())
    report = sender.drain(later)
    sender.transport.close()
    with app.sessions() as session:
        queued = session.scalar(select(func.count()).select_from(m.OutboundMessage))
    say(f"\noutbox: {queued} email(s); {report.summary()}")
    web = app.settings.file.web
    if app.settings.file.smtp.host:
        say(f"mail went to {app.settings.file.smtp.host}:{app.settings.file.smtp.port}")
    else:
        say(f"mail was captured in {app.settings.capture_dir}: while `mailbot run` (or this "
            f"demo) runs, open http://{web.host}:{web.port}/_mail to read it")
    say("try: mailbot lead explain " + (offered[0].ref if offered else "L-1")
        + "   ·   mailbot outbox   ·   mailbot preview offer --lang de")
