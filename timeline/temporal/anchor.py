"""Step 2: resolve a typed value against the publication date. The only module that reads that date.

`tense` is the direction the sentence points to (-1 past, -2 certain past, +1 future, +2 certain future, 0 unknown),
found by
`context.tense_at`.
It decides under-specified expressions: a bare weekday, a month or month-day without a year, a season.
"""

from __future__ import annotations

import warnings
from calendar import isleap, monthrange
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from datetime import time as Time
from functools import lru_cache
from typing import TypeGuard, TypeVar

from dateutil.easter import easter

from timeline.models import Granularity, Interval, TimexType
from timeline.temporal.parts import (
    Calendar,
    ClockTime,
    Duration,
    Extracted,
    Parsed,
    Relative,
    SetOf,
    Shifted,
    Vague,
    Weekday,
)
from timeline.temporal.solar import solar_day
from timeline.temporal.value import DateValue, DurationValue, TimexValue, ValueError_, parse_value

_K = TypeVar("_K")

_TENSE_SLACK = 60  # days a past sentence may still point ahead of the anchor
_FUTURE_BACK_SLACK = 30  # ... and a future one ("is expected to", not "will") back
_CERTAIN_PAST_SLACK = 7  # ... and a sure past one ("was founded in March") ahead
_COUNTERPART_YEARS = 5  # years back a comparison may take the period a report discusses to ("a year ago")
# A weekday this close behind the anchor beats the one almost a week ahead that a future cue points to
_NEAR_DAYS = 1
# days after a quarter or half ended during which, named without a year and with this year's not yet begun, it is
# still the one meant (its reporting season): "fourth-quarter profit" in early January is last year's
_REPORTING_DAYS = 45
_ESTIMATED = " (estimated)"  # the holidays package's mark on a date it computed ahead of the announcement
_RESULTS_SEASON_MONTHS = 3  # months into a year during which the year before is the "full year" results report
_MIDDLE_DAYS = (11, 20)  # the days of a month its middle spans (TIMEX3 MID)
_YEARS_IN = {"decade": 10, "century": 100}  # "the turn of the century": the length of the unit turning
_DECADE_AHEAD = 2  # years before its start that "the nineties" already names the coming decade
# the granularities of a day or finer: a date named at one of them names its day (shared with the tagger)
DAY_GRANULARITIES = frozenset({"day", "part_of_day", "hour", "minute"})
# A day counted from a date of this granularity: only the anchor's own fields are known.
_COARSE_DAY_PATTERN: dict[str, str] = {"month": "{d.year:04d}-{d.month:02d}-XX", "year": "{d.year:04d}-XX-XX"}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")  # in calendar order of their start within a year: WI starts in December


@dataclass(frozen=True, slots=True)
class Resolved:
    type: TimexType
    value: str
    granularity: Granularity
    interval: Interval | None
    time: Time | None
    mod: str | None
    reaches: Resolved | None = None  # the date an anchored span ends on ("[two days] later" after Feb. 5: Feb. 7)


def _this_weekend(r: Relative) -> bool:
    return r.unit == "weekend" and r.offset == 0 and not r.anaphoric


def needs_tense(parsed: Parsed, published: date) -> bool:
    """Whether resolving this value depends on the sentence's tense (a bare weekday other than the publication
    day's own, a month without a year)."""
    if isinstance(parsed, Weekday):
        # "that Friday"; "this Monday" (the coming one, or the one just past in a past sentence)
        open_direction = parsed.direction is None or parsed.direction == 0
        return open_direction and not parsed.generic and parsed.dow != published.isoweekday()
    if isinstance(parsed, Calendar):
        if parsed.season is not None and parsed.direction == 0 and parsed.year is None:
            return (
                _season_of(published)[1] != parsed.season
            )  # "this winter" said in March: told in the past, the one over
        if parsed.month is not None and parsed.day is None and parsed.direction == 0 and parsed.year is None:
            return parsed.month < published.month  # "This January will bring" said in November: the coming one
        return parsed.year is None and parsed.year_offset is None and parsed.direction is None
    if isinstance(parsed, Relative):
        return parsed.by_tense or parsed.past_duration is not None or _this_weekend(parsed)
    if isinstance(parsed, Shifted):
        return needs_tense(parsed.base, published)
    return False


