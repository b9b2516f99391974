"""Manager digests on both databases: the right partners per scope, the numbers of a
hand-computed week, the CSV, the size, and the schedule that sends them."""

from __future__ import annotations

import csv
import io
import mailbox
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from mailbot.app import build_app, load_config
from mailbot.handlers import digest
from mailbot.handlers.due_work import due_work
from mailbot.handlers.partner_actions import accept_offer, decline_offer, report_status
from mailbot.outbound.sender import Sender
from mailbot.outbound.transport import CaptureTransport
from mailbot.store import models as m
from mailbot.store.db import make_engine
from tests.conftest import T0
from tests.integration.helpers import add_lead, offer_of

H, D = timedelta(hours=1), timedelta(days=1)
MANAGERS = """
  - id: north
    name: Nora
    email: nora@north.example
    role: distributor_manager
    organisation: dist-north
    timezone: Europe/Helsinki
    digest: {every: weekly, day: mon, time: "09:00"}
  - {id: south, name: Sven, email: sven@south.example, role: distributor_manager,
     organisation: dist-south, digest: {every: never}}
  - {id: gold-boss, name: Mikko, email: mikko.boss@fi-gold.example, role: reseller_manager,
     organisation: fi-gold, digest: {every: never}}
"""


@pytest.fixture(params=["sqlite", "postgres"])
def app(request, config_dir, tmp_path):
    partners = config_dir / "partners.yaml"
    partners.write_text(partners.read_text() + MANAGERS)
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'digest.db'}")
    else:
        engine = request.getfixturevalue("pg_engine_factory")()
    application = build_app(load_config(config_dir, environ={}), engine=engine)
    yield application
    engine.dispose()


def week(app):
    """Monday T0 to Monday T0 + 7 d, with everything timed by hand."""
    first = add_lead(app, T0 + H, company="Eka Oy").lead_id
    gold, aino = offer_of(app, first, "fi-gold")
    accept_offer(app, gold, aino, T0 + 3 * H)                       # TTP 2 h
    report_status(app, first, aino, "won", T0 + 3 * D, amount=Decimal("12000"),
                  currency="EUR")                                   # ADT 2.875 d
    second = add_lead(app, T0 + H, company="Toka Oy").lead_id
    plc, pia = offer_of(app, second, "fi-plc")
    accept_offer(app, plc, pia, T0 + 11 * H)                        # TTP 10 h
    report_status(app, second, pia, "lost", T0 + 5 * D)             # ADT 4.541 d
    third = add_lead(app, T0 + 2 * H, company="Kolmas Oy").lead_id
    decline_offer(app, *offer_of(app, third, "fi-gold"), T0 + 4 * H, reason="busy")
    german = add_lead(app, T0 + H, company="Deutsch GmbH", country="DE",
                      postal_code="80331").lead_id
    de_offer, stefan = offer_of(app, german, "de-gold")
    accept_offer(app, de_offer, stefan, T0 + 2 * H)
    report_status(app, german, stefan, "won", T0 + 2 * D, amount=Decimal("8000"),
                  currency="EUR")
    return first, second, third, german


def partners_in(data) -> set[str]:
    return {p["partner"] for p in data["partners"]}


def headline(data) -> dict:
    return {h["key"]: h["value"] for h in data["headline"]}


def test_scopes_show_the_right_partners_only(app):
    week(app)
    now = T0 + 7 * D
    every = {"fi-gold", "fi-silver", "fi-small", "fi-plc", "fi-extra", "de-gold"}
    assert partners_in(digest.build(app, "boss", now)) == every
    assert partners_in(digest.build(app, "pam-fi", now)) == every - {"de-gold"}
    # a distributor's manager sees their own resellers, never the other distributor's
    assert partners_in(digest.build(app, "north", now)) == every - {"de-gold"}
    assert partners_in(digest.build(app, "south", now)) == {"de-gold"}


