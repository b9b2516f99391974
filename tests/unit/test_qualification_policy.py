from datetime import UTC, datetime, timedelta

from mailbot.domain import policy
from mailbot.domain.qualification import enrich, missing_fields, temperature
from mailbot.rules import TemperatureRule

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_missing_fields_treats_blank_as_missing():
    lead = {"company": "  ", "country": "FI", "skills": [], "estimated_value": 0}
    assert missing_fields(lead, ["company", "country", "skills", "estimated_value", "x"]) == [
        "company", "skills", "x"]


def test_enrichment_fills_blanks_only():
    out = enrich({"contact_email": "a@b.example.fi", "postal_code": " 00 150 "},
                 ["normalise_postal_code", "country_from_email_tld", "language_from_country"])
    assert out["country"] == "FI" and out["language"] == "fi" and out["postal_code"] == "00150"
    kept = enrich({"contact_email": "a@b.fi", "country": "SE"}, ["country_from_email_tld"])
    assert kept["country"] == "SE"


RULES = [TemperatureRule(label="hot", sources=["demo_request"]),
         TemperatureRule(label="hot", min_value=50000),
         TemperatureRule(label="cold", keywords=["just browsing"])]


def test_temperature_rules_in_order():
    assert temperature({"source": "demo_request"}, RULES, "warm") == "hot"
    assert temperature({"estimated_value": "60000"}, RULES, "warm") == "hot"
    assert temperature({"notes": "Just browsing for now"}, RULES, "warm") == "cold"
    assert temperature({"source": "web"}, RULES, "warm") == "warm"


def test_explicit_temperature_wins():
    assert temperature({"temperature": "COLD", "source": "demo_request"}, RULES, "warm") == "cold"


def test_offer_deadlines():
    remind, escalate = policy.offer_deadlines(NOW, timedelta(hours=4), timedelta(hours=12))
    assert (remind, escalate) == (NOW + timedelta(hours=4), NOW + timedelta(hours=12))


def test_chase_times_and_the_step_due():
    day = timedelta(days=1)
    times = policy.chase_times(NOW, day, 3 * day)
    assert times == [NOW - day, NOW, NOW + 3 * day]
    assert policy.chase_times(NOW, day, None) == [NOW - day, NOW]  # no pick lock
    assert policy.chase_step(times, 0, NOW - 2 * day) is None
    assert policy.chase_step(times, 0, NOW - day) == 0
    assert policy.chase_step(times, 1, NOW - day) is None  # step 0 already sent
    assert policy.chase_step(times, 0, NOW + day) == 1  # late: straight to "overdue"
    assert policy.chase_step(times, 0, NOW + 7 * day) == 2
    assert policy.chase_step(times, 3, NOW + 7 * day) is None  # all sent


def test_escalation_outcome():
    assert policy.escalation_outcome(1, 3, 2) == "next_wave"
    assert policy.escalation_outcome(3, 3, 2) == "unclaimed"
    assert policy.escalation_outcome(1, 3, 0) == "unclaimed"