def resolve(
    item: Extracted,
    published: date,
    tense: int,
    reference: DateValue | None = None,
    last_mentioned: date | None = None,
    last_granularity: Granularity | None = None,
) -> Resolved:
    """The TIMEX3 type, value, granularity and interval of one extracted expression.

    `last_mentioned` is the start of the date the text named last and `last_granularity` its granularity;
    anaphoric expressions ("the previous year", "that day") count from it, and from the publication date when there
    is none. A day counted from a coarser date keeps only what that date knows ("last October ... that same day"
    = 1998-10-XX). A clock time without a day ("at 10 p.m.") is on the day named last, when that was a day (and not
    one still ahead told of in the past tense).

    `reference` is the period the text is discussing (a quarter, or a month), when one was named just before:
    comparatives ("a year ago", "a year earlier", "the year-earlier period") and "the 1988 quarter" then mean that
    period of the earlier year (profit "rose from a year ago" in a report on the third quarter compares third
    quarters; in February 2025, "a year earlier" after "the latest quarter" is 2023-Q4; "passengers in January, 8%
    more than a year earlier" compares Januaries).
    """
    parsed: Parsed = item.parsed
    if reference is not None and reference.year is not None:
        year: int | None = None
        # a forecast's quarter ("losses through the third quarter of 1990") is not compared with a year back from
        # the future: the comparison is with the year before the report's own year at the latest
        reference_year = min(reference.year, published.year)
        if (
            isinstance(parsed, Relative)
            and parsed.comparative
            and parsed.unit == "year"
            and -_COUNTERPART_YEARS <= parsed.offset < 0
        ):  # (a report compares with a few years back, not a decade: "was modernised a decade ago" after "the end of
            # the third quarter" is 2077, no quarter)
            year = reference_year + parsed.offset
        elif isinstance(parsed, Calendar) and parsed.period_of_year:  # "the 1988 period", "last year's quarter"
            year = parsed.year
            if year is None and parsed.year_offset is not None:
                year = published.year + parsed.year_offset
        if year is not None:
            return _finish(replace(reference, year=year), None, item.mod)
    if isinstance(parsed, Duration):
        return Resolved("DURATION", str(parsed.value), "unknown", None, None, item.mod)
    if isinstance(parsed, Shifted):  # "a month from Friday": that Friday's date, then the length on from it
        # (counted on from a day whose side the sentence leaves open, the day is the coming one, even when the one
        # just gone is nearer: "A month from Monday, the council must submit its plan", "The lease runs out two years
        # from Friday" said on a Saturday)
        ahead = 2 if tense == 0 and not parsed.back else tense
        base = resolve(replace(item, parsed=parsed.base), published, ahead, None, last_mentioned, last_granularity)
        amount, unit = parsed.by.parts[0]
        if base.granularity == "week" and base.interval is not None and unit == "Y":
            # "twenty years ago last week": the same week number that many years back (a 53rd week is the 52nd)
            iso = base.interval.start.isocalendar()
            year = iso.year + int(amount or 0) * (-1 if parsed.back else 1)
            week = DateValue("week", year=year, week=min(iso.week, date(year, 12, 28).isocalendar().week))
            return _finish(week, None, item.mod)
        if base.granularity != "day" or base.interval is None:
            return Resolved("DATE", "XXXX-XX-XX", "unknown", None, None, item.mod)
        return _finish(_on(counted_on(base.interval.start, parsed.by, -1 if parsed.back else 1)), None, item.mod)
    if isinstance(parsed, Relative) and parsed.past_duration is not None and tense < 0:
        return Resolved("DURATION", str(parsed.past_duration), "unknown", None, None, item.mod)
    if isinstance(parsed, Relative) and parsed.span is not None:  # "[two days] later"
        reaches = None
        if last_mentioned is not None:
            point = resolve(
                replace(item, parsed=_weeks_in_days(replace(parsed, span=None), last_granularity)),
                published,
                tense,
                None,
                last_mentioned,
                last_granularity,
            )
            reaches = point if point.interval is not None else None
        return Resolved("DURATION", str(parsed.span), "unknown", None, None, item.mod, reaches)
    if isinstance(parsed, SetOf):
        return Resolved("SET", parsed.value, "unknown", None, None, item.mod)
    if isinstance(parsed, Vague):
        return Resolved("DATE", parsed.ref, "unknown", None, None, item.mod)
    if isinstance(parsed, Calendar):
        anchor = published
        if parsed.anaphoric and last_mentioned is not None:
            anchor = _story_anchor(last_mentioned, last_granularity, parsed.direction)
        value, clock = _calendar(parsed, anchor, tense), parsed.clock
    elif isinstance(parsed, Relative):
        anchor = published
        if parsed.stretch_day and not _past_day(last_mentioned, last_granularity, published):
            parsed = replace(parsed, offset=0)  # no first day named before: the day under discussion is today
        if parsed.counted:  # "a week earlier" than a day is a day
            parsed = _weeks_in_days(parsed, last_granularity)
        if item.mod == "MID" and parsed.by_tense and parsed.unit == "month" and parsed.offset == 0:
            # told for sure of the future once the middle is over, the next month's ("begins mid-month" said on August
            # 31); told for sure of the past before it, the month before's ("peaked mid-month" said on the 3rd)
            ahead = tense >= 2 and anchor.day > _MIDDLE_DAYS[1]
            parsed = replace(parsed, offset=1 if ahead else -1 if tense <= -2 and anchor.day < _MIDDLE_DAYS[0] else 0)
        if parsed.anaphoric and last_mentioned is not None:
            if parsed.unit == "day" and parsed.clock is not None and parsed.offset == 0:
                # (not a day still ahead when the sentence tells of the past: "reach land by Tuesday, the center
                # said in its 5 a.m. advisory" is this morning's)
                on_day = last_granularity in DAY_GRANULARITIES and not (tense < 0 and last_mentioned > published)
                anchor = last_mentioned if on_day else published
            elif parsed.unit == "day" and last_granularity in _COARSE_DAY_PATTERN:
                pattern = _COARSE_DAY_PATTERN[last_granularity].format(d=last_mentioned)
                return Resolved("DATE", pattern, "unknown", None, None, item.mod)
            else:
                anchor = last_mentioned
        value, clock = _relative(parsed, anchor, tense), parsed.clock
        if bare_midnight(parsed) and tense < 0 and anchor == published and clock is not None:
            clock = replace(clock, hour=0)  # "came into force at midnight": the one that began today
    else:
        anchor = published
        stepped = parsed.direction is not None and parsed.direction != 0 and last_granularity == "week"
        if parsed.anaphoric and last_mentioned is not None and (last_granularity in DAY_GRANULARITIES or stepped):
            # "that Friday" after "Monday, Feb. 15": the first Friday from that day; "the Tuesday after" a weekend:
            # the first Tuesday after its start
            anchor = last_mentioned
        elif parsed.anaphoric and parsed.direction == 0:
            parsed = replace(parsed, direction=None, anaphoric=False)  # no day named before: a plain weekday
        value, clock = _weekday(parsed, anchor, tense), parsed.clock
        held = value.interval() if parsed.week_of and value.granularity == "day" else None
        if held is not None:
            value = _week_holding(held.start, weekend=False)  # "midweek": the week holding that day
    if not isinstance(parsed, Weekday) and parsed.day_of is not None:
        value = _end_day(value, parsed.day_of)
    if isinstance(parsed, Relative) and parsed.nth_weekday is not None:
        value = _nth_weekday_of(value, *parsed.nth_weekday, weekend=parsed.nth_weekend)
    return _finish(value, clock, item.mod)


