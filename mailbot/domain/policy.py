"""Time-based policy decisions: deadlines, escalation, pick lock. Pure; ``now`` is passed in."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailbot.domain.calendar import WorkCalendar


def after(start: datetime, delta: timedelta, calendar: WorkCalendar | None) -> datetime:
    """``start`` + ``delta``: working time when a calendar applies, else plain time."""
    return calendar.add(start, delta) if calendar is not None else start + delta


def offer_deadlines(offered_at: datetime, reminder_after: timedelta,
                    escalation_after: timedelta,
                    calendar: WorkCalendar | None = None) -> tuple[datetime, datetime]:
    """When to remind the partners of a wave, and when to move on to the next wave."""
    return after(offered_at, reminder_after, calendar), after(offered_at, escalation_after,
                                                              calendar)


def hold_until(now: datetime, calendar: WorkCalendar | None) -> datetime | None:
    """When a reminder due ``now`` may go out instead: None if it may go now (open, or no
    business hours); else the next opening (no reminders at night or on holidays)."""
    if calendar is None or calendar.is_open(now):
        return None
    return calendar.next_open(now)


#: what the scheduler sends at each step of chasing a partner for feedback
CHASE_EMAILS = ("feedback_request", "feedback_overdue", "pick_lock")


def chase_times(due: datetime, remind_before: timedelta,
                lock_after: timedelta | None) -> list[datetime]:
    """When each chase step falls: a reminder ``remind_before`` the deadline, another at
    it, and (with the pick lock on) the lock notice once it is overdue by ``lock_after``."""
    times = [due - remind_before, due]
    if lock_after is not None:
        times.append(due + lock_after)
    return times


def chase_step(times: list[datetime], step: int, now: datetime) -> int | None:
    """The step to send at ``now``: the latest one that has fallen due, so a tick that
    comes late sends "overdue" rather than a stale "due soon". None if none is due."""
    due = [i for i, at in enumerate(times) if i >= step and at <= now]
    return due[-1] if due else None


def escalation_outcome(wave: int, max_waves: int, next_wave_size: int) -> str:
    """What an expired wave leads to: another wave, or unclaimed (hand to a manager)."""
    if wave < max_waves and next_wave_size > 0:
        return "next_wave"
    return "unclaimed"
