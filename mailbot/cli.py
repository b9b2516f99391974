"""The ``mailbot`` command. Adapters only: parse arguments, call handlers, print results."""

from __future__ import annotations

import csv
import functools
import json
import logging
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from mailbot.app import App, Config, build_app, load_config
from mailbot.errors import ConfigError, InputError, MailbotError, NotFound

log = logging.getLogger("mailbot")


class Ctx:
    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self._config: Config | None = None
        self._app: App | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_dir)
            self._log_as_configured(self._config)
        return self._config

    def _log_as_configured(self, config: Config) -> None:
        from mailbot.logs import configure
        wanted = config.settings.file.logging
        verbose = logging.getLogger().level <= logging.INFO
        configure(wanted.format, "info" if verbose and wanted.level != "debug"
                  else wanted.level)

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = build_app(self.config)
        return self._app

    def at(self, value: str | None) -> datetime:
        """``--now`` as an aware UTC time (naive values are in the configured timezone)."""
        return parse_now(value, self.config.settings.file.mailbot.timezone)


def friendly(fn):
    """Turn Mailbot's own errors into a clear message and exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            sys.exit(1)
        except MailbotError as exc:
            click.echo(f"error: {exc.admin_message()}", err=True)
            sys.exit(1)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("config"), show_default=True, help="Folder with mailbot.toml, "
              "rules.toml and the partner directory.")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
@click.pass_context
def cli(ctx: click.Context, config_dir: Path, verbose: bool) -> None:
    """Mailbot: email-first lead distribution to channel partners."""
    from mailbot.logs import configure
    configure(level="info" if verbose else "warning")
    ctx.obj = Ctx(config_dir)


def main() -> None:
    cli(prog_name="mailbot")


def parse_now(value: str | None, tz: str) -> datetime:
    """An ISO time; without an offset it is read in the configured timezone."""
    if not value:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--now: not an ISO date/time: {value!r} "
                         "(expected e.g. 2026-11-23T09:00)") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(tz))
    return parsed.astimezone(UTC)


# --- check / db ----------------------------------------------------------------------------

@cli.command()
@click.pass_obj
@friendly
def check(obj: Ctx) -> None:
    """Validate every config file; print each problem as `file: key: problem (expected …)`."""
    from mailbot.outbound.checks import template_problems
    from mailbot.outbound.render import Renderer
    from mailbot.summary import config_summary
    config = obj.config
    problems = template_problems(Renderer(config.settings.config_dir / "templates"))
    if problems:
        raise ConfigError(problems)
    click.echo(config_summary(config))


@cli.group()
def db() -> None:
    """Database schema (Alembic migrations)."""


@db.command("upgrade")
@click.pass_obj
@friendly
def db_upgrade(obj: Ctx) -> None:
    """Apply all migrations to the configured database."""
    from mailbot.store.db import current_revision, make_engine, upgrade
    engine = make_engine(obj.config.settings.database_url)
    upgrade(engine)
    click.echo(f"database at revision {current_revision(engine)}: "
               f"{engine.url.render_as_string(hide_password=True)}")


# --- leads ---------------------------------------------------------------------------------

@cli.group()
def lead() -> None:
    """Add, import, show and explain leads."""


@lead.command("add")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--now", help="Pretend it is this time (ISO, default: now).")
@click.pass_obj
@friendly
def lead_add(obj: Ctx, file, now: str | None) -> None:
    """Add leads from a JSON file (an object or a list of objects); '-' reads stdin."""
    from mailbot.handlers.lead_received import parse_lead, receive_lead
    try:
        data = json.load(file)
    except json.JSONDecodeError as exc:
        raise InputError(f"{file.name}: not valid JSON: {exc}") from None
    items = data if isinstance(data, list) else [data]
    at = obj.at(now)
    failed = 0
    for i, item in enumerate(items):
        where = f"{file.name}[{i}]" if isinstance(data, list) else file.name
        try:
            intake = receive_lead(obj.app, parse_lead(item, where), at)
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        click.echo(_intake_line(intake))
    if failed:
        sys.exit(1)


def _intake_line(intake) -> str:
    if not intake.created:
        return f"{intake.ref}: already known (same external_id), state {intake.state}"
    if intake.missing:
        return f"{intake.ref}: rejected, missing {', '.join(intake.missing)}"
    if intake.offered_to:
        return f"{intake.ref}: {intake.state}, wave 1 → {', '.join(intake.offered_to)}"
    return f"{intake.ref}: {intake.state} (no eligible partner)"


@lead.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--now", help="Pretend it is this time (ISO, default: now).")
@click.pass_obj
@friendly
def lead_import(obj: Ctx, file: Path, now: str | None) -> None:
    """Import leads from CSV (one lead per row, header = lead field names).

    Good rows are kept; bad rows are listed with their row number.
    """
    from mailbot.handlers.lead_received import parse_lead, receive_lead
    at = obj.at(now)
    with file.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    errors, done = [], 0
    with click.progressbar(rows, label=f"importing {file.name}", file=sys.stderr) as bar:
        for row_no, row in enumerate(bar, start=2):
            data = {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
            try:
                receive_lead(obj.app, parse_lead(data, f"{file.name}: row {row_no}"), at,
                             channel="csv")
                done += 1
            except InputError as exc:
                errors.append(str(exc))
    click.echo(f"imported {done} lead(s), {len(errors)} row(s) with errors")
    for err in errors:
        click.echo(err, err=True)
    if errors:
        sys.exit(1)


def _lead_id(value: str) -> int:
    raw = value.upper().removeprefix("L-")
    if not raw.isdigit():
        raise InputError(f"not a lead id: {value!r} (expected e.g. L-12 or 12)")
    return int(raw)


@lead.command("show")
@click.argument("lead_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
@friendly
def lead_show(obj: Ctx, lead_id: str, as_json: bool) -> None:
    """Show a lead: state, offers and timeline."""
    from mailbot.summary import lead_details, lead_text
    details = lead_details(obj.app, _lead_id(lead_id))
    click.echo(json.dumps(details, indent=2, ensure_ascii=False) if as_json
               else lead_text(details))


@lead.command("explain")
@click.argument("lead_id")
@click.option("--now", help="Rank as of this time (ISO, default: now).")
@click.pass_obj
@friendly
def lead_explain(obj: Ctx, lead_id: str, now: str | None) -> None:
    """Rank partners for a lead and show every factor and exclusion."""
    from mailbot.summary import explain_text
    at = obj.at(now)
    click.echo(explain_text(obj.app, _lead_id(lead_id), at))


@cli.group()
def partner() -> None:
    """Partners from the directory."""


@partner.command("list")
@click.pass_obj
@friendly
def partner_list(obj: Ctx) -> None:
    """List partners with level, type, region, load and status."""
    from mailbot.summary import partner_table
    click.echo(partner_table(obj.app, datetime.now(UTC)))


# --- time ----------------------------------------------------------------------------------

@partner.command("deal")
@click.argument("partner_id")
@click.option("--company", default="", help="The customer of the deal.")
@click.option("--amount", type=click.FLOAT, help="Deal amount.")
@click.option("--currency", default="", help="ISO 4217 code, e.g. EUR.")
@click.option("--note", default="")
@click.option("--now", help="Pretend it is this time (ISO, default: now).")
@click.pass_obj
@friendly
def partner_deal(obj: Ctx, partner_id: str, company: str, amount: float | None, currency: str,
                 note: str, now: str | None) -> None:
    """Register a deal the partner found themselves (lifts a reverse-deal cooldown)."""
    from decimal import Decimal

    from mailbot.handlers.own_deals import register_own_deal
    from mailbot.store import models as m
    app = obj.app
    with app.sessions() as session:
        if session.get(m.Partner, partner_id) is None:
            raise NotFound(f"no partner {partner_id!r} (see `mailbot partner list`)")
    deal = register_own_deal(app, partner_id, obj.at(now), contact_id=None, company=company,
                             amount=Decimal(str(amount)) if amount is not None else None,
                             currency=currency, note=note, via="admin")
    click.echo(f"own deal #{deal.id} registered for {partner_id}")


@cli.command()
@click.option("--now", help="Run what is due at this time (ISO; default: now).")
@click.pass_obj
@friendly
def tick(obj: Ctx, now: str | None) -> None:
    """Run everything due at one instant once (escalations, …)."""
    from mailbot.handlers.due_work import due_work
    at = obj.at(now)
    click.echo(due_work(obj.app, at).summary())


@cli.command()
@click.option("--now", help="Send what is due at this time (ISO; default: now).")
@click.pass_obj
@friendly
def send(obj: Ctx, now: str | None) -> None:
    """Send every due email in the outbox once (SMTP, or the built-in capture), then post
    the due webhook events."""
    from mailbot.outbound.sender import Sender
    from mailbot.outbound.webhooks import WebhookSender
    at = obj.at(now)
    sender = Sender(obj.app, obj.app.transport())
    hooks = WebhookSender(obj.app)

    def stop(signum, frame) -> None:  # finish the email in flight, give back the rest
        sender.stopping = hooks.stopping = True

    signal.signal(signal.SIGTERM, stop)
    clock = (lambda: at) if now else (lambda: datetime.now(UTC))
    try:
        report = sender.drain(at, clock=clock)
    finally:
        sender.transport.close()
    click.echo(report.summary())
    for error in report.errors:
        click.echo(f"failed {error}", err=True)
    hooks.warn_unconfigured()
    if obj.app.settings.file.webhooks:
        for posted in hooks.drain_batches(clock):
            click.echo(f"webhooks: {posted.summary()}")
            for error in posted.errors:
                click.echo(f"webhook failed {error}", err=True)


@cli.command()
@click.argument("who")
@click.pass_obj
@friendly
def resubscribe(obj: Ctx, who: str) -> None:
    """Send WHO (a manager id or a contact's address) their digest or weekly summary again
    after they unsubscribed with the email's link."""
    from mailbot.handlers.subscriptions import resubscribe as undo
    try:
        click.echo(undo(obj.app, who, datetime.now(UTC)))
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None


@cli.group()
def webhooks() -> None:
    """Webhook queue maintenance."""


@webhooks.command("drop")
@click.argument("name")
@click.pass_obj
@friendly
def webhooks_drop(obj: Ctx, name: str) -> None:
    """Give up the undelivered events of webhook NAME, once it is removed from the config
    (until then they wait: adding it back sends them)."""
    from mailbot.outbound.webhooks import WebhookSender
    try:
        dropped = WebhookSender(obj.app).drop(name, datetime.now(UTC))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"webhook {name}: {dropped} undelivered event(s) dropped")


