"""The TIMEX3 value type: parse, print, granularity and inclusive interval, as tables."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.value import DateValue, DurationValue, RefValue, ValueError_, parse_value

# (value, granularity, interval start, interval end) — None interval = unknown or not a date
VALUES: list[tuple[str, str, date | None, date | None]] = [
    ("2025-02-12", "day", date(2025, 2, 12), date(2025, 2, 12)),
    ("2025-02-12T15:30", "minute", date(2025, 2, 12), date(2025, 2, 12)),
    ("2025-02-12T15:00", "hour", date(2025, 2, 12), date(2025, 2, 12)),
    ("2025-02-12TNI", "part_of_day", date(2025, 2, 12), date(2025, 2, 12)),
    ("2025-W07", "week", date(2025, 2, 10), date(2025, 2, 16)),
    ("2025-W07-WE", "week", date(2025, 2, 15), date(2025, 2, 16)),
    ("2025-W01", "week", date(2024, 12, 30), date(2025, 1, 5)),  # ISO week 1 starts in the previous year
    ("2020-W53", "week", date(2020, 12, 28), date(2021, 1, 3)),  # a year with 53 ISO weeks
    ("2015-W53", "week", date(2015, 12, 28), date(2016, 1, 3)),
    ("2025-01", "month", date(2025, 1, 1), date(2025, 1, 31)),
    ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
    ("2023-02", "month", date(2023, 2, 1), date(2023, 2, 28)),
    ("2000-02", "month", date(2000, 2, 1), date(2000, 2, 29)),  # divisible by 400: leap
    ("1900-02", "month", date(1900, 2, 1), date(1900, 2, 28)),  # divisible by 100: not leap
    ("2024-SP", "season", date(2024, 3, 1), date(2024, 5, 31)),
    ("2024-SU", "season", date(2024, 6, 1), date(2024, 8, 31)),
    ("2024-FA", "season", date(2024, 9, 1), date(2024, 11, 30)),
    ("2024-WI", "season", date(2024, 12, 1), date(2025, 2, 28)),  # winter runs into the next year
    ("2023-WI", "season", date(2023, 12, 1), date(2024, 2, 29)),  # ... and ends on a leap day
    ("2024-Q1", "quarter", date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-Q4", "quarter", date(2024, 10, 1), date(2024, 12, 31)),
    ("2024-H2", "half_year", date(2024, 7, 1), date(2024, 12, 31)),
    ("2024", "year", date(2024, 1, 1), date(2024, 12, 31)),
    ("201", "decade", date(2010, 1, 1), date(2019, 12, 31)),
    ("199", "decade", date(1990, 1, 1), date(1999, 12, 31)),
    ("19", "century", date(1900, 1, 1), date(1999, 12, 31)),
    ("XXXX-02-06", "day", None, None),
    ("XXXX-XX-XX", "day", None, None),
    ("XXXX-WXX-1", "day", None, None),
    ("2025-WXX", "week", None, None),
]


@pytest.mark.parametrize(("text", "granularity", "start", "end"), VALUES, ids=[v[0] for v in VALUES])
def test_value_parse_print_interval(text: str, granularity: str, start: date | None, end: date | None) -> None:
    value = parse_value(text)
    assert str(value) == text
    assert value.granularity == granularity
    interval = value.interval()
    if start is None:
        assert interval is None
    else:
        assert interval is not None
        assert (interval.start, interval.end) == (start, end)


DURATIONS = ["P3Y", "PT90M", "PT24H", "P1DE", "P2W", "P1Y6M", "PXY", "PTXM", "P3D", "PT1H30M", "P1CE"]


@pytest.mark.parametrize("text", DURATIONS)
def test_value_duration_round_trip(text: str) -> None:
    value = parse_value(text)
    assert isinstance(value, DurationValue)
    assert str(value) == text
    assert value.interval() is None


@pytest.mark.parametrize("text", ["PAST_REF", "PRESENT_REF", "FUTURE_REF"])
def test_value_refs_have_no_interval(text: str) -> None:
    value = parse_value(text)
    assert isinstance(value, RefValue)
    assert str(value) == text
    assert value.interval() is None


BAD = ["", "2025-13", "2025-02-30", "2021-W53", "2025-Q5", "P", "PT", "yesterday", "2025-02-12T25:00", "20250212"]


@pytest.mark.parametrize("text", BAD, ids=[b or "empty" for b in BAD])
def test_value_rejects_invalid(text: str) -> None:
    with pytest.raises(ValueError_):
        parse_value(text)


def test_value_date_fields_print_with_unknown_year() -> None:
    assert str(DateValue("month", month=3)) == "XXXX-03"
    assert str(DateValue("day", weekday=1)) == "XXXX-WXX-1"
