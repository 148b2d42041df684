"""Step 1: turn a rule's regex match into a typed, partly resolved value (no publication date here)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

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
from timeline.temporal.resources import Lexicon, Rule
from timeline.temporal.solar import EVENTS
from timeline.temporal.value import DurationValue

# Duration unit codes (words.toml [unit]) -> (TIMEX3 unit, multiplier). Decades and centuries are written in
# years (ISO 8601 has no decade unit; TimeBank writes "two decades" as P20Y and "decades" as PXY); quarters keep
# the TimeML unit Q ("the past two quarters" = P2Q, as TimeBank writes them).
_DURATION_UNITS: dict[str, tuple[str, float]] = {
    "Y": ("Y", 1),
    "M": ("M", 1),
    "W": ("W", 1),
    "D": ("D", 1),
    "H": ("H", 1),
    "MIN": ("MIN", 1),
    "S": ("S", 1),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
    "Q": ("Q", 1),
    "FN": ("W", 2),
    "WE": ("D", 2),
    "LWE": ("D", 3),
    "HY": ("M", 6),
    "SE": ("M", 3),
}
# A fraction of a unit is written in the next smaller one (half a year = P6M).
_SMALLER: dict[str, tuple[str, int]] = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("MIN", 60),
    "MIN": ("S", 60),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
}
# Duration unit -> calendar unit for "three years ago".
_IN_A_YEAR = {"month": 12}  # "five years ago this month": the same month five years back
_DAYS_IN_WEEK = 7
_CALENDAR_UNIT: dict[str, tuple[str, int]] = {
    "Y": ("year", 1),
    "M": ("month", 1),
    "W": ("week", 1),
    "D": ("day", 1),
    "H": ("hour", 1),
    "MIN": ("minute", 1),
    "S": ("minute", 0),
    "DE": ("year", 10),
    "CE": ("year", 100),
    "Q": ("quarter", 1),
    "FN": ("week", 2),
    "WE": ("weekend", 1),
    "HY": ("month", 6),
    "SE": ("month", 3),
}
_WORD_SPLIT = re.compile(r"[\s-]+")


class _Groups:
    """Named groups of one match, with table look-ups."""

    def __init__(self, match: re.Match[str], lex: Lexicon) -> None:
        self.g = {k: v for k, v in match.groupdict().items() if v is not None}
        self.lex = lex

    def has(self, name: str) -> bool:
        return name in self.g

    def text(self, name: str) -> str | None:
        return self.g.get(name)

    def table(self, name: str, *tables: str) -> object:
        text = self.g.get(name)
        if text is None:
            return None
        for table in tables:
            value = self.lex.lookup(table, text)
            if value is not None:
                return value
        return None

    def integer(self, name: str) -> int | None:
        text = self.g.get(name)
        return int(text) if text is not None and text.isdigit() else None


def _south_season(gr: _Groups) -> str | None:
    """The northern TIMEX3 code of a southern season's months ("summer" written across two years: WI)."""
    code = gr.table("southseason", "season")
    return None if code is None else _as_str(gr.lex.lookup("season_south", str(code)))


def parse_number(text: str, lex: Lexicon) -> float | None:
    """Digits or number words ("twenty-four", "a few"); None when unspecified ("several")."""
    cleaned = text.replace(",", "")
    for half in lex.tables.get("fraction", {}):
        if cleaned.endswith(half):
            head = cleaned[: -len(half)].strip()
            base = parse_number(head, lex) if head else 0.0
            return None if base is None else base + float(str(lex.tables["fraction"][half]))
    try:
        return float(cleaned)
    except ValueError:
        pass
    whole = lex.lookup("number", text)
    if whole is not None:
        return None if whole == "X" else float(str(whole))
    total = 0.0
    for token in _WORD_SPLIT.split(text.strip()):
        value = lex.lookup("number", token) or lex.lookup("tens", token)
        if value is None or value == "X":
            return None
        total += float(str(value))
    return total