@cli.command()
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "failed", "skipped",
                                             "all"]), default="all", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
@friendly
def outbox(obj: Ctx, status: str, limit: int) -> None:
    """List outbox emails with their state, attempts and the last error."""
    from mailbot.summary import outbox_table
    click.echo(outbox_table(obj.app, status, limit))


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--now", help="Pretend it is this time (ISO, default: now).")
@click.pass_obj
@friendly
def ingest(obj: Ctx, files: tuple[Path, ...], now: str | None) -> None:
    """Store and process .eml files like mail received by SMTP or IMAP."""
    from mailbot.handlers.mail_received import ingest as ingest_mail
    at = obj.at(now)
    for path in files:
        done = ingest_mail(obj.app, path.read_bytes(), via="file", now=at)
        click.echo(f"{path}: #{done.id} {done.status} {done.kind} {done.reason}".rstrip())


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the JSON object (default).")
@click.option("--now", help="Read relative to this time (ISO, default: now).")
@click.pass_obj
@friendly
def parse(obj: Ctx, file: Path, as_json: bool, now: str | None) -> None:
    """Show how an .eml file would be read; changes nothing."""
    from mailbot.handlers.mail_received import read
    found = read(obj.app, file.read_bytes(), obj.at(now))
    click.echo(json.dumps(found.as_json(), ensure_ascii=False))


