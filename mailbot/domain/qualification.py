"""Is a lead good enough to send out, and how hot is it? Pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

_TLD_COUNTRY = {
    "de": "DE", "at": "AT", "ch": "CH", "fi": "FI", "se": "SE", "ru": "RU", "no": "NO",
    "dk": "DK", "nl": "NL", "be": "BE", "fr": "FR", "it": "IT", "es": "ES", "pl": "PL",
    "ee": "EE", "lv": "LV", "lt": "LT", "uk": "GB", "ie": "IE", "pt": "PT", "cz": "CZ",
}
_COUNTRY_LANGUAGE = {"DE": "de", "AT": "de", "CH": "de", "FI": "fi", "SE": "sv", "RU": "ru",
                     "GB": "en", "IE": "en", "US": "en"}


def missing_fields(lead: Mapping[str, Any], required: Iterable[str]) -> list[str]:
    """The required fields that are absent or blank, in the order the rules list them."""
    return [f for f in required if _blank(lead.get(f))]


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | dict):
        return not value
    return False


def enrich(lead: Mapping[str, Any], enrichers: Iterable[str]) -> dict[str, Any]:
    """Apply the named enrichment steps; only ever fills blanks or normalises."""
    out = dict(lead)
    for name in enrichers:
        _ENRICHERS[name](out)
    return out


def _country_from_email_tld(lead: dict) -> None:
    email = lead.get("contact_email") or ""
    if _blank(lead.get("country")) and "." in email:
        country = _TLD_COUNTRY.get(email.rsplit(".", 1)[-1].lower())
        if country:
            lead["country"] = country


def _language_from_country(lead: dict) -> None:
    if _blank(lead.get("language")):
        lang = _COUNTRY_LANGUAGE.get(str(lead.get("country") or "").upper())
        if lang:
            lead["language"] = lang


def _normalise_postal_code(lead: dict) -> None:
    code = lead.get("postal_code")
    if isinstance(code, str | int):
        lead["postal_code"] = re.sub(r"\s+", "", str(code)).upper()


_ENRICHERS = {
    "country_from_email_tld": _country_from_email_tld,
    "language_from_country": _language_from_country,
    "normalise_postal_code": _normalise_postal_code,
}


class TemperatureRule(Protocol):
    label: str
    sources: list[str]
    min_value: float | None
    keywords: list[str]


def temperature(lead: Mapping[str, Any], rules: Iterable[TemperatureRule], default: str) -> str:
    """An explicit hot/warm/cold on the lead wins; else the first matching rule; else default.

    A rule matches when every condition it states holds (source in list, value at
    least min_value, any keyword in requirement/reason/notes).
    """
    given = str(lead.get("temperature") or "").lower()
    if given in ("hot", "warm", "cold"):
        return given
    text = " ".join(str(lead.get(k) or "") for k in ("requirement", "reason", "notes")).lower()
    for rule in rules:
        if rule.sources and str(lead.get("source") or "") not in rule.sources:
            continue
        if rule.min_value is not None and _number(lead.get("estimated_value")) < rule.min_value:
            continue
        if rule.keywords and not any(k.lower() in text for k in rule.keywords):
            continue
        return rule.label
    return default


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
