"""The equinoxes and solstices (timeline.temporal.solar) against published instants (UTC, to the minute)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline.temporal.solar import EVENTS, solar_day, solar_instant

# (year, event, instant): the US Naval Observatory's "Earth's Seasons" tables (UTC), and Meeus's example 27.a (the
# June solstice of 1962 at 21:25:08 dynamical time)
KNOWN = [
    (2000, "march_equinox", datetime(2000, 3, 20, 7, 35)),
    (2000, "june_solstice", datetime(2000, 6, 21, 1, 48)),
    (2000, "september_equinox", datetime(2000, 9, 22, 17, 28)),
    (2000, "december_solstice", datetime(2000, 12, 21, 13, 37)),
    (2024, "march_equinox", datetime(2024, 3, 20, 3, 6)),
    (2024, "june_solstice", datetime(2024, 6, 20, 20, 51)),
    (2024, "september_equinox", datetime(2024, 9, 22, 12, 44)),
    (2024, "december_solstice", datetime(2024, 12, 21, 9, 20)),
    (2025, "march_equinox", datetime(2025, 3, 20, 9, 1)),
    (2025, "june_solstice", datetime(2025, 6, 21, 2, 42)),
    (2025, "september_equinox", datetime(2025, 9, 22, 18, 19)),
    (2025, "december_solstice", datetime(2025, 12, 21, 15, 3)),
    (1962, "june_solstice", datetime(1962, 6, 21, 21, 25, 8)),
]


@pytest.mark.parametrize(("year", "event", "instant"), KNOWN, ids=[f"{y}_{e}" for y, e, _ in KNOWN])
def test_solar_instant_within_two_minutes_of_the_almanac(year: int, event: str, instant: datetime) -> None:
    assert abs(solar_instant(year, EVENTS.index(event)) - instant) <= timedelta(minutes=2)


def test_solar_day_is_the_utc_day_of_the_instant() -> None:
    # the June solstice of 2024 fell on the evening of June 20 (UTC), that of 2025 early on June 21
    assert solar_day(2024, EVENTS.index("june_solstice")) == date(2024, 6, 20)
    assert solar_day(2025, EVENTS.index("june_solstice")) == date(2025, 6, 21)


def test_solar_events_fall_in_their_months_over_the_centuries() -> None:
    for year in range(1600, 2400, 7):
        days = [solar_day(year, event) for event in range(len(EVENTS))]
        assert [d.month for d in days] == [3, 6, 9, 12], year
        assert all(19 <= d.day <= 24 for d in days), (year, days)


def test_solar_unknown_event_raises() -> None:
    with pytest.raises(ValueError, match="no solar event"):
        solar_instant(2025, 4)