def _weeks_in_days(r: Relative, last_granularity: Granularity | None) -> Relative:
    """Weeks counted from a day, in days: after a day, "two weeks later" and "a week earlier" reach a day."""
    if r.unit == "week" and last_granularity in DAY_GRANULARITIES:
        return replace(r, unit="day", offset=r.offset * 7)
    return r


def _nth_weekday_of(value: TimexValue, nth: int, weekday: int, *, weekend: bool) -> TimexValue:
    """The month's nth weekday ("the first Tuesday of the month"), or the weekend of its nth Saturday."""
    if not isinstance(value, DateValue) or value.granularity != "month" or value.year is None or value.month is None:
        return value
    d = date(value.year, value.month, _nth_weekday(value.year, value.month, nth, weekday))
    return _week_holding(d, weekend=True) if weekend else _on(d)


def _end_day(value: TimexValue, which: int) -> TimexValue:
    """The first (`which` 1) or last (-1) day of a period ("the last day of the quarter"); a period whose dates are
    unknown stays as it is."""
    try:
        period = value.interval()
    except ValueError:
        return value
    if period is None or not isinstance(value, DateValue) or value.granularity == "day":
        return value
    return _on(period.start if which > 0 else period.end)


def counted_on(day: date, length: DurationValue, sign: int = 1) -> date:
    """The day a whole length of days, weeks, months or years reaches from `day`, forward (sign 1) or back (-1): a
    month from Jan. 31 is the last day of February."""
    amount, unit = length.parts[0]
    n = sign * int(amount or 0)
    if unit in ("D", "W"):
        return day + timedelta(days=n * (7 if unit == "W" else 1))
    months = day.month - 1 + n * (12 if unit == "Y" else 1)
    year, month = day.year + months // 12, months % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _story_anchor(last: date, granularity: Granularity | None, direction: int | None) -> date:
    """The date a calendar expression counted from the date named last is counted from: after a year, "the
    following spring" comes after its end and "the previous spring" before its start."""
    if granularity == "year" and direction is not None and direction > 0:
        return date(last.year, 12, 31)
    return last


def _past_day(last: date | None, granularity: Granularity | None, published: date) -> bool:
    """Whether the date named last is a day before the publication date."""
    return last is not None and granularity in DAY_GRANULARITIES and last < published


def bare_clock(p: Parsed) -> TypeGuard[Relative]:
    """A clock time with no day of its own ("at 10 p.m."): on the day under discussion."""
    return isinstance(p, Relative) and p.anaphoric and p.unit == "day" and p.offset == 0 and p.clock is not None


def bare_midnight(p: Parsed) -> bool:
    """A midnight with no day of its own ("at midnight"): the end of its day, or in the past its start."""
    return bare_clock(p) and p.clock is not None and p.clock.hour == 24


def _finish(value: TimexValue, clock: ClockTime | None, mod: str | None) -> Resolved:
    time: Time | None = None
    kind: TimexType = "DATE"
    if isinstance(value, DateValue) and clock is not None and value.granularity == "day":
        if clock.hour is not None:
            gran: Granularity = "minute" if clock.minute else "hour"
            value = replace(value, granularity=gran, hour=clock.hour, minute=clock.minute)
            time = Time(clock.hour, clock.minute) if clock.hour < 24 else None  # 24:00 has no clock time of its day
        else:
            value = replace(value, granularity="part_of_day", part_of_day=clock.part_of_day)
        kind = "TIME"
    try:
        interval = value.interval()
    except ValueError:
        return Resolved("DATE", "XXXX-XX-XX", "unknown", None, None, mod)
    return Resolved(kind, str(value), value.granularity, interval, time, mod)


# --------------------------------------------------------------------------- calendar fields


def _on(d: date) -> DateValue:
    """The day `d` as a value."""
    return DateValue("day", year=d.year, month=d.month, day=d.day)


