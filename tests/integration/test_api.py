"""The HTTP API on both databases: keys, scopes, rate limits, validation paths, idempotent
intake, reading leads with their timeline, own deals; /healthz and /metrics beside it."""

from __future__ import annotations

import warnings
from datetime import timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailbot.app import build_app, load_config
from mailbot.inbound.web import create_app
from mailbot.store.db import make_engine
from tests.conftest import T0
from tests.integration.helpers import QUALIFIED

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CRM, BI = "crm-secret-0123456789abcdef", "bi-secret-0123456789abcdef"
KEYS = """
[api.keys.crm]
scopes = ["leads:read", "leads:write", "deals:write"]
rate_per_minute = 10000

[api.keys.bi]
scopes = ["leads:read"]
rate_per_minute = 2

[api.keys.salesforce_sync]
scopes = ["deals:write"]
"""


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self):
        return self.now


def api_config(config_dir: Path, extra: str = ""):
    with (config_dir / "mailbot.toml").open("a") as fh:
        fh.write(KEYS + extra)
    return load_config(config_dir, environ={"MAILBOT_API_KEY_CRM": CRM,
                                            "MAILBOT_API_KEY_BI": BI,
                                            "MAILBOT_API_KEY_SALESFORCE_SYNC": SF})


@pytest.fixture(params=["sqlite", "postgres"])
def client(request, config_dir: Path, tmp_path: Path):
    config = api_config(config_dir)
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'mailbot.db'}")
    else:
        engine = request.getfixturevalue("pg_engine_factory")()
    clock = Clock()
    with TestClient(create_app(build_app(config, engine=engine), clock=clock)) as c:
        c.clock = clock
        yield c
    engine.dispose()


SF = "sf-" + "s" * 40


def auth(key: str = CRM) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_keys_scopes_and_rate_limit(client):
    assert client.get("/api/leads").status_code == 401
    bad = client.get("/api/leads", headers=auth("nope"))
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/leads", headers={"X-API-Key": CRM}).status_code == 200
    denied = client.post("/api/leads", json=QUALIFIED, headers=auth(BI))
    assert denied.status_code == 403 and "leads:write" in denied.json()["detail"]
    # bi may make 2 requests a minute: the 403 above took one
    assert client.get("/api/leads", headers=auth(BI)).status_code == 200
    limited = client.get("/api/leads", headers=auth(BI))
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) == 30
    client.clock.now += timedelta(seconds=30)
    assert client.get("/api/leads", headers=auth(BI)).status_code == 200


def test_create_is_idempotent_with_an_external_id(client):
    lead = {**QUALIFIED, "external_id": "crm-4711", "company": "Pöyry Oyj"}
    first = client.post("/api/leads", json=lead, headers=auth())
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["created"] and body["state"] == "offered" and body["offered_to"]
    again = client.post("/api/leads", json=lead, headers=auth())
    assert again.status_code == 200
    assert again.json()["ref"] == body["ref"] and not again.json()["created"]
    listed = client.get("/api/leads", params={"external_id": "crm-4711"}, headers=auth())
    assert [x["ref"] for x in listed.json()["leads"]] == [body["ref"]]
    got = client.get(f"/api/leads/{body['ref']}", headers=auth()).json()
    assert got["company"] == "Pöyry Oyj" and got["state"] == "offered"
    kinds = [e["kind"] for e in got["timeline"]]
    assert kinds[:3] == ["received", "lead_state", "lead_state"] and "wave_offered" in kinds
    assert {o["partner_id"] for o in got["offers"]} == set(body["offered_to"])
    blank = [client.post("/api/leads", json={**QUALIFIED, "external_id": ""}, headers=auth())
             for _ in range(2)]  # an empty id is no id (schemathesis found a 500 here)
    assert [r.status_code for r in blank] == [201, 201]
    assert got["timeline"][0]["channel"] == "api" and got["timeline"][0]["actor"] == "api:crm"


