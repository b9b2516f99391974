"""Typed, validated business rules from ``config/rules.toml``.

Every field has a default, so an empty rules file is valid; ``config/rules.toml``
documents each key where it is declared. Unknown keys and bad values stop
``mailbot check`` with ``rules.toml: key: problem (expected …)``.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from mailbot.configfile import Duration, Section, check_timezone, load_toml, validate
from mailbot.domain.calendar import WorkCalendar

Temperature = Literal["hot", "warm", "cold"]
TEMPERATURES: tuple[Temperature, ...] = ("hot", "warm", "cold")
#: Lead fields an admin may list as required or match on.
LEAD_FIELDS = (
    "company", "contact_name", "contact_email", "contact_phone", "country", "postal_code",
    "city", "source", "reason", "requirement", "product", "skills", "notes", "estimated_value",
    "currency", "language", "partner_type", "external_id", "lat", "lon",
)
ENRICHERS = ("country_from_email_tld", "language_from_country", "normalise_postal_code")


class Qualification(Section):
    required: list[str] = ["company", "contact_email", "country", "requirement", "source"]
    enrich: list[str] = []

    @field_validator("required")
    @classmethod
    def _known_fields(cls, v: list[str]) -> list[str]:
        return _only(v, LEAD_FIELDS, "lead field")

    @field_validator("enrich")
    @classmethod
    def _known_enrichers(cls, v: list[str]) -> list[str]:
        return _only(v, ENRICHERS, "enricher")


def _only(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    for value in values:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r} (expected one of: {', '.join(allowed)})")
    return values


class TemperatureRule(Section):
    label: Temperature
    sources: list[str] = []
    min_value: float | None = Field(default=None, ge=0)
    keywords: list[str] = []


class TemperatureRules(Section):
    default: Temperature = "warm"
    rule: list[TemperatureRule] = []


class Weights(Section):
    skills: float = Field(default=3.0, ge=0)
    certifications: float = Field(default=2.0, ge=0)
    level: float = Field(default=1.0, ge=0)
    region: float = Field(default=3.0, ge=0)
    conversion: float = Field(default=1.5, ge=0)
    fairness: float = Field(default=2.0, ge=0)
    capacity: float = Field(default=1.0, ge=0)
    partner_type: float = Field(default=1.0, ge=0)


class Matching(Section):
    weights: Weights = Weights()
    levels: dict[str, float] = {"platinum": 1.0, "gold": 0.75, "silver": 0.5, "registered": 0.25}
    max_distance_km: float = Field(default=300.0, gt=0)
    #: partners whose region lists countries only get leads from those countries
    require_country: bool = True
    fairness_window: Duration = timedelta(days=30)
    #: a partner whose recent load is at this many leads gets no fairness credit
    fairness_saturation: int = Field(default=5, ge=1)
    #: past conversion is trusted only after this many closed leads
    min_closed_for_conversion: int = Field(default=3, ge=0)
    #: preferred partner types per lead partner_type hint
    type_fit: dict[str, list[str]] = {
        "sell-with": ["sell-with", "hybrid"],
        "sell-through": ["sell-through", "hybrid"],
        "sell-to": ["sell-to", "hybrid"],
    }


class Timing(Section):
    reminder_after: Duration | None = None
    escalation_after: Duration | None = None


class Offers(Section):
    wave_size: int = Field(default=3, ge=1)
    waves: int = Field(default=3, ge=1)
    reminder_after: Duration = timedelta(hours=4)
    escalation_after: Duration = timedelta(hours=12)
    #: email the responsible managers each time a lead moves on to a new wave
    notify_managers_on_escalation: bool = True
    hot: Timing = Timing()
    warm: Timing = Timing()
    cold: Timing = Timing()

    @model_validator(mode="after")
    def _reminder_before_escalation(self) -> Offers:
        for temp in TEMPERATURES:
            if self.reminder(temp) >= self.escalation(temp):
                raise ValueError(
                    f"offers.{temp}: reminder_after must be shorter than escalation_after")
        return self

    def escalation(self, temperature: str) -> timedelta:
        return getattr(self, temperature).escalation_after or self.escalation_after

    def reminder(self, temperature: str) -> timedelta:
        return getattr(self, temperature).reminder_after or self.reminder_after


class Feedback(Section):
    #: how long after entering each working state the partner must report next
    deadlines: dict[Literal["accepted", "contacted", "meeting", "proposal"], Duration] = {
        "accepted": timedelta(days=2), "contacted": timedelta(days=14),
        "meeting": timedelta(days=14), "proposal": timedelta(days=14),
    }
    remind_before: Duration = timedelta(days=1)
    silent_after: Duration = timedelta(days=14)


class PickLock(Section):
    enabled: bool = True
    scope: Literal["contact", "partner"] = "partner"
    overdue_by: Duration = timedelta(days=3)
    #: locked partners still see new offers (marked locked) but cannot accept them
    offer_to_locked: bool = True


class Points(Section):
    accept: int = 5
    feedback_on_time: int = 2
    won: int = 20
    own_deal: int = 10
    overdue_feedback: int = Field(default=-3, le=0)
    multipliers: dict[Temperature, float] = {"hot": 1.0, "warm": 1.5, "cold": 3.0}


class ReverseDeal(Section):
    enabled: bool = False
    won_supplied: int = Field(default=3, ge=1)
    window: Duration = timedelta(days=180)
    cooldown: Duration = timedelta(days=30)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class Hours(Section):
    start: time = time(8, 0)
    end: time = time(17, 0)
    days: list[Weekday] = ["mon", "tue", "wed", "thu", "fri"]
    holidays: list[date] = []
    timezone: str | None = None

    _tz = field_validator("timezone")(classmethod(lambda cls, v: check_timezone(v)))

    @model_validator(mode="after")
    def _opens_before_it_closes(self) -> Hours:
        if self.start >= self.end:
            raise ValueError(f"start {self.start} must be before end {self.end}")
        return self


class BusinessHours(Hours):
    enabled: bool = False
    timezone: str | None = "UTC"
    #: per-country overrides, keyed by ISO 3166 alpha-2 code; holidays add to the global ones
    countries: dict[str, Hours] = {}

    def calendar(self, country: str | None = None,
                 timezone: str | None = None) -> WorkCalendar | None:
        """The working calendar of a country (and a person's own timezone, when known);
        None when business hours are off: clocks then run on plain time."""
        if not self.enabled:
            return None
        own = self.countries.get((country or "").upper())

        def pick(key: str):
            chosen = own is not None and key in own.model_fields_set
            return getattr(own if chosen else self, key)

        holidays = set(self.holidays) | set(own.holidays if own is not None else [])
        return WorkCalendar(timezone or pick("timezone") or self.timezone or "UTC",
                            pick("start"), pick("end"),
                            frozenset(WEEKDAYS.index(d) for d in pick("days")),
                            frozenset(holidays))


class Inbound(Section):
    #: how long an out-of-office notice without a return date pauses the contact
    pause_without_date: Duration = timedelta(days=3)
    #: longest pause an out-of-office date may set (a typo must not mute a contact for years)
    pause_at_most: Duration = timedelta(days=60)
    #: times a soft-bounced email is sent again before it counts as failed
    soft_bounce_retries: int = Field(default=3, ge=0)
    soft_bounce_delay: Duration = timedelta(hours=1)
    #: at most one "I did not understand" reply per sender within this time
    not_understood_every: Duration = timedelta(days=1)
    #: authserv-ids of the servers whose Authentication-Results (DMARC) are believed
    trusted_authserv_ids: list[str] = []
    #: a reply that names its lead only by "[L-n]" in the subject (no signed reply key, not
    #: in one of our threads) acts only when those servers say the sender is authenticated
    subject_reference_needs_authentication: bool = False

    @model_validator(mode="after")
    def _authentication_needs_a_trusted_server(self) -> Inbound:
        if self.subject_reference_needs_authentication and not self.trusted_authserv_ids:
            raise ValueError(
                "inbound.subject_reference_needs_authentication needs trusted_authserv_ids: "
                "without a trusted server, a sender can write the Authentication-Results "
                "header himself")
        return self


class DigestRules(Section):
    #: chance of winning per working state: weights the open pipeline for the PLI
    stage_probability: dict[Literal["accepted", "contacted", "meeting", "proposal"],
                            float] = {"accepted": 0.1, "contacted": 0.2, "meeting": 0.4,
                                      "proposal": 0.6}
    #: the currency of the headline deal size and pipeline index
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")

    @field_validator("stage_probability")
    @classmethod
    def _probabilities(cls, v: dict) -> dict:
        for state, chance in v.items():
            if not 0 <= chance <= 1:
                raise ValueError(f"{state}: {chance} is not a probability (0..1)")
        return v


class Customer(Section):
    #: ask the end customer to rate the partner (1-5 stars) once the lead is closed
    satisfaction_request: bool = True
    #: how long after won/lost the rating request goes out
    satisfaction_delay: Duration = timedelta(days=1)


class Rules(Section):
    qualification: Qualification = Qualification()
    temperature: TemperatureRules = TemperatureRules()
    matching: Matching = Matching()
    offers: Offers = Offers()
    feedback: Feedback = Feedback()
    pick_lock: PickLock = PickLock()
    points: Points = Points()
    reverse_deal: ReverseDeal = ReverseDeal()
    inbound: Inbound = Inbound()
    business_hours: BusinessHours = BusinessHours()
    digest: DigestRules = DigestRules()
    customer: Customer = Customer()


def load_rules(path: Path) -> Rules:
    """Load and validate a rules file; raises ConfigError listing every problem."""
    return validate(Rules, load_toml(path), path.name)
