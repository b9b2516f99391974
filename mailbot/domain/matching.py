"""Rank partners for a lead with an explainable score, and cut waves from the ranking.

Each factor is a number in [0, 1] multiplied by its weight from the rules; the
sum is the score. Neutral values (0.5) are used where the lead asks nothing of a
factor, so it neither helps nor hurts anyone. Exclusions are explicit reasons,
shown by ``mailbot lead explain`` next to the factors.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

NEUTRAL = 0.5
FACTORS = ("skills", "certifications", "level", "region", "conversion", "fairness", "capacity",
           "partner_type")


@dataclass(frozen=True)
class LeadProfile:
    country: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None
    skills: frozenset[str] = frozenset()
    certifications: frozenset[str] = frozenset()
    partner_type: str = ""


@dataclass(frozen=True)
class PartnerProfile:
    """What matching needs to know about one partner at one instant."""

    id: str
    level: str = "registered"
    partner_type: str = "sell-through"
    skills: frozenset[str] = frozenset()
    certifications: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    postal_prefixes: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    capacity: int = 10
    open_leads: int = 0
    recent_load: int = 0
    won: int = 0
    lost: int = 0
    active: bool = True
    reachable: bool = True
    paused_until: datetime | None = None
    cooldown_until: datetime | None = None
    locked: bool = False
    declined: bool = False
    already_offered: bool = False
    excluded_by_lead: bool = False


@dataclass(frozen=True)
class MatchingRules:
    weights: Mapping[str, float]
    levels: Mapping[str, float]
    max_distance_km: float = 300.0
    fairness_saturation: int = 5
    min_closed_for_conversion: int = 3
    type_fit: Mapping[str, Iterable[str]] = field(default_factory=dict)
    require_country: bool = True
    offer_to_locked: bool = True


@dataclass(frozen=True)
class Ranked:
    partner_id: str
    score: float
    factors: dict[str, float]
    excluded: str | None = None
    locked: bool = False


def rank(lead: LeadProfile, partners: Iterable[PartnerProfile], rules: MatchingRules,
         now: datetime) -> list[Ranked]:
    """Every partner, eligible ones first by descending score, then the excluded ones.

    Ties break on partner id so the ranking is deterministic.
    """
    ranked = []
    for p in partners:
        factors = score_factors(lead, p, rules)
        score = round(sum(rules.weights.get(k, 0.0) * v for k, v in factors.items()), 4)
        reason = exclusion(lead, p, rules, now)
        locked = p.locked and reason is None
        ranked.append(Ranked(p.id, score, factors, reason, locked))
    return sorted(ranked, key=lambda r: (r.excluded is not None, -r.score, r.partner_id))


def exclusion(lead: LeadProfile, p: PartnerProfile, rules: MatchingRules,
              now: datetime) -> str | None:
    """Why this partner must not get this lead now, or None."""
    checks = [
        (not p.active, "inactive"),
        (not p.reachable, "no deliverable contact"),
        (p.excluded_by_lead, "excluded by the lead (channel conflict)"),
        (p.declined, "declined this lead"),
        (p.already_offered, "already offered this lead"),
        (p.open_leads >= p.capacity, f"over capacity ({p.open_leads}/{p.capacity} open)"),
        (p.paused_until is not None and p.paused_until > now, "paused (away)"),
        (p.cooldown_until is not None and p.cooldown_until > now, "in reverse-deal cooldown"),
        (p.locked and not rules.offer_to_locked, "pick-locked (feedback overdue)"),
        (rules.require_country and bool(lead.country) and bool(p.countries)
         and lead.country.upper() not in p.countries, "outside region"),
    ]
    return next((reason for hit, reason in checks if hit), None)


def score_factors(lead: LeadProfile, p: PartnerProfile, rules: MatchingRules) -> dict[str, float]:
    return {
        "skills": _overlap(lead.skills, p.skills),
        "certifications": _overlap(lead.certifications, p.certifications),
        "level": rules.levels.get(p.level, 0.0),
        "region": region_fit(lead, p, rules.max_distance_km),
        "conversion": _conversion(p, rules.min_closed_for_conversion),
        "fairness": 1.0 - min(p.recent_load / rules.fairness_saturation, 1.0),
        "capacity": max(p.capacity - p.open_leads, 0) / p.capacity if p.capacity else 0.0,
        "partner_type": _type_fit(lead, p, rules),
    }


def _overlap(wanted: frozenset[str], has: frozenset[str]) -> float:
    if not wanted:
        return NEUTRAL
    wanted_l = {w.lower() for w in wanted}
    return len(wanted_l & {h.lower() for h in has}) / len(wanted_l)


def region_fit(lead: LeadProfile, p: PartnerProfile, max_km: float) -> float:
    """1.0 for a postal-code prefix hit, by distance when both have coordinates,
    0.5 for the same country, else 0."""
    best = 0.0
    same_country = bool(lead.country) and lead.country.upper() in p.countries
    if same_country:
        best = 0.5
    postal = lead.postal_code.replace(" ", "").upper()
    if (same_country or not p.countries) and postal and any(
            postal.startswith(pre.upper()) for pre in p.postal_prefixes):
        return 1.0
    if None not in (lead.lat, lead.lon, p.lat, p.lon):
        km = haversine_km(lead.lat, lead.lon, p.lat, p.lon)  # type: ignore[arg-type]
        best = max(best, max(0.0, 1.0 - km / max_km))
    return round(best, 4)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _conversion(p: PartnerProfile, min_closed: int) -> float:
    closed = p.won + p.lost
    # Too little history: neutral, so new and small partners are not starved.
    if closed < max(min_closed, 1):
        return NEUTRAL
    return p.won / closed


def _type_fit(lead: LeadProfile, p: PartnerProfile, rules: MatchingRules) -> float:
    if not lead.partner_type:
        return NEUTRAL
    fit = rules.type_fit.get(lead.partner_type, (lead.partner_type,))
    return 1.0 if p.partner_type in fit else 0.0


def plan_wave(ranking: list[Ranked], wave_size: int) -> list[Ranked]:
    """The partners to offer to in the next wave.

    The wave is the top ``wave_size`` unlocked eligible partners. Locked partners
    who rank above the last of them are offered too (they see the lead, but
    cannot pick it until they give their overdue feedback), without taking a slot.
    """
    eligible = [r for r in ranking if r.excluded is None]
    unlocked = [r for r in eligible if not r.locked][:wave_size]
    if not unlocked:
        return []
    floor = unlocked[-1].score
    extras = [r for r in eligible if r.locked and r.score > floor]
    return sorted(unlocked + extras, key=lambda r: (-r.score, r.partner_id))
