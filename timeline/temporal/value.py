"""TIMEX3 values: parse, print, granularity and inclusive date interval.

Supported forms (X marks an unknown digit group):

    2025-02-12  2025-02-12T15:30  2025-02-12TNI  2025-W07  2025-W07-WE  2025-01  2024-SU  2024-Q1  2024-H2
    2024  201 (decade 2010-2019)  19 (century 1900-1999)  XXXX-02-06  XXXX-XX-XX  XXXX-WXX-1
    P3Y  PT90M  P1DE  PXY  PAST_REF  PRESENT_REF  FUTURE_REF

Conventions:
- weeks are ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday; some years have week 53);
  `-WE` is that week's Saturday and Sunday.
- seasons are meteorological quarters of the year: SP = March-May, SU = June-August, FA = September-November,
  WI = December of the year through the end of February of the next year (the winter that begins in the year).
- quarters and halves are calendar quarters (Q1 = January-March) and halves (H1 = January-June).
- a part of day (MO, AF, EV, NI, MI, DT) keeps the interval of its day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

from timeline.models import Granularity, Interval

REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
SEASONS = ("SP", "SU", "FA", "WI")
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_DATE_RE = re.compile(
    r"""^(?P<year>\d{4}|XXXX)
    (?:-(?:
        W(?P<week>\d{2}|XX)(?:-(?P<weekday>[1-7])|-(?P<weekend>WE))?
      | (?P<season>SP|SU|FA|WI)
      | Q(?P<quarter>[1-4])
      | H(?P<half>[12])
      | (?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?
    ))?
    (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2}):(?P<minute>\d{2})))?$""",
    re.VERBOSE,
)
_DECADE_RE = re.compile(r"^(?P<decade>\d{3})$")
_CENTURY_RE = re.compile(r"^(?P<century>\d{2})$")
_DURATION_RE = re.compile(
    r"^P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q))+))?(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$"
)
_DURATION_PART_RE = re.compile(r"(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>DE|CE|ML|[YMWDQHS])")


class ValueError_(ValueError):
    """A string that is not a TIMEX3 value this module understands."""


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar point or period. None in a field means unknown (printed as X) when a finer field is set."""

    granularity: Granularity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None  # 1 = Monday, with week (XXXX-WXX-1)
    weekend: bool = False
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 201 = 2010s
    century: int | None = None  # 19 = 1900s
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None

    def __str__(self) -> str:
        g = self.granularity
        if g == "century":
            return f"{self.century:02d}" if self.century is not None else "XX"
        if g == "decade":
            return f"{self.decade:03d}" if self.decade is not None else "XXX"
        out = _x(self.year, 4)
        if self.week is not None or self.weekday is not None or g == "week" or self.weekend:
            out += "-W" + _x(self.week, 2)
            if self.weekday is not None:
                out += f"-{self.weekday}"
            elif self.weekend:
                out += "-WE"
        elif self.season is not None:
            out += "-" + self.season
        elif self.quarter is not None:
            out += f"-Q{self.quarter}"
        elif self.half is not None:
            out += f"-H{self.half}"
        elif g in ("month", "day", "part_of_day", "hour", "minute"):
            out += "-" + _x(self.month, 2)
            if g != "month":
                out += "-" + _x(self.day, 2)
        if self.part_of_day is not None:
            out += "T" + self.part_of_day
        elif self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute or 0:02d}"
        return out

    def interval(self) -> Interval | None:
        """Inclusive dates covered, or None when any needed field is unknown."""
        g = self.granularity
        if g == "century":
            if self.century is None:
                return None
            return Interval(start=date(self.century * 100, 1, 1), end=date(self.century * 100 + 99, 12, 31))
        if g == "decade":
            if self.decade is None:
                return None
            return Interval(start=date(self.decade * 10, 1, 1), end=date(self.decade * 10 + 9, 12, 31))
        y = self.year
        if y is None:
            return None
        if self.week is not None or self.weekday is not None or self.weekend or g == "week":
            if self.week is None:
                return None
            monday = date.fromisocalendar(y, self.week, 1)
            if self.weekday is not None:
                d = monday + timedelta(days=self.weekday - 1)
                return Interval(start=d, end=d)
            if self.weekend:
                return Interval(start=monday + timedelta(days=5), end=monday + timedelta(days=6))
            return Interval(start=monday, end=monday + timedelta(days=6))
        if self.season is not None:
            first = _SEASON_START[self.season]
            start = date(y, first, 1)
            last_year, last_month = (y + 1, 2) if self.season == "WI" else (y, first + 2)
            return Interval(start=start, end=date(last_year, last_month, monthrange(last_year, last_month)[1]))
        if self.quarter is not None:
            return _months(y, self.quarter * 3 - 2, self.quarter * 3)
        if self.half is not None:
            return _months(y, self.half * 6 - 5, self.half * 6)
        if g == "year":
            return Interval(start=date(y, 1, 1), end=date(y, 12, 31))
        if self.month is None:
            return None
        if g == "month":
            return _months(y, self.month, self.month)
        if self.day is None:
            return None
        d = date(y, self.month, self.day)
        return Interval(start=d, end=d)