def test_validation_errors_name_each_field(client):
    bad = client.post("/api/leads", headers=auth(), json={
        **QUALIFIED, "country": "FIN", "contact_email": "not-an-address",
        "skills": [1, {"x": 2}], "estimated_value": -5, "company": "A\u0000B"})
    assert bad.status_code == 422
    messages = str(bad.json()["detail"])
    assert "NUL" in messages
    bad = client.post("/api/leads", headers=auth(), json={
        **QUALIFIED, "country": "FIN", "contact_email": "not-an-address",
        "estimated_value": -5, "temperature": "lukewarm"})
    locs = {tuple(e["loc"]) for e in bad.json()["detail"]}
    assert {("body", "country"), ("body", "contact_email"), ("body", "estimated_value"),
            ("body", "temperature")} <= locs
    # just under 10^12, but it rounds to 10^12 in NUMERIC(14, 2): PostgreSQL overflowed
    for big in (999999999999.9999, "999999999999.995"):
        over = client.post("/api/leads", headers=auth(), json={**QUALIFIED,
                                                               "estimated_value": big})
        assert over.status_code == 422, over.text
        deal = client.post("/api/partners/fi-gold/deals", headers=auth(),
                           json={"company": "X", "amount": big})
        assert deal.status_code == 422, deal.text
    fits = client.post("/api/leads", headers=auth(), json={**QUALIFIED,
                                                           "estimated_value": "999999999999.99"})
    assert fits.status_code == 201, fits.text
    unknown = client.post("/api/leads", headers=auth(),
                          json={**QUALIFIED, "exclude_partners": ["nobody"]})
    assert unknown.status_code == 422 and "nobody" in unknown.text
    assert client.post("/api/leads", headers=auth(), content=b"{not json",
                       ).status_code == 422


def test_extra_keys_never_write_the_leads_own_columns(client):
    made = client.post("/api/leads", headers=auth(), json={
        **QUALIFIED, "id": 777, "state": "won", "partner_id": "fi-gold", "deal_amount": 5,
        "created_at": "yesterday", "budget": "50k"})
    assert made.status_code == 201, made.text
    got = client.get(f"/api/leads/{made.json()['ref']}", headers=auth()).json()
    assert got["id"] != 777 and got["state"] == "offered"
    assert got["partner_id"] is None and got["deal_amount"] is None


def test_a_batch_goes_lead_by_lead_and_can_be_retried(client):
    batch = {"leads": [{**QUALIFIED, "external_id": "b-1"},
                       {**QUALIFIED, "external_id": "b-2", "exclude_partners": ["nobody"]},
                       {**QUALIFIED, "external_id": "b-3", "company": ""}]}
    results = client.post("/api/leads/batch", json=batch, headers=auth()).json()["results"]
    assert results[0]["result"]["created"] and results[0]["result"]["state"] == "offered"
    assert "nobody" in results[1]["error"] and results[1]["result"] is None
    assert results[2]["result"]["state"] == "rejected"  # company is required
    assert results[2]["result"]["missing"] == ["company"]
    again = client.post("/api/leads/batch", json=batch, headers=auth()).json()["results"]
    assert [r["result"]["created"] for r in again if r["result"]] == [False, False]
    too_big = client.post("/api/leads/batch", json={"leads": [QUALIFIED] * 501},
                          headers=auth())
    assert too_big.status_code == 422
    assert client.post("/api/leads/batch", json={"leads": []},
                       headers=auth()).status_code == 422


