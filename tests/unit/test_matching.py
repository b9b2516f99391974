from datetime import UTC, datetime, timedelta

import pytest

from mailbot.domain.matching import (
    FACTORS,
    NEUTRAL,
    LeadProfile,
    MatchingRules,
    PartnerProfile,
    Ranked,
    exclusion,
    haversine_km,
    plan_wave,
    rank,
    region_fit,
    score_factors,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
RULES = MatchingRules(
    weights=dict.fromkeys(FACTORS, 1.0),
    levels={"gold": 1.0, "silver": 0.5, "registered": 0.25},
    type_fit={"sell-with": ["sell-with", "hybrid"]})
LEAD = LeadProfile(country="FI", postal_code="00150", lat=60.17, lon=24.94,
                   skills=frozenset({"sensors", "plc"}), certifications=frozenset({"installer"}))


def p(**kw) -> PartnerProfile:
    return PartnerProfile(id=kw.pop("id", "p"), countries=frozenset(kw.pop("countries", {"FI"})),
                          **kw)


def factor(name, partner, lead=LEAD, rules=RULES):
    return score_factors(lead, partner, rules)[name]


def test_skills_overlap():
    assert factor("skills", p(skills=frozenset({"sensors", "plc"}))) == 1.0
    assert factor("skills", p(skills=frozenset({"SENSORS"}))) == 0.5
    assert factor("skills", p()) == 0.0
    assert factor("skills", p(), lead=LeadProfile()) == NEUTRAL


def test_certifications():
    assert factor("certifications", p(certifications=frozenset({"installer"}))) == 1.0
    assert factor("certifications", p()) == 0.0
    assert factor("certifications", p(), lead=LeadProfile()) == NEUTRAL


def test_level_from_rules_and_unknown_level_scores_zero():
    assert factor("level", p(level="gold")) == 1.0
    assert factor("level", p(level="silver")) == 0.5
    assert factor("level", p(level="diamond")) == 0.0


def test_region_postal_prefix_beats_distance_beats_country():
    assert region_fit(LEAD, p(postal_prefixes=("00",)), 300) == 1.0
    near = region_fit(LEAD, p(lat=61.5, lon=23.76), 300)  # Tampere, ~160 km
    assert 0.4 < near < 0.6
    assert region_fit(LEAD, p(), 300) == 0.5  # same country only
    assert region_fit(LEAD, p(countries={"SE"}, lat=59.33, lon=18.07), 300) == 0.0


def test_postal_prefix_needs_same_country():
    lead = LeadProfile(country="DE", postal_code="00150")
    assert region_fit(lead, p(countries={"FI"}, postal_prefixes=("00",)), 300) == 0.0


def test_haversine_helsinki_tampere():
    assert haversine_km(60.17, 24.94, 61.50, 23.76) == pytest.approx(160, abs=5)


def test_conversion_is_neutral_until_enough_history():
    assert factor("conversion", p(won=1, lost=0)) == NEUTRAL
    assert factor("conversion", p(won=3, lost=1)) == 0.75
    assert factor("conversion", p(won=0, lost=4)) == 0.0


def test_fairness_counts_recent_load():
    assert factor("fairness", p(recent_load=0)) == 1.0
    assert factor("fairness", p(recent_load=2)) == pytest.approx(0.6)
    assert factor("fairness", p(recent_load=50)) == 0.0


def test_capacity_left():
    assert factor("capacity", p(capacity=4, open_leads=1)) == 0.75
    assert factor("capacity", p(capacity=0)) == 0.0


def test_partner_type_fit():
    lead = LeadProfile(partner_type="sell-with")
    assert factor("partner_type", p(partner_type="hybrid"), lead=lead) == 1.0
    assert factor("partner_type", p(partner_type="sell-to"), lead=lead) == 0.0
    assert factor("partner_type", p(partner_type="sell-to")) == NEUTRAL


@pytest.mark.parametrize(("kw", "reason"), [
    ({"active": False}, "inactive"),
    ({"reachable": False}, "no deliverable contact"),
    ({"declined": True}, "declined this lead"),
    ({"already_offered": True}, "already offered this lead"),
    ({"capacity": 2, "open_leads": 2}, "over capacity (2/2 open)"),
    ({"paused_until": NOW + timedelta(days=1)}, "paused (away)"),
    ({"cooldown_until": NOW + timedelta(days=1)}, "in reverse-deal cooldown"),
    ({"countries": {"SE"}}, "outside region"),
])
def test_exclusions(kw, reason):
    assert exclusion(LEAD, p(**kw), RULES, NOW) == reason


def test_past_pause_and_cooldown_do_not_exclude():
    partner = p(paused_until=NOW - timedelta(hours=1), cooldown_until=NOW)
    assert exclusion(LEAD, partner, RULES, NOW) is None


def test_locked_partner_is_excluded_only_when_rules_say_so():
    strict = MatchingRules(weights=RULES.weights, levels=RULES.levels, offer_to_locked=False)
    assert exclusion(LEAD, p(locked=True), strict, NOW) == "pick-locked (feedback overdue)"
    assert exclusion(LEAD, p(locked=True), RULES, NOW) is None


def test_partner_without_countries_covers_everywhere():
    assert exclusion(LEAD, p(countries=set()), RULES, NOW) is None


def test_rank_orders_by_score_then_id_and_puts_excluded_last():
    partners = [p(id="b", skills=frozenset({"sensors"})), p(id="a", skills=frozenset({"sensors"})),
                p(id="c", skills=frozenset({"sensors", "plc"})), p(id="z", declined=True,
                                                                   skills=frozenset({"plc"}))]
    ranking = rank(LEAD, partners, RULES, NOW)
    assert [r.partner_id for r in ranking] == ["c", "a", "b", "z"]
    assert ranking[-1].excluded == "declined this lead"
    assert ranking[0].score == pytest.approx(sum(ranking[0].factors.values()))


def test_weights_scale_factors():
    rules = MatchingRules(weights={"skills": 10.0}, levels={})
    (r,) = rank(LEAD, [p(skills=frozenset({"sensors"}))], rules, NOW)
    assert r.score == 5.0


def _r(pid, score, locked=False, excluded=None):
    return Ranked(pid, score, {}, excluded, locked)


def test_plan_wave_takes_top_n_eligible():
    ranking = [_r("a", 9), _r("b", 8), _r("c", 7), _r("d", 6), _r("x", 10, excluded="paused")]
    assert [r.partner_id for r in plan_wave(ranking, 3)] == ["a", "b", "c"]


def test_plan_wave_adds_higher_ranked_locked_partners_without_taking_a_slot():
    ranking = [_r("l1", 9.5, locked=True), _r("a", 9), _r("b", 8), _r("l2", 1, locked=True)]
    assert [r.partner_id for r in plan_wave(ranking, 2)] == ["l1", "a", "b"]


def test_plan_wave_empty_when_only_locked_or_excluded():
    assert plan_wave([_r("l", 5, locked=True), _r("x", 3, excluded="inactive")], 3) == []
