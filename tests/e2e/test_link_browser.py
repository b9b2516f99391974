"""The link pages in a real browser: links taken from the captured emails, opened in headless
Chromium (driven by Playwright), buttons clicked, outcomes checked on the page and in the DB.

Every test gets its own app, database, capture Maildir and uvicorn server; the app's
public_base_url is the server's own address: the emailed links carry it, and a POST's Origin
header (when not "null") is checked against it.
Screenshots land in tmp_path; set MAILBOT_SCREENSHOT_DIR to also keep a copy to look at.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
import shutil
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import func, select

from mailbot.app import App, build_app, load_config
from mailbot.inbound.web import OUTCOMES, create_app
from mailbot.outbound.render import Renderer
from mailbot.outbound.sender import Sender
from mailbot.store import models as m
from mailbot.store.db import make_engine
from tests.e2e.conftest import CONTACT_LANGUAGES, loopback_socket, serving
from tests.integration.helpers import add_lead, lead_row, offers

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

LINK = re.compile(r"http://127\.0\.0\.1:\d+/l/\w+/[A-Za-z0-9_.\-]+")
#: a phone-sized window: the pages must work where most partners open their mail
PHONE = {"width": 390, "height": 844}
MIN_TOUCH = 44  # px: the smallest comfortable touch target
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
AINO, PIA, JUHA = "aino@fi-gold.example", "pia@fi-plc.example", "juha@fi-silver.example"
CUSTOMER = ("Kylmä Oy", "buyer@kylma.example")  # tests.integration.helpers.QUALIFIED
_renderer = Renderer()
#: per open tab: what went wrong in the browser (console errors, failed or >= 400 requests)
_PROBLEMS: weakref.WeakKeyDictionary[Page, list[str]] = weakref.WeakKeyDictionary()


def tr(lang: str, message: str, **values: str) -> str:
    text = _renderer.gettext(lang, message)
    return text % values if values else text


@dataclass(frozen=True)
class Site:
    app: App
    base: str
    lead_id: int
    lead_ref: str

    def drain(self, now: datetime) -> None:
        report = Sender(self.app, self.app.transport()).drain(now)
        assert report.failed == 0 and not report.errors, report.errors

    def mails(self) -> list[tuple[str, str, list[str]]]:
        """(recipient, kind, links in order) of every captured email, in a fixed order."""
        box = mailbox.Maildir(str(self.app.settings.capture_dir), factory=None, create=False)
        found = []
        for key in sorted(box.iterkeys()):
            msg = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
            text = msg.get_body(preferencelist=("plain",)).get_content()
            found.append((msg["To"].addresses[0].addr_spec, str(msg["X-Mailbot-Kind"]),
                          LINK.findall(text)))
        return sorted(found)

    def link(self, kind: str, to: str, action: str) -> str:
        """The first ``action`` link of the one ``kind`` email to ``to``."""
        mails = [links for addr, k, links in self.mails() if (addr, k) == (to, kind)]
        assert len(mails) == 1, f"{len(mails)} {kind} emails to {to}: {self.mails()}"
        urls = [u for u in mails[0] if u.split("/")[4] == action]
        assert urls, f"no {action} link in the {kind} email to {to}: {mails[0]}"
        assert all(u.startswith(f"{self.base}/l/") for u in urls), (urls, self.base)
        return urls[0]

    def contact_of(self, url: str) -> int:
        action, token = url.split("/")[4:6]
        return self.app.signer.verify(action, token).contact_id


@pytest.fixture
def site(e2e_config_dir: Path, tmp_path: Path) -> Iterator[Site]:
    """A fresh app on SQLite with one offered lead, its offers captured, served on loopback."""
    sock = loopback_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config_dir = tmp_path / "site" / "config"
    shutil.copytree(e2e_config_dir, config_dir)
    toml = config_dir / "mailbot.toml"
    text, n = re.subn(r'(?m)^public_base_url = ".*"$', f'public_base_url = "{base}"',
                      toml.read_text(encoding="utf-8"))
    assert n == 1, "mailbot.toml no longer has one public_base_url line"
    toml.write_text(text, encoding="utf-8")
    engine = make_engine(f"sqlite:///{tmp_path / 'site' / 'mailbot.db'}")
    try:
        app = build_app(load_config(config_dir, environ={}), engine=engine)
        assert app.settings.capture_dir.is_relative_to(tmp_path)
        # a few minutes ago: the links are fresh and no open is "within a minute of sending"
        now = datetime.now(UTC) - timedelta(minutes=5)
        intake = add_lead(app, now)
        assert intake.state == "offered", intake
        made = Site(app, base, intake.lead_id, f"L-{intake.lead_id}")
        made.drain(now)
        with serving(create_app(app), sock, "/_mail") as served:
            assert served == base
            yield made
    finally:
        engine.dispose()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A phone-sized tab in a fresh browser profile (no cookies, no cache)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True,
                                  has_touch=True)
    context.set_default_timeout(10_000)
    tab = context.new_page()
    problems = _PROBLEMS.setdefault(tab, [])
    tab.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
           if msg.type in ("error", "warning") else None)
    tab.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    tab.on("requestfailed", lambda r: problems.append(f"failed: {r.method} {r.url}"))
    tab.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
           if r.status >= 400 else None)
    try:
        yield tab
    finally:
        context.close()


def open_link(page: Page, url: str, lang: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, (url, response and response.status)
    assert page.locator("html").get_attribute("lang") == lang


def origin(url: str) -> str:
    return "/".join(url.split("/")[:3])


def heading(page: Page) -> str:
    return page.locator("h1").inner_text().strip()


def submit(page: Page, label: str, outcome_title: str) -> None:
    """Click the button named ``label``; wait for the outcome page titled ``outcome_title``."""
    button = page.get_by_role("button", name=label, exact=True)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        button.click()
    assert posted.value.status == 200, (posted.value.status, posted.value.url)
    # Referrer-Policy: no-referrer makes Chromium send "Origin: null" with the form
    assert posted.value.request.headers.get("origin") in (None, "null", origin(page.url))
    page.locator("h1", has_text=outcome_title).wait_for()
    page.wait_for_load_state("load")
    assert heading(page) == outcome_title


def assert_fits_a_phone(page: Page, button_label: str | None = None) -> None:
    """Nothing went wrong in the browser; no sideways scrolling; the submit button (if
    any) is wide and tall enough to tap."""
    assert not _PROBLEMS.get(page), _PROBLEMS[page]
    assert page.locator('meta[name="viewport"]').count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a {PHONE['width']}px phone"
    if button_label is not None:
        box = page.get_by_role("button", name=button_label, exact=True).bounding_box()
        assert box is not None, "the button is not visible"
        assert box["width"] >= 0.8 * PHONE["width"] and box["height"] >= MIN_TOUCH, box


def screenshot(page: Page, tmp_path: Path, name: str) -> Path:
    png = tmp_path / f"{name}.png"
    page.screenshot(path=str(png), full_page=True)
    data = png.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 5_000, f"{png}: no real screenshot"
    keep = os.environ.get("MAILBOT_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, Path(keep) / png.name)
    return png


def accept(page: Page, site: Site, to: str, tmp_path: Path | None = None) -> None:
    """Open ``to``'s accept link from the offer email and click its button."""
    lang = CONTACT_LANGUAGES[to]
    open_link(page, site.link("offer", to, "accept"), lang)
    assert heading(page) == tr(lang, "Accept lead %(ref)s?", ref=site.lead_ref)
    body = page.locator("body").inner_text()
    for secret in CUSTOMER:  # the offer shows a teaser; contact data only once accepted
        assert secret not in body, f"{secret!r} is shown before the lead is accepted"
    assert page.locator("form").count() == 1
    assert_fits_a_phone(page, tr(lang, "Accept lead"))
    if tmp_path is not None:
        screenshot(page, tmp_path, "link-accept-confirm")
    submit(page, tr(lang, "Accept lead"), tr(lang, OUTCOMES["accepted"][1]))