def test_a_reseller_manager_sees_their_own_reps(app):
    week(app)
    data = digest.build(app, "gold-boss", T0 + 7 * D)
    assert data["rows_are"] == "reps"
    rows = {p["name"]: p for p in data["partners"]}
    assert set(rows) == {"Aino", "Mikko"}
    assert (rows["Aino"]["accepted"], rows["Aino"]["won"]) == (1, 1)
    assert rows["Aino"]["declined"] == 1 and rows["Mikko"]["won"] == 0
    assert headline(data)["ads"] == 12000.0
    email, _ = digest.render(app, "gold-boss", T0 + 7 * D)
    assert "Your sales reps" in email.html


def test_the_week_by_hand(app):
    week(app)
    data = digest.build(app, "pam-fi", T0 + 7 * D)
    k = headline(data)
    assert k["cr"] == 0.5                                     # 1 won, 1 lost
    assert k["ttp_hours"] == pytest.approx(6.0)              # median of 2 h and 10 h
    assert k["adt_days"] == pytest.approx((2.875 + 4 + 13 / 24) / 2)
    assert k["ads"] == 12000.0
    assert k["pli"] == 0.0                                    # nothing open, 12 000 won
    scope = data["scope"]
    assert (scope["accepted"], scope["won"], scope["lost"], scope["declined"]) == (2, 1, 1, 1)
    rows = {p["partner"]: p for p in data["partners"]}
    assert rows["fi-gold"]["won_value"] == {"EUR": 12000.0} and rows["fi-plc"]["lost"] == 1
    # the previous week was empty: no trend to show
    assert all(h["trend"] == "" for h in data["headline"])
    germany = headline(digest.build(app, "south", T0 + 7 * D))
    assert germany["cr"] == 1.0 and germany["ads"] == 8000.0


def test_csv_parses_and_the_html_is_small(app):
    week(app)
    email, data = digest.render(app, "boss", T0 + 7 * D)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["partner"] for r in rows} >= {"fi-gold", "de-gold"}
    gold = next(r for r in rows if r["partner"] == "fi-gold")
    assert (gold["won"], gold["won_value"], gold["name"]) == ("1", "12000.00 EUR", "FI Gold Oy")
    assert len(email.html.encode()) < 100 * 1024
    assert "Eka Oy" not in email.html  # the digest reports partners, not customers' data
    assert "<svg" not in email.html and "<script" not in email.html


def test_unclaimed_leads_are_listed_with_a_one_click_link(app):
    lonely = add_lead(app, T0, company="Yksin Oy", exclude_partners=[
        "fi-gold", "fi-silver", "fi-small", "fi-plc", "fi-extra"]).lead_id
    later = add_lead(app, T0 + H, company="Myöhään Oy", exclude_partners=[
        "fi-gold", "fi-silver", "fi-small", "fi-plc", "fi-extra"]).lead_id
    from mailbot.store import timeline
    with app.sessions.begin() as s:  # a note on the older lead must not make it "newer"
        timeline.note(s, s.get(m.Lead, lonely), "fresh_link", now=T0 + 5 * H,
                      actor="x", channel="web")
    data = digest.build(app, "pam-fi", T0 + D)
    actions = [a for a in data["actions"] if a["kind"] == "unclaimed"]
    assert [a["ref"] for a in actions] == [f"L-{lonely}", f"L-{later}"]
    assert actions[0]["since"] == T0.isoformat() and "/l/offer_all/" in actions[0]["url"]
    assert not [a for a in digest.build(app, "south", T0 + D)["actions"]
                if a["kind"] == "unclaimed"]  # a Finnish lead is not the German side's


