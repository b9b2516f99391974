"""Link pages over HTTP on both databases: GET shows, POST acts, every outcome is a page."""

import warnings
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from mailbot.handlers.link_pages import scanner_reason
from mailbot.inbound.web import create_app
from mailbot.outbound.links import LinkSigner
from mailbot.store import models as m
from tests.integration.helpers import add_lead, lead_row, offer_of, offers, outbox

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1:8025"
BROWSER = {"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0"}


@pytest.fixture
def client(app):
    return TestClient(create_app(app), base_url=BASE)


@pytest.fixture
def lead(app):
    # links are made "now" (the web uses the wall clock); leads are made a minute earlier
    return add_lead(app, datetime.now(UTC) - timedelta(minutes=1))


def link(app, action, lead_id, contact_id, extra=""):
    url = app.signer.url(action, lead_id, contact_id, extra)
    return url.removeprefix(BASE), url.rsplit("/", 1)[1]


def h1(response) -> str:
    text = response.text
    return text[text.index("<h1>") + 4:text.index("</h1>")]


def test_get_and_head_change_nothing_but_record_the_open(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, _ = link(app, "accept", lead.lead_id, contact)
    page = client.get(path, headers=BROWSER)
    assert page.status_code == 200 and "L-1" in h1(page)
    assert '<form method="post"' in page.text and "<script" not in page.text
    assert client.head(path).status_code == 200
    assert client.get(path, headers={"user-agent": "Mozilla/4.0 (compatible; ms-office)"}
                      ).status_code == 200
    assert lead_row(app, lead.lead_id).state == "offered"
    assert set(offers(app, lead.lead_id).values()) == {"pending"}
    assert app.opens.flush() == 3  # opens are written in batches, apart from lead state
    with app.sessions() as s:
        opens = s.execute(select(m.LinkOpen.method, m.LinkOpen.scanner, m.LinkOpen.reason)
                          .order_by(m.LinkOpen.id)).all()
    # the browser GET came within a minute of the link being signed: counted as a scanner
    assert [o[0] for o in opens] == ["GET", "HEAD", "GET"]
    assert opens[1][1:] == (True, "HEAD request")
    assert opens[2][1:] == (True, "agent: ms-office")


def test_scanner_heuristic():
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    sent = now - timedelta(hours=2)
    ua = BROWSER["user-agent"]
    assert scanner_reason("GET", ua, "1.2.3.4", sent, now, []) == ""
    assert scanner_reason("GET", ua, "1.2.3.4", now - timedelta(seconds=5), now, []) == \
        "opened within a minute of sending"
    assert scanner_reason("GET", "", "", sent, now, []) == "no user agent"
    import ipaddress
    nets = [ipaddress.ip_network("40.92.0.0/15")]
    assert scanner_reason("GET", ua, "40.93.1.1", sent, now, nets) == "scanner network"


def test_accept_shows_everything_at_once_then_double_click_and_taken(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, token = link(app, "accept", lead.lead_id, contact)
    done = client.post(path, data={"token": token})
    assert done.status_code == 200
    assert "Kylmä Oy" in done.text and "buyer@kylma.example" in done.text  # full details
    assert lead_row(app, lead.lead_id).partner_id == "fi-gold"
    assert ("lead_details", "aino@fi-gold.example") in outbox(app, lead.lead_id)
    again = client.post(path, data={"token": token})
    assert "Kylmä Oy" in again.text and again.status_code == 200
    _, other = offer_of(app, lead.lead_id, "fi-plc")
    other_path, other_token = link(app, "accept", lead.lead_id, other)
    taken = client.post(other_path, data={"token": other_token})
    assert "Kylmä Oy" not in taken.text and "buyer@kylma" not in taken.text
    assert client.get(other_path).text.count("<form") == 0  # nothing left to click


def test_repeated_opens_come_from_the_page_cache_until_something_changes(
        app, client, lead, monkeypatch):
    """A scanner burst costs one database read; every open is still recorded; a change this
    process commits shows at once, one made elsewhere within the cache's seconds."""
    from mailbot.handlers import link_pages
    from mailbot.inbound.page_cache import PageCache

    ticks = [0.0]
    app.__dict__["pages"] = PageCache(2.0, clock=lambda: ticks[0])
    app.pages.watch(app.sessions)
    reads = []
    real = link_pages.offer_view
    monkeypatch.setattr(link_pages, "offer_view", lambda *a: reads.append(1) or real(*a))
    _, mine = offer_of(app, lead.lead_id, "fi-gold")
    _, theirs = offer_of(app, lead.lead_id, "fi-plc")
    path, _token = link(app, "accept", lead.lead_id, mine)
    first = client.get(path, headers=BROWSER)
    assert [client.get(path).text for _ in range(3)] == [first.text] * 3
    head = client.head(path)
    assert (head.status_code, head.content, head.headers["cache-control"]) == (
        200, b"", "no-store")
    assert len(reads) == 1 and app.opens.flush() == 5
    # another partner accepts through this process: the page says "taken" at once
    other, other_token = link(app, "accept", lead.lead_id, theirs)
    assert client.post(other, data={"token": other_token}).status_code == 200
    reads.clear()
    assert "Toinen kumppani ehti ensin" in client.get(path).text  # "another partner was faster"
    assert len(reads) == 1
    # a change committed elsewhere (another instance): shown once the seconds are over
    second = add_lead(app, datetime.now(UTC) - timedelta(minutes=1))
    _, contact = offer_of(app, second.lead_id, "fi-gold")
    path, _token = link(app, "accept", second.lead_id, contact)
    before = client.get(path).text
    with app.engine.begin() as conn:
        conn.execute(m.Offer.__table__.update().where(
            m.Offer.lead_id == second.lead_id).values(state="withdrawn"))
    assert client.get(path).text == before
    ticks[0] += 2.1
    assert client.get(path).text != before and "<form" not in client.get(path).text


def test_the_page_cache_empties_on_a_committed_change_only(app):
    """ORM flushes and ORM UPDATE statements both count as changes; a read-only unit of
    work or a rolled-back change does not empty the cache."""
    from sqlalchemy import update

    from mailbot.inbound.page_cache import CachedPage, PageCache
    from mailbot.outbound.links import LinkClaims
    from mailbot.store.db import unit_of_work

    cache = PageCache(60.0)
    cache.watch(app.sessions)

    def kept() -> bool:
        claims = LinkClaims("accept", 1, 1, "n", datetime.now(UTC))
        cache.put("accept", "t", cache.generation, CachedPage(
            claims, 200, b"page", True, cache.lifetime(claims, 3600, datetime.now(UTC))))
        return cache.get("accept", "t") is not None

    assert kept()
    with unit_of_work(app.sessions) as session:
        session.scalar(select(m.Lead.id).limit(1))
    assert cache.get("accept", "t") is not None  # a read changes nothing
    with app.sessions() as session:
        session.execute(update(m.Partner).values(language="fi").where(m.Partner.id == "x"))
        session.rollback()
    assert cache.get("accept", "t") is not None  # rolled back
    with unit_of_work(app.sessions) as session:
        session.execute(update(m.Partner).values(language="fi").where(m.Partner.id == "x"))
    assert cache.get("accept", "t") is None  # an UPDATE statement, committed
    assert kept()
    with unit_of_work(app.sessions) as session:
        session.get(m.Partner, "fi-gold").language = "sv"  # a flush, committed
    assert cache.get("accept", "t") is None


def test_decline_with_a_reason(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-plc")
    path, token = link(app, "decline", lead.lead_id, contact)
    page = client.get(path)
    assert 'name="reason_code"' in page.text
    bad = client.post(path, data={"token": token, "reason_code": "because"})
    assert bad.status_code == 422 and offers(app, lead.lead_id)["fi-plc"] == "pending"
    done = client.post(path, data={"token": token, "reason_code": "no_capacity",
                                   "reason": "busy until March"})
    assert done.status_code == 200 and offers(app, lead.lead_id)["fi-plc"] == "declined"
    with app.sessions() as s:
        reason = s.scalar(select(m.Offer.decline_reason).where(
            m.Offer.lead_id == lead.lead_id, m.Offer.partner_id == "fi-plc"))
    assert reason == "no_capacity: busy until March"


def test_status_dialog_validates_then_saves(app, client, lead, caplog):
    caplog.set_level("INFO", logger="mailbot")
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept, token = link(app, "accept", lead.lead_id, contact)
    client.post(accept, data={"token": token})
    path, token = link(app, "status", lead.lead_id, contact, "won")
    dialog = client.get(path)
    assert '<option value="won" selected>' in dialog.text
    for form in ({"status": "won", "amount": "lots"}, {"status": "won", "amount": "-5"},
                 {"status": "won", "amount": "1e9"}, {"status": "won", "amount": "0.001"},
                 {"status": "won", "amount": "١٢٣"}, {"status": "flying"},
                 {"status": "won", "expected_close": "soon"},
                 {"status": "won", "expected_close": "20261231"},
                 {"status": "won", "expected_close": "9999-12-31"},
                 {"status": "won", "note": "x" * 4001}):
        bad = client.post(path, data={"token": token, **form})
        assert bad.status_code == 422, form
        assert lead_row(app, lead.lead_id).state == "accepted"
        assert "form rejected" in caplog.records[-1].getMessage(), form  # for the admin
    twice = client.post(path, content=f"token={token}&status=proposal&status=won&amount=5",
                        headers={"content-type": "application/x-www-form-urlencoded"})
    assert twice.status_code == 400 and lead_row(app, lead.lead_id).state == "accepted"
    done = client.post(path, data={"token": token, "status": "won", "amount": "12.500,50",
                                   "currency": "EUR", "expected_close": "2026-12-15",
                                   "note": "signed"})
    assert done.status_code == 200
    row = lead_row(app, lead.lead_id)
    assert (row.state, float(row.deal_amount), row.deal_currency) == ("won", 12500.5, "EUR")
    assert row.expected_close.date().isoformat() == "2026-12-15"
    closed = client.get(path)
    assert closed.text.count("<form") == 0


def test_give_back_and_its_replay(app, client, lead, caplog):
    caplog.set_level("INFO", logger="mailbot")
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept, token = link(app, "accept", lead.lead_id, contact)
    client.post(accept, data={"token": token})
    path, token = link(app, "giveback", lead.lead_id, contact)
    assert client.post(path, data={"token": token, "reason": "too far"}).status_code == 200
    assert lead_row(app, lead.lead_id).state == "offered"
    replay = client.post(path, data={"token": token})
    assert replay.status_code == 200 and replay.text.count("<form") == 0
    assert lead_row(app, lead.lead_id).state == "offered"
    assert "used, nothing changed" in caplog.records[-1].getMessage()


def test_a_foreign_referer_without_origin_is_refused(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, token = link(app, "accept", lead.lead_id, contact)
    bad = client.post(path, data={"token": token}, headers={"referer": "http://evil.example/x"})
    assert bad.status_code == 400 and lead_row(app, lead.lead_id).state == "offered"
    ours = client.post(path, data={"token": token}, headers={"referer": f"{BASE}/l/accept/x"})
    assert ours.status_code == 200 and lead_row(app, lead.lead_id).state == "accepted"


def test_a_fresh_link_soon_after_the_offer_is_sent(app, client):
    """The one-an-hour limit counts fresh links sent, not the offer email itself: an
    offer sent ten minutes ago whose link expired (a short expiry) still gets one."""
    lead = add_lead(app, datetime.now(UTC) - timedelta(minutes=10))
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=30))
    token = stale.token("accept", lead.lead_id, contact)
    before = outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example"))
    sent = client.post(f"/l/accept/{token}", data={"token": token, "fresh": "1"})
    assert sent.status_code == 200
    assert outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example")) == before + 1
    again = client.post(f"/l/accept/{token}", data={"token": token, "fresh": "1"})
    assert outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example")) == before + 1
    assert again.status_code == 200


def test_a_nul_byte_in_a_form_field_is_dropped_not_a_500(app, client, lead):
    """PostgreSQL text cannot hold NUL: a decline reason or a note with one was a 500."""
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, token = link(app, "decline", lead.lead_id, contact)
    done = client.post(path, data={"token": token, "reason": "too\x00far"})
    assert done.status_code == 200 and offers(app, lead.lead_id)["fi-gold"] == "declined"


def test_after_a_give_back_the_old_accept_link_shows_no_customer_data(app, client, lead):
    """The partner gave the lead back: their accept link must not say "you already have
    this lead" with the customer's details any more."""
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept, token = link(app, "accept", lead.lead_id, contact)
    client.post(accept, data={"token": token})
    back, back_token = link(app, "giveback", lead.lead_id, contact)
    client.post(back, data={"token": back_token})
    for page in (client.get(accept), client.post(accept, data={"token": token})):
        assert page.status_code == 200
        assert "buyer@kylma.example" not in page.text and "Kylmä Oy" not in page.text
        assert "palautit" in page.text.lower() or "gave the lead back" in page.text


@pytest.mark.parametrize("mangle", [lambda t: t[:-4], lambda t: t[:15], lambda t: t + "x"])
def test_truncated_or_tampered_tokens_get_400(app, client, lead, mangle):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, token = link(app, "accept", lead.lead_id, contact)
    bad = path.replace(token, mangle(token))
    assert client.get(bad).status_code == 400
    assert client.post(bad, data={"token": mangle(token)}).status_code == 400
    assert lead_row(app, lead.lead_id).state == "offered"


def test_token_for_another_action_or_a_retired_key_gets_400(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    _, token = link(app, "decline", lead.lead_id, contact)
    assert client.post(f"/l/accept/{token}", data={"token": token}).status_code == 400
    retired = LinkSigner(["an-old-key-no-longer-listed"], BASE)
    old = retired.token("accept", lead.lead_id, contact)
    assert client.post(f"/l/accept/{old}", data={"token": old}).status_code == 400
    assert client.get("/l/teleport/abc").status_code == 404
    assert lead_row(app, lead.lead_id).state == "offered"


def test_expired_link_offers_a_fresh_one_by_email(app, client):
    # the offer went out two hours ago (fresh links are limited to one per hour)
    lead = add_lead(app, datetime.now(UTC) - timedelta(hours=2))
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=30))
    token = stale.token("accept", lead.lead_id, contact)
    page = client.get(f"/l/accept/{token}")
    assert page.status_code == 410 and 'name="fresh"' in page.text
    before = outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example"))
    sent = client.post(f"/l/accept/{token}", data={"token": token, "fresh": "1"})
    assert sent.status_code == 200
    assert outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example")) == before + 1
    client.post(f"/l/accept/{token}", data={"token": token, "fresh": "1"})
    assert outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example")) == before + 1
    assert lead_row(app, lead.lead_id).state == "offered"


def test_a_fresh_link_never_mails_details_to_a_partner_who_no_longer_has_the_lead(
        app, client):
    """An old status link of a partner who gave the lead back: asking for a fresh link must
    not send that partner the customer's details (now another partner's lead)."""
    from mailbot.handlers.partner_actions import accept_offer, give_back
    lead = add_lead(app, datetime.now(UTC) - timedelta(hours=2))
    offer_id, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, datetime.now(UTC) - timedelta(hours=2))
    give_back(app, lead.lead_id, contact, datetime.now(UTC) - timedelta(hours=2))
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=300))
    for action in ("status", "giveback"):
        token = stale.token(action, lead.lead_id, contact)
        page = client.get(f"/l/{action}/{token}")
        assert page.status_code == 410
        before = outbox(app, lead.lead_id).count(("lead_details", "aino@fi-gold.example"))
        sent = client.post(f"/l/{action}/{token}", data={"token": token, "fresh": "1"})
        assert "ei ole osoitettu sinulle" in sent.text  # "not assigned to you", in Finnish
        assert outbox(app, lead.lead_id).count(
            ("lead_details", "aino@fi-gold.example")) == before