def _clock(gr: _Groups) -> ClockTime | None:
    pod = gr.table("pod", "part_of_day") or gr.table("podbefore", "part_of_day")
    if gr.has("clockword"):
        hh, mm = str(gr.table("clockword", "clock_word")).split(":")
        return ClockTime(hour=int(hh), minute=int(mm))
    hour = gr.integer("hour")
    if hour is not None:
        minute = gr.integer("minute") or 0
        ampm = gr.table("ampm", "ampm")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif ampm is None and hour < 12:  # "4 in the afternoon": the part of the day says past noon
            pm_from = _as_int(gr.table("pod", "part_of_day_pm_from"))
            if pm_from is not None and hour >= pm_from:
                hour += 12
        return ClockTime(hour=hour, minute=minute)
    if pod is not None:
        return ClockTime(part_of_day=str(pod))
    return None


def _mod(gr: _Groups, rule: Rule) -> str | None:
    for name, table in (
        ("approx", "mod_approx"),
        ("posmod", "mod_position"),
        ("partmod", "mod_part"),
        ("orso", "mod_approx"),
    ):
        value = gr.table(name, table)
        if value is not None:
            return str(value) or None  # "" = a part with no TIMEX3 mod ("the second week of January")
    if gr.has("over"):  # "lasted over a week" (see rule duration)
        return "MORE_THAN"
    const = rule.const("mod")
    return None if const is None else str(const)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # '98 -> 1998, '05 -> 2005 (a pivot of 50)
        year += 1900 if year >= 50 else 2000
    return year


def _words_year(gr: _Groups) -> int | None:
    """ "nineteen ninety-six" -> 1996; "two thousand and five" -> 2005."""
    hundreds = _as_int(gr.table("yhundreds", "year_hundreds"))
    if hundreds is not None:
        rest = parse_number(str(gr.text("yrest")), gr.lex)
        return None if rest is None else hundreds * 100 + int(rest)
    thousands = _as_int(gr.table("ythousands", "year_thousands"))
    if thousands is not None:
        rest = parse_number(str(gr.text("yrest2")), gr.lex) if gr.has("yrest2") else 0.0
        return None if rest is None else thousands + int(rest)
    return None