def test_the_schedule_sends_it_through_the_outbox(app, tmp_path):
    week(app)
    with app.sessions() as s:
        north = s.get(m.Manager, "north")
        assert north.digest_due_at is not None and s.get(m.Manager, "south").digest_due_at \
            is None
        due = north.digest_due_at
    assert due.astimezone(north_tz()).strftime("%a %H:%M") == "Mon 09:00"
    assert due_work(app, due).digests == ["north"]
    assert not due_work(app, due).digests  # once
    with app.sessions() as s:
        assert s.get(m.Manager, "north").digest_due_at == due + 7 * D
    report = Sender(app, CaptureTransport(tmp_path / "mail")).drain(due)
    assert report.failed == 0, report.errors
    sent = [msg for msg in mailbox.Maildir(str(tmp_path / "mail"))
            if msg["To"] == "Nora <nora@north.example>"]
    assert len(sent) == 1
    parts = {p.get_content_type(): p for p in sent[0].walk()}
    assert {"text/plain", "text/html", "text/csv"} <= set(parts)
    assert parts["text/csv"].get_filename() == "digest.csv"
    assert sent[0]["List-Unsubscribe"] is None or "http" in sent[0]["List-Unsubscribe"]


def north_tz():
    from zoneinfo import ZoneInfo
    return ZoneInfo("Europe/Helsinki")


