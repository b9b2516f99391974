"""Business time: working hours across nights, weekends, holidays and DST."""

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.configfile import parse_duration
from mailbot.domain.calendar import WorkCalendar, WrittenDuration

HELSINKI = WorkCalendar("Europe/Helsinki", holidays=frozenset({date(2026, 12, 24),
                                                              date(2026, 12, 25)}))


def hki(*args) -> datetime:
    return datetime(*args, tzinfo=HELSINKI.tz)


def test_open_and_closed():
    assert HELSINKI.is_open(hki(2026, 11, 23, 9, 0))          # Monday morning
    assert not HELSINKI.is_open(hki(2026, 11, 23, 17, 0))     # closing time
    assert not HELSINKI.is_open(hki(2026, 11, 28, 10, 0))     # Saturday
    assert not HELSINKI.is_open(hki(2026, 12, 24, 10, 0))     # Christmas Eve (holiday)


def test_next_open_skips_night_weekend_and_holidays():
    assert HELSINKI.next_open(hki(2026, 11, 23, 9, 30)) == hki(2026, 11, 23, 9, 30)
    assert HELSINKI.next_open(hki(2026, 11, 23, 22, 0)) == hki(2026, 11, 24, 8, 0)
    assert HELSINKI.next_open(hki(2026, 11, 27, 18, 0)) == hki(2026, 11, 30, 8, 0)  # Fri → Mon
    assert HELSINKI.next_open(hki(2026, 12, 23, 17, 30)) == hki(2026, 12, 28, 8, 0)


def test_add_counts_only_working_hours():
    # Friday 15:00 + 4 h: 2 h on Friday, 2 h on Monday
    assert HELSINKI.add(hki(2026, 11, 27, 15, 0), timedelta(hours=4)) == hki(2026, 11, 30, 10, 0)
    # a night offer starts counting at the opening
    assert HELSINKI.add(hki(2026, 11, 23, 23, 0), timedelta(hours=1)) == hki(2026, 11, 24, 9, 0)
    # 12 h over Christmas: Wed 23.12. 10:00 → 7 h that day, Thu/Fri holidays, weekend, 5 h Mon
    assert HELSINKI.add(hki(2026, 12, 23, 10, 0), timedelta(hours=12)) == hki(2026, 12, 28, 13)
    # 18 working hours = two full days
    assert HELSINKI.add(hki(2026, 11, 23, 9, 0), timedelta(hours=18)) == hki(2026, 11, 25, 9, 0)


def test_whole_days_are_working_days():
    assert HELSINKI.add(hki(2026, 11, 23, 16, 30), timedelta(days=2)) == hki(2026, 11, 25, 16, 30)
    # Wednesday 23.12. + 2 working days: Christmas and the weekend do not count
    assert HELSINKI.add(hki(2026, 12, 23, 11, 0), timedelta(days=2)) == hki(2026, 12, 29, 11, 0)
    # accepted on Saturday: counting starts Monday 08:00
    assert HELSINKI.add(hki(2026, 11, 28, 12, 0), timedelta(days=1, hours=2)) == \
        hki(2026, 12, 1, 10, 0)


def test_hours_written_as_hours_stay_working_hours():
    """"24h" in rules.toml is 24 working hours, not one working day: the shipped config
    gives cold leads "24h" to escalate, and they must not move on sooner than warm
    leads' "12h". Days are counted as days only when written as days."""
    monday = hki(2026, 11, 23, 8, 0)
    assert HELSINKI.add(monday, parse_duration("24h")) == hki(2026, 11, 25, 14, 0)
    assert HELSINKI.add(monday, parse_duration("1d")) == hki(2026, 11, 24, 8, 0)
    assert HELSINKI.add(monday, parse_duration("1d6h")) == hki(2026, 11, 24, 14, 0)
    assert HELSINKI.add(monday, parse_duration("24h")) > HELSINKI.add(monday,
                                                                      parse_duration("12h"))


def test_dst_change_is_counted_on_the_wall_clock():
    berlin = WorkCalendar("Europe/Berlin", days=frozenset(range(7)))
    # clocks go back on Sunday 25 Oct 2026; a working day is still 08:00-17:00 local
    start = datetime(2026, 10, 24, 16, 0, tzinfo=berlin.tz)
    end = berlin.add(start, timedelta(hours=2))
    assert end.astimezone(berlin.tz).replace(tzinfo=None) == datetime(2026, 10, 25, 9, 0)


def test_a_calendar_that_is_never_open_does_not_hang():
    closed = WorkCalendar("UTC", days=frozenset())
    at = datetime(2026, 11, 23, tzinfo=UTC)
    assert closed.next_open(at) == at
    assert closed.add(at, timedelta(hours=3)) == at + timedelta(hours=3)


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 1, 1),
                    timezones=st.just(UTC)),
       st.integers(min_value=0, max_value=200 * 60))
def test_add_is_monotonic_open_and_never_shorter(at, minutes):
    delta = WrittenDuration(minutes=minutes)  # as rules.toml's "Nm" / "Nh" give it
    end = HELSINKI.add(at, delta)
    assert end >= at + delta  # business time never runs faster than the clock
    assert end <= HELSINKI.add(at, WrittenDuration(minutes=minutes + 1))
    if minutes:
        local = end.astimezone(HELSINKI.tz)
        assert HELSINKI.working_day(local.date())
        assert time(8) < local.time() <= time(17)