def offer_row(app: App, lead_id: int, partner_id: str) -> m.Offer:
    with app.sessions() as s:
        return s.scalar(select(m.Offer).where(m.Offer.lead_id == lead_id,
                                              m.Offer.partner_id == partner_id))


def count(app: App, model) -> int:
    with app.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_accept_from_the_offer_email_shows_the_whole_lead(
        site: Site, page: Page, tmp_path: Path) -> None:
    accept(page, site, AINO, tmp_path)

    body = page.locator("body").inner_text()
    for detail in (*CUSTOMER, "120 temperature sensors"):
        assert detail in body, f"{detail!r} missing from the accepted page"
    assert page.locator("form").count() == 0
    assert_fits_a_phone(page)
    screenshot(page, tmp_path, "link-accept-done")

    lead = lead_row(site.app, site.lead_id)
    assert (lead.state, lead.partner_id) == ("accepted", "fi-gold")
    assert lead.contact_id == site.contact_of(site.link("offer", AINO, "accept"))
    assert offers(site.app, site.lead_id)["fi-gold"] == "accepted"
    assert count(site.app, m.LinkUse) == 1


def test_decline_with_a_reason(site: Site, page: Page, tmp_path: Path) -> None:
    lang = CONTACT_LANGUAGES[PIA]
    text = "Täynnä maaliskuuhun asti"  # non-ASCII on purpose: the form must keep it
    open_link(page, site.link("offer", PIA, "decline"), lang)
    assert heading(page) == tr(lang, "Decline lead %(ref)s?", ref=site.lead_ref)
    assert_fits_a_phone(page, tr(lang, "Decline lead"))
    screenshot(page, tmp_path, "link-decline-confirm")
    reason = page.get_by_label(tr(lang, "Reason (optional)"), exact=True)
    assert reason.locator("option[value=no_capacity]").inner_text() == tr(
        lang, "No capacity at the moment")
    reason.select_option("no_capacity")
    page.get_by_label(tr(lang, "Anything else? (optional)"), exact=True).fill(text)
    submit(page, tr(lang, "Decline lead"), tr(lang, OUTCOMES["declined"][1]))
    assert_fits_a_phone(page)

    offer = offer_row(site.app, site.lead_id, "fi-plc")
    assert (offer.state, offer.decline_reason) == ("declined", f"no_capacity: {text}")
    assert offer.decided_by == site.contact_of(site.link("offer", PIA, "decline"))
    assert lead_row(site.app, site.lead_id).state == "offered"
    assert offers(site.app, site.lead_id) == {"fi-gold": "pending", "fi-plc": "declined",
                                             "fi-silver": "pending"}