def test_a_link_signed_with_a_retired_key_says_so_and_offers_a_fresh_one(app, client):
    """After a key rotation the old key is listed as retired: its links get their own page
    in the partner's language and the fresh-link button, and change nothing."""
    lead = add_lead(app, datetime.now(UTC) - timedelta(hours=2))
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    token = LinkSigner(["key-of-2025"], BASE).token("accept", lead.lead_id, contact)
    forged = client.get(f"/l/accept/{token}")
    assert forged.status_code == 400  # not listed as retired: cannot be told from a forgery
    app.__dict__["signer"] = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                                        retired_keys=["key-of-2025"])  # the next restart
    page = client.get(f"/l/accept/{token}")
    assert page.status_code == 410 and 'name="fresh"' in page.text
    assert "vanhemmasta sähköpostista" in h1(page)  # "from an older email", fi-gold's Finnish
    assert client.post(f"/l/accept/{token}", data={"token": token}).status_code == 200
    assert lead_row(app, lead.lead_id).state == "offered"  # a fresh link, not an accept
    assert outbox(app, lead.lead_id).count(("offer", "aino@fi-gold.example")) == 2
    status = LinkSigner(["key-of-2025"], BASE).token("own_deal", 0, contact)
    assert 'name="fresh"' not in client.get(f"/l/own_deal/{status}").text


