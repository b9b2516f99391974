"""The partner directory: organisations, partners, contacts and managers.

Admins keep it in ``config/`` as YAML (``partners.yaml``) or as a CSV export
from their CRM (one row per contact; rows of one organisation are merged).
Both formats validate into the same :class:`Directory`.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from mailbot.configfile import Section, check_timezone, problems_from
from mailbot.errors import ConfigError, Problem

OrgKind = Literal["manufacturer", "distributor", "reseller", "agency"]
PartnerType = Literal["sell-to", "sell-through", "sell-with", "hybrid"]
Language = Literal["en", "de", "fi", "sv", "ru"]
ManagerRole = Literal[
    "partner_account_manager", "sales_management", "distributor_manager", "reseller_manager",
]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _id(v: str) -> str:
    if not _ID.match(v):
        raise ValueError(f"bad id {v!r} (expected lower-case letters, digits, '.', '_', '-')")
    return v


class Contact(Section):
    name: str
    emails: list[str] = Field(min_length=1)
    role: Literal["sales", "manager", "owner"] = "sales"
    language: Language | None = None
    timezone: str | None = None
    #: opt-in: a Monday-morning email listing the contact's open leads with status buttons
    summary: Literal["weekly", "never"] = "never"

    _tz = field_validator("timezone")(classmethod(lambda cls, v: check_timezone(v)))

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        for e in v:
            if not _EMAIL.match(e):
                raise ValueError(f"not an email address: {e!r}")
        return [e.strip().lower() for e in v]

    @property
    def key(self) -> str:
        """The primary address identifies the contact across directory reloads."""
        return self.emails[0]


class Region(Section):
    countries: list[str] = []
    postal_prefixes: list[str] = []
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        for c in v:
            if not re.match(r"^[A-Za-z]{2}$", c):
                raise ValueError(f"not an ISO country code: {c!r} (expected e.g. 'DE')")
        return [c.upper() for c in v]


class Organisation(Section):
    id: str
    name: str
    kind: OrgKind
    parent: str | None = None
    #: whether this organisation is offered leads (defaults: partners yes, manufacturer no)
    receives_leads: bool | None = None
    partner_type: PartnerType = "sell-through"
    roles: list[Literal["solution", "sales", "service", "influencer"]] = ["sales"]
    level: str = "registered"
    skills: list[str] = []
    certifications: list[str] = []
    region: Region = Region()
    capacity: int = Field(default=10, ge=0)
    language: Language = "en"
    #: unset: the timezone of the country's business hours, else [mailbot].timezone
    timezone: str | None = None
    managers: list[str] = []

    _tz = field_validator("timezone")(classmethod(lambda cls, v: check_timezone(v)))
    contacts: list[Contact] = []

    _check_id = field_validator("id")(classmethod(lambda cls, v: _id(v)))

    @property
    def is_partner(self) -> bool:
        if self.receives_leads is not None:
            return self.receives_leads
        return self.kind in ("distributor", "reseller")

    @model_validator(mode="after")
    def _partner_needs_contact(self) -> Organisation:
        if self.is_partner and not self.contacts:
            raise ValueError("a partner that receives leads needs at least one contact")
        return self


class Scope(Section):
    #: everything (sales management)
    all: bool = False
    organisations: list[str] = []
    countries: list[str] = []


class Digest(Section):
    every: Literal["daily", "weekly", "monthly", "never"] = "weekly"
    #: weekly: that weekday; monthly: the first such weekday of the month
    day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    #: local time in the manager's timezone
    time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class Manager(Section):
    id: str
    name: str
    email: str
    role: ManagerRole
    organisation: str | None = None
    scope: Scope = Scope()
    language: Language = "en"
    timezone: str = "UTC"
    digest: Digest = Digest()

    _tz = field_validator("timezone")(classmethod(lambda cls, v: check_timezone(v)))

    _check_id = field_validator("id")(classmethod(lambda cls, v: _id(v)))

    @field_validator("email")
    @classmethod
    def _email(cls, v: str) -> str:
        if not _EMAIL.match(v):
            raise ValueError(f"not an email address: {v!r}")
        return v.strip().lower()


class DirectoryFile(Section):
    organisations: list[Organisation] = []
    managers: list[Manager] = []


class Directory(Section):
    organisations: list[Organisation]
    managers: list[Manager]

    @property
    def partners(self) -> list[Organisation]:
        return [o for o in self.organisations if o.is_partner]

    def organisation(self, org_id: str) -> Organisation | None:
        return next((o for o in self.organisations if o.id == org_id), None)


def load_directory(config_dir: Path, files: list[str]) -> Directory:
    """Load and cross-check every directory file; raise ConfigError with all problems."""
    orgs: list[tuple[str, str, Organisation]] = []
    managers: list[tuple[str, str, Manager]] = []
    problems: list[Problem] = []
    for name in files:
        path = config_dir / name
        try:
            part = _load_file(path)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        orgs += [(name, f"organisations[{i}]", o) for i, o in enumerate(part.organisations)]
        managers += [(name, f"managers[{i}]", m) for i, m in enumerate(part.managers)]
    problems += _cross_check(orgs, managers)
    if problems:
        raise ConfigError(problems)
    return Directory(organisations=[o for *_, o in orgs], managers=[m for *_, m in managers])


def _load_file(path: Path) -> DirectoryFile:
    if not path.exists():
        raise ConfigError([Problem(path.name, "", "file not found", str(path))])
    if path.suffix.lower() == ".csv":
        return read_partner_csv(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise ConfigError([Problem(path.name, "", "unknown directory format",
                                   "a .yaml, .yml or .csv file")])
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(path.name, "", f"YAML syntax error: {exc}")]) from None
    try:
        return DirectoryFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(problems_from(exc, path.name, DirectoryFile)) from None


def _cross_check(orgs: list, managers: list) -> list[Problem]:
    """Problems that span entries: duplicates, dangling references, cycles."""
    problems = []
    ids = Counter(o.id for *_, o in orgs)
    known = set(ids)
    manager_ids = {m.id for *_, m in managers}
    seen_email: dict[str, str] = {}
    for file, where, org in orgs:
        if ids[org.id] > 1:
            problems.append(Problem(file, f"{where}.id", f"duplicate organisation id {org.id!r}",
                                    "each id once"))
        if org.parent and org.parent not in known:
            problems.append(Problem(file, f"{where}.parent", f"unknown organisation {org.parent!r}",
                                    "the id of an organisation in the directory"))
        for i, mid in enumerate(org.managers):
            if mid not in manager_ids:
                problems.append(Problem(file, f"{where}.managers[{i}]",
                                        f"unknown manager {mid!r}", "a manager id"))
        for ci, contact in enumerate(org.contacts):
            for ei, email in enumerate(contact.emails):
                key = f"{where}.contacts[{ci}].emails[{ei}]"
                if email in seen_email:
                    problems.append(Problem(file, key, f"duplicate email {email!r}, also at "
                                            f"{seen_email[email]}", "each address once"))
                else:
                    seen_email[email] = f"{file}: {key}"
    problems += _cycles(orgs)
    mids = Counter(m.id for *_, m in managers)
    for file, where, m in managers:
        if mids[m.id] > 1:
            problems.append(Problem(file, f"{where}.id", f"duplicate manager id {m.id!r}",
                                    "each id once"))
        for ref in [m.organisation or "", *m.scope.organisations]:
            if ref and ref not in known:
                problems.append(Problem(file, f"{where}.scope", f"unknown organisation {ref!r}",
                                        "the id of an organisation in the directory"))
    return problems


def _cycles(orgs: list) -> list[Problem]:
    parent = {o.id: o.parent for *_, o in orgs}
    problems = []
    for file, where, org in orgs:
        seen, cur = set(), org.id
        while cur is not None and cur not in seen:
            seen.add(cur)
            cur = parent.get(cur)
        if cur == org.id:
            problems.append(Problem(file, f"{where}.parent", "the hierarchy has a cycle",
                                    "a tree: manufacturer → distributor → reseller"))
    return problems


# --- CSV (CRM export) --------------------------------------------------------------------

#: CSV column → organisation field. Header matching ignores case, spaces and dashes,
#: and accepts the usual CRM export names as aliases.
CSV_ALIASES = {
    "id": ("id", "org_id", "account_id", "partner_id"),
    "name": ("name", "org_name", "account_name", "partner_name", "company"),
    "kind": ("kind", "org_kind", "account_type"),
    "parent": ("parent", "parent_id", "parent_account_id"),
    "partner_type": ("partner_type",),
    "level": ("level", "partner_level", "tier"),
    "skills": ("skills", "products"),
    "certifications": ("certifications",),
    "countries": ("countries", "country", "billing_country"),
    "postal_prefixes": ("postal_prefixes", "postal_codes", "zip_prefixes"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "lng", "longitude"),
    "capacity": ("capacity", "max_open_leads"),
    "language": ("language", "lang"),
    "timezone": ("timezone", "time_zone"),
    "managers": ("managers", "account_manager"),
    "contact_name": ("contact_name", "contact", "full_name"),
    "contact_email": ("contact_email", "email", "emails"),
    "contact_role": ("contact_role", "role"),
    "contact_language": ("contact_language",),
}
_LISTS = {"skills", "certifications", "countries", "postal_prefixes", "managers"}


def _norm(header: str) -> str:
    return re.sub(r"[\s-]+", "_", header.strip().lower())


def _split(value: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;|,]", value) if p.strip()]


def read_partner_csv(path: Path) -> DirectoryFile:
    """Read a CRM export: one row per contact, organisation columns repeated."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        columns = _map_columns(reader.fieldnames or [], path.name)
        orgs: dict[str, dict] = {}
        for row_no, row in enumerate(reader, start=2):
            values = {field: (row.get(col) or "").strip() for field, col in columns.items()}
            _merge_row(orgs, values, row_no)
    problems, result = [], []
    for org_id, (data, first_row) in orgs.items():
        try:
            result.append(Organisation.model_validate(data))
        except ValidationError as exc:
            problems += problems_from(exc, path.name, Organisation,
                                      prefix=f"row {first_row} ({org_id})")
    if problems:
        raise ConfigError(problems)
    return DirectoryFile(organisations=result)