_INBOX_STATUS = click.option(
    "--status", type=click.Choice(["received", "processed", "ignored", "quarantined", "failed",
                                   "all"]), default="all", show_default=True)
_INBOX_LIMIT = click.option("--limit", type=int, default=50, show_default=True)


@cli.group(invoke_without_command=True)
@_INBOX_STATUS
@_INBOX_LIMIT
@click.pass_context
def inbox(ctx: click.Context, status: str, limit: int) -> None:
    """Received email: list (the default), show and reprocess (quarantined, ignored,
    failed)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(inbox_list, status=status, limit=limit)


@inbox.command("list")
@_INBOX_STATUS
@_INBOX_LIMIT
@click.pass_obj
@friendly
def inbox_list(obj: Ctx, status: str, limit: int) -> None:
    """List received emails, newest first, with what was done and why."""
    from mailbot.summary import inbox_table
    click.echo(inbox_table(obj.app, status, limit))


@inbox.command("show")
@click.argument("inbound_id", type=int)
@click.option("--raw", is_flag=True, help="Print the stored message as received.")
@click.pass_obj
@friendly
def inbox_show(obj: Ctx, inbound_id: int, raw: bool) -> None:
    """One received email: headers, what it was read as, status and reason."""
    from mailbot.summary import inbox_message
    click.echo(inbox_message(obj.app, inbound_id, raw))


@inbox.command("reprocess")
@click.argument("inbound_ids", type=int, nargs=-1, required=True)
@click.option("--now", help="Pretend it is this time (ISO, default: now).")
@click.pass_obj
@friendly
def inbox_reprocess(obj: Ctx, inbound_ids: tuple[int, ...], now: str | None) -> None:
    """Process stored emails again (after fixing the directory or a bug)."""
    from mailbot.handlers.mail_received import reprocess
    at = obj.at(now)
    for inbound_id in inbound_ids:
        done = reprocess(obj.app, inbound_id, at)
        click.echo(f"#{inbound_id}: {done.status} {done.kind} {done.reason}".rstrip())


@cli.command()
@click.option("--manager", "manager_id", required=True, help="Manager id from the directory.")
@click.option("--now", help="The digest's end (ISO; default: now).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the HTML here (and the CSV next to it) instead of printing text.")
@click.option("--queue", is_flag=True, help="Put it in the outbox to be sent.")
@click.pass_obj
@friendly
def digest(obj: Ctx, manager_id: str, now: str | None, out: Path | None, queue: bool) -> None:
    """Render one manager's KPI digest on demand (it is also sent on their schedule)."""
    from mailbot.handlers import digest as digests
    from mailbot.store import models as m
    from mailbot.store.db import unit_of_work
    at = obj.at(now)
    email, csv_bytes = digests.render(obj.app, manager_id, at)
    if out:
        out.write_text(email.html, encoding="utf-8")
        out.with_suffix(".csv").write_bytes(csv_bytes)
        click.echo(f"{email.subject}\nHTML written to {out} ({len(email.html.encode()) / 1024:.1f}"
                   f" KB), CSV to {out.with_suffix('.csv')}")
    else:
        click.echo(f"Subject: {email.subject}\n\n{email.text}")
    if queue:
        with unit_of_work(obj.app.sessions) as session:
            row = digests.queue(session, obj.app, session.get(m.Manager, manager_id), at)
            session.flush()
            click.echo(f"queued as outbox #{row.id}")


