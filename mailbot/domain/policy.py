"""Time-based policy decisions: deadlines, escalation, pick lock. Pure; ``now`` is passed in."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta


def offer_deadlines(offered_at: datetime, reminder_after: timedelta,
                    escalation_after: timedelta) -> tuple[datetime, datetime]:
    """When to remind the partners of a wave, and when to move on to the next wave."""
    return offered_at + reminder_after, offered_at + escalation_after


def is_locked(feedback_due: Iterable[datetime | None], now: datetime,
              overdue_by: timedelta) -> bool:
    """A partner is pick-locked when any feedback is overdue by more than ``overdue_by``."""
    return any(due is not None and now - due > overdue_by for due in feedback_due)


def escalation_outcome(wave: int, max_waves: int, next_wave_size: int) -> str:
    """What an expired wave leads to: another wave, or unclaimed (hand to a manager)."""
    if wave < max_waves and next_wave_size > 0:
        return "next_wave"
    return "unclaimed"
