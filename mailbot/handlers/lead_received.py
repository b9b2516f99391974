"""A new lead arrives (CLI, CSV, later the API): validate, qualify, label, offer wave 1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain import qualification
from mailbot.domain.lifecycle import LeadState
from mailbot.domain.money import check_storable
from mailbot.errors import InputError
from mailbot.handlers.offering import offer_next_wave
from mailbot.store import models as m
from mailbot.store import timeline
from mailbot.store.db import unit_of_work


class LeadInput(BaseModel):
    """The shape of an incoming lead. Unknown keys are kept in ``extra``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)
    external_id: str | None = Field(default=None, max_length=200)
    company: str = Field(default="", max_length=200)
    contact_name: str = Field(default="", max_length=200)
    contact_email: str = Field(default="", max_length=254)
    contact_phone: str = Field(default="", max_length=60)
    country: str = Field(default="", max_length=2)
    postal_code: str = Field(default="", max_length=20)
    city: str = Field(default="", max_length=100)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    source: str = Field(default="", max_length=100)
    reason: str = ""
    requirement: str = ""
    notes: str = ""
    product: str = Field(default="", max_length=100)
    skills: list[str] = []
    certifications: list[str] = []
    partner_type: str = Field(default="", max_length=20)
    #: partners who must not get this lead (channel conflict: the customer works with them)
    exclude_partners: list[str] = []
    language: str = Field(default="", max_length=5)
    temperature: str = ""
    estimated_value: Decimal | None = Field(default=None, ge=0, lt=Decimal("1e12"))
    _storable = field_validator("estimated_value")(check_storable)
    currency: str = Field(default="", max_length=3)

    @field_validator("skills", "certifications", "exclude_partners", mode="before")
    @classmethod
    def _split(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [s.strip() for s in v.replace("|", ";").split(";") if s.strip()]
        return v

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        """NUL characters cannot be stored in PostgreSQL text: refuse them by name."""
        bad = _nul_paths(data, ())
        if bad:
            raise ValueError(f"NUL character (\\u0000) in {', '.join(bad[:5])}")
        return data

    @field_validator("external_id")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v or None  # "" is no id: it must not make every such lead "the same"

    @field_validator("country", "currency")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()

    @field_validator("temperature")
    @classmethod
    def _temp(cls, v: str) -> str:
        if v and v.lower() not in ("hot", "warm", "cold"):
            raise ValueError("expected hot, warm or cold")
        return v.lower()

    @field_validator("contact_email")
    @classmethod
    def _email(cls, v: str) -> str:
        if v and ("@" not in v or " " in v):
            raise ValueError(f"not an email address: {v!r}")
        return v.lower()


def _nul_paths(value: Any, path: tuple) -> list[str]:
    if isinstance(value, str):
        return [".".join(map(str, path)) or "value"] if "\x00" in value else []
    if isinstance(value, dict):
        return [p for k, v in value.items()
                for p in _nul_paths(str(k), (*path, "key")) + _nul_paths(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _nul_paths(v, (*path, i))]
    return []


@dataclass(frozen=True)
class Intake:
    lead_id: int
    ref: str
    state: str
    created: bool
    missing: list[str]
    offered_to: list[str]


def parse_lead(data: Any, where: str = "lead") -> LeadInput:
    """Validate raw lead data; InputError lists every bad field with its path."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with lead fields")
    try:
        return LeadInput.model_validate(data)
    except ValidationError as exc:
        msgs = [f"{where}: {'.'.join(str(p) for p in e['loc'])}: "
                f"{e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]
        raise InputError("\n".join(msgs)) from None


def receive_lead(app: App, data: LeadInput, now: datetime, *, actor: str = "admin",
                 channel: str = "cli") -> Intake:
    """Store the lead, qualify it and offer wave 1, all in one transaction.

    A lead whose external_id is already known is not created twice (idempotent intake);
    if that lead was rejected, the new data replaces it and it is qualified again, so the
    sender fixes a rejected lead by sending it again.
    """
    try:
        with unit_of_work(app.sessions) as session:
            return _intake(session, app, data, now, actor, channel)
    except IntegrityError:
        # Two requests with the same external_id at once: the unique index let one in.
        with app.sessions() as session:
            known = _known(session, data.external_id)
        if known is None:
            raise
        return known


def _known(session: Session, external_id: str | None) -> Intake | None:
    lead = _by_external_id(session, external_id)
    return None if lead is None else Intake(lead.id, lead.ref, lead.state, False, [], [])


def _by_external_id(session: Session, external_id: str | None, *,
                    lock: bool = False) -> m.Lead | None:
    if not external_id:
        return None
    query = select(m.Lead).where(m.Lead.external_id == external_id)
    return session.scalar(query.with_for_update() if lock else query)


def _intake(session: Session, app: App, data: LeadInput, now: datetime, actor: str,
            channel: str) -> Intake:
    # locked: two resends of a rejected lead at once must not both qualify and offer it
    rejected = _by_external_id(session, data.external_id, lock=True)
    if rejected is not None and rejected.state != LeadState.REJECTED:
        return Intake(rejected.id, rejected.ref, rejected.state, False, [], [])
    _check_partner_ids(session, data.exclude_partners)
    fields = qualification.enrich(data.model_dump(), app.rules.qualification.enrich)
    temp = qualification.temperature(fields, app.rules.temperature.rule,
                                     app.rules.temperature.default)
    if rejected is None:
        lead = m.Lead(state=LeadState.NEW, created_at=now, updated_at=now)
        session.add(lead)
    else:
        lead = rejected  # sent again with the same external_id: the new data replaces it
    _fill(lead, fields, temp)
    missing = qualification.missing_fields(fields, app.rules.qualification.required)
    if rejected is not None and not session.is_modified(lead):
        return Intake(lead.id, lead.ref, lead.state, False, missing, [])  # a plain retry
    session.flush()
    timeline.note(session, lead, "received" if rejected is None else "resubmitted", now=now,
                  actor=actor, channel=channel, note=f"temperature {temp}")
    created = rejected is None
    if missing:
        if created:
            timeline.move(session, lead, LeadState.REJECTED, now=now, actor="mailbot",
                          channel="system", rule="qualification.required",
                          note="missing: " + ", ".join(missing))
        return Intake(lead.id, lead.ref, lead.state, created, missing, [])
    timeline.move(session, lead, LeadState.QUALIFIED, now=now, actor="mailbot",
                  channel="system", rule="qualification.required")
    wave = offer_next_wave(session, lead, app.rules, now,
                           domain=app.settings.file.sender.reply_domain)
    return Intake(lead.id, lead.ref, lead.state, created, [],
                  [o.partner_id for o in wave.offers])


def _fill(lead: m.Lead, fields: dict, temperature: str) -> None:
    """The lead's input columns from ``fields`` (a resubmission clears what it leaves out).
    Only declared input fields become columns: an extra key named "state", "id" or
    "partner_id" stays an extra instead of writing the lead's own bookkeeping."""
    known = set(m.Lead.__table__.columns.keys()) & set(LeadInput.model_fields)
    for name in known - {"temperature", "external_id"}:
        value = fields.get(name)
        column = m.Lead.__table__.columns[name]
        default = column.default
        if value is None and not column.nullable and default is not None:
            value = default.arg(None) if default.is_callable else default.arg
        if value is not None or column.nullable:
            setattr(lead, name, value)
    lead.external_id = fields.get("external_id") or lead.external_id
    lead.temperature = temperature
    lead.extra = _jsonable({k: v for k, v in fields.items()
                            if k not in known and k != "temperature"})


def _check_partner_ids(session: Session, ids: list[str]) -> None:
    known = set(session.scalars(select(m.Partner.id).where(m.Partner.id.in_(ids))).all())
    bad = [f"exclude_partners[{i}]: unknown partner {pid!r}" for i, pid in enumerate(ids)
           if pid not in known]
    if bad:
        raise InputError("\n".join(f"lead: {b} (expected a partner id from the directory)"
                                    for b in bad))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
