"""Business time: opening hours, working days and holidays in a local timezone. Pure.

When business hours are on, "escalate after 12 h" means twelve working hours and
"feedback within 2d" two working days, in the calendar of the lead's (or partner's)
country, and a reminder that falls due at night or on a holiday waits for the next
opening in the contact's timezone. Times go in and out in UTC (any aware datetime);
the arithmetic is done on local wall-clock days, so a DST change or a holiday in the
middle of a deadline is counted the way people count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: no calendar needs more than ten years of search; a guard against a closed-forever calendar
MAX_DAYS = 3660


class WrittenDuration(timedelta):
    """A duration that remembers its written days: "24h" and "1d" are equal timedeltas,
    but in business time "24h" is 24 working hours and "1d" one working day."""

    written_days: int

    def __new__(cls, days: int = 0, hours: int = 0, minutes: int = 0) -> WrittenDuration:
        self = super().__new__(cls, days=days, hours=hours, minutes=minutes)
        self.written_days = days
        return self


@dataclass(frozen=True)
class WorkCalendar:
    timezone: str
    start: time = time(8, 0)
    end: time = time(17, 0)
    #: working weekdays, Monday = 0
    days: frozenset[int] = frozenset(range(5))
    holidays: frozenset[date] = frozenset()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def working_day(self, day: date) -> bool:
        return day.weekday() in self.days and day not in self.holidays

    def _window(self, day: date) -> tuple[datetime, datetime]:
        return (datetime.combine(day, self.start, self.tz),
                datetime.combine(day, self.end, self.tz))

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(self.tz)
        if not self.working_day(local.date()):
            return False
        opens, closes = self._window(local.date())
        return opens <= local < closes

    def next_open(self, at: datetime) -> datetime:
        """``at`` itself when open, else the next opening (UTC)."""
        local = at.astimezone(self.tz)
        day = local.date()
        for _ in range(MAX_DAYS):
            if self.working_day(day):
                opens, closes = self._window(day)
                if local < closes:
                    return max(local, opens).astimezone(UTC)
            day += timedelta(days=1)
            local = datetime.combine(day, time(0), self.tz)
        return at.astimezone(UTC)  # never open: do not hold anything forever

    def add(self, at: datetime, delta: timedelta) -> datetime:
        """``at`` plus ``delta`` of working time (UTC), counted from the next opening:
        days written as days are working days ("2d": the same hour two working days on), the
        rest working hours ("12h", "36h": that many hours the office is open). A plain
        timedelta's whole days count as written days."""
        cursor = self.next_open(at).astimezone(self.tz)
        days = getattr(delta, "written_days", delta.days)
        remaining = delta - timedelta(days=days)
        for _ in range(days):
            day = cursor.date() + timedelta(days=1)
            while not self.working_day(day):
                day += timedelta(days=1)
                if (day - cursor.date()).days > MAX_DAYS:
                    return (at + delta).astimezone(UTC)
            cursor = datetime.combine(day, cursor.time(), self.tz)
        for _ in range(MAX_DAYS):
            _, closes = self._window(cursor.date())
            left_today = closes - cursor
            if remaining <= left_today:
                return (cursor + remaining).astimezone(UTC)
            remaining -= left_today
            cursor = self.next_open(closes + timedelta(seconds=1)).astimezone(self.tz)
        return (at + delta).astimezone(UTC)


WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


#: the partners' opt-in summary of their open leads: Monday mornings, their time
WEEKLY_SUMMARY = {"every": "weekly", "day": "mon", "time": "08:00"}


def next_send(after: datetime, schedule: Mapping[str, str], timezone: str) -> datetime | None:
    """When a scheduled email (a digest, a summary) is next due (UTC), strictly after
    ``after``. ``schedule``: ``every`` daily | weekly | monthly | never, ``day`` (weekly:
    that weekday; monthly: the first such weekday of the month), ``time`` "HH:MM", all in
    ``timezone``. None for ``never``."""
    every = schedule.get("every", "weekly")
    if every == "never":
        return None
    tz = ZoneInfo(timezone)
    at = time.fromisoformat(schedule.get("time", "08:00"))
    weekday = WEEKDAY_NAMES.index(schedule.get("day", "mon"))
    local = after.astimezone(tz)
    candidate = local.date()
    for _ in range(400):
        fits = (every == "daily" or candidate.weekday() == weekday and
                (every == "weekly" or candidate.day <= 7))
        when = datetime.combine(candidate, at, tz)
        if fits and when > local:
            return when.astimezone(UTC)
        candidate += timedelta(days=1)
    return None