@dataclass(frozen=True, slots=True)
class DurationValue:
    """A length of time: ordered (amount, unit) parts; amount None means unspecified (X)."""

    parts: tuple[tuple[float | None, str], ...]  # units: Y M W D DE CE ML Q (date part), H MIN S (time part)

    def __str__(self) -> str:
        date_part = "".join(_amount(a) + u for a, u in self.parts if u not in ("H", "MIN", "S"))
        time_part = "".join(_amount(a) + ("M" if u == "MIN" else u) for a, u in self.parts if u in ("H", "MIN", "S"))
        return "P" + date_part + ("T" + time_part if time_part else "")

    @property
    def granularity(self) -> Granularity:
        return "unknown"

    @property
    def whole(self) -> bool:
        """A length of whole days, weeks, months or years ("two weeks"; not "several weeks", "90 minutes"), one that
        can be counted on from a day."""
        if len(self.parts) != 1:
            return False
        amount, unit = self.parts[0]
        return amount is not None and amount == int(amount) and unit in ("D", "W", "M", "Y")

    def interval(self) -> Interval | None:
        return None


@dataclass(frozen=True, slots=True)
class RefValue:
    """A vague reference: PAST_REF, PRESENT_REF or FUTURE_REF."""

    ref: str

    def __str__(self) -> str:
        return self.ref

    @property
    def granularity(self) -> Granularity:
        return "unknown"

    def interval(self) -> Interval | None:
        return None


TimexValue = DateValue | DurationValue | RefValue


def parse_value(text: str) -> TimexValue:
    """Parse a TIMEX3 value string; raises ValueError_ for anything else."""
    if text in REFS:
        return RefValue(text)
    if text.startswith("P"):
        m = _DURATION_RE.match(text)
        if m is None or (m["date"] is None and m["time"] is None):
            raise ValueError_(f"not a TIMEX3 duration: {text!r}")
        parts: list[tuple[float | None, str]] = []
        for group, is_time in ((m["date"], False), (m["time"], True)):
            for p in _DURATION_PART_RE.finditer(group or ""):
                unit = "MIN" if is_time and p["unit"] == "M" else p["unit"]
                parts.append((None if p["amount"] == "X" else float(p["amount"]), unit))
        return DurationValue(tuple(parts))
    if m := _CENTURY_RE.match(text):
        return DateValue("century", century=int(m["century"]))
    if m := _DECADE_RE.match(text):
        return DateValue("decade", decade=int(m["decade"]))
    m = _DATE_RE.match(text)
    if m is None:
        raise ValueError_(f"not a TIMEX3 value: {text!r}")
    year = _num(m["year"])
    hour = _num(m["hour"])
    fields: dict[str, object] = {"year": year}
    gran: Granularity = "year"
    if m["week"] is not None:
        fields.update(week=_num(m["week"]), weekday=_num(m["weekday"]), weekend=m["weekend"] is not None)
        gran = "day" if m["weekday"] is not None else "week"
    elif m["season"] is not None:
        fields["season"], gran = m["season"], "season"
    elif m["quarter"] is not None:
        fields["quarter"], gran = int(m["quarter"]), "quarter"
    elif m["half"] is not None:
        fields["half"], gran = int(m["half"]), "half_year"
    elif m["month"] is not None:
        fields["month"] = _num(m["month"])
        gran = "month"
        if m["day"] is not None:
            fields["day"], gran = _num(m["day"]), "day"
    if m["pod"] is not None:
        fields["part_of_day"], gran = m["pod"], "part_of_day"
    elif hour is not None:
        fields.update(hour=hour, minute=int(m["minute"]))
        gran = "minute" if int(m["minute"]) else "hour"
    value = DateValue(gran, **fields)  # type: ignore[arg-type]
    _check(value, text)
    return value


def with_granularity(value: DateValue, granularity: Granularity) -> DateValue:
    return replace(value, granularity=granularity)


def _check(value: DateValue, text: str) -> None:
    try:
        value.interval()
    except ValueError as exc:  # impossible day or week (2025-02-30, 2025-W53)
        raise ValueError_(f"not a valid date: {text!r}") from exc
    if value.month is not None and not 1 <= value.month <= 12:
        raise ValueError_(f"not a valid month: {text!r}")
    if value.hour is not None and (value.hour > 24 or (value.minute or 0) > 59 or (value.hour == 24 and value.minute)):
        raise ValueError_(f"not a valid clock time: {text!r}")


def _months(year: int, first: int, last: int) -> Interval:
    return Interval(start=date(year, first, 1), end=date(year, last, monthrange(year, last)[1]))


def _x(n: int | None, width: int) -> str:
    return "X" * width if n is None else f"{n:0{width}d}"


def _num(s: str | None) -> int | None:
    return None if s is None or s.startswith("X") else int(s)


def _amount(a: float | None) -> str:
    if a is None:
        return "X"
    return str(int(a)) if a == int(a) else f"{a:g}"
