"""Typed, partly resolved values produced by extraction (step 1) and resolved by `anchor` (step 2).

Nothing here knows the publication date: a value says what the words say (`Relative(unit="month", offset=-1)`,
`Weekday(dow=3)`, `Calendar(month=2, day=6)`), and `anchor.resolve` turns it into a TIMEX3 value.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.temporal.value import DurationValue


@dataclass(frozen=True, slots=True)
class ClockTime:
    hour: int | None = None  # None with part_of_day set ("Wednesday night")
    minute: int = 0
    part_of_day: str | None = None  # MO AF EV NI MI DT

    def suffix(self) -> str:
        """The TIMEX3 time suffix: "T10:00", or "TNI" for a part of the day."""
        return f"T{self.part_of_day}" if self.hour is None else f"T{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True, slots=True)
class Calendar:
    """Explicit calendar fields; year None = take it from the anchor (month-day, month, season, quarter)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    year_offset: int | None = None  # "August last year" -> -1 (relative to the anchor's year)
    direction: int | None = None  # "last summer" -> -1, "next March" -> 1, "this spring" -> 0
    clock: ClockTime | None = None
    nth_weekday: tuple[int, int] | None = None  # (n, weekday) in `month`: Thanksgiving = (4, 4); n = -1: last
    easter: bool = False  # a movable feast counted from Easter Sunday (Good Friday: shift_days = -2)
    # a holiday of another calendar (lunar, Hebrew, Islamic, Hindu): (country, name) in the `holidays` package's
    # tables of a country that keeps it ("Diwali" = ("IN", "Diwali"))
    observance: tuple[str, str] | None = None
    solar: int | None = None  # an equinox or solstice: its index in solar.EVENTS (the June solstice = 1)
    # days from the day the fields name: "the day before Feb. 6" = -1; US Election Day = the day after November's
    # first Monday (+1)
    shift_days: int = 0
    weekday: int | None = None  # "Friday, April 18": the day's weekday, which picks its year among the nearest
    # (weekday, -1 or +1): then the nearest such weekday before or after that day ("the Thursday before Thanksgiving")
    weekday_step: tuple[int, int] | None = None
    decade_digit: int | None = None  # "the nineties" = 9: the latest such decade not after the anchor
    period_of_year: bool = False  # "the 1988 quarter/period": the year's counterpart of the period under discussion
    # "the following spring", "that August", "August of the following year": the year (and "following"/"previous")
    # are counted from the date named last, not from the publication date
    anaphoric: bool = False
    of_the_year: bool = False  # "the second half of the year": the anchor year's (a past sentence may go back)
    week_of: bool = False  # "the week of March 6": the ISO week holding the day
    weekend_of: bool = False  # "the weekend of March 8": that week's weekend
    holiday_weekend: bool = False  # "the Labor Day weekend": the weekend nearest the day
    day_of: int | None = None  # "the last day of March" = -1: the period's first (1) or last (-1) day
    # a holiday that is any of several ("the bank holiday"): each one's fields, the rest as here; the tense picks one
    any_of: tuple[Calendar, ...] = ()
    south: bool = False  # a season already read in the southern hemisphere ("the summer of 2049-50" = 2049-WI)
    # any year's: a season of a habit ("The ferry sails twice a day in winter" = XXXX-WI), a holiday after "a" that is
    # a noun of its own ("has not missed a Christmas Eve since" = XXXX-12-24)
    habitual: bool = False
    # a holiday on a fixed day of the year ("Independence Day"), kept on the Monday after when it falls on a Sunday
    fixed_holiday: bool = False
    # a day held only every so many years: (period, remainder) of the years it falls in ("Inauguration Day": (4, 1),
    # words.toml [holiday_years])
    every_years: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Relative:
    """A calendar unit shifted from the anchor: "last month" (month, -1), "three years ago" (year, -3)."""

    unit: str  # year month week day quarter half_year decade century weekend season hour minute
    offset: int  # 0 = the anchor's own unit
    clock: ClockTime | None = None
    # "the quarter", "the weekend": in a past sentence, the latest one over; "overnight": in a future one, tonight
    by_tense: bool = False
    anaphoric: bool = False  # "the previous year", "that day": counted from the date last mentioned
    comparative: bool = False  # "a year ago", "year-earlier": the same period, one unit back
    past_duration: DurationValue | None = None  # "in two weeks": this span instead, in a past sentence
    # "[two days] later": the words name this span (TimeML's DURATION, "later" its signal); the unit and offset
    # give the date it reaches from the date named last (TimeML's non-consuming TIMEX3 at its end point)
    span: DurationValue | None = None
    nearest_start: bool = False  # "the new year": the unit (this one or the next) whose start is nearest the anchor
    same_day: bool = False  # "this time last year": the anchor's day in the year (month, week) `offset` away
    # "the second day": `offset` days after a day named before (its first day); with none, the day under discussion
    stretch_day: bool = False
    # "a week earlier": a length counted from the date named last (after a day, a day), not the unit beside it ("the
    # previous week")
    counted: bool = False
    day_of: int | None = None  # "the first day of next month" = 1: the period's first (1) or last (-1) day
    # "the first Tuesday of the month" = (1, 2): the month's nth (-1: last) such weekday; with `nth_weekend`, the
    # weekend of its nth Saturday ("the first weekend of next month")
    nth_weekday: tuple[int, int] | None = None
    nth_weekend: bool = False
    turn: bool = False  # "the turn of the century": the year a century (decade) began, as the tense says which
    whole: bool = False  # "the full year": told in the past early in a year, the one just over
    same_week: bool = False  # "ten years ago this week": the anchor's ISO week number in the year `offset` years away


@dataclass(frozen=True, slots=True)
class Weekday:
    dow: int  # 1 = Monday
    direction: int | None = None  # explicit last/next/this; None = from the sentence's tense
    clock: ClockTime | None = None
    anaphoric: bool = False  # "the previous Friday": counted from the day named last, not from the anchor
    possessive: bool = False  # "Wednesday's ruling": a noun's day, not the verb's; the nearest such weekday
    shift_days: int = 0  # "the day before last Tuesday": days from that weekday
    week_offset: int | None = None  # "Tuesday next week" = 1: that weekday of the anchor's week, shifted
    week_of: bool = False  # "midweek": the week holding that weekday
    generic: bool = False  # "falls on a Saturday": any such day (XXXX-WXX-6)
    nearest: bool = False  # "on the Monday": the such weekday nearest its anchor, whatever the tense


@dataclass(frozen=True, slots=True)
class Duration:
    value: DurationValue


@dataclass(frozen=True, slots=True)
class SetOf:
    """A recurrence: value is a TIMEX3 value (P1W, XXXX-WXX-1)."""

    value: str


@dataclass(frozen=True, slots=True)
class Vague:
    ref: str  # PAST_REF PRESENT_REF FUTURE_REF


@dataclass(frozen=True, slots=True)
class Shifted:
    """A day counted on from another day: "a month from Friday" = that Friday plus P1M; `back` counts it back: "a
    week ago today" = today minus P1W."""

    base: Calendar | Relative | Weekday
    by: DurationValue
    back: bool = False


Parsed = Calendar | Relative | Weekday | Duration | SetOf | Vague | Shifted


@dataclass(frozen=True, slots=True)
class Extracted:
    """One recognized expression before anchoring."""

    start: int
    end: int
    rule: str
    parsed: Parsed
    mod: str | None = None