def test_an_expired_link_without_a_fresh_copy_says_so(app, client):
    """Links whose email cannot be sent again (own deal, manager actions) get no button
    that would only lead to "link not recognised"."""
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=300))
    lead = add_lead(app, datetime.now(UTC) - timedelta(hours=2))
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    for action, lead_id, who, words in (
            ("own_deal", 0, contact, "uudemman sähköpostin"),  # fi-gold's Finnish
            ("offer_all", lead.lead_id, 0, "uudemman sähköpostin")):  # the lead's (FI)
        token = stale.token(action, lead_id, who)
        page = client.get(f"/l/{action}/{token}")
        assert page.status_code == 410 and 'name="fresh"' not in page.text
        assert words in page.text


def test_problem_pages_of_a_genuine_link_speak_the_partners_language(app, client, lead):
    """A Finnish partner's link: the bad-form and expired pages are Finnish whatever the
    browser says; a truncated link (nothing to read) gets the "not valid" page."""
    _, contact = offer_of(app, lead.lead_id, "fi-gold")  # fi-gold's language: fi
    english = {"accept-language": "en-GB,en;q=0.9"}
    path, _token = link(app, "accept", lead.lead_id, contact)
    assert "Lomaketta ei voitu" in client.post(path, data={}, headers=english).text
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=300))
    old = stale.token("accept", lead.lead_id, contact)
    assert "Tämä linkki on vanhentunut" in client.get(f"/l/accept/{old}", headers=english).text
    for cut in ("/l/accept/", "/l/accept"):
        page = client.get(cut, headers=english)
        assert page.status_code == 400 and "This link is not valid" in page.text