def test_status_dialog_to_won_with_an_amount(site: Site, page: Page, tmp_path: Path) -> None:
    accept(page, site, AINO)
    site.drain(datetime.now(UTC))  # the lead_details email with the status links
    lang = CONTACT_LANGUAGES[AINO]
    open_link(page, site.link("lead_details", AINO, "status"), lang)
    assert heading(page) == tr(lang, "Status of lead %(ref)s", ref=site.lead_ref)
    assert_fits_a_phone(page, tr(lang, "Save status"))
    page.get_by_label(tr(lang, "Status"), exact=True).select_option("won")
    page.get_by_label(tr(lang, "Deal amount"), exact=True).fill("12500")
    screenshot(page, tmp_path, "link-status-dialog")
    submit(page, tr(lang, "Save status"), tr(lang, OUTCOMES["updated"][1]))
    assert_fits_a_phone(page)
    screenshot(page, tmp_path, "link-status-saved")

    lead = lead_row(site.app, site.lead_id)
    assert (lead.state, lead.partner_id) == ("won", "fi-gold")
    assert Decimal(lead.deal_amount) == Decimal("12500")
    assert lead.deal_currency == "EUR"  # the dialog's preselected currency


def test_accept_after_another_partner_was_faster(site: Site, page: Page,
                                                 tmp_path: Path) -> None:
    accept(page, site, AINO)
    lang = CONTACT_LANGUAGES[JUHA]
    open_link(page, site.link("offer", JUHA, "accept"), lang)
    assert heading(page) == tr(lang, OUTCOMES["taken"][1])
    assert page.locator("form").count() == 0 and page.locator("button").count() == 0
    body = page.locator("body").inner_text()
    assert not [s for s in CUSTOMER if s in body], "the losing partner sees the customer"
    assert_fits_a_phone(page)
    screenshot(page, tmp_path, "link-taken")
    lead = lead_row(site.app, site.lead_id)
    assert (lead.state, lead.partner_id) == ("accepted", "fi-gold")
    assert offers(site.app, site.lead_id) == {"fi-gold": "accepted", "fi-plc": "withdrawn",
                                             "fi-silver": "withdrawn"}


def test_a_scanner_opening_every_link_changes_nothing(site: Site, page: Page) -> None:
    """What a mail security scanner does: fetch and render every link, click nothing."""
    mails = site.mails()
    assert {kind for _, kind, _ in mails} == {"offer"}
    assert sorted(addr for addr, _, _ in mails) == sorted(CONTACT_LANGUAGES)
    urls = [url for _, _, links in mails for url in links]
    assert all(links for _, _, links in mails), mails
    assert len(urls) == len(set(urls)) == 2 * len(mails)  # accept and decline in each
    sent = count(site.app, m.OutboundMessage)
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method != "GET" else None)

    with httpx.Client(trust_env=False, timeout=10) as client:
        for url in urls:
            got = client.get(url)
            assert got.status_code == 200 and '<form method="post"' in got.text, url
            head = client.head(url)
            assert head.status_code == 200 and head.content == b"", url
            rendered = page.goto(url, wait_until="load")
            assert rendered is not None and rendered.status == 200, url
            assert page.locator("button[type=submit]").count() == 1, url

    assert posts == [], f"the browser sent more than GETs: {posts}"
    assert not _PROBLEMS.get(page), _PROBLEMS[page]
    lead = lead_row(site.app, site.lead_id)
    assert (lead.state, lead.partner_id) == ("offered", None)
    assert set(offers(site.app, site.lead_id).values()) == {"pending"}
    assert count(site.app, m.LinkUse) == 0
    assert count(site.app, m.OutboundMessage) == sent, "opening links sent mail"
    site.app.opens.flush()  # opens are written in batches, apart from lead state
    with site.app.sessions() as s:
        opens = s.execute(select(m.LinkOpen.action, m.LinkOpen.contact_id, m.LinkOpen.method,
                                 m.LinkOpen.scanner, m.LinkOpen.reason)
                          .order_by(m.LinkOpen.id)).all()
    expected = [(u.split("/")[4], site.contact_of(u), method)
                for u in urls for method in ("GET", "HEAD", "GET")]
    assert [o[:3] for o in opens] == expected
    heads = [o for o in opens if o.method == "HEAD"]
    assert heads and all(o.scanner and o.reason == "HEAD request" for o in heads), heads