def _calendar(c: Calendar, dct: date, tense: int) -> TimexValue:
    if c.century is not None:
        return DateValue("century", century=c.century)
    if c.decade is not None:
        return DateValue("decade", decade=c.decade)
    if c.decade_digit is not None:
        # the latest such decade that has begun, or begins within _DECADE_AHEAD years: "the nineties" in 1989 is
        # the coming 1990s, "the thirties" in 2026 the 1930s
        # (none ahead in a past sentence: "a cinema in the late '30s" said in 2028 is the 1930s)
        decade = dct.year // 100 * 10 + c.decade_digit
        ahead = _DECADE_AHEAD if tense >= 0 else 0
        return DateValue("decade", decade=decade if decade * 10 <= dct.year + ahead else decade - 10)
    year = c.year
    if year is None and c.year_offset is not None:
        year = dct.year + c.year_offset
    if c.season is not None:
        if c.habitual and year is None:
            return parse_value(f"XXXX-{c.season}")
        if year is None:
            year = _season_year(
                c.season,
                dct,
                c.direction if c.direction is not None else tense,
                explicit=c.direction is not None,
                told_past=tense < 0,
                told_future=tense > 0,
            )
        return DateValue("season", year=year, season=c.season)
    if c.quarter is not None or c.half is not None:
        if year is None:
            year = dct.year
            first_month = (c.quarter * 3 - 2) if c.quarter is not None else ((c.half or 1) * 6 - 5)
            last_month = first_month + (2 if c.quarter is not None else 5)
            if tense < 0 and first_month > dct.month:
                year -= 1
            # the quarter or half that ended just before the anchor, in its reporting season, is the one meant
            # unless a "will" points ahead ("expect fourth-quarter profit" said on Jan. 5 is last year's quarter)
            elif tense < 2 and first_month > dct.month and not c.of_the_year:
                if (dct - _month_end(year - 1, last_month)).days <= _REPORTING_DAYS:
                    year -= 1
            # told of the future, one over this year and out of its reporting season is next year's ("expects profit
            # to rise in the first quarter" said in November)
            elif tense > 0 and last_month < dct.month and (dct - _month_end(year, last_month)).days > _REPORTING_DAYS:
                year += 1
        gran: Granularity = "quarter" if c.quarter is not None else "half_year"
        return DateValue(gran, year=year, quarter=c.quarter, half=c.half)
    if c.any_of:
        return _calendar(_one_of(c, dct, tense), dct, tense)
    feast = _feast(c)
    if feast is not None:
        try:
            d = feast(year if year is not None else _feast_year(feast, dct, c.direction, tense))
        except LookupError:  # a holiday of another calendar outside the years its tables hold
            return parse_value("XXXX-XX-XX")
        if c.holiday_weekend:
            return _week_holding(_nearest_saturday(d), weekend=True)
        return _week_holding(d, weekend=c.weekend_of) if c.week_of else _on(d)
    if c.month is None and c.day is not None and year is None:
        return _day_of_month(c.day, dct, c.direction, tense, c.weekday)
    if c.month is None:
        if year is None:
            return parse_value("XXXX-XX-XX")
        return DateValue("year", year=year)
    day = c.day
    if c.habitual and year is None and day is not None:  # "a Christmas Eve": any year's
        return _unknown_day(c.month, day)
    if year is None and day is not None and c.shift_days and c.direction is None:
        year = _year_of_day_reached(c.month, day, c.shift_days, dct, tense)
    if year is None:
        year = _month_year(c.month, day, dct, c.direction, tense)
        if c.fixed_holiday and day is not None and c.direction is None and tense >= 0 and not c.holiday_weekend:
            year = _year_of_holiday_kept_today(c.month, day, dct, year)
        if day is not None and c.weekday is not None:
            year = _year_of_weekday(year, c.month, day, c.weekday)
        if day is not None and c.every_years is not None:
            year = _year_held(c.month, day, c.every_years, dct, c.direction, tense)
        if (c.month, day) == (2, 29) and not isleap(year):
            year = _leap_year_near(dct, c.direction, tense)
    if day is None:
        return DateValue("month", year=year, month=c.month)
    candidate = DateValue("day", year=year, month=c.month, day=day)
    try:
        candidate.interval()
    except ValueError:  # "February 30": keep what the text says, honestly unresolved
        return _unknown_day(c.month, day)
    if c.holiday_weekend:  # "the Christmas weekend"
        return _week_holding(_nearest_saturday(date(year, c.month, day)), weekend=True)
    if c.week_of:  # "the week of April 7"; "the week before Christmas" (shifted a week)
        return _week_holding(date(year, c.month, day) + timedelta(days=c.shift_days), weekend=c.weekend_of)
    if c.shift_days or c.weekday_step is not None:
        return _on(_stepped(date(year, c.month, day) + timedelta(days=c.shift_days), c.weekday_step))
    return candidate


def _year_held(month: int, day: int, every: tuple[int, int], dct: date, direction: int | None, tense: int) -> int:
    """Year of a day held only every so many years (`every`: the period and the remainder of the years it falls in:
    Inauguration Day, (4, 1)): the latest one before the anchor when told in the past (or "last"), the first one from
    the anchor on when told of the future (or "next"), else the nearer."""
    period, rest = every
    start = dct.year - (dct.year - rest) % period  # the latest year it is held in, up to the anchor's
    held = [(y, date(y, month, day)) for y in (start + period, start, start - period)]  # (a tie goes ahead)
    # told in the past, strictly before the anchor (a slack of -1 day ahead); of the future, from the anchor on
    nearest = _nearest_allowed(held, dct, direction or tense, -1, 0)
    assert nearest is not None  # held years lie on both sides of the anchor
    return nearest[0]


def _year_of_holiday_kept_today(month: int, day: int, dct: date, year: int) -> int:
    """Year of a fixed-day holiday told in the present or the future: the anchor's own, on the Monday it is kept
    when the holiday fell on the Sunday before ("markets are closed on Monday for the Independence Day holiday" said
    on Monday, July 5, 2077), else `year`."""
    try:
        this_year = date(dct.year, month, day)
    except ValueError:  # February 29 in a common year
        return year
    return dct.year if this_year.isoweekday() == 7 and dct == this_year + timedelta(days=1) else year


def _year_of_day_reached(month: int, day: int, shift_days: int, dct: date, tense: int) -> int | None:
    """Year of a month-day counted on or back from ("ten days after Canada Day" told of the future on July 4 is this
    year's July 11): the tense reads the day reached, not the one counted from; None for a day not in every year."""
    try:
        reached = date(dct.year, month, day) + timedelta(days=shift_days)
    except ValueError:  # February 29 in a common year, or no such day
        return None
    return dct.year + _month_year(reached.month, reached.day, dct, None, tense) - reached.year


def _one_of(c: Calendar, dct: date, tense: int) -> Calendar:
    """Of the holidays `c` may be ("the bank holiday": words.toml [holiday] "any"), the one nearest the anchor that
    the direction or the tense allows ("over the bank holiday weekend" said on June 2 is the late May one), with its
    year."""
    years = (c.year,) if c.year is not None else (dct.year - 1, dct.year, dct.year + 1)
    candidates = [((one, year), _day_of_holiday(one, year)) for one in c.any_of for year in years]
    if c.direction is not None and c.direction != 0:  # "last bank holiday": strictly before; "next": strictly after
        candidates = [(key, d) for key, d in candidates if (d < dct) == (c.direction < 0) and d != dct]
        tense = c.direction
    nearest = _nearest_allowed(candidates, dct, tense, 0 if tense <= -2 else _TENSE_SLACK, 0)
    if nearest is None:
        return replace(c.any_of[0], any_of=())
    one, year = nearest[0]
    return replace(one, year=year, any_of=())