def test_listing_filters_and_pages(client):
    refs = [client.post("/api/leads", json={**QUALIFIED, "external_id": f"p-{i}"},
                        headers=auth()).json()["ref"] for i in range(5)]
    client.clock.now += timedelta(days=1)
    late = client.post("/api/leads", json={**QUALIFIED, "company": ""},
                       headers=auth()).json()["ref"]
    page = client.get("/api/leads", params={"limit": 2}, headers=auth()).json()
    assert [x["ref"] for x in page["leads"]] == refs[:2]
    page = client.get("/api/leads", params={"limit": 2, "after": page["next_after"]},
                      headers=auth()).json()
    assert [x["ref"] for x in page["leads"]] == refs[2:4]
    since = (T0 + timedelta(hours=12)).isoformat()
    recent = client.get("/api/leads", params={"updated_since": since}, headers=auth()).json()
    assert [x["ref"] for x in recent["leads"]] == [late] and recent["next_after"] is None
    rejected = client.get("/api/leads", params={"state": "rejected"}, headers=auth()).json()
    assert [x["ref"] for x in rejected["leads"]] == [late]
    assert client.get("/api/leads/L-999999", headers=auth()).status_code == 404
    assert client.get("/api/leads/banana", headers=auth()).status_code == 404
    assert client.get("/api/leads", params={"limit": 0}, headers=auth()).status_code == 422


def test_an_own_deal_by_api(client):
    made = client.post("/api/partners/fi-gold/deals", headers=auth(), json={
        "company": "Oma Asiakas Oy", "amount": "12500.50", "currency": "eur"})
    assert made.status_code == 201, made.text
    assert made.json()["amount"] == 12500.5 and made.json()["currency"] == "EUR"
    assert client.post("/api/partners/nobody/deals", headers=auth(),
                       json={"company": "X"}).status_code == 404
    bad = client.post("/api/partners/fi-gold/deals", headers=auth(),
                      json={"amount": "lots", "currency": "EURO"})
    assert {tuple(e["loc"]) for e in bad.json()["detail"]} == {("body", "amount"),
                                                                ("body", "currency")}
    assert client.post("/api/partners/fi-gold/deals", headers=auth(BI),
                       json={}).status_code == 403
    assert made.json()["registered_at"].endswith("Z")  # UTC as everywhere in the API


def test_own_deals_are_idempotent_by_external_id_for_any_key_name(client):
    deal = {"company": "Oma Asiakas Oy", "amount": "900", "currency": "EUR",
            "external_id": "opp-0061"}
    first = client.post("/api/partners/fi-gold/deals", headers=auth(SF), json=deal)
    assert first.status_code == 201, first.text  # a long key name is recorded in full
    again = client.post("/api/partners/fi-gold/deals", headers=auth(SF), json=deal)
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert again.json()["created"] is False and first.json()["created"] is True
    other = client.post("/api/partners/fi-plc/deals", headers=auth(SF), json=deal)
    assert other.status_code == 201  # another partner's opportunity with the same id
    assert client.post("/api/partners/fi-gold/deals", headers=auth(SF),
                       json={**deal, "external_id": ""}).status_code == 201