def test_post_must_carry_its_token_come_from_us_and_be_small(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    path, token = link(app, "accept", lead.lead_id, contact)
    assert client.post(path, data={}).status_code == 400
    for origin in ("https://evil.example", "null"):
        assert client.post(path, data={"token": token},
                           headers={"origin": origin}).status_code == 400
    huge = client.post(path, data={"token": token, "note": "x" * 70_000})
    assert huge.status_code == 413
    assert lead_row(app, lead.lead_id).state == "offered"
    ok = client.post(path, data={"token": token}, headers={"origin": BASE})
    assert ok.status_code == 200 and lead_row(app, lead.lead_id).state == "accepted"


def test_locked_partner_sees_which_leads_need_feedback(app, client):
    first = add_lead(app, datetime.now(UTC) - timedelta(days=7))
    _, contact = offer_of(app, first.lead_id, "fi-gold")
    from mailbot.handlers.partner_actions import accept_offer
    accept_offer(app, offer_of(app, first.lead_id, "fi-gold")[0], contact,
                 datetime.now(UTC) - timedelta(days=7))
    fresh = add_lead(app, datetime.now(UTC) - timedelta(days=7), company="Fresh Oy")
    accept_offer(app, offer_of(app, fresh.lead_id, "fi-gold")[0], contact,
                 datetime.now(UTC) - timedelta(days=7))
    with app.sessions() as s, s.begin():  # a status was given: its feedback is not due yet
        s.get(m.Lead, fresh.lead_id).feedback_due_at = datetime.now(UTC) + timedelta(days=2)
    second = add_lead(app, datetime.now(UTC) - timedelta(minutes=1), company="Two Oy")
    path, token = link(app, "accept", second.lead_id, contact)
    page = client.post(path, data={"token": token})
    assert f"L-{first.lead_id}" in page.text and "/l/status/" in page.text
    assert f"L-{fresh.lead_id}" not in page.text  # only the leads whose feedback is overdue
    assert lead_row(app, second.lead_id).state == "offered"


def test_customer_rates_and_reports_no_contact(app, client, lead):
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    accept, token = link(app, "accept", lead.lead_id, contact)
    client.post(accept, data={"token": token})
    path, token = link(app, "rate", lead.lead_id, 0, "4")
    assert 'value="4" checked' in client.get(path).text
    assert client.post(path, data={"token": token, "stars": "9"}).status_code == 422
    assert client.post(path, data={"token": token, "stars": "4",
                                   "comment": "quick and kind"}).status_code == 200
    row = lead_row(app, lead.lead_id)
    assert (row.satisfaction, row.satisfaction_comment) == (4, "quick and kind")
    replay = client.post(path, data={"token": token, "stars": "1"})
    assert replay.status_code == 200 and lead_row(app, lead.lead_id).satisfaction == 4
    path, token = link(app, "not_contacted", lead.lead_id, 0)
    assert client.post(path, data={"token": token}).status_code == 200
    assert lead_row(app, lead.lead_id).not_contacted_at is not None
    assert ("customer_not_contacted", "sanna@maker.example") in outbox(app, lead.lead_id)


def test_unknown_visitors_get_pages_in_their_browser_language(client):
    page = client.get("/l/accept/garbage", headers={"accept-language": "de-DE,de;q=0.9"})
    assert page.status_code == 400 and 'lang="de"' in page.text


def _unclaimed_while_away(app, away: tuple[str, ...]):
    """A lead that went unclaimed while the ``away`` partners were paused; then they return."""
    from mailbot.handlers.due_work import due_work
    start = datetime.now(UTC) - timedelta(days=2)
    with app.sessions.begin() as s:
        for c in s.scalars(select(m.Contact).where(m.Contact.partner_id.in_(away))):
            c.paused_until = start + timedelta(days=1)
    lead = add_lead(app, start)
    due_work(app, start + timedelta(hours=12))
    assert lead_row(app, lead.lead_id).state == "unclaimed"
    return lead


def test_manager_offers_an_unclaimed_lead_to_everyone_left(app, client):
    lead = _unclaimed_while_away(app, ("fi-small", "fi-extra"))
    path, token = link(app, "offer_all", lead.lead_id, 0)
    page = client.get(path)
    assert page.status_code == 200 and "Kylmä Oy" in page.text  # managers see everything
    done = client.post(path, data={"token": token})
    assert done.status_code == 200
    pending = sorted(p for p, s in offers(app, lead.lead_id).items() if s == "pending")
    assert pending == ["fi-extra", "fi-small"] and lead_row(app, lead.lead_id).state == "offered"
    assert client.post(path, data={"token": token}).text.count("<form") == 0


def test_manager_assigns_an_unclaimed_lead_directly(app, client):
    lead = _unclaimed_while_away(app, ("fi-small", "fi-extra"))
    path, token = link(app, "assign", lead.lead_id, 0, "fi-plc")
    assert "FI PLC Oy" in client.get(path).text
    assert client.post(path, data={"token": token}).status_code == 200
    row = lead_row(app, lead.lead_id)
    assert (row.state, row.partner_id) == ("accepted", "fi-plc")
    assert ("lead_details", "pia@fi-plc.example") in outbox(app, lead.lead_id)
    replay = client.post(path, data={"token": token})
    assert replay.status_code == 200 and lead_row(app, lead.lead_id).partner_id == "fi-plc"


def test_manager_links_speak_the_managers_language_and_name_who_acted(app, client):
    from mailbot.outbound.context import manager_links
    lead = _unclaimed_while_away(app, ("fi-small", "fi-extra"))
    with app.sessions() as s:
        links = manager_links(s, app.signer, s.get(m.Lead, lead.lead_id), "pam-fi")
    assign = links["assign"][0]["url"].removeprefix(BASE)
    page = client.get(assign, headers={"accept-language": "en"})
    assert '<html lang="fi">' in page.text  # Sanna reads Finnish, whatever the browser says
    offer_all = links["offer_all"].removeprefix(BASE)
    assert client.post(offer_all, data={"token": offer_all.rsplit("/", 1)[1]}).status_code == 200
    with app.sessions() as s:
        actors = s.scalars(select(m.LeadEvent.actor).where(
            m.LeadEvent.lead_id == lead.lead_id, m.LeadEvent.rule == "manager.offer_all"))
        assert "manager:pam-fi" in set(actors)


def test_the_one_statement_offer_read_agrees_with_the_full_inspect(app, lead):
    """``offer_view`` (GET of accept/decline, the hot path) must show exactly what
    ``inspect`` shows, or hand the case over to it (None)."""
    from mailbot.handlers.link_pages import inspect, offer_view
    from mailbot.handlers.partner_actions import accept_offer, decline_offer
    now = datetime.now(UTC)

    def both(partner: str, action: str, at=now):
        offer_id, contact = offer_of(app, lead.lead_id, partner)
        claims = app.signer.verify(action, link(app, action, lead.lead_id, contact)[1])
        return offer_view(app, claims, at), inspect(app, claims, at)

    def agree(partner: str, action: str, outcome: str, at=now) -> None:
        fast, full = both(partner, action, at)
        assert fast == full and fast.outcome == outcome, (partner, action, fast, full)

    agree("fi-gold", "accept", "")
    agree("fi-gold", "decline", "")
    with app.sessions() as s:
        expiry = s.scalar(select(m.Offer.expires_at).where(m.Offer.lead_id == lead.lead_id))
    agree("fi-gold", "accept", "expired", at=expiry + timedelta(minutes=1))
    with app.sessions() as s, s.begin():
        gold = s.scalars(select(m.Contact).where(m.Contact.partner_id == "fi-gold")).all()
        for contact in gold:
            contact.paused_until = now + timedelta(days=2)
        s.get(m.Partner, "fi-plc").cooldown_until = now + timedelta(days=2)
    agree("fi-gold", "accept", "paused")
    agree("fi-gold", "decline", "")  # an away partner may still say no
    agree("fi-plc", "accept", "cooldown")
    with app.sessions() as s, s.begin():
        for contact in s.scalars(select(m.Contact).where(m.Contact.partner_id == "fi-gold")):
            contact.paused_until = None
        s.get(m.Partner, "fi-plc").cooldown_until = None
    decline_offer(app, *offer_of(app, lead.lead_id, "fi-plc"), now)
    agree("fi-plc", "decline", "already_declined")
    accept_offer(app, *offer_of(app, lead.lead_id, "fi-gold"), now)
    assert both("fi-gold", "accept")[0] is None  # "already yours" shows full details
    others = [p for p in offers(app, lead.lead_id) if p not in ("fi-gold", "fi-plc")]
    for partner in others:
        agree(partner, "accept", "taken")


def test_the_offer_read_hands_the_lock_page_to_the_full_path(app):
    from mailbot.handlers.link_pages import inspect, offer_view
    from mailbot.handlers.partner_actions import accept_offer
    week_ago = datetime.now(UTC) - timedelta(days=7)
    first = add_lead(app, week_ago)
    offer_id, contact = offer_of(app, first.lead_id, "fi-gold")
    accept_offer(app, offer_id, contact, week_ago)
    second = add_lead(app, datetime.now(UTC) - timedelta(minutes=1), company="Two Oy")
    now = datetime.now(UTC)
    accept = app.signer.verify("accept", link(app, "accept", second.lead_id, contact)[1])
    assert offer_view(app, accept, now) is None
    assert inspect(app, accept, now).outcome == "locked"
    decline = app.signer.verify("decline", link(app, "decline", second.lead_id, contact)[1])
    assert offer_view(app, decline, now) == inspect(app, decline, now)
    assert offer_view(app, decline, now).outcome == ""


def test_an_own_deal_by_the_web_form_once_per_form(app, client):
    import re
    with app.sessions() as s:
        pia = s.scalar(select(m.Contact).where(m.Contact.key == "pia@fi-plc.example"))
    path, token = link(app, "own_deal", 0, pia.id)
    page = client.get(path, headers=BROWSER)
    assert page.status_code == 200 and 'name="company"' in page.text
    form_id = re.search(r'name="form_id" value="([^"]+)"', page.text).group(1)
    with app.sessions() as s:
        assert s.scalar(select(m.OwnDeal.id)) is None  # GET registers nothing
    bad = client.post(path, data={"token": token, "form_id": form_id, "company": "",
                                  "amount": "lots"})
    assert bad.status_code == 422 and f'value="{form_id}"' in bad.text  # same form again
    deal = {"token": token, "form_id": form_id, "company": "Oma Asiakas Oy",
            "amount": "12 500,50", "currency": "EUR", "note": "found at a fair"}
    done = client.post(path, data=deal)
    assert done.status_code == 200 and "Oma kauppanne on kirjattu" in done.text  # Finnish
    assert client.post(path, data=deal).status_code == 200  # a double click
    with app.sessions() as s:
        rows = s.scalars(select(m.OwnDeal)).all()
        points = s.scalars(select(m.PointsEntry.points).where(
            m.PointsEntry.reason == "own_deal")).all()
    assert [(r.partner_id, r.company, str(r.amount), r.via) for r in rows] == [
        ("fi-plc", "Oma Asiakas Oy", "12500.50", "web")]
    assert len(points) == 1
    forged = client.post(path, data={**deal, "form_id": "<script>"})
    assert forged.status_code == 422


def test_an_old_unsubscribe_link_still_unsubscribes(app, client):
    """Only the signature matters for leaving a mailing: an expired token still works,
    a forged one does not."""
    stale = LinkSigner(list(app.settings.secrets.secret_keys), BASE,
                       clock=lambda: datetime.now(UTC) - timedelta(days=400))
    path = f"/l/unsubscribe/{stale.token('unsubscribe', 0, 0, 'manager:boss')}"
    assert client.get(path).status_code == 200
    done = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "You are unsubscribed" in done.text
    with app.sessions() as s:
        assert s.get(m.Manager, "boss").digest_unsubscribed_at is not None
    forged = path[:-5] + ("A" if path[-5] != "A" else "B") + path[-4:]  # a signature byte
    assert client.post(forged, data={"List-Unsubscribe": "One-Click"}).status_code == 400


def test_opening_a_link_without_a_lead_does_not_lose_the_batch_of_opens(app, client, lead):
    """Unsubscribe and own-deal links name no lead (id 0): their opens must not go into
    link_opens, whose lead_id is a foreign key, or the whole batch fails to insert."""
    _, contact = offer_of(app, lead.lead_id, "fi-gold")
    client.get(link(app, "accept", lead.lead_id, contact)[0], headers=BROWSER)
    client.get(f"/l/unsubscribe/{app.signer.token('unsubscribe', 0, 0, 'manager:boss')}")
    client.get(link(app, "own_deal", 0, contact)[0], headers=BROWSER)
    assert app.opens.flush() == 1
    with app.sessions() as s:
        assert s.scalars(select(m.LinkOpen.action)).all() == ["accept"]


@pytest.mark.parametrize("lock", [("enabled", "false"), ("scope", '"contact"')])
def test_the_offer_read_agrees_with_inspect_for_every_lock_setting(config_dir, tmp_path, lock):
    """The one-statement read builds its lock check from the rules: off, or per contact
    (a colleague's overdue lead does not lock this contact)."""
    import re

    from mailbot.app import build_app, load_config
    from mailbot.handlers.link_pages import inspect, offer_view
    from mailbot.handlers.partner_actions import accept_offer
    from mailbot.store.db import make_engine
    key, value = lock
    rules = config_dir / "rules.toml"  # in [pick_lock]: enabled = false, or scope = "contact"
    rules.write_text(re.sub(rf"(\[pick_lock\][^\[]*?\n){key} = [^\n]*",
                            rf"\g<1>{key} = {value}", rules.read_text()))
    assert f"{key} = {value}" in rules.read_text()
    app = build_app(load_config(config_dir, environ={}),
                    engine=make_engine(f"sqlite:///{tmp_path / 'lock.db'}"))
    week_ago = datetime.now(UTC) - timedelta(days=7)
    first = add_lead(app, week_ago)
    offer_id, aino = offer_of(app, first.lead_id, "fi-gold")
    accept_offer(app, offer_id, aino, week_ago)  # Aino's feedback is long overdue
    second = add_lead(app, datetime.now(UTC) - timedelta(minutes=1), company="Two Oy")
    with app.sessions() as s:
        colleague = s.scalar(select(m.Contact.id).where(
            m.Contact.partner_id == "fi-gold", m.Contact.id != aino))
    now = datetime.now(UTC)
    for contact in (aino, colleague):
        claims = app.signer.verify("accept", link(app, "accept", second.lead_id, contact)[1])
        full, fast = inspect(app, claims, now), offer_view(app, claims, now)
        locked = key == "scope" and contact == aino
        assert full.outcome == ("locked" if locked else ""), (contact, full)
        assert fast is None if locked else fast == full
    app.engine.dispose()