def _day_of_holiday(c: Calendar, year: int) -> date:
    """The day a holiday's fields name in `year` (a movable feast, or a month and day)."""
    feast = _feast(c)
    if feast is not None:
        return feast(year)
    return date(year, c.month or 1, c.day or 1) + timedelta(days=c.shift_days)


def _nearest_saturday(d: date) -> date:
    """The Saturday of the weekend nearest `d` (its own on a weekend): a holiday's weekend ("the Labor Day weekend"
    is the one before that Monday, "the Thanksgiving weekend" the one after that Thursday)."""
    weekday = d.isoweekday()
    if weekday >= 6:
        return d - timedelta(days=weekday - 6)
    ahead, back = 6 - weekday, weekday + 1
    return d + timedelta(days=ahead) if ahead < back else d - timedelta(days=back)


def _week_holding(d: date, *, weekend: bool) -> DateValue:
    iso = d.isocalendar()
    return DateValue("week", year=iso.year, week=iso.week, weekend=weekend)


def years_falling_on(c: Calendar, month: int, day: int, years: Iterable[int]) -> list[int]:
    """The years among `years` in which a movable holiday falls on the month-day ("Next year Easter falls on April
    12" said in 2098 is 2099's, the year Easter is on April 12)."""
    feast = _feast(c)
    if feast is None:
        return []
    return [year for year in years if ((day_of := feast(year)).month, day_of.day) == (month, day)]


def _feast(c: Calendar) -> Callable[[int], date] | None:
    """The day of a holiday that moves from year to year (Thanksgiving, Easter), shifted by `shift_days`, as a
    function of the year."""
    shift, step = timedelta(days=c.shift_days), c.weekday_step
    if c.easter:
        return lambda year: _stepped(easter(year) + shift, step)
    if c.solar is not None:
        event = c.solar
        return lambda year: _stepped(solar_day(year, event) + shift, step)
    if c.observance is not None:
        country, name = c.observance
        return lambda year: _stepped(_observance_day(country, name, year) + shift, step)
    if c.nth_weekday is not None and c.month is not None:
        month, (nth, weekday) = c.month, c.nth_weekday
        return lambda year: _stepped(date(year, month, _nth_weekday(year, month, nth, weekday)) + shift, step)
    return None


@lru_cache(maxsize=512)
def _observance_day(country: str, name: str, year: int) -> date:
    """The first day named `name` in `year` among the holidays the `holidays` package keeps for `country` (every
    category: Hanukkah is no public holiday in Israel). The package is imported on first use (most texts name no
    such holiday). LookupError in a year its tables do not hold."""
    import holidays

    with warnings.catch_warnings():  # "available only from 2001 to 2035": the empty answer below says so
        warnings.simplefilter("ignore")
        categories = holidays.country_holidays(country).supported_categories
        kept = holidays.country_holidays(country, years=year, categories=categories)
        days = kept.get_named(name, lookup="exact") + kept.get_named(name + _ESTIMATED, lookup="exact")
    if not days:
        raise LookupError(f"no {name} in {year} in the holidays of {country}")
    return min(days)


def _stepped(d: date, step: tuple[int, int] | None) -> date:
    """The nearest given weekday strictly before (step -1) or after (+1) `d`; `d` without a step."""
    if step is None:
        return d
    weekday, direction = step
    if direction > 0:
        return d + timedelta(days=(weekday - d.isoweekday()) % 7 or 7)
    return d - timedelta(days=(d.isoweekday() - weekday) % 7 or 7)


def _feast_year(feast: Callable[[int], date], dct: date, direction: int | None, tense: int) -> int:
    """Year of a movable holiday named without one: "last Easter" the latest before the anchor, "next
    Thanksgiving" the first after it, "this Easter" the anchor year's; otherwise as for a month-day."""
    if direction is not None and direction < 0:
        return (dct.year if feast(dct.year) < dct else dct.year - 1) + _beyond(direction)
    if direction is not None and direction > 0:
        return (dct.year if feast(dct.year) > dct else dct.year + 1) + _beyond(direction)
    if direction == 0:
        return dct.year
    return _nearest_year(feast, dct, tense)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> int:
    """Day of the month of its nth (1-based; -1 = last) given weekday (1 = Monday)."""
    if nth > 0:
        first = date(year, month, 1).isoweekday()
        return 1 + (weekday - first) % 7 + 7 * (nth - 1)
    last_day = monthrange(year, month)[1]
    last = date(year, month, last_day).isoweekday()
    return last_day - (last - weekday) % 7


def _unknown_day(month: int, day: int) -> TimexValue:
    try:
        return parse_value(f"XXXX-{month:02d}-{day:02d}")
    except ValueError_:
        return parse_value("XXXX-XX-XX")


def _day_of_month(day: int, dct: date, direction: int | None, tense: int, weekday: int | None = None) -> TimexValue:
    """ "on the 24th": that day of the anchor's month, or of the month before or after as the tense (or "of
    last/next month") says, or of the month beyond for a day the one next to the anchor's lacks; the nearest such day
    among those the tense allows (and, when the text gives its weekday, "the 17th falls on a Wednesday", among those on
    that weekday)."""
    if direction is not None:
        months, tense = [_first_of_month(dct, direction)], 0
    else:  # (and the months beyond those, for a day the month next to the anchor's lacks: "sold on the 29th" said on
        # March 2 of a common year is January 29)
        months = [_first_of_month(dct, step) for step in range(-2, 3)]
    days = []
    for m in months:
        with suppress(ValueError):  # "the 30th" of February
            days.append((m, m.replace(day=day)))
    if weekday is not None and any(d.isoweekday() == weekday for _, d in days):
        days = [(m, d) for m, d in days if d.isoweekday() == weekday]
    nearest = _nearest_allowed(days, dct, tense, 0, 0)
    return parse_value("XXXX-XX-XX") if nearest is None else _on(nearest[1])


