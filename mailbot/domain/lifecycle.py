"""Lead and offer states and the only transitions allowed between them.

Every state change in Mailbot goes through :func:`lead_transition` or
:func:`offer_transition`; anything not in the tables raises
:class:`IllegalTransition`, so a bug or a forged request cannot move a lead
sideways (e.g. from ``won`` back to ``offered``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class LeadState(StrEnum):
    NEW = "new"
    QUALIFIED = "qualified"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    CONTACTED = "contacted"
    MEETING = "meeting"
    PROPOSAL = "proposal"
    WON = "won"
    LOST = "lost"
    REJECTED = "rejected"
    UNCLAIMED = "unclaimed"
    RETURNED = "returned"


class OfferState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


L = LeadState
#: States in which a partner works the lead and owes feedback.
WORKING_STATES = frozenset({L.ACCEPTED, L.CONTACTED, L.MEETING, L.PROPOSAL})
#: States a partner may report through the status dialog or a reply.
STATUS_UPDATES = (L.CONTACTED, L.MEETING, L.PROPOSAL, L.WON, L.LOST)
CLOSED_STATES = frozenset({L.WON, L.LOST, L.REJECTED})
#: States in which the lead waits for a partner to pick it.
OPEN_FOR_OFFERS = frozenset({L.OFFERED})

LEAD_TRANSITIONS: dict[LeadState, frozenset[LeadState]] = {
    L.NEW: frozenset({L.QUALIFIED, L.REJECTED}),
    L.QUALIFIED: frozenset({L.OFFERED, L.UNCLAIMED}),
    L.OFFERED: frozenset({L.ACCEPTED, L.UNCLAIMED}),
    # A partner may skip stages (a quick deal goes straight from accepted to won).
    L.ACCEPTED: frozenset({L.CONTACTED, L.MEETING, L.PROPOSAL, L.WON, L.LOST, L.RETURNED}),
    L.CONTACTED: frozenset({L.MEETING, L.PROPOSAL, L.WON, L.LOST, L.RETURNED}),
    L.MEETING: frozenset({L.PROPOSAL, L.WON, L.LOST, L.RETURNED}),
    L.PROPOSAL: frozenset({L.MEETING, L.WON, L.LOST, L.RETURNED}),
    L.WON: frozenset(),
    L.LOST: frozenset(),
    # A rejected lead may be fixed by an admin and qualified again.
    L.REJECTED: frozenset({L.QUALIFIED}),
    # A manager may re-offer an unclaimed lead or hand it to a partner directly.
    L.UNCLAIMED: frozenset({L.OFFERED, L.ACCEPTED}),
    L.RETURNED: frozenset({L.OFFERED, L.UNCLAIMED}),
}

OS = OfferState
OFFER_TRANSITIONS: dict[OfferState, frozenset[OfferState]] = {
    OS.PENDING: frozenset({OS.ACCEPTED, OS.DECLINED, OS.EXPIRED, OS.WITHDRAWN}),
    OS.ACCEPTED: frozenset(),
    OS.DECLINED: frozenset(),
    OS.EXPIRED: frozenset(),
    # asked again: a lead given back with nobody new left goes to those who lost the race
    OS.WITHDRAWN: frozenset({OS.PENDING}),
}


class IllegalTransition(Exception):
    """A state change that the transition table does not allow."""

    def __init__(self, kind: str, current: str, target: str) -> None:
        # str(), not repr(): a StrEnum's repr is "<LeadState.PROPOSAL: 'proposal'>"
        super().__init__(f"{kind} cannot go from '{current!s}' to '{target!s}'")
        self.kind = kind
        self.current = current
        self.target = target


def lead_transition(current: str, target: str) -> LeadState:
    """Return ``target`` as a LeadState if the table allows current → target."""
    cur, tgt = _parse(LeadState, "lead", current, target)
    if tgt not in LEAD_TRANSITIONS[cur]:
        raise IllegalTransition("lead", cur, tgt)
    return tgt


def offer_transition(current: str, target: str) -> OfferState:
    """Return ``target`` as an OfferState if the table allows current → target."""
    cur, tgt = _parse(OfferState, "offer", current, target)
    if tgt not in OFFER_TRANSITIONS[cur]:
        raise IllegalTransition("offer", cur, tgt)
    return tgt


def _parse(enum: type[StrEnum], kind: str, current: str, target: str):
    try:
        return enum(current), enum(target)
    except ValueError:
        raise IllegalTransition(kind, current, target) from None


@dataclass(frozen=True)
class Event:
    """One line of a lead's timeline: who moved it where, when and how."""

    at: datetime
    kind: str
    actor: str
    channel: str
    from_state: str | None = None
    to_state: str | None = None
    note: str = ""
    rule: str = ""
    data: dict = field(default_factory=dict)


def lead_event(
    current: str, target: str, *, at: datetime, actor: str, channel: str, note: str = "",
    rule: str = "",
) -> Event:
    """Validate a lead transition and describe it as a timeline event."""
    new = lead_transition(current, target)
    return Event(at=at, kind="lead_state", actor=actor, channel=channel,
                 from_state=str(current), to_state=str(new), note=note, rule=rule)