def _map_columns(headers: list[str], file: str) -> dict[str, str]:
    by_norm = {_norm(h): h for h in headers}
    columns = {}
    for field, aliases in CSV_ALIASES.items():
        for alias in aliases:
            if alias in by_norm:
                columns[field] = by_norm[alias]
                break
    missing = [f for f in ("id", "name", "kind") if f not in columns]
    if missing:
        raise ConfigError([Problem(file, "header", f"missing column(s) {', '.join(missing)}",
                                   "at least id, name, kind")])
    return columns


def _merge_row(orgs: dict, values: dict[str, str], row_no: int) -> None:
    org_id = values["id"]
    if org_id not in orgs:
        data: dict = {"contacts": []}
        region: dict = {}
        for field, value in values.items():
            if not value or field.startswith("contact_"):
                continue
            parsed: object = _split(value) if field in _LISTS else value
            if field in ("countries", "postal_prefixes", "lat", "lon"):
                region[field] = parsed
            else:
                data[field] = parsed
        if region:
            data["region"] = region
        orgs[org_id] = (data, row_no)
    if values.get("contact_email"):
        contact = {"name": values.get("contact_name") or values["contact_email"],
                   "emails": _split(values["contact_email"])}
        if values.get("contact_role"):
            contact["role"] = values["contact_role"].lower()
        if values.get("contact_language"):
            contact["language"] = values["contact_language"].lower()
        orgs[org_id][0]["contacts"].append(contact)