def _date(gr: _Groups, rule: Rule) -> Parsed | None:
    month_text = gr.text("month")
    month: int | None = None
    if month_text is not None:
        month = int(month_text) if month_text.isdigit() else _as_int(gr.table("month", "month", "month_abbr"))
        if month is None:
            return None
    quarter = half = None
    quarter_month = _as_int(gr.table("qmonth", "month"))
    if quarter_month is not None:  # "the December quarter"
        quarter = (quarter_month - 1) // 3 + 1
    if gr.has("qword"):
        ordinal = (
            _as_int(gr.table("ord", "ordinal", "half_side")) if not str(gr.text("ord")).isdigit() else gr.integer("ord")
        )
        kind = str(gr.table("qword", "quarter_word") or gr.text("qword")).upper()
        if ordinal is None and gr.has("ord"):
            return None
        if ordinal is None:  # "the 1988 quarter": the year is all that is known
            pass
        elif kind.startswith("Q"):
            quarter = ordinal if ordinal > 0 else 4
        else:
            half = ordinal if ordinal > 0 else 2
    day = gr.integer("day")
    if day is None and gr.has("dayord"):  # "March eighth"
        day = _as_int(gr.table("dayord", "day_ordinal_word"))
    day_end = gr.integer("dayend")
    if day is not None and day_end is not None and day >= day_end:  # "3-2 August" is a score, not a range
        return None
    nth_weekday: tuple[int, int] | None = None
    nth, nth_dow = _as_int(gr.table("nth", "ordinal")), _nth_day(gr)
    if nth is not None and nth_dow is not None:  # "the first Monday in October", "the last weekend of October"
        nth_weekday = (nth, nth_dow)
    shift_days = (
        _counted_shift(gr)
        or _shift_of(gr.table("shiftdays", "day_shift_prefix", "week_shift"))
        or _as_int(gr.table("weshift", "weekend_shift"))
        or 0
    )
    step_dow, step = _as_int(gr.table("stepdow", "weekday")), _as_int(gr.table("stepdir", "weekday_step"))
    named = _HolidayFields(month, day, nth_weekday, shift_days=shift_days)
    region = gr.table("region", "holiday_region")  # "Scotland's summer bank holiday": that region's table first
    holiday = gr.table("holiday", *([str(region)] if region is not None else []), "holiday")
    any_of: list[_HolidayFields] = []
    if isinstance(holiday, list) and holiday[:1] == [_ANY_HOLIDAY]:
        # "the bank holiday": any of the holidays named (each a [holiday] key); not "Monday is a bank holiday"
        if not (gr.has("dir") or gr.has("hweekend") or gr.has("article") or gr.has("steparticle")):
            return None
        for name in holiday[1:]:
            one = gr.lex.lookup("holiday", str(name))
            if not isinstance(one, list):
                return None
            any_of.append(_holiday_fields(one, month, day, shift_days))
    elif isinstance(holiday, list):
        named = _holiday_fields(holiday, month, day, shift_days)
    fixed_holiday = isinstance(holiday, list) and not any_of and named.fixed()
    cycle = gr.table("holiday", "holiday_years") if fixed_holiday else None  # "Inauguration Day": every 4 years
    year = _words_year(gr)
    decade_text = gr.text("decade")
    century = gr.integer("century")
    if century is None:  # "the nineteenth century"
        century = _as_int(gr.table("centword", "century_ordinal"))
    ydir = gr.table("ydir", "direction")
    if ydir is None:  # "August of the following year": counted from the date named last
        ydir = gr.table("yadir", "anaphoric_direction")
    direction = gr.table("dir", "direction", "direction_after")  # "the summer before last": -2
    if direction is None:  # "the following spring", "that August"
        direction = gr.table("adir", "anaphoric_direction")
    if direction is None and gr.has("seasonsago"):  # "two summers ago": the summer before last
        count = parse_number(str(gr.text("num")), gr.lex)
        direction = -int(count) if count is not None and count >= 1 else None
    year_text = gr.text("year")
    if year is None and year_text is not None:
        year = _year(year_text)
    calendar = Calendar(
        year=year,
        **named.calendar_fields(),
        weekday_step=(step_dow, step) if step_dow is not None and step is not None else None,
        weekday=_as_int(gr.table("dow", "weekday")),
        decade_digit=_decade_digit(gr),
        season=_as_str(gr.table("season", "season", "season_plural")) or _south_season(gr),
        south=gr.has("southseason"),
        quarter=quarter,
        half=half,
        decade=int(decade_text[:3]) if decade_text is not None else None,
        century=century - 1 if century is not None else None,
        period_of_year=gr.has("qword") and not gr.has("ord"),
        of_the_year=gr.has("ofyear"),
        week_of=rule.const("week_of") is True or gr.has("nthwe"),
        weekend_of=(rule.const("week_of") is True and gr.has("weekend")) or gr.has("nthwe"),
        holiday_weekend=gr.has("hweekend"),
        habitual=gr.has("generic"),  # "has not missed a Christmas Eve since": any year's
        fixed_holiday=fixed_holiday,
        every_years=(int(str(cycle[0])), int(str(cycle[1]))) if isinstance(cycle, list) else None,
        year_offset=_as_int(ydir),
        anaphoric=rule.const("anaphoric") is True,
        direction=_as_int(direction),
        clock=_clock(gr),
    )
    if not any_of:
        return calendar
    return replace(calendar, any_of=tuple(replace(calendar, **one.calendar_fields()) for one in any_of))


