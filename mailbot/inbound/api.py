"""The HTTP API under ``/api``: lead intake for CRMs and web forms, lead reading, own deals.

An adapter like the link pages: it checks the key, the scope and the rate, validates the
body (FastAPI + pydantic: a 422 names every bad field by its path) and calls the same
handlers the CLI calls. The OpenAPI document is served at ``/api/openapi.json``.

Keys are named in ``[api.keys.<name>]`` with scopes; their secrets come from
``MAILBOT_API_KEY_<NAME>``. A request sends one as ``Authorization: Bearer <secret>`` or
``X-API-Key: <secret>``: none or an unknown one is 401, a key without the scope 403, a
key over its rate 429 with ``Retry-After``.
"""


import hmac
import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select

from mailbot.app import App
from mailbot.domain.money import check_storable
from mailbot.errors import InputError, NotFound
from mailbot.handlers.lead_received import Intake, LeadInput, receive_lead
from mailbot.handlers.own_deals import register_once
from mailbot.store import models as m
from mailbot.store.exports import iso
from mailbot.store.webhooks import jsonable, lead_snapshot

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
MAX_BATCH = 500
MAX_ID = 2**31 - 1  # ids are 32-bit integers in PostgreSQL
FAILED_PER_MINUTE = 10  # unknown keys per client address before it must wait
MAX_BUCKETS = 10_000  # rate-limit buckets kept before idle ones are forgotten
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the API key")


# --- authentication and rate limits ---------------------------------------------------------

@dataclass(frozen=True)
class Caller:
    name: str
    scopes: frozenset[str]