def test_cli_renders_one_on_demand(config_dir, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from mailbot.cli import cli
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    week(build_app(load_config(config_dir, environ={}), engine=make_engine(url)))
    monkeypatch.setenv("MAILBOT_DATABASE_URL", url)
    out = tmp_path / "digest.html"
    result = CliRunner().invoke(cli, ["--config", str(config_dir), "digest", "--manager",
                                      "pam-fi", "--now", (T0 + 7 * D).isoformat(),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and "fi-gold" in out.with_suffix(".csv").read_text("utf-8-sig")
    missing = CliRunner().invoke(cli, ["--config", str(config_dir), "digest", "--manager",
                                       "nobody"])
    assert missing.exit_code == 1 and "no manager 'nobody'" in missing.output


def test_opted_in_contacts_get_their_open_leads_on_monday_morning(app, config_dir, tmp_path):
    partners = config_dir / "partners.yaml"
    partners.write_text(partners.read_text().replace(
        "contacts: [{name: Pia, emails: [pia@fi-plc.example]}]",
        "contacts: [{name: Pia, emails: [pia@fi-plc.example], summary: weekly,\n"
        "                 timezone: Europe/Helsinki}]"))
    opted = build_app(load_config(config_dir, environ={}), engine=app.engine, migrate=False)
    with opted.sessions() as s:
        pia = s.scalar(select(m.Contact).where(m.Contact.key == "pia@fi-plc.example"))
        due = pia.summary_due_at
    assert due.astimezone(north_tz()).strftime("%a %H:%M") == "Mon 08:00"
    assert "pia@fi-plc.example" not in due_work(opted, due).digests  # nothing open: no mail
    lead = add_lead(opted, due, company="Auki Oy").lead_id
    offer_id, contact = offer_of(opted, lead, "fi-plc")
    accept_offer(opted, offer_id, contact, due)
    assert "pia@fi-plc.example" in due_work(opted, due + 7 * D).digests
    report = Sender(opted, CaptureTransport(tmp_path / "mail")).drain(due + 7 * D)
    assert report.failed == 0, report.errors
    sent = [msg for msg in mailbox.Maildir(str(tmp_path / "mail"))
            if msg["X-Mailbot-Kind"] == "open_leads"]
    assert len(sent) == 1 and sent[0]["To"].endswith("<pia@fi-plc.example>")
    text = sent[0].get_payload(0).get_payload(decode=True).decode()
    assert "Auki Oy" in text and text.count("/l/status/") == 5
    own_deal = re.search(r"(/l/own_deal/\S+)", text).group(1)  # the web form for own deals
    claims = opted.signer.verify("own_deal", own_deal.rsplit("/", 1)[1])
    assert claims.contact_id == contact


def _client(app):
    import warnings

    from mailbot.inbound.web import create_app
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient(create_app(app), base_url=app.settings.file.mailbot.public_base_url)


def _north(app) -> m.Manager:
    with app.sessions() as s:
        return s.get(m.Manager, "north")


def test_a_digest_unsubscribes_with_one_click_and_stays_off(app, config_dir, tmp_path):
    due = _north(app).digest_due_at
    assert "north" in due_work(app, due).digests
    assert Sender(app, CaptureTransport(tmp_path / "mail")).drain(due).failed == 0
    mail = next(msg for msg in mailbox.Maildir(str(tmp_path / "mail"))
                if msg["X-Mailbot-Kind"] == "digest")
    url = mail["List-Unsubscribe"].strip("<>")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = mail.get_payload(0).get_payload(1).get_payload(decode=True).decode()
    assert url in html and "Unsubscribe from these emails" in html  # a visible link too
    path = url.removeprefix(app.settings.file.mailbot.public_base_url)
    client = _client(app)
    page = client.get(path)  # a scanner or a preview: nothing changes
    assert page.status_code == 200 and "KPI digest" in page.text
    assert _north(app).digest_unsubscribed_at is None
    # RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click": no Origin, no token
    done = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "You are unsubscribed" in done.text
    north = _north(app)
    assert north.digest_unsubscribed_at is not None and north.digest_due_at is None
    assert "north" not in due_work(app, due + 7 * D).digests
    reloaded = build_app(load_config(config_dir, environ={}), engine=app.engine, migrate=False)
    assert _north(reloaded).digest_due_at is None  # a directory reload keeps the choice
    assert "You are unsubscribed" in client.post(path, data={"token": path.rsplit("/")[-1]}).text
    from mailbot.handlers.subscriptions import resubscribe
    assert "digest next at" in resubscribe(app, "north", due + 8 * D)
    assert _north(app).digest_due_at > due + 8 * D


def test_a_weekly_summary_unsubscribes_and_a_forged_one_is_refused(app, config_dir):
    partners = config_dir / "partners.yaml"
    partners.write_text(partners.read_text().replace(
        "contacts: [{name: Pia, emails: [pia@fi-plc.example]}]",
        "contacts: [{name: Pia, emails: [pia@fi-plc.example], summary: weekly}]"))
    opted = build_app(load_config(config_dir, environ={}), engine=app.engine, migrate=False)
    with opted.sessions() as s:
        pia = s.scalar(select(m.Contact).where(m.Contact.key == "pia@fi-plc.example"))
    assert pia.summary_due_at is not None
    client = _client(opted)
    base = opted.settings.file.mailbot.public_base_url
    path = opted.signer.url("unsubscribe", 0, pia.id, "summary").removeprefix(base)
    assert "viikoittaista koostetta" in client.get(path).text  # Pia reads Finnish
    assert client.post(path, data={"token": path.rsplit("/")[-1]}).status_code == 200
    build_app(load_config(config_dir, environ={}), engine=app.engine, migrate=False)
    with opted.sessions() as s:
        pia = s.get(m.Contact, pia.id)
    assert pia.summary_unsubscribed_at is not None and pia.summary_due_at is None
    from mailbot.handlers.subscriptions import resubscribe
    assert "weekly summary next at" in resubscribe(opted, "PIA@fi-plc.example", T0)
    assert "weekly summary off in the directory" in resubscribe(app, "aino@fi-gold.example", T0)
    with opted.sessions() as s:  # Aino never opted in: resubscribing does not sign her up
        assert s.scalar(select(m.Contact.summary_due_at).where(
            m.Contact.key == "aino@fi-gold.example")) is None
    nobody = opted.signer.url("unsubscribe", 0, 0, "manager:nobody").removeprefix(base)
    assert client.post(nobody, data={"List-Unsubscribe": "One-Click"}).status_code == 404
    forged = path[:-3] + ("abc" if not path.endswith("abc") else "xyz")
    assert client.post(forged, data={"List-Unsubscribe": "One-Click"}).status_code == 400