def _state(app: App) -> dict:
    """Everything a link's POST could change, to compare before and after a scan."""
    with app.sessions() as s:
        return {
            "leads": s.execute(select(m.Lead.id, m.Lead.state, m.Lead.partner_id,
                                      m.Lead.satisfaction, m.Lead.not_contacted_at)
                               .order_by(m.Lead.id)).all(),
            "offers": s.execute(select(m.Offer.id, m.Offer.state).order_by(m.Offer.id)).all(),
            "managers": s.execute(select(m.Manager.id, m.Manager.digest_unsubscribed_at)
                                  .order_by(m.Manager.id)).all(),
            "contacts": s.execute(select(m.Contact.id, m.Contact.summary_unsubscribed_at)
                                  .order_by(m.Contact.id)).all(),
            **{model.__name__: s.scalar(select(func.count()).select_from(model))
               for model in (m.LinkUse, m.OutboundMessage, m.OwnDeal, m.PointsEntry,
                             m.LeadEvent)},
        }


def test_a_scanner_opening_every_link_of_every_email_changes_nothing(
        site: Site, page: Page) -> None:
    """Every kind of email that carries links (offer, lead details, the customer's notice
    and rating request, the manager's unclaimed notice, the digest, the weekly summary):
    a scanner fetches, HEADs and renders each link and clicks nothing."""
    from mailbot.handlers.due_work import due_work
    from mailbot.handlers.partner_actions import accept_offer, report_status
    app, now = site.app, datetime.now(UTC) - timedelta(minutes=4)
    accept_offer(app, *_offer_and_contact(app, site.lead_id, "fi-gold"), now)
    won = add_lead(app, now, company="Voitto Oy")
    _offer, aino = _offer_and_contact(app, won.lead_id, "fi-gold")
    accept_offer(app, _offer, aino, now)
    report_status(app, won.lead_id, aino, "won", now)  # the customer's rating request
    add_lead(app, now, company="Kukaan Oy")  # nobody accepts: unclaimed after the waves
    with app.sessions.begin() as s:  # the weekly summary, opted in
        s.get(m.Contact, aino).summary_due_at = now
    for hours in range(0, 24 * 15, 6):  # the waves expire one by one; digests fall due
        due_work(app, now + timedelta(hours=hours))
    later = now + timedelta(days=15)
    from mailbot.handlers.digest import queue
    with app.sessions.begin() as s:  # digests are off in the test directory: one on demand
        queue(s, app, s.get(m.Manager, "boss"), later)
    site.drain(later)
    kinds = {kind for _, kind, links in site.mails() if links}
    assert {"offer", "lead_details", "customer_notice", "satisfaction_request", "unclaimed",
            "digest", "open_leads"} <= kinds, kinds
    urls = sorted({url for _, _, links in site.mails() for url in links})
    actions = {url.split("/")[4] for url in urls}
    assert {"accept", "decline", "status", "giveback", "rate", "not_contacted", "offer_all",
            "assign", "unsubscribe", "own_deal"} <= actions, actions
    before = _state(app)
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method != "GET" else None)
    with httpx.Client(trust_env=False, timeout=10) as client:
        for url in urls:
            got = client.get(url)
            assert got.status_code < 500 and "<html" in got.text, (url, got.status_code)
            assert client.head(url).status_code < 500, url
            rendered = page.goto(url, wait_until="load")
            assert rendered is not None and rendered.status < 500, url
    assert posts == [], f"the browser sent more than GETs: {posts}"
    assert _state(app) == before


def _offer_and_contact(app: App, lead_id: int, partner: str) -> tuple[int, int]:
    from tests.integration.helpers import offer_of
    return offer_of(app, lead_id, partner)
