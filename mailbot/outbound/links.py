"""Signed, scoped links and reply addresses.

A link token carries (lead, contact, nonce) and is signed with a salt per action, so a
token for "decline" can never be used to "accept". Expiry is per action. Keys rotate:
``MAILBOT_SECRET_KEYS`` lists keys newest first; the newest signs, all verify.
Keys taken out of service may stay listed in ``MAILBOT_RETIRED_SECRET_KEYS``: their links
no longer work, but are recognised ("retired", not "forged") so the person who clicks one
is told why and offered a fresh link.
Tokens stay valid until they expire, so consumption (replay after the action) is
recorded in the database by the web adapter, not here.

Reply keys (``leads+<key>@domain``) and VERP bounce keys (``bounce+<key>@domain``) are
short HMACs: verifiable without a database lookup and not guessable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

#: every action a link can carry; each is its own signing salt
ACTIONS = ("accept", "decline", "status", "giveback", "rate", "not_contacted", "fresh",
           "offer_all", "assign", "own_deal", "unsubscribe")
DEFAULT_EXPIRY = {
    "accept": timedelta(days=14), "decline": timedelta(days=14), "status": timedelta(days=120),
    "giveback": timedelta(days=120), "rate": timedelta(days=60),
    "not_contacted": timedelta(days=30), "fresh": timedelta(days=2),
    "offer_all": timedelta(days=14), "assign": timedelta(days=14),
    "own_deal": timedelta(days=30), "unsubscribe": timedelta(days=365),
}
_KEY = re.compile(r"^(\d+)-(\d+)-([A-Za-z0-9_-]{10})$")
_VERP = re.compile(r"^(\d+)-([A-Za-z0-9_-]{10})$")


class BadLink(Exception):
    """A token that must not be acted on. ``reason`` is forged | expired | retired |
    malformed (retired: genuine, but signed with a key taken out of service)."""

    def __init__(self, reason: str, claims: LinkClaims | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        #: for an expired or retired (but genuine) token: who it was for, to offer a
        #: fresh link
        self.claims = claims


@dataclass(frozen=True)
class LinkClaims:
    action: str
    lead_id: int
    contact_id: int
    nonce: str
    issued_at: datetime
    extra: str = ""


class LinkSigner:
    def __init__(self, secret_keys: Sequence[str], base_url: str,
                 expiry: Mapping[str, timedelta] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 retired_keys: Sequence[str] = ()) -> None:
        if not secret_keys:
            raise ValueError("at least one secret key is needed")
        # itsdangerous signs with the LAST key; our list is newest first.
        self._keys = list(reversed(secret_keys))
        self._newest = secret_keys[0].encode()
        self._all = [k.encode() for k in secret_keys]
        self.base_url = base_url.rstrip("/")
        self.expiry = {**DEFAULT_EXPIRY, **(expiry or {})}
        self.clock = clock or (lambda: datetime.now(UTC))
        clock_fn = self.clock

        class _ClockSigner(TimestampSigner):
            def get_timestamp(self) -> int:
                return int(clock_fn().timestamp())

        def serializers(keys: list[str]) -> dict[str, URLSafeTimedSerializer]:
            return {action: URLSafeTimedSerializer(keys, salt=f"mailbot.{action}",
                                                   signer=_ClockSigner,
                                                   serializer_kwargs={"separators": (",", ":")})
                    for action in ACTIONS}

        self._serializers = serializers(self._keys)
        # only ever consulted for a token no current key verifies
        retired = [k for k in retired_keys if k not in secret_keys]
        self._retired = serializers(retired) if retired else {}

    def token(self, action: str, lead_id: int, contact_id: int, extra: str = "") -> str:
        """A fresh token; ``extra`` is a small scoped value (a status, a star rating)."""
        payload = [lead_id, contact_id, secrets.token_urlsafe(6)]
        if extra:
            payload.append(extra)
        return self._serializers[action].dumps(payload)

    def url(self, action: str, lead_id: int, contact_id: int, extra: str = "") -> str:
        return f"{self.base_url}/l/{action}/{self.token(action, lead_id, contact_id, extra)}"

    def verify(self, action: str, token: str) -> LinkClaims:
        """Check signature, action scope and expiry; raise BadLink with the reason."""
        if action not in self._serializers:
            raise BadLink("malformed")
        max_age = int(self.expiry[action].total_seconds())
        serializer = self._serializers[action]
        try:
            payload, signed_at = serializer.loads(token, max_age=max_age, return_timestamp=True)
        except SignatureExpired as exc:
            raise BadLink("expired", _claims(action, exc.payload, exc.date_signed,
                                             serializer)) from None
        except BadSignature:
            raise self._not_current(action, token) from None
        claims = _claims(action, payload, signed_at, None)
        if claims is None:
            raise BadLink("malformed")
        return claims

    def _not_current(self, action: str, token: str) -> BadLink:
        """"retired" with the claims when a retired key made the token, else "forged"."""
        serializer = self._retired.get(action)
        if serializer is None:
            return BadLink("forged")
        try:  # no max_age: an old retired link is as good as a recent one for a fresh link
            payload, signed_at = serializer.loads(token, return_timestamp=True)
        except BadSignature:
            return BadLink("forged")
        claims = _claims(action, payload, signed_at, None)
        return BadLink("retired", claims) if claims else BadLink("malformed")

    # --- reply and bounce addresses ---------------------------------------------------------

    def reply_key(self, lead_id: int, contact_id: int) -> str:
        return f"{lead_id}-{contact_id}-{self._mac(f'r{lead_id}.{contact_id}', self._newest)}"

    def parse_reply_key(self, key: str) -> tuple[int, int] | None:
        match = _KEY.match(key)
        if not match:
            return None
        lead_id, contact_id, mac = match.groups()
        if any(hmac.compare_digest(mac, self._mac(f"r{lead_id}.{contact_id}", k))
               for k in self._all):
            return int(lead_id), int(contact_id)
        return None

    def verp_key(self, outbound_id: int) -> str:
        return f"{outbound_id}-{self._mac(f'b{outbound_id}', self._newest)}"

    def parse_verp_key(self, key: str) -> int | None:
        match = _VERP.match(key)
        if not match:
            return None
        outbound_id, mac = match.groups()
        if any(hmac.compare_digest(mac, self._mac(f"b{outbound_id}", k)) for k in self._all):
            return int(outbound_id)
        return None

    @staticmethod
    def _mac(message: str, key: bytes) -> str:
        digest = hmac.new(key, message.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest)[:10].decode()


def _claims(action: str, payload, signed_at, serializer) -> LinkClaims | None:
    if serializer is not None and isinstance(payload, bytes):
        try:
            payload = serializer.load_payload(payload)
        except BadSignature:
            return None
    if not (isinstance(payload, list) and 3 <= len(payload) <= 4
            and all(isinstance(x, int) for x in payload[:2])):
        return None
    when = signed_at if isinstance(signed_at, datetime) else datetime.now(UTC)
    extra = str(payload[3]) if len(payload) == 4 else ""
    return LinkClaims(action, payload[0], payload[1], str(payload[2]), when, extra)