@cli.command("export")
@click.argument("kind", type=click.Choice(["leads", "events", "partners"]))
@click.option("--since", help="Only rows from this time on (ISO; naive times are in the "
              "configured timezone): leads updated, events that happened at or after it. "
              "Ignored for partners, which are exported as they are now. Default: everything.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv",
              show_default=True, help="CSV with a header row, or one JSON object per line.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (replaced only once complete; default: stdout).")
@click.pass_obj
@friendly
def export_cmd(obj: Ctx, kind: str, since: str | None, fmt: str, out: Path | None) -> None:
    """Export leads, their timeline events or partners for a CRM or BI tool.

    UTF-8; times in UTC as ISO 8601 ending in Z, amounts as plain decimal strings; in CSV,
    lists and objects are JSON text. Rows are streamed, so any size fits in memory.
    Only the data goes to stdout; the count goes to stderr.
    """
    import io
    import os

    from mailbot.store.exports import export
    try:
        since_at = obj.at(since) if since else None
    except InputError:
        raise InputError(f"--since: not an ISO date/time: {since!r} "
                         "(expected e.g. 2026-11-01 or 2026-11-01T09:00)") from None
    app = obj.app
    pick_lock = app.rules.pick_lock
    locked_before = (datetime.now(UTC) - pick_lock.overdue_by) if pick_lock.enabled else None

    def run(fh) -> int:
        with app.engine.connect() as conn:
            return export(conn, kind, fmt, fh, since=since_at, locked_before=locked_before)

    if out is None:
        stdout = io.TextIOWrapper(click.get_binary_stream("stdout"), encoding="utf-8",
                                  newline="")
        try:
            count = run(stdout)
            stdout.flush()
        except BrokenPipeError:  # `mailbot export … | head`: the reader has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        finally:
            stdout.detach()
        click.echo(f"exported {count} {kind} to stdout", err=True)
        return
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")  # a reader never sees half a file
    try:
        fh = tmp.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"--out: cannot write {out}: {exc.strerror}") from None
    try:
        with fh:
            count = run(fh)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    click.echo(f"exported {count} {kind} to {out}", err=True)