class RateLimiter:
    """A token bucket per key: ``rate`` requests a minute, bursts up to ``rate``. Per
    instance; several instances behind a balancer each allow the rate."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.buckets: dict[str, tuple[float, datetime]] = {}
        self.lock = threading.Lock()

    def wait_seconds(self, key: str, rate: int, *, take: bool = True) -> float:
        """0 when the request may go now (a token is taken unless ``take`` is false),
        else seconds to wait."""
        now = self.clock()
        with self.lock:
            tokens = self._refill(key, rate, now)
            if tokens >= 1:
                self.buckets[key] = (tokens - 1 if take else tokens, now)
                return 0.0
            self.buckets[key] = (tokens, now)
            return (1 - tokens) * 60 / rate

    def charge(self, key: str, rate: int) -> None:
        """Take a token even from an empty bucket (down to -rate): requests that were let
        through together still each count, and a burst waits that much longer."""
        now = self.clock()
        with self.lock:
            self.buckets[key] = (max(self._refill(key, rate, now) - 1, -float(rate)), now)

    def _refill(self, key: str, rate: int, now: datetime) -> float:
        if len(self.buckets) > MAX_BUCKETS:  # one per client address: forget idle ones
            idle = now - timedelta(minutes=3)  # any bucket is full again after 2 minutes
            self.buckets = {k: v for k, v in self.buckets.items() if v[1] > idle}
        tokens, last = self.buckets.get(key, (float(rate), now))
        return min(float(rate), tokens + (now - last).total_seconds() * rate / 60)


def _authenticator(app: App, limiter: RateLimiter):
    api = app.settings.file.api
    secrets = app.settings.secrets.api_keys

    def caller(request: Request,
               bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
               header: Annotated[str | None, Depends(_header)]) -> Caller:
        given = (bearer.credentials if bearer else None) or header
        if not given:
            raise HTTPException(401, "an API key is needed (Authorization: Bearer <key> "
                                "or X-API-Key)", headers={"WWW-Authenticate": "Bearer"})
        # Guessing keys: after FAILED_PER_MINUTE unknown keys from one address, every key
        # from it waits (also a right one, so the answer tells a guesser nothing).
        remote = "unknown-key:" + (request.client.host if request.client else "")
        wait = limiter.wait_seconds(remote, FAILED_PER_MINUTE, take=False)
        if wait:
            raise HTTPException(429, "too many unknown API keys from this address",
                                headers={"Retry-After": str(math.ceil(wait))})
        for name, secret in secrets.items():
            if hmac.compare_digest(given.encode(), secret.encode()):
                key = api.keys[name]
                wait = limiter.wait_seconds(name, key.rate_per_minute or api.rate_per_minute)
                if wait:
                    raise HTTPException(429, f"rate limit of key {name!r} reached",
                                        headers={"Retry-After": str(math.ceil(wait))})
                return Caller(name, frozenset(key.scopes))
        limiter.charge(remote, FAILED_PER_MINUTE)
        log.warning("api: request with an unknown API key from %s", remote.split(":", 1)[1])
        raise HTTPException(401, "unknown API key", headers={"WWW-Authenticate": "Bearer"})

    return caller


def _scope(authenticate, scope: str):
    def check(who: Annotated[Caller, Depends(authenticate)]) -> Caller:
        if scope not in who.scopes:
            raise HTTPException(403, f"key {who.name!r} lacks the scope {scope!r}")
        return who
    return check


# --- shapes ---------------------------------------------------------------------------------

class IntakeOut(BaseModel):
    ref: str
    id: int
    state: str
    created: bool = Field(description="false: a lead with this external_id existed already")
    offered_to: list[str]
    missing: list[str] = Field(description="required fields missing (the lead is rejected)")

    @classmethod
    def of(cls, intake: Intake) -> "IntakeOut":
        return cls(ref=intake.ref, id=intake.lead_id, state=intake.state,
                   created=intake.created, offered_to=intake.offered_to,
                   missing=intake.missing)


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    leads: list[LeadInput] = Field(min_length=1, max_length=MAX_BATCH)


class BatchItem(BaseModel):
    index: int
    result: IntakeOut | None = None
    error: str | None = None


class BatchOut(BaseModel):
    results: list[BatchItem]


class LeadOut(BaseModel):
    """The lead as a CRM maps it (the same fields as in webhook payloads), with its offers
    and timeline."""

    model_config = ConfigDict(extra="allow")
    ref: str
    id: int
    external_id: str | None
    state: str
    partner_id: str | None
    updated_at: str
    offers: list[dict[str, Any]] = []
    timeline: list[dict[str, Any]] = []


class LeadList(BaseModel):
    leads: list[LeadOut]
    next_after: int | None = Field(description="pass as `after` for the next page")


class DealIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    external_id: str = Field(default="", max_length=200, description=(
        "your id for it (e.g. the CRM opportunity): a retry with the same id creates "
        "nothing and answers 200 with the deal registered first"))
    company: str = Field(default="", max_length=200)
    amount: Decimal | None = Field(default=None, ge=0, lt=Decimal("1e12"))
    _storable = field_validator("amount")(check_storable)
    currency: str = Field(default="", pattern=r"^([A-Za-z]{3})?$")
    note: str = Field(default="", max_length=4000)


class DealOut(BaseModel):
    id: int
    partner_id: str
    external_id: str | None
    created: bool = Field(description="false: a deal with this external_id existed already")
    company: str
    amount: float | None
    currency: str
    registered_at: str

    @classmethod
    def of(cls, row: m.OwnDeal, created: bool) -> "DealOut":
        return cls(id=row.id, partner_id=row.partner_id, external_id=row.external_id,
                   created=created, company=row.company,
                   amount=float(row.amount) if row.amount is not None else None,
                   currency=row.currency, registered_at=iso(row.registered_at))


class Problem(BaseModel):
    detail: str


COMMON = {400: {"model": Problem, "description": "the body cannot be read (not UTF-8); "
                                                 "a body that is not JSON is a 422"},
          401: {"model": Problem, "description": "no API key or an unknown one"},
          403: {"model": Problem, "description": "the key lacks the scope"},
          429: {"model": Problem, "description": "the key's rate limit; see Retry-After"}}
NOT_FOUND = {404: {"model": Problem, "description": "no such lead or partner"}}


# --- the application ------------------------------------------------------------------------

def create_api(app: App, clock: Clock | None = None) -> FastAPI:
    clock = clock or (lambda: datetime.now(UTC))
    api = FastAPI(title="Mailbot API", version="1", openapi_url="/openapi.json",
                  docs_url=None, redoc_url=None, responses=COMMON,
                  description="Lead intake, lead state and partners' own deals. See "
                              "docs/api.md; webhooks are described in docs/webhooks.md.")
    who = _authenticator(app, RateLimiter(clock))
    write, read, deals = (_scope(who, s) for s in ("leads:write", "leads:read", "deals:write"))

    @api.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": [{"loc": ["body"], "msg": line, "type": "value_error"}
                                        for line in str(exc).splitlines()]}, status_code=422)

    @api.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @api.post("/leads", status_code=201, response_model=IntakeOut,
              responses={200: {"model": IntakeOut, "description": "already known (same "
                               "external_id): nothing created"}})
    def create_lead(lead: LeadInput, caller: Annotated[Caller, Depends(write)]):
        intake = receive_lead(app, lead, clock(), actor=f"api:{caller.name}", channel="api")
        out = IntakeOut.of(intake)
        return out if intake.created else JSONResponse(out.model_dump(), status_code=200)

    @api.post("/leads/batch", response_model=BatchOut)
    def create_leads(batch: BatchIn, caller: Annotated[Caller, Depends(write)]) -> BatchOut:
        """Each lead in its own transaction: one bad lead does not stop the others, and a
        retried batch creates nothing twice when the leads carry an external_id."""
        results = []
        for index, lead in enumerate(batch.leads):
            try:
                intake = receive_lead(app, lead, clock(), actor=f"api:{caller.name}",
                                      channel="api")
                results.append(BatchItem(index=index, result=IntakeOut.of(intake)))
            except InputError as exc:
                results.append(BatchItem(index=index, error=str(exc)))
        return BatchOut(results=results)

    @api.get("/leads/{ref}", response_model=LeadOut, responses=NOT_FOUND)
    def get_lead(ref: Annotated[str, Path(max_length=40, description="L-12 or 12")],
                 caller: Annotated[Caller, Depends(read)]) -> dict:
        with app.sessions() as session:
            lead = session.get(m.Lead, _lead_id(ref))
            if lead is None:
                raise NotFound(f"no lead {ref}")
            return lead_document(lead)

    @api.get("/leads", response_model=LeadList)
    def list_leads(caller: Annotated[Caller, Depends(read)],
                   state: Annotated[str | None, Query(max_length=20)] = None,
                   partner: Annotated[str | None, Query(max_length=100)] = None,
                   external_id: Annotated[str | None, Query(max_length=200)] = None,
                   updated_since: datetime | None = None,
                   after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
                   limit: Annotated[int, Query(ge=1, le=500)] = 100) -> LeadList:
        """Leads in id order, page by page (``after`` = the last id seen)."""
        query = select(m.Lead).where(m.Lead.id > after).order_by(m.Lead.id).limit(limit)
        if state:
            query = query.where(m.Lead.state == state)
        if partner:
            query = query.where(m.Lead.partner_id == partner)
        if external_id:
            query = query.where(m.Lead.external_id == external_id)
        if updated_since:
            since = (updated_since if updated_since.tzinfo
                     else updated_since.replace(tzinfo=UTC))
            query = query.where(m.Lead.updated_at >= since)
        with app.sessions() as session:
            leads = session.scalars(query).all()
            docs = [lead_document(lead, history=False) for lead in leads]
        return LeadList(leads=docs, next_after=leads[-1].id if len(leads) == limit else None)

    @api.post("/partners/{partner_id}/deals", status_code=201, response_model=DealOut,
              responses={**NOT_FOUND, 200: {"model": DealOut, "description": "already "
                                            "known (same external_id): nothing created"}})
    def own_deal(partner_id: Annotated[str, Path(max_length=100)], deal: DealIn,
                 caller: Annotated[Caller, Depends(deals)]):
        """A deal the partner found themselves (earns points, lifts a reverse-deal cooldown)."""
        with app.sessions() as session:
            if session.get(m.Partner, partner_id) is None:
                raise NotFound(f"no partner {partner_id!r}")
        row, created = register_once(app, partner_id, clock(), contact_id=None,
                                     external_id=deal.external_id or None,
                                     company=deal.company, amount=deal.amount,
                                     currency=deal.currency, note=deal.note,
                                     via=f"api:{caller.name}")
        out = DealOut.of(row, created)
        return out if created else JSONResponse(out.model_dump(), status_code=200)

    return api


def _lead_id(ref: str) -> int:
    raw = ref.upper().removeprefix("L-")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10 or int(raw) > MAX_ID:
        raise NotFound(f"no lead {ref!r} (expected e.g. L-12)")
    return int(raw)


def lead_document(lead: m.Lead, *, history: bool = True) -> dict:
    doc = lead_snapshot(lead)
    if history:
        doc["offers"] = jsonable([{
            "partner_id": o.partner_id, "wave": o.wave, "state": o.state, "score": o.score,
            "created_at": o.created_at, "decided_at": o.decided_at,
            "decline_reason": o.decline_reason or None} for o in lead.offers])
        doc["timeline"] = jsonable([{
            "at": e.at, "kind": e.kind, "actor": e.actor, "channel": e.channel,
            "from_state": e.from_state, "to_state": e.to_state, "note": e.note,
            "rule": e.rule} for e in lead.events])
    return doc