@dataclass(frozen=True, slots=True)
class _HolidayFields:
    """The `Calendar` fields a date or a holiday sets (same names)."""

    month: int | None
    day: int | None
    nth_weekday: tuple[int, int] | None = None
    easter: bool = False
    observance: tuple[str, str] | None = None
    solar: int | None = None
    shift_days: int = 0

    def calendar_fields(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def fixed(self) -> bool:
        """A day of the year that is the same every year ("Independence Day": July 4), not counted from anything."""
        plain = self.nth_weekday is None and not self.easter and self.observance is None and self.solar is None
        return plain and self.month is not None and self.day is not None and self.shift_days == 0


_ANY_HOLIDAY = "any"  # words.toml [holiday]: ["any", name, ...] is any of the holidays named ("the bank holiday")


def _holiday_fields(holiday: list[object], month: int | None, day: int | None, shift: int) -> _HolidayFields:
    """The date fields of a words.toml holiday value: [month, day], [month, n, weekday(, shift)], ["easter", shift],
    ["observance", country, name] or ["solar", event] (an equinox or solstice: solar.EVENTS); `shift` is added to
    its own."""
    if len(holiday) == 2 and holiday[0] == "easter":
        return _HolidayFields(month, day, easter=True, shift_days=shift + int(str(holiday[1])))
    if len(holiday) == 2 and holiday[0] == "solar":
        return _HolidayFields(month, day, solar=EVENTS.index(str(holiday[1])), shift_days=shift)
    if len(holiday) == 3 and holiday[0] == "observance":
        return _HolidayFields(month, day, observance=(str(holiday[1]), str(holiday[2])), shift_days=shift)
    if len(holiday) == 2:
        return _HolidayFields(int(str(holiday[0])), int(str(holiday[1])), shift_days=shift)
    if len(holiday) in (3, 4):
        extra = int(str(holiday[3])) if len(holiday) == 4 else 0
        nth = (int(str(holiday[1])), int(str(holiday[2])))
        return _HolidayFields(int(str(holiday[0])), day, nth_weekday=nth, shift_days=shift + extra)
    return _HolidayFields(month, day, shift_days=shift)


def country_holiday(calendar: Calendar, holiday: list[object]) -> Calendar:
    """A holiday's date fields as another country keeps it (Canada's Thanksgiving: [10, 2, 1]), the rest kept."""
    return replace(calendar, **_holiday_fields(holiday, None, None, 0).calendar_fields())


def _decade_digit(gr: _Groups) -> int | None:
    """ "the eighties", "the '80s" -> 8 (the century comes from the anchor)."""
    word = _as_int(gr.table("decadeword", "decade_word"))
    return word if word is not None else gr.integer("decadedigit")


def _weekday(gr: _Groups, rule: Rule) -> Parsed | None:
    if gr.has("dows"):  # "two Saturdays ago": the latest such weekday, (n - 1) weeks further back
        plural_dow = _as_int(gr.table("dows", "weekday_plural"))
        count = parse_number(str(gr.text("num")), gr.lex)
        if plural_dow is None or count is None or count < 1 or count != int(count):
            return None
        return Weekday(dow=plural_dow, direction=-1, shift_days=-7 * (int(count) - 1))
    dow = _as_int(gr.table("dow", "weekday")) if gr.has("dow") else _as_int(rule.const("dow"))  # "midweek": dow 3
    if dow is None:
        return None
    if gr.has("generic") or gr.has("kind"):  # "on a Saturday", "Sunday trading": no particular one
        return Weekday(dow=dow, clock=_clock(gr), generic=True)
    beyond = _as_int(gr.table("dafter", "direction_after"))  # "the Sunday before last": a week before last Sunday
    if beyond is not None:
        sign = 1 if beyond > 0 else -1
        return Weekday(dow=dow, direction=sign, clock=_clock(gr), shift_days=7 * (beyond - sign))
    direction = _as_int(gr.table("dir", "direction"))
    anaphoric = _as_int(gr.table("dir", "anaphoric_direction"))  # "the previous Friday"
    if anaphoric is None:  # "the Tuesday after"
        anaphoric = _as_int(gr.table("adirpost", "anaphoric_direction_after"))
    if direction is None and anaphoric is not None:
        return Weekday(dow=dow, direction=anaphoric, clock=_clock(gr), anaphoric=True)
    shift_value = gr.table("shiftdays", "day_shift_prefix")
    if (counted := _counted_shift(gr)) is not None:  # "ten days before Friday"
        shift = counted
    elif isinstance(shift_value, list):  # "a week from Friday": [days, direction]
        shift, direction = int(shift_value[0]), int(shift_value[1])
    elif gr.has("weekafter"):  # "Monday week": a week after the coming Monday
        shift, direction = 7, 1
    else:
        shift = _as_int(shift_value) or 0
    return Weekday(
        dow=dow,
        direction=direction,
        clock=_clock(gr),
        possessive=gr.has("poss"),
        shift_days=shift,
        week_offset=_weeks_back(gr) if gr.has("weeksago") else _as_int(gr.table("wdir", "week_direction")),
        week_of=rule.const("week") is True,
        anaphoric=rule.const("anaphoric") is True,
        nearest=rule.const("nearest") is True,
    )


def _counted_shift(gr: _Groups) -> int | None:
    """Days of a counted shift ("ten days before", "3 weeks after": rules.toml fragment counted_day_shift), else
    None."""
    if not gr.has("shiftn"):
        return None
    count = parse_number(str(gr.text("shiftn")), gr.lex)
    unit, sign = _as_int(gr.table("shiftunit", "shift_unit")), _as_int(gr.table("shiftdir", "shift_direction"))
    if count is None or count != int(count) or unit is None or sign is None:
        return None
    return int(count) * unit * sign


def _weeks_back(gr: _Groups) -> int | None:
    """ "two weeks ago on Thursday" -> -2 (a week offset); "a week ago" -> -1; "a fortnight ago" -> -2 (words.toml
    [weeks_unit])."""
    count = parse_number(str(gr.text("weeksago")), gr.lex)
    weeks = _as_int(gr.table("weeks", "weeks_unit")) or 1
    return None if count is None or count != int(count) else -int(count) * weeks


def _dayword(gr: _Groups, rule: Rule) -> Parsed | None:
    value = gr.table("dayword", "day_word")
    if not isinstance(value, list) or len(value) not in (2, 3):
        return None
    offset, pod = int(value[0]), str(value[1])
    clock = _clock(gr) or (ClockTime(part_of_day=pod) if pod else None)
    # a third item `true`: the day depends on the tense ("overnight" told of the future is the coming night)
    return Relative(unit="day", offset=offset, clock=clock, by_tense=len(value) == 3 and value[2] is True)


def _time(gr: _Groups, rule: Rule) -> Parsed | None:
    clock = _clock(gr)
    if clock is None:
        return None
    # the day after the time, in either order: "3 p.m. Feb. 6", "3pm on 14 February", "09.05 GMT Thursday 13
    # February 2025"
    for day_group, month_group, year_group in (
        ("day3", "month3", "year3"),
        ("day", "month", "year"),
        ("dday", "dmonth", "dyear"),
        ("dday2", "dmonth2", "dyear2"),
    ):
        if gr.has(month_group):
            month = _as_int(gr.table(month_group, "month", "month_abbr"))
            day, year = gr.integer(day_group), gr.integer(year_group)
            weekday = _as_int(gr.table("dow3" if day_group == "day3" else "dow", "weekday"))  # "Friday, April 18"
            return None if month is None else Calendar(year=year, month=month, day=day, clock=clock, weekday=weekday)
    if gr.has("dow"):
        dow = _as_int(gr.table("dow", "weekday"))
        direction = _as_int(gr.table("dir", "direction"))  # "next Tuesday at 8 p.m."
        return None if dow is None else Weekday(dow=dow, direction=direction, clock=clock)
    if gr.has("dayword"):
        value = gr.table("dayword", "day_word")
        offset = int(value[0]) if isinstance(value, list) else 0
        return Relative(unit="day", offset=offset, clock=clock)
    # a bare clock time ("at 10 p.m.") is on the day under discussion: the one named last, if any
    return Relative(unit="day", offset=0, clock=clock, anaphoric=True)


_SATURDAY = 6  # a weekend is counted by its Saturday ("the first weekend of the month")


def _nth_day(gr: _Groups) -> int | None:
    """The weekday counted in "the first Tuesday of" (group nthdow), or a weekend's Saturday (group nthwe)."""
    return _SATURDAY if gr.has("nthwe") else _as_int(gr.table("nthdow", "weekday"))


def _relative(gr: _Groups, rule: Rule) -> Parsed | None:
    unit = gr.table("calunit", "cal_unit") or rule.const("unit")
    direction = gr.table("dir", "direction", "direction_after")
    if direction is None:
        direction = gr.table("adir", "anaphoric_direction")
    if direction is None:  # "the day before"
        direction = gr.table("adirpost", "anaphoric_direction_after")
    if direction is None:
        direction = rule.const("dir")
    if gr.has("dayshift"):  # "the day before yesterday"
        direction = gr.table("dayshift", "day_shift")
    if gr.has("nthday"):  # "the second day": one day after the first
        nth = _as_int(gr.table("nthday", "ordinal"))
        direction = None if nth is None else nth - 1
    if unit is None or direction is None:
        return None
    nth_weekday: tuple[int, int] | None = None
    if gr.has("nthdow") or gr.has("nthwe"):  # "the first Tuesday of next month" (only of a month)
        nth, nth_dow = _as_int(gr.table("nth", "ordinal")), _nth_day(gr)
        if unit != "month" or nth is None or nth_dow is None:
            return None
        nth_weekday = (nth, nth_dow)
    return Relative(
        nth_weekday=nth_weekday,
        nth_weekend=gr.has("nthwe"),
        turn=rule.const("turn") is True,
        whole=gr.has("whole"),
        unit=str(unit),
        offset=int(str(direction)),
        by_tense=rule.const("by_tense") is True,
        anaphoric=rule.const("anaphoric") is True,
        comparative=rule.const("comparative") is True,
        clock=_clock(gr),
        nearest_start=rule.const("nearest_start") is True,
        same_day=rule.const("same_day") is True,
        same_week=rule.const("same_week") is True,
        stretch_day=rule.const("stretch_day") is True,
    )


def _ago(gr: _Groups, rule: Rule) -> Parsed | None:
    unit_code = gr.table("unit", "unit")
    if unit_code is None or str(unit_code) not in _CALENDAR_UNIT:
        return None
    amount: float | None = 1.0
    if gr.has("num"):
        amount = parse_number(str(gr.text("num")), gr.lex)
    elif rule.const("num") == "X":
        amount = None
    shift = rule.const("shift_value")
    if shift is None:
        shift = gr.table("shift", "shift")
    if shift is None:
        return None
    unit, factor = _CALENDAR_UNIT[str(unit_code)]
    anaphoric = rule.const("anaphoric") is True  # "[two days] later": counted from the date named last
    # "a day earlier", "two years earlier": a date counted back from the date named last; but "a year earlier" is
    # the year-ago counterpart of the period a report discusses (comparative, from the publication date)
    from_last = gr.table("shift", "shift_from_last") is not None and (unit, factor, amount) != ("year", 1, 1)
    if amount is None and anaphoric:  # "[a few days] later": a span of unknown length
        return Duration(duration_value(str(unit_code), None))
    if amount is None:  # "several years ago": only the side of the anchor is known
        return Vague("PAST_REF" if int(str(shift)) < 0 else "FUTURE_REF")
    length = duration_value(str(unit_code), amount)
    if gr.has("agoday"):  # "a week ago today": the day a week before today
        day = _as_int(gr.table("agoday", "ago_day"))
        if day is None or not length.whole:
            return None
        return Shifted(base=Relative(unit="day", offset=day), by=length, back=True)
    steps = round(amount * factor) if amount >= 1 or factor > 1 else 0
    if rule.const("in_days") is True and unit == "week":  # "in a fortnight": fourteen days on
        unit, steps = "day", steps * _DAYS_IN_WEEK
    this_unit = _as_str(gr.table("thisunit", "cal_unit"))
    same_week = this_unit == "week"  # "ten years ago this week": the same ISO week number, ten years back
    this_dir = _as_int(gr.table("thisdir", "direction")) or 0  # "three years ago next month": a month on
    if same_week and this_dir and length.whole:  # "twenty years ago last week": last week, twenty years back
        return Shifted(base=Relative(unit="week", offset=this_dir), by=length, back=int(str(shift)) < 0)
    if this_unit is not None:  # "five years ago this month": that month, five years back
        if unit != "year" or not (same_week or this_unit in _IN_A_YEAR):
            return None
        if not same_week:
            unit, steps = this_unit, steps * _IN_A_YEAR[this_unit] + int(str(shift)) * this_dir
    # "the second letter in two weeks" (a past sentence) is a span, "will leave in two weeks" a date
    span = duration_value(str(unit_code), amount) if rule.const("past_is_duration") is True else None
    return Relative(
        unit=unit,
        offset=int(str(shift)) * steps,
        comparative=rule.const("comparative") is True,
        past_duration=span,
        anaphoric=anaphoric or from_last,
        span=duration_value(str(unit_code), amount) if anaphoric else None,
        counted=from_last,
        same_week=same_week,
    )


def _duration(gr: _Groups, rule: Rule) -> Parsed | None:
    unit_code = gr.table("unit", "unit") or gr.table("unitadj", "unit_adj")
    if unit_code is None or str(unit_code) not in _DURATION_UNITS:
        return None
    if gr.has("num"):
        amount: float | None = parse_number(str(gr.text("num")), gr.lex)
    else:
        const = rule.const("num", 1)
        amount = None if const == "X" else float(str(const))
    if amount is not None and (gr.has("andhalf") or gr.has("halfbefore")):  # "two and a half years"
        amount += 0.5
    if amount is not None and (gr.has("andquarter") or gr.has("quarterbefore")):  # "an hour and a quarter"
        amount += 0.25
    value = duration_value(str(unit_code), amount)
    for num_group, unit_group in (("num2", "unit2"), ("num3", "unit3")):  # "three hours and 12 minutes"
        unit_next = gr.table(unit_group, "unit")
        if unit_next is None or str(unit_next) not in _DURATION_UNITS or not gr.has(num_group):
            continue
        after = duration_value(str(unit_next), parse_number(str(gr.text(num_group)), gr.lex))
        if _UNIT_ORDER.index(after.parts[0][1]) <= _UNIT_ORDER.index(value.parts[-1][1]):
            return None  # "two hours and three days" is not one span
        value = DurationValue(value.parts + after.parts)
    return Duration(value)


_UNIT_ORDER = ("ML", "CE", "DE", "Y", "Q", "M", "W", "D", "H", "MIN", "S")  # largest first


def duration_value(unit_code: str, amount: float | None) -> DurationValue:
    unit, factor = _DURATION_UNITS[unit_code]
    if amount is None:
        return DurationValue(((None, unit),))
    amount *= factor
    if amount != int(amount) and unit in _SMALLER:
        smaller, per = _SMALLER[unit]
        whole = int(amount)
        rest = round((amount - whole) * per, 6)
        parts = (((float(whole), unit),) if whole else ()) + ((rest, smaller),)
        return DurationValue(parts)
    return DurationValue(((amount, unit),))


def _set(gr: _Groups, rule: Rule) -> Parsed | None:
    if gr.has("freq"):
        return SetOf(str(gr.table("freq", "frequency")))
    holiday = gr.table("holiday", "holiday")  # "every May Day": a holiday on a fixed day
    if isinstance(holiday, list) and holiday[:1] != [_ANY_HOLIDAY]:
        day = _holiday_fields(holiday, None, None, 0)
        if day.fixed():
            return SetOf(f"XXXX-{day.month:02d}-{day.day:02d}")
        if day.month is not None and not day.shift_days:  # "every Labor Day": a day of that month each year
            return SetOf(f"XXXX-{day.month:02d}-XX")
        return SetOf(str(duration_value("Y", 1.0)))  # "every Easter": once a year, on no fixed month
    month = gr.table("month", "month")
    if month is not None:
        return SetOf(f"XXXX-{_as_int(month):02d}")
    if gr.has("season"):
        return SetOf(f"XXXX-{gr.table('season', 'season')}")
    dow = gr.table("dow", "weekday") or gr.table("dows", "weekday_plural")
    if dow is not None and gr.has("step"):  # "every other Friday": every two weeks
        return SetOf(str(duration_value("W", float(str(gr.table("step", "every_step"))))))
    if dow is not None:
        pod = gr.table("pod", "part_of_day") or gr.table("pods", "part_of_day_plural")
        clock = _clock(gr) if gr.has("hour") else None  # "every Thursday at 7am"
        at = f"T{clock.hour:02d}:{clock.minute:02d}" if clock is not None and clock.hour is not None else ""
        return SetOf(f"XXXX-WXX-{dow}" + (f"T{pod}" if pod else at))
    if gr.has("pod"):
        return SetOf(f"XXXX-XX-XXT{gr.table('pod', 'part_of_day')}")
    unit_code = gr.table("unit", "unit", "rate_unit")  # ("six hours a night": a night a day)
    if unit_code is None or str(unit_code) not in _DURATION_UNITS:
        return None
    named = gr.table("unit", "every_unit_value")  # "every weekend": a calendar part, not a step of two days
    if named is not None and not gr.has("num") and not gr.has("step"):
        return SetOf(str(named))
    amount = 1.0
    if gr.has("num") and gr.has("every"):
        amount = parse_number(str(gr.text("num")), gr.lex) or 1.0
    elif gr.has("step"):  # "every other week"
        amount = float(str(gr.table("step", "every_step")))
    step_unit = gr.table("unit", "every_unit_step")  # "every two weekends" steps in weeks
    return SetOf(str(duration_value(str(step_unit or unit_code), amount)))


def _vague(gr: _Groups, rule: Rule) -> Parsed | None:
    ref = gr.table("vague", "vague", "vague_guarded")
    return None if ref is None else Vague(str(ref))


_BUILDERS: dict[str, Callable[[_Groups, Rule], Parsed | None]] = {
    "date": _date,
    "weekday": _weekday,
    "dayword": _dayword,
    "time": _time,
    "relative": _relative,
    "ago": _ago,
    "duration": _duration,
    "set": _set,
    "vague": _vague,
}


def extract(match: re.Match[str], rule: Rule, lex: Lexicon, original: str) -> Extracted | None:
    """The typed value of one match (found in the lower-cased text), or None when its words do not make a value.

    `original` is the text as written, for the rules that want a capitalized word ("May", not "may").
    """
    gr = _Groups(match, lex)
    for name in rule.capitalized:
        if gr.has(name) and not original[match.start(name)].isupper():
            return None
    for name in _as_names(rule.const("proper_if_capitalized")):
        if gr.has(name) and match.start(name) > match.start():
            word = original[match.start(name) : match.end(name)]
            if word[:1].isupper() and not word.isupper():
                return None
    parsed = _BUILDERS[rule.kind](gr, rule)
    if parsed is None:
        return None
    day_of = 1 if gr.has("dayfirst") else _as_int(gr.table("dayof", "day_of"))
    if day_of is not None and isinstance(parsed, (Calendar, Relative)):  # "the last day of the month"
        parsed = replace(parsed, day_of=day_of)
    start, end = match.span("span") if gr.has("span") else match.span()
    return Extracted(start=start, end=end, rule=rule.id, parsed=parsed, mod=_mod(gr, rule))


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value == int(value):
        return int(value)
    return None


def _shift_of(value: object) -> int | None:
    """Days of a shift from a word table: a number, or [days, direction] ("a week from" = [7, 1]: "a week from Oct.
    25" is November 1)."""
    return _as_int(value[0]) if isinstance(value, list) and value else _as_int(value)


def _as_names(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _as_str(value: object) -> str | None:
    return None if value is None else str(value)