@cli.command()
@click.argument("template")
@click.option("--lang", default="en", show_default=True,
              type=click.Choice(["en", "de", "fi", "sv", "ru"]))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the HTML here (default: print the text part).")
@click.pass_obj
@friendly
def preview(obj: Ctx, template: str, lang: str, out: Path | None) -> None:
    """Render an email template with sample data (TEMPLATE: offer, lead_details, …)."""
    from mailbot.outbound.emails import EMAILS, sample_context
    from mailbot.outbound.render import Renderer
    if template not in EMAILS:
        raise InputError(f"unknown template {template!r} (expected one of: "
                         f"{', '.join(EMAILS)})")
    renderer = Renderer(obj.config_dir / "templates")
    base = obj.config.settings.file.mailbot.public_base_url
    email = renderer.render_email(template, lang, sample_context(template, base))
    if out:
        out.write_text(email.html, encoding="utf-8")
        click.echo(f"{email.subject}\nHTML written to {out} "
                   f"({len(email.html.encode()) / 1024:.1f} KB)")
    else:
        click.echo(f"Subject: {email.subject}\n\n{email.text}")


@cli.command()
@click.pass_obj
@friendly
def run(obj: Ctx) -> None:
    """Run Mailbot: the scheduler ticks due work until stopped (Ctrl-C)."""
    from mailbot.scheduler import run_forever
    obj.config.settings.require_production_secrets()
    run_forever(obj.app)


@cli.command()
@click.option("--leads", "leads_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), default=Path("examples/leads.json"), show_default=True)
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Afterwards keep running (web + scheduler) so you can look at the mail.")
@click.pass_obj
@friendly
def demo(obj: Ctx, leads_file: Path, serve: bool) -> None:
    """Add sample leads, simulate a day (waves, an accept, escalation), send the emails."""
    from mailbot.demo import run_demo
    run_demo(obj.app, leads_file, click.echo)
    if serve:
        from mailbot.scheduler import run_forever
        run_forever(obj.app)