def _first_of_month(d: date, months: int) -> date:
    """The first day of the month `months` after `d`'s (before it when negative)."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_year(month: int, day: int | None, dct: date, direction: int | None, tense: int) -> int:
    """Year of a month or month-day written without one.

    "last October" / "next March": the latest one strictly before / the first one strictly after the anchor's
    month (or day). Otherwise the candidate year (anchor year -1, 0, +1) nearest to the anchor, among those a
    past sentence allows (not more than `_TENSE_SLACK` days after the anchor) or a future one allows (not more
    than `_FUTURE_BACK_SLACK` days before it; none under "will"): a "December" said in January of a past sentence
    is last year's, one said in February under "will" is this year's.
    """
    key, now = (month, day or 0), (dct.month, dct.day if day is not None else 0)
    if direction is not None and direction != 0:
        if direction < 0:
            return (dct.year if key < now else dct.year - 1) + _beyond(direction)
        return (dct.year if key > now else dct.year + 1) + _beyond(direction)
    if direction == 0 and tense > 0 and key < now and day is None:
        return dct.year + 1  # "This January will bring the first fare rise" said in November: the coming one
    if direction == 0 or (day is None and tense != 0 and month == dct.month):
        # the month under way, told in either tense, is this month's: "will rule by the end of June" in June,
        # "sales in the first week of January were up" on Jan. 5
        return dct.year
    return _nearest_year(lambda year: representative_day(year, month, day), dct, tense)


def _leap_year_near(dct: date, direction: int | None, tense: int) -> int:
    """The year of the February 29 nearest the anchor, of those the direction ("the last leap day") or else the tense
    allows ("raced on February 29" said in 2055 is 2052's, "will take effect on February 29" 2056's)."""
    years = [(year, date(year, 2, 29)) for year in range(dct.year - 4, dct.year + 5) if isleap(year)]
    if direction:
        years = [(year, day) for year, day in years if (day - dct).days * direction > 0]
        return years[-1 if direction < 0 else 0][0]
    nearest = _nearest_allowed(years, dct, tense, _TENSE_SLACK, _FUTURE_BACK_SLACK) or _nearest_allowed(
        years, dct, 0, 0, 0
    )
    assert nearest is not None  # four years hold a leap year
    return nearest[0]


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """`year`, or the year before or after it when only there the day falls on the weekday written with it
    ("Friday, April 18" said in April 2031 of the past is still 2031's: April 18, 2030 was a Thursday)."""
    for candidate in (year, year + 1, year - 1):
        try:
            if date(candidate, month, day).isoweekday() == weekday:
                return candidate
        except ValueError:  # February 29
            continue
    return year


def _nearest_year(point_in: Callable[[int], date], dct: date, tense: int) -> int:
    """Among the anchor's year and its neighbours, the one whose `point_in(year)` is nearest the anchor, of those a
    past sentence allows (not more than `_TENSE_SLACK` days after the anchor) or a future one allows."""
    years = [(year, point_in(year)) for year in (dct.year, dct.year - 1, dct.year + 1)]
    # a modal "will" (tense 2) is sure of the future: no slack back ("will announce it in December" said in
    # February is this December, not the last one); a weaker future cue allows a month back
    # a past verb right before the expression (tense -2: "was founded in March") is sure of the past: only a stale
    # publication date excuses a few days ahead
    ahead = _CERTAIN_PAST_SLACK if tense <= -2 else _TENSE_SLACK
    nearest = _nearest_allowed(years, dct, tense, ahead, 0 if tense >= 2 else _FUTURE_BACK_SLACK)
    return dct.year if nearest is None else nearest[0]


def _nearest_allowed(
    candidates: Iterable[tuple[_K, date]], dct: date, tense: int, ahead_slack: int, back_slack: int
) -> tuple[_K, date] | None:
    """The candidate whose date is nearest the anchor (the first on a tie), of those the tense allows: a past
    sentence's at most `ahead_slack` days after the anchor, a future one's at most `back_slack` days before it; a sure
    past's none into the next year ("reopened on 1/2" said on December 30 is the January just gone)."""
    best: tuple[int, tuple[_K, date]] | None = None
    for key, point in candidates:
        gap = (point - dct).days
        ahead = ahead_slack if point.year == dct.year or tense > -2 else 0  # (a sure past: none into the next year)
        if (tense < 0 and gap > ahead) or (tense > 0 and gap < -back_slack):
            continue
        if best is None or abs(gap) < best[0]:
            best = (abs(gap), (key, point))
    return None if best is None else best[1]


def representative_day(year: int, month: int, day: int | None) -> date:
    """The day that stands for a month-day in `year` (the 28th for a day the month lacks), or for a month (its 15th)."""
    if day is None:
        return date(year, month, 15)
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _beyond(direction: int) -> int:
    """The years a direction reaches past "last" or "next": one for "the summer before last" (-2) and "the Easter
    after next" (+2), none for a plain "last"/"next"."""
    return direction + 1 if direction < -1 else direction - 1 if direction > 1 else 0


_SEASON_JUST_OVER = timedelta(days=45)
# one season: a season readied for begins at most this long ahead, and "this winter" told in the past is the one
# over at most this long before (in the season after it)
_ONE_SEASON = timedelta(days=92)


def _month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, monthrange(year, month)[1])