def test_openapi_document_is_served(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert {"/leads", "/leads/batch", "/leads/{ref}", "/partners/{partner_id}/deals"} <= set(
        doc["paths"])
    assert doc["servers"] == [{"url": "/api"}]


def test_healthz_and_metrics(client):
    health = client.get("/healthz")
    assert health.status_code == 200
    assert set(health.json()["checks"]) == {"database", "smtp", "imap"}
    client.post("/api/leads", json=QUALIFIED, headers=auth())
    text = client.get("/metrics").text
    families = {f.name: f for f in text_string_to_metric_families(text)}
    events = {s.labels["type"]: s.value for s in families["mailbot_events"].samples
              if s.name == "mailbot_events_total"}
    assert events["lead.created"] >= 1 and events["offer.sent"] >= 1
    outbox = {s.labels["status"]: s.value for s in families["mailbot_outbox_messages"].samples}
    assert outbox["pending"] >= 3
    assert families["mailbot_database_up"].samples[0].value == 1
    for name in ("mailbot_offers_sent", "mailbot_accepts", "mailbot_declines",
                 "mailbot_escalations", "mailbot_reminders", "mailbot_inbound_messages",
                 "mailbot_send_failures", "mailbot_tick_duration_seconds",
                 "mailbot_outbox_oldest_due_age_seconds", "mailbot_webhook_deliveries"):
        assert name in families, name


def test_a_rejected_lead_is_fixed_by_sending_it_again(client):
    broken = {**QUALIFIED, "company": "", "external_id": "crm-77"}
    first = client.post("/api/leads", json=broken, headers=auth())
    assert first.status_code == 201 and first.json()["state"] == "rejected"
    still = client.post("/api/leads", json=broken, headers=auth())
    assert still.status_code == 200 and still.json()["state"] == "rejected"
    assert still.json()["missing"] == ["company"]
    client.clock.now += timedelta(hours=1)
    fixed = client.post("/api/leads", json={**broken, "company": "Korjattu Oy"},
                        headers=auth())
    assert fixed.status_code == 200, fixed.text  # the same lead, not a second one
    assert fixed.json()["ref"] == first.json()["ref"] and fixed.json()["state"] == "offered"
    assert fixed.json()["offered_to"]
    lead = client.get(f"/api/leads/{first.json()['ref']}", headers=auth()).json()
    assert lead["company"] == "Korjattu Oy"
    kinds = [e["kind"] for e in lead["timeline"]]
    # the identical retry changed nothing; only the fixed resend is on the timeline
    assert kinds.count("resubmitted") == 1 and "wave_offered" in kinds
    # once it is offered, sending it again changes nothing
    again = client.post("/api/leads", json={**broken, "company": "Other Oy"}, headers=auth())
    assert again.status_code == 200 and again.json()["state"] == "offered"
    lead = client.get(f"/api/leads/{first.json()['ref']}", headers=auth()).json()
    assert lead["company"] == "Korjattu Oy"


def test_guessing_keys_is_slowed_down_per_address(client):
    from mailbot.inbound.api import FAILED_PER_MINUTE
    for i in range(FAILED_PER_MINUTE):
        assert client.get("/api/leads", headers=auth(f"guess-{i}")).status_code == 401
    blocked = client.get("/api/leads", headers=auth("guess-x"))
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) == 6
    # the right key waits too: the answer must not tell a guesser it was right
    assert client.get("/api/leads", headers=auth()).status_code == 429
    client.clock.now += timedelta(seconds=6)
    assert client.get("/api/leads", headers=auth()).status_code == 200  # successes cost none
    assert client.get("/api/leads", headers=auth()).status_code == 200


def test_a_key_without_its_secret_stops_the_start_unless_the_api_is_off(config_dir):
    from mailbot.errors import ConfigError
    with (config_dir / "mailbot.toml").open("a") as fh:
        fh.write(KEYS)
    with pytest.raises(ConfigError, match="MAILBOT_API_KEY_BI"):
        load_config(config_dir, environ={"MAILBOT_API_KEY_CRM": CRM})
    off = load_config(config_dir, environ={"MAILBOT_API__ENABLED": "false"})
    assert not off.settings.file.api.enabled and off.settings.secrets.api_keys == {}


def test_the_rate_limiter_counts_a_burst_and_forgets_idle_addresses():
    from datetime import datetime as dt

    from mailbot.inbound import api
    clock = Clock()
    limiter = api.RateLimiter(clock)
    # ten guesses let through together (all checked before any was counted) still count:
    for _ in range(api.FAILED_PER_MINUTE * 2):
        limiter.charge("unknown-key:10.0.0.1", api.FAILED_PER_MINUTE)
    assert limiter.wait_seconds("unknown-key:10.0.0.1", api.FAILED_PER_MINUTE,
                                take=False) == 66  # 11 tokens short at one per 6 s
    for i in range(api.MAX_BUCKETS + 1):
        limiter.buckets[f"old-{i}"] = (0.0, dt(2026, 1, 1, tzinfo=T0.tzinfo))
    limiter.wait_seconds("crm", 100)
    assert len(limiter.buckets) <= 3
