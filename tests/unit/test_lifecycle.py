from datetime import UTC, datetime

import pytest

from mailbot.domain.lifecycle import (
    LEAD_TRANSITIONS,
    OFFER_TRANSITIONS,
    IllegalTransition,
    LeadState,
    OfferState,
    lead_event,
    lead_transition,
    offer_transition,
)

LEAD_PAIRS = [(a, b) for a in LeadState for b in LeadState]
OFFER_PAIRS = [(a, b) for a in OfferState for b in OfferState]


@pytest.mark.parametrize(("current", "target"), LEAD_PAIRS)
def test_every_lead_pair_follows_the_table(current, target):
    if target in LEAD_TRANSITIONS[current]:
        assert lead_transition(current, target) is target
    else:
        with pytest.raises(IllegalTransition) as err:
            lead_transition(current, target)
        assert err.value.current == current and err.value.target == target


@pytest.mark.parametrize(("current", "target"), OFFER_PAIRS)
def test_every_offer_pair_follows_the_table(current, target):
    if target in OFFER_TRANSITIONS[current]:
        assert offer_transition(current, target) is target
    else:
        with pytest.raises(IllegalTransition):
            offer_transition(current, target)


def test_the_happy_path_is_allowed():
    path = ["new", "qualified", "offered", "accepted", "contacted", "meeting", "proposal", "won"]
    for a, b in zip(path, path[1:], strict=False):
        lead_transition(a, b)


@pytest.mark.parametrize("exit_", ["won", "lost"])
def test_closed_leads_are_final(exit_):
    assert not LEAD_TRANSITIONS[LeadState(exit_)]


def test_side_exits():
    lead_transition("new", "rejected")
    lead_transition("offered", "unclaimed")
    lead_transition("contacted", "returned")
    lead_transition("returned", "offered")
    lead_transition("unclaimed", "offered")


def test_unknown_states_are_illegal_not_crashes():
    with pytest.raises(IllegalTransition):
        lead_transition("offered", "teleported")
    with pytest.raises(IllegalTransition):
        offer_transition("bogus", "accepted")


def test_offer_terminal_states():
    for state in ("accepted", "declined", "expired"):
        assert not OFFER_TRANSITIONS[OfferState(state)]
    # a withdrawn offer (the partner lost the race) may be made again after a give-back
    assert OFFER_TRANSITIONS[OfferState.WITHDRAWN] == {OfferState.PENDING}


def test_lead_event_describes_the_move():
    at = datetime(2026, 1, 1, tzinfo=UTC)
    ev = lead_event("offered", "accepted", at=at, actor="a@b.example", channel="web", note="hi")
    assert (ev.from_state, ev.to_state, ev.actor, ev.channel, ev.at, ev.note) == (
        "offered", "accepted", "a@b.example", "web", at, "hi")
    with pytest.raises(IllegalTransition):
        lead_event("won", "offered", at=at, actor="x", channel="cli")


def test_an_illegal_transition_reads_plainly_for_the_admin():
    from mailbot.domain.lifecycle import LeadState, lead_transition
    with pytest.raises(IllegalTransition) as caught:
        lead_transition(LeadState.PROPOSAL, LeadState.CONTACTED)
    assert str(caught.value) == "lead cannot go from 'proposal' to 'contacted'"