def _season_year(
    season: str, dct: date, direction: int, *, explicit: bool, told_past: bool = False, told_future: bool = False
) -> int:
    """Year of the season instance meant. Explicit "last" = the latest one over before the anchor, "next" = the
    first one starting after it, "this" = the one holding the anchor (else, told in the past, the one just over, at
    most `_ONE_SEASON` ago, in the season after it: "burst its banks for the second time this winter" said in
    March, "picked their smallest harvest this summer" said in April of a southern summer; told of the future, the
    coming one when the anchor year's is over: "will open this summer" said in November; else the anchor year's).
    Without a direction word the sentence's tense picks the latest one begun (past) or the next one to come
    (future)."""
    instances = _season_instances(season, dct)
    holding = [y for y, iv in instances if iv.start <= dct <= iv.end]
    if explicit and direction < 0:
        return max(y for y, iv in instances if iv.end < dct) + _beyond(direction)
    if explicit and direction > 0:
        return min(y for y, iv in instances if iv.start > dct) + _beyond(direction)
    if holding:
        return holding[0]
    if explicit and direction == 0 and told_future and any(y == dct.year and iv.end < dct for y, iv in instances):
        # told of the future, "this" season of a year in which it is over is the coming one ("The new lido will open
        # this summer" said in November)
        return min(y for y, iv in instances if iv.start > dct)
    if told_past if explicit else direction == 0:
        # ... and without a direction word or a tense, the one just over too ("after a dry late winter, reservoirs
        # are 20% below normal" said on March 2)
        reach = _ONE_SEASON if explicit else _SEASON_JUST_OVER
        just_over = [y for y, iv in instances if iv.end < dct <= iv.end + reach]
        if just_over:
            return just_over[0]
    if direction < 0:
        return max(y for y, iv in instances if iv.start <= dct)
    if direction > 0:
        return min(y for y, iv in instances if iv.start > dct)
    return dct.year


def _season_instances(season: str, dct: date) -> list[tuple[int, Interval]]:
    """(year, interval) of each instance of `season` named by the two years before `dct`'s, its own and the next."""
    spans = [(y, parse_value(f"{y}-{season}").interval()) for y in range(dct.year - 2, dct.year + 2)]
    return [(y, iv) for y, iv in spans if iv is not None]


def season_from(season: str, day: date) -> int:
    """The year of the instance of `season` that holds `day`, else of the first one after it."""
    instances = _season_instances(season, day)
    return min(y for y, iv in instances if iv.end >= day)


def season_over(season: str, dct: date) -> int | None:
    """The year of the latest instance of `season` over before `dct`, when none holds it: the season a thing
    follows ("after a record winter"); else None."""
    instances = _season_instances(season, dct)
    if any(iv.start <= dct <= iv.end for _, iv in instances):
        return None
    return max((y for y, iv in instances if iv.end < dct), default=None)


def season_nearest(season: str, dct: date) -> int:
    """The year of the instance of `season` that holds `dct`, else of the nearer of the latest one over and the first
    one to come (the earlier on a tie): a season's break, whatever the tense ("their spring break begins the week
    after Easter" said in December is the coming spring; "returns from its summer recess" said in September, the
    summer just over)."""
    instances = _season_instances(season, dct)

    def gap(iv: Interval) -> int:
        return max((iv.start - dct).days, (dct - iv.end).days, 0)

    return min(instances, key=lambda pair: (gap(pair[1]), pair[0]))[0]


def season_coming(season: str, dct: date) -> int | None:
    """The year of the instance of `season` that begins within `_ONE_SEASON` after `dct`, when none holds it: the
    season a thing is readied "for" ("has stockpiled grit for the winter" said in October); else None."""
    instances = _season_instances(season, dct)
    if any(iv.start <= dct <= iv.end for _, iv in instances):
        return None
    return next((y for y, iv in instances if dct < iv.start <= dct + _ONE_SEASON), None)


# --------------------------------------------------------------------------- relative units


def turn_after(unit: str, year: int) -> int | None:
    """The first year after `year` that begins a `unit` ("century", "decade"): the turn a range from that year runs
    to ("from 1989 until the turn of the century": 2000); None for other units."""
    size = _YEARS_IN.get(unit)
    return None if size is None else (year // size + 1) * size


_SAME_DAY_UNITS = {"year": "Y", "month": "M", "week": "W"}  # "this time last year/month/week": counted_on's units


def _quarter_ends_on(d: date) -> bool:
    """Whether `d` is the last day of its quarter."""
    return d.month % 3 == 0 and (d + timedelta(days=1)).day == 1


def _relative(r: Relative, dct: date, tense: int) -> TimexValue:
    if r.nearest_start:  # "the new year": in late December the coming one, in March the one under way (from the
        # unit `offset` away: "left for the weekend" weighs the last weekend against this one)
        this, following = (
            _relative(replace(r, offset=k, nearest_start=False), dct, tense) for k in (r.offset, r.offset + 1)
        )
        spans = [v.interval() for v in (this, following) if isinstance(v, DateValue)]
        starts = [span.start for span in spans if span is not None]
        if len(starts) == 2 and abs((starts[1] - dct).days) < abs((dct - starts[0]).days):
            return following
        return this
    off = r.offset
    unit = r.unit
    if r.turn and unit in _YEARS_IN:  # "the turn of the century": the one under way began, or the next one begins
        size = _YEARS_IN[unit]
        began = dct.year // size * size
        ahead = tense > 0 or (tense == 0 and began + size - dct.year < dct.year - began)
        return DateValue("year", year=began + size if ahead else began)
    if r.turn and unit == "year":  # "the turn of the year": this one's start, or the next one's; untold, the nearer
        ahead = tense > 0 or (tense == 0 and (date(dct.year + 1, 1, 1) - dct).days < (dct - date(dct.year, 1, 1)).days)
        return DateValue("year", year=dct.year + 1 if ahead else dct.year)
    if r.same_week and unit == "year":  # "ten years ago this week": the same week number (a 53rd week is the 52nd)
        iso = dct.isocalendar()
        year = iso.year + off
        return DateValue("week", year=year, week=min(iso.week, date(year, 12, 28).isocalendar().week))
    if r.same_day and unit in _SAME_DAY_UNITS:  # "this time last year", "this time next month": the same day that
        # far away (Feb. 29 becomes Feb. 28)
        return _on(counted_on(dct, DurationValue(((off, _SAME_DAY_UNITS[unit]),))))
    if r.by_tense and tense < 0 and unit == "quarter" and not (r.day_of == -1 and _quarter_ends_on(dct)):
        off -= 1  # "the quarter" in a past sentence: the latest one over (its last day may be today: "opened higher
        # on the last day of the quarter" said on September 30)
    # "the full year" told in the past in the year's first quarter: the year just over, its results season (later in
    # the year, a fiscal year ended this year: "For the year ended Sept. 30 ... Sales for the full year were")
    if r.whole and tense < 0 and dct.month <= _RESULTS_SEASON_MONTHS:
        off -= 1
    # "the weekend" or "this weekend" told in the past on a weekday: the one just over ("marched this weekend")
    if (r.by_tense or _this_weekend(r)) and tense < 0 and unit == "weekend" and dct.isoweekday() < 6:
        off -= 1
    # "the following weekend" after a weekday: the first weekend after it, that week's ("called out on Tuesday, Oct. 18
    # ... the following weekend" = Oct. 22-23); so counted ahead ("two weekends from now" said on a Wednesday: the
    # second weekend to come)
    if (r.anaphoric or r.comparative) and unit == "weekend" and off > 0 and dct.isoweekday() < 6:
        off -= 1
    if r.by_tense and tense < 0 and unit == "week" and dct.isoweekday() == 1:  # "the week" told on a Monday
        off -= 1
    if r.by_tense and tense > 0 and unit == "day" and off < 0:  # "overnight" told of the future: the coming night
        off = 0
    if unit in ("day", "hour", "minute"):
        d = dct + timedelta(days=off) if unit == "day" else dct
        return _on(d)
    if unit in ("week", "weekend"):
        d = dct + timedelta(weeks=off)
        iso = d.isocalendar()
        return DateValue("week", year=iso.year, week=iso.week, weekend=unit == "weekend")
    if unit == "month":
        first = _first_of_month(dct, off)
        return DateValue("month", year=first.year, month=first.month)
    if unit == "quarter":
        index = dct.year * 4 + (dct.month - 1) // 3 + off
        return DateValue("quarter", year=index // 4, quarter=index % 4 + 1)
    if unit == "half_year":
        index = dct.year * 2 + (dct.month - 1) // 6 + off
        return DateValue("half_year", year=index // 2, half=index % 2 + 1)
    if unit == "season":
        current = _season_of(dct)
        index = _SEASON_ORDER.index(current[1]) + current[0] * 4 + off
        return DateValue("season", year=index // 4, season=_SEASON_ORDER[index % 4])
    if unit == "decade":
        return DateValue("decade", decade=dct.year // 10 + off)
    if unit == "century":
        return DateValue("century", century=dct.year // 100 + off)
    return DateValue("year", year=dct.year + off)


def _season_of(d: date) -> tuple[int, str]:
    """(year, season) holding d; a winter is named after the year of its December."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[d.month - 3]


# --------------------------------------------------------------------------- weekdays


def _weekday(w: Weekday, dct: date, tense: int) -> TimexValue:
    if w.generic:
        return parse_value(f"XXXX-WXX-{w.dow}")
    today = dct.isoweekday()
    if w.week_offset is not None:  # "Tuesday next week": that day of the week named
        d = dct + timedelta(days=w.dow - today + 7 * w.week_offset + w.shift_days)
        return _on(d)
    back = (today - w.dow) % 7  # days back to the latest such weekday (0 = today)
    ahead = (w.dow - today) % 7
    if w.direction is not None and w.direction < 0:
        days = -(back or 7)
    elif w.direction is not None and w.direction > 0:
        days = ahead or 7
    elif w.direction == 0:  # "this Monday": the coming one, but the one just past in a past sentence
        days = -back if tense < 0 and not w.anaphoric else ahead  # ("that Friday": the first one after the day)
    elif back == 0:
        days = 0
    elif w.nearest:  # "after a training day on the Monday": the one nearest the day named last
        days = -back if back <= ahead else ahead
    elif w.possessive and tense == 1:
        # "would look for ways around Wednesday's ruling": a weak future cue is the verb's, not the noun's; the
        # nearest such weekday ("ahead of Saturday's vote" still looks ahead when Saturday is the nearer one)
        days = -back if back <= ahead else ahead
    elif tense > 0:
        # a weak future cue is weaker than the calendar when it would skip yesterday for almost a week ahead
        # ("Until Thursday, they had not ...", "could not be located Wednesday" said on a Friday / Thursday); not a
        # week's middle ("Thunderstorms are likely midweek" said on a Thursday is next week's)
        near_back = tense == 1 and not w.week_of and back <= _NEAR_DAYS and ahead >= 7 - _NEAR_DAYS
        days = -back if near_back else ahead
    elif tense == 0 and not w.possessive:
        # no tense cue in the sentence (a present tense: "Students return to classes on Monday", "Governor Pratt
        # spends Saturday in Wisconsin"): the nearer such day, the earlier on a tie; a noun's day ("Thursday's
        # closing price") stays in the past
        days = -back if back <= ahead else ahead
    else:
        days = -back
    d = dct + timedelta(days=days + w.shift_days)
    return _on(d)
