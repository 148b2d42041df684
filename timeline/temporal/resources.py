"""Language resources: word tables, rules, noise patterns and tense cues, loaded from resources/<lang>/*.toml.

Compiled once per language (cached). The engine code holds no words of any language: everything it matches is
built here from the TOML files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from timeline.errors import TimelineError

_REF_RE = re.compile(r"\{(?P<name>[a-z_]+)\}")
_KINDS = frozenset({"date", "weekday", "relative", "dayword", "time", "duration", "set", "vague", "ago"})


class ResourceError(TimelineError):
    """A language resource file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    regex: re.Pattern[str]
    capitalized: tuple[str, ...]  # groups whose text must start with an upper-case letter
    consts: tuple[tuple[str, object], ...]  # constant fields of the rule (sign, unit, value, ...)
    anchors: tuple[str, ...] = ()  # lower-case anchor words and #classes (year4, clock, numdate)
    requires: re.Pattern[str] | None = None  # a window must contain this before the rule runs there
    # finds where a match starts: matched at a position, it ends where the first match within the reach begins
    scan: re.Pattern[str] = re.compile(r"(?!x)x")

    def const(self, name: str, default: object = None) -> object:
        for key, value in self.consts:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Cue:
    direction: int  # -1 past, +1 future, +2 certain future (a modal "will"), 0 a present (no direction: "is booked")
    before_only: bool = False  # counts only when it precedes the expression
    after: int | None = None  # its direction when it follows the expression, if not `direction`
    in_clause: bool = False  # before the expression, counts only with no clause break between them
    neutral: bool = False  # says nothing of the tense: only keeps its words from being read as another cue
    after_only: bool = False  # counts only when it follows the expression (cues.toml past_after)
    adjacent: bool = False  # counts only when it ends where the expression starts (cues.toml present_right_before)


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    tables: dict[str, dict[str, object]]
    rules: tuple[Rule, ...]
    noise: re.Pattern[str]  # one alternation of every noise pattern
    noise_words: re.Pattern[str]  # ... of those that need no digit (rules.toml noise_words)
    cues: re.Pattern[str]  # one alternation of every tense cue; group cN is cue_kinds[N]
    cue_kinds: tuple[Cue, ...]
    cue_start: str  # the lookahead at the head of `cues` that limits where cues are tried (speed only)
    trigger_numbers: re.Pattern[str]  # finds number anchors: groups year4, clock, numdate
    trigger_words: re.Pattern[str]  # finds anchor words in lower-cased text
    word_rules: dict[str, tuple[int, ...]]  # anchor word -> indices of the rules anchored on it
    class_rules: dict[str, tuple[int, ...]]  # year4 / clock / numdate -> rule indices
    window_before: int
    window_after: int
    reach_before: int  # characters a rule's match may start before its anchor (rules.toml)
    reach_after: int  # ... and run on after it before the tagger gives it more room
    certain_past_reach: int  # a past cue ending this close before the expression is sure of the past
    certain_past_after_reach: int  # ... and one starting this close after it ("January brought")
    fallback_after: int  # reach after the expression searched when the window holds no cue
    sentence_end: re.Pattern[str]
    # where a clause inside a sentence starts, for the cues before an expression (cues.toml clause_start)
    clause_start: re.Pattern[str] = re.compile(r"(?!x)x")
    # words just before an expression that make it the compared-with period ("from $3 million last year");
    # matched on the lower-cased text ending where the expression starts
    comparison_before: re.Pattern[str] = re.compile(r"(?!x)x")
    comparison_reach: int = 0
    # words that make a bare "first half" in their sentence a game's period (words.toml [game_period_cue])
    game_period_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a lead or a result in points or a score (cues.toml game_score_cue)
    game_score_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a bare season, the purpose it is readied for (cues.toml season_purpose_before)
    season_purpose_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... or after a characterized season it follows (cues.toml season_over_before); a preposition of time before
    # it (cues.toml season_time_before)
    season_time_before: re.Pattern[str] = re.compile(r"(?!x)x")
    season_over_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a weekday ahead, the word that makes it a run's end (cues.toml run_end_before)
    run_end_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # what is left of a period, at an expression's start (cues.toml remainder_of)
    remainder_of: re.Pattern[str] = re.compile(r"(?!x)x")
    # the link from an expression to a verb coordinated with the one before it (cues.toml coordinated_verb_link)
    coordinated_verb_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # the limit word before a month's first day that ends a stretch (cues.toml limit_first_before)
    limit_first_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # the verb after a fronted expression's subject and an -ed adjective in it (cues.toml fronted_adjective_verb)
    fronted_adjective_verb: re.Pattern[str] = re.compile(r"(?!x)x")
    # words naming a country or its people (words.toml [country_word]): a holiday in their sentence is kept as that
    # country keeps it ([holiday_<code>])
    country_word: re.Pattern[str] = re.compile(r"(?!x)x")
    # places of the southern hemisphere (words.toml [southern_place]): a bare season near one is that hemisphere's
    southern_place: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... but not a season named by a word only northern English uses (words.toml [season_north_word]: "the fall")
    season_north_word: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and the hemisphere's adjective right before a season (cues.toml south_season_before)
    south_season_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... where the sentence is set: after these words (cues.toml place_setting_before)
    place_setting_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # holiday -> {country code: its [holiday] value there}, from the [holiday_<code>] tables
    country_holidays: dict[str, dict[str, list[object]]] = field(default_factory=dict)
    # what closes the clause after an expression: a cue beyond it belongs to another clause
    clause_break: re.Pattern[str] = re.compile(r"(?!x)x")
    # the whole text between two dates of one range or list ("from March to November 2024"): cues.toml range_link
    range_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # the whole text between a date and a month(-day) named as coming before it: cues.toml earlier_link
    earlier_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a weekday and a later bare weekday that ends what began on it: cues.toml range_end_link
    range_end_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a date an event moves from, whose partner after it is the new date, no range's end: cues.toml
    # move_from_before
    move_from_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a day and a weekday in a verbless phrase after it: cues.toml elliptic_day_link
    elliptic_day_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a day something opens and the day it closes: cues.toml pair_end_link
    pair_end_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a date and a step from a date that places it: cues.toml placed_date_link
    placed_date_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a date and a step from a date, a relative clause set off by commas holding the date named last:
    # cues.toml aside_link
    aside_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a day and a weekday that dates what came before it: cues.toml earlier_event_link
    earlier_event_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a weekday in apposition to a day of a range ("on its last day, Thursday"): cues.toml
    # day_apposition_before
    day_apposition_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a weekday and the later weekday its event is moved to: cues.toml moved_to_link
    moved_to_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... the night running on from a day named: cues.toml small_hours_before
    small_hours_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... the link of a weekday listed after a weekday of a set: cues.toml set_list_link
    set_list_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between the nth day of a stretch and the day it falls on ("the second day of the Test on Friday"):
    # cues.toml stretch_day_on_link
    stretch_day_on_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a length and the day it is counted from ("a month from Friday"): cues.toml count_from_link; a length
    # after `count_from_not_after` is a stretch from that day, not a day ("closed for three days from Monday")
    count_from_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a season of a habit: cues.toml season_habit_before
    season_habit_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a month or holiday and a year later in its clause that it is in: cues.toml year_frame_after_link
    year_frame_after_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between two subjects joined by "and", the first taking the second's frame: year_frame_pair_link
    year_frame_pair_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a year opening its sentence and a month or holiday later in its clause: year_frame_open (the start
    # before the year), year_frame_before_link; or one naming the sentence's subject ("The flood of 2007"):
    # year_frame_subject
    year_frame_open: re.Pattern[str] = re.compile(r"(?!x)x")
    year_frame_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    year_frame_before_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... or a written year before the noun of its clause's subject, with a schedule's verb between it and the month
    # ("that the 2069 festival would take place over the last weekend of June"): year_modifier_before (the text
    # before the year), year_modifier_link
    year_modifier_before: re.Pattern[str] = re.compile(r"(?!x)x")
    year_modifier_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a year counted before the subject's noun in the possessive ("Next year's festival runs from Aug. 6")
    year_possessive_link: re.Pattern[str] = re.compile(r"(?!x)x")
    count_on_weekday_link: re.Pattern[str] = re.compile(r"(?!x)x")  # ... or the weekday it is counted on from
    count_from_not_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a date that bounds a state or a span and does not move the story: cues.toml boundary_before
    boundary_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between "last year" and a holiday it owns ("Last year's Easter parade"): cues.toml possessive_link
    possessive_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a holiday or month-day and the year it is in ("St David's Day in 1998"): cues.toml year_of_link
    year_of_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a year and a season in apposition to it ("in 1986, the summer ..."): cues.toml year_apposition_link
    year_apposition_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # a phrase set off by commas holding a week named, whose days the weekdays after it are not ("The festival, held
    # over the second weekend of July, goes on sale on Saturday"): cues.toml aside_open (matched on the text that ends
    # where the week starts), aside_close (matched where it ends)
    aside_open: re.Pattern[str] = re.compile(r"(?!x)x")
    aside_close: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a weekday naming an event with it ("the Sunday night concert"): cues.toml event_day_before
    event_day_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a date in an aside saying when a recurring event is held ("held over the last weekend of June,"):
    # cues.toml event_aside_before
    event_aside_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a holiday and the day it is said to fall on ("election day is June 2"): cues.toml holiday_date_link
    holiday_date_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between a movable holiday and the day in apposition to it ("Small Business Saturday, December 6")
    holiday_date_apposition: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before the day a forecast's period ends ("forecast for the year to June 30"): cues.toml outlook_period_before
    outlook_period_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... before a period bookings are taken for ("bookings for the school holidays in August"): booked_period_before
    booked_period_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... after a month, the figures it is the period of ("December retail sales figures"): data_period_after
    data_period_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and before it ("figures for January to March"): data_period_before
    data_period_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a month, an article and an adjective that describe it as a cause: cues.toml described_month_before
    described_month_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # "overnight" as an adverb, not an adjective ("after overnight talks"): night_adverb_after
    night_adverb_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a clock time and the day it is on ("11.30pm on Christmas Eve"): cues.toml clock_day_link
    clock_day_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between a day and the clock time after it ("on Saturday at 19:30"): cues.toml day_clock_link
    day_clock_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between a day ahead and a clock in a live-blog entry's clause of its own: entry_clause_of_its_own
    entry_clause_of_its_own: re.Pattern[str] = re.compile(r"(?!x)x")
    # after a quarter without a year, the results it is the period of: cues.toml quarter_report_after
    quarter_report_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a past participle, a future "be" and the state it is coordinated with: cues.toml coordinated_state_before
    coordinated_state_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... when that day is a limit's, matched up to where it ends: entry_limit_before
    entry_limit_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between two clock times of one range or one instant ("from 7am to 10pm", "2 p.m. ET (1900 GMT)"):
    # cues.toml clock_pair_link
    clock_pair_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between a clock time and a later bare one on its day: cues.toml clock_chain_link
    clock_chain_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... of which this one gives the same instant in another zone, whose own day is not the first clock's
    # ("9 p.m. ET (0200 GMT Monday)"): cues.toml clock_zone_link
    clock_zone_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # a date counted from a day in apposition ("on Tuesday, three weeks after Super Tuesday"): cues.toml
    # count_apposition_link (day -> length), count_side_link (length -> date; group `after`)
    count_apposition_link: re.Pattern[str] = re.compile(r"(?!x)x")
    count_side_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and after the length, the side of the event of the day named before the weekday ("on Tuesday, 11 days
    # before kick-off"; group `after`): cues.toml count_event_side
    count_event_side: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a quarter or half, a report or an estimate it is the period of: cues.toml period_report_before
    period_report_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # in a headline (a line with no closing full stop) with no tense cue, this before the expression says the future
    # ("MPs to vote on assisted dying bill Friday"): cues.toml headline_future
    headline_future: re.Pattern[str] = re.compile(r"(?!x)x")
    # right after the expression, a modal it is the subject of, and before it a speech verb ("said St Patrick's Day
    # would be the big test"): the modal's future wins over the speech verb; group `certain` for a sure one ("will"):
    # cues.toml modal_subject, modal_subject_after
    modal_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    modal_subject_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and the same for an expression inside the subject ("said on Monday that the autumn booster campaign would
    # start"): cues.toml modal_phrase_before, modal_phrase_after
    modal_phrase_before: re.Pattern[str] = re.compile(r"(?!x)x")
    modal_phrase_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # an expression opening its sentence before a comma, a subject and a modal of what may come ("Overnight,
    # temperatures may fall"): ahead; cues.toml fronted_before, fronted_modal_after
    fronted_before: re.Pattern[str] = re.compile(r"(?!x)x")
    fronted_modal_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and before a comma, a subject and a past verb ("In January, the new mayor promised"): that verb's past, for
    # sure; cues.toml fronted_subject_after
    fronted_subject_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # a date an expectation's "to be" is said of ("expects Sunday to be its busiest day"): ahead for sure; cues.toml
    # expected_subject_before, expected_subject_after
    expected_subject_before: re.Pattern[str] = re.compile(r"(?!x)x")
    expected_subject_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and one opening a clause joined by "and" before a modal ("says, and Friday could be"): cues.toml
    # clause_subject_before, modal_subject_after
    clause_subject_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a month a calamity is named by ("the floods of late November"): the nearest such month; cues.toml
    # calamity_of_before
    calamity_of_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # right before a weekday, a speech verb whose day it is: the report's, not a week's named before ("peaked in the
    # week ending January 20 ..., officials said on Thursday"): cues.toml speech_day
    speech_day: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a clock in the name of the report itself ("the center said in its 5 a.m. advisory"): cues.toml
    # report_clock_before
    report_clock_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # an attribution right after the expression, whose past does not outweigh a "will" before it: cues.toml
    # attribution_after
    attribution_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # between "since" and an expression, what ends the phrase "since" opens: cues.toml past_certain_scope_end
    past_certain_scope_end: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and between a limit ahead ("until") and an expression: cues.toml limit_scope_end
    limit_scope_end: re.Pattern[str] = re.compile(r"(?!x)x")
    # in a live-blog entry, a past verb before a clock that is not a report's (cues.toml entry_past)
    entry_past: re.Pattern[str] = re.compile(r"(?!x)x")
    # before an expression, a relative clause it stands in (cues.toml relative_clause_open), or a verbless aside
    # (cues.toml name_aside_open)
    name_aside_open: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and an aside that holds only its date (cues.toml date_aside_open)
    date_aside_open: re.Pattern[str] = re.compile(r"(?!x)x")
    relative_clause_open: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and the pronoun opening a restrictive relative clause, right before its past verb (cues.toml
    # restrictive_relative_before)
    restrictive_relative_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and one that opens right after the expression, whose cues are not its own (cues.toml relative_aside_after)
    relative_aside_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a "when" clause after it, whose past tells the expression's (cues.toml when_clause_after)
    when_clause_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a length counted from another event in apposition after it (cues.toml counted_aside_after)
    counted_aside_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a past cue, the comma that opens an aside it starts (cues.toml participle_aside_open), or a preposition's
    # noun it qualifies (cues.toml participle_noun_before)
    participle_noun_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... or the noun that opens its sentence (cues.toml participle_subject_before)
    participle_subject_before: re.Pattern[str] = re.compile(r"(?!x)x")
    participle_form: re.Pattern[str] = re.compile(r"(?!x)x")
    participle_object_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # right after the expression, a participle phrase of the subject's state ("appears before magistrates on Wednesday
    # charged with dangerous driving"): cues.toml participle_phrase_after
    participle_phrase_after: re.Pattern[str] = re.compile(r"(?!x)x")
    participle_aside_open: re.Pattern[str] = re.compile(r"(?!x)x")
    attribution_event_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # "that" opening a reported clause, not a demonstrative ("said on Friday that March had been"): cues.toml
    # clause_that_before (ending where "that" starts), clause_that (at its start)
    clause_that_before: re.Pattern[str] = re.compile(r"(?!x)x")
    clause_that: re.Pattern[str] = re.compile(r"(?!x)x")
    # "the year" that is the year named just before ("Looking ahead to 2025: ... by the end of the year"), matched on
    # the whole lower-cased expression: cues.toml story_year
    story_year: re.Pattern[str] = re.compile(r"(?!x)x")
    # "the fiscal year" after a fiscal year named (cues.toml story_fiscal_year, fiscal_year_named)
    story_fiscal_year: re.Pattern[str] = re.compile(r"(?!x)x")
    fiscal_year_named: re.Pattern[str] = re.compile(r"(?!x)x")
    story_decade: re.Pattern[str] = re.compile(r"(?!x)x")  # cues.toml story_decade
    story_century: re.Pattern[str] = re.compile(r"(?!x)x")  # cues.toml story_century
    # ... "the end of the month" that is the month of the day named just before: cues.toml story_month
    story_month: re.Pattern[str] = re.compile(r"(?!x)x")
    # rules whose match is a live-blog entry's stamp (rules.toml `line_stamp`): on the day of the last date header
    line_stamp_rules: frozenset[str] = frozenset()
    # rules of a night written as the two days it spans ("the night of 22-23 April"): rules.toml two_days = true
    two_day_rules: frozenset[str] = frozenset()
    # rules whose numeric month and day may be read either way round, as the tense says (rules.toml either_order)
    either_order_rules: frozenset[str] = frozenset()
    # rules whose match is no expression when told in the past (rules.toml not_in_past: "He was soon released")
    not_in_past_rules: frozenset[str] = frozenset()
    # what ends a word of a name and is no part of it ("Island's", "Lights'"): rules.toml name_suffix
    name_suffix: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a modifier, a quantity whose comparison it is ("8% more than a year earlier"): rules.toml quantity_before
    quantity_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # after a capitalized word, a noun phrase in apposition that makes it a name ("Dr Ifeoma Monday, a paediatrician"):
    # rules.toml apposition_after
    apposition_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... one with an indefinite article (rules.toml person_apposition_after), and one after a quotation whose words
    # may hold a genre (rules.toml title_apposition_after)
    person_apposition_after: re.Pattern[str] = re.compile(r"(?!x)x")
    title_apposition_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # rules.toml modal_wish_after
    modal_wish_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # before "the month" or "the year", the subject of an award ("player of the month"): rules.toml award_before
    award_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # before a month or a weekday, a passive's agent "by" that makes it a first name ("written by April Fenwick"):
    # rules.toml agent_before
    agent_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a relative named in apposition before it ("survived by his wife, May, and two sons"): rules.toml
    # kin_apposition_before, with kin_apposition_after after it
    kin_apposition_before: re.Pattern[str] = re.compile(r"(?!x)x")
    kin_apposition_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and the link of two names before it ("May Hollins and April Dunmore"): rules.toml name_list_link
    name_list_link: re.Pattern[str] = re.compile(r"(?!x)x")
    # around a possessive weekday, a preposition of place before it and a preposition or a stop after it that make it
    # a place's name ("at Friday's on Route 9"): rules.toml place_before, place_possessive_after
    place_before: re.Pattern[str] = re.compile(r"(?!x)x")
    place_possessive_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # a zone ending a clock time's span ("9:30 a.m. EDT"): rules.toml zone_end
    zone_end: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and a zone anywhere in it ("16:47 GMT Thursday"): rules.toml zone_named
    zone_named: re.Pattern[str] = re.compile(r"(?!x)x")
    # bare days listed right after a month-day ("Nov. 14, 21 and 28"): rules.toml day_list
    day_list: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... and before a day-first date or range ("27, 28 and 30 May"): rules.toml day_list_before
    day_list_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # ... between a day and a weekday that names the same day ("Father's Day on Sunday"): cues.toml same_day_link
    same_day_link: re.Pattern[str] = re.compile(r"(?!x)x")

    def lookup(self, table: str, word: str) -> object:
        """Value of `word` in `table` (case- and space-insensitive); None when absent."""
        return self.tables[table].get(" ".join(word.lower().split()))

    def cue_of(self, m: re.Match[str]) -> Cue:
        """The kind of the tense cue `m`, a match of `cues` (its group cN is `cue_kinds[N]`)."""
        return self.cue_kinds[int((m.lastgroup or "c0")[1:])]


def _read(language: str, name: str) -> dict[str, Any]:
    path = importlib_resources.files("timeline.temporal") / "resources" / language / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceError(f"no temporal resource {language}/{name}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"malformed temporal resource {language}/{name}: {exc}") from exc


def _alternation(words: dict[str, object]) -> str:
    """Regex matching any key of a table (longest preferred), factored as a trie; spaces match white space."""
    return "(?:" + _trie(words) + ")"


def _expand(
    pattern: str, tables: dict[str, dict[str, object]], rule_id: str, fragments: dict[str, str] | None = None
) -> str:
    """{table} -> the alternation of a words.toml table; {fragment} -> a [fragment] of rules.toml (for the rules) or
    of cues.toml (for the cues): a shared piece of pattern, itself expanded."""

    def sub(m: re.Match[str]) -> str:
        name = m["name"]
        if fragments is not None and name in fragments:
            return _expand(fragments[name], tables, rule_id)
        if name not in tables:
            raise ResourceError(f"rule {rule_id}: unknown word table {{{name}}}")
        return _alternation(tables[name])

    return _REF_RE.sub(sub, pattern)


_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile a pattern to run on lower-cased text (see `lower_text`): its literal letters are lower-cased,
    escapes (\\S, \\W, \\D, \\B...) are kept. Case-insensitive matching this way is about twice as fast."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P", i):  # named group syntax
            out.append("(?P")
            i += 3
            continue
        out.append(ch.lower())
        i += 1
    return re.compile("".join(out))


def lower_text(text: str) -> str:
    """Lower-cased text with the same length (offsets stay valid): a character whose lower case is longer
    (a dotted capital I) is kept as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _anchors(spec: object, tables: dict[str, dict[str, object]], rule_id: str) -> tuple[str, ...]:
    """Anchor words of a rule: {table} -> the longest word of each key; #class kept; other words literal."""
    if not isinstance(spec, list) or not spec:
        raise ResourceError(f"rules.toml: rule {rule_id} needs a non-empty `anchor` list")
    out: set[str] = set()
    for item in map(str, spec):
        m = _REF_RE.fullmatch(item)
        if m is None:
            out.add(item.lower())
            continue
        if m["name"] not in tables:
            raise ResourceError(f"rule {rule_id}: unknown anchor table {item}")
        for key in tables[m["name"]]:
            tokens = _TOKEN_RE.findall(key)
            if tokens:
                out.add(max(reversed(tokens), key=len))
    return tuple(sorted(out))


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly the given words, factored as a trie (much faster than a flat alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(root) or r"(?!x)x"


def _word_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, as whole words."""
    return re.compile(r"(?<!\w)(?:" + _trie(words) + r")(?!\w)")


_AT_WORD_START = (r"\b", r"(?<!\w)", r"(?<!\S)")


def _country_holidays(tables: dict[str, dict[str, object]]) -> dict[str, dict[str, list[object]]]:
    """holiday -> {country code: value} from the [holiday_<code>] tables of the codes [country_word] names."""
    out: dict[str, dict[str, list[object]]] = {}
    for code in sorted({str(c) for c in tables.get("country_word", {}).values()}):
        for name, value in tables.get(f"holiday_{code}", {}).items():
            if isinstance(value, list):
                out.setdefault(name, {})[code] = value
    return out


# the Lexicon fields that are one pattern each, read from the cues.toml or rules.toml key of the same name (its word
# tables expanded); a file without the key gives a pattern that never matches
_CUE_PATTERNS = (
    "range_link",
    "earlier_link",
    "range_end_link",
    "move_from_before",
    "pair_end_link",
    "elliptic_day_link",
    "earlier_event_link",
    "placed_date_link",
    "aside_link",
    "moved_to_link",
    "day_apposition_before",
    "small_hours_before",
    "set_list_link",
    "same_day_link",
    "clock_day_link",
    "day_clock_link",
    "entry_clause_of_its_own",
    "quarter_report_after",
    "coordinated_state_before",
    "entry_limit_before",
    "stretch_day_on_link",
    "count_from_link",
    "season_habit_before",
    "year_frame_after_link",
    "year_frame_pair_link",
    "year_frame_open",
    "year_frame_before_link",
    "year_modifier_before",
    "year_modifier_link",
    "year_possessive_link",
    "count_on_weekday_link",
    "boundary_before",
    "possessive_link",
    "year_of_link",
    "year_apposition_link",
    "aside_open",
    "aside_close",
    "event_day_before",
    "event_aside_before",
    "holiday_date_link",
    "holiday_date_apposition",
    "outlook_period_before",
    "booked_period_before",
    "data_period_after",
    "data_period_before",
    "described_month_before",
    "night_adverb_after",
    "count_from_not_after",
    "clock_pair_link",
    "clock_chain_link",
    "clock_zone_link",
    "count_apposition_link",
    "count_side_link",
    "count_event_side",
    "period_report_before",
    "headline_future",
    "modal_subject",
    "modal_subject_after",
    "modal_phrase_before",
    "modal_phrase_after",
    "fronted_before",
    "fronted_modal_after",
    "fronted_subject_after",
    "expected_subject_before",
    "expected_subject_after",
    "clause_subject_before",
    "calamity_of_before",
    "speech_day",
    "report_clock_before",
    "attribution_after",
    "past_certain_scope_end",
    "limit_scope_end",
    "entry_past",
    "relative_clause_open",
    "restrictive_relative_before",
    "name_aside_open",
    "date_aside_open",
    "participle_aside_open",
    "relative_aside_after",
    "when_clause_after",
    "counted_aside_after",
    "south_season_before",
    "participle_noun_before",
    "participle_subject_before",
    "year_frame_subject",
    "participle_form",
    "participle_object_after",
    "participle_phrase_after",
    "game_score_cue",
    "attribution_event_link",
    "clause_that_before",
    "clause_that",
    "story_year",
    "story_fiscal_year",
    "fiscal_year_named",
    "story_decade",
    "story_century",
    "story_month",
    "season_purpose_before",
    "season_over_before",
    "season_time_before",
    "run_end_before",
    "remainder_of",
    "limit_first_before",
    "coordinated_verb_link",
    "fronted_adjective_verb",
    "place_setting_before",
)
_RULE_PATTERNS = (
    "quantity_before",
    "apposition_after",
    "person_apposition_after",
    "title_apposition_after",
    "modal_wish_after",
    "agent_before",
    "kin_apposition_before",
    "kin_apposition_after",
    "award_before",
    "name_list_link",
    "place_before",
    "place_possessive_after",
    "day_list",
    "day_list_before",
    "zone_end",
    "zone_named",
)


def _pattern(doc: dict[str, Any], key: str, tables: dict[str, dict[str, object]]) -> re.Pattern[str]:
    """The pattern `doc[key]` compiled for lower-cased text, its {table} references expanded; one that never matches
    when the file has none."""
    return _compile(_expand(str(doc.get(key, r"(?!x)x")), tables, key))


def _noise_regex(patterns: list[str]) -> re.Pattern[str]:
    """One alternation of the noise patterns, those that start at a word start (rules.toml: opening with \\b,
    (?<!\\w) or (?<!\\S)) behind one shared (?<!\\w), so that inside words they are not tried at all (speed only)."""
    at_word = [p for p in patterns if p.startswith(_AT_WORD_START)]
    anywhere = [p for p in patterns if not p.startswith(_AT_WORD_START)]
    parts = [f"(?:{p})" for p in anywhere]
    if at_word:
        parts.insert(0, r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in at_word) + ")")
    return _compile("|".join(parts) or r"(?!x)x")


_LOOKAROUND_OPEN = ("(?=", "(?!", "(?<=", "(?<!")


def _outside_lookarounds(pattern: str) -> str:
    """`pattern` without its lookaround groups: a word table named only inside them starts no match ("after its
    (?={holiday} closure)" starts at "after"), so its words need not be where cues are tried."""
    out: list[str] = []
    depth = 0  # nesting inside the lookaround being skipped (0: outside any)
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if depth == 0:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            if depth or pattern.startswith(_LOOKAROUND_OPEN, i):
                depth += 1
        elif ch == ")" and depth:
            depth -= 1
            i += 1
            continue
        if depth == 0:
            out.append(ch)
        i += 1
    return "".join(out)


def _cue_start(cues_doc: dict[str, Any], tables: dict[str, dict[str, object]], cue_tables: set[str]) -> str:
    """A lookahead true only where a cue may start: a first word of the word tables the cues use, a word of
    cues.toml `cue_start_words` (those starting the cues written as patterns) or a `cue_start_shapes` pattern. The
    cue alternatives are then tried at a few words, not at every word (speed only: the matches are the same)."""
    words = {str(w) for w in cues_doc.get("cue_start_words", [])}
    for name in cue_tables & set(tables):
        words.update(key.split()[0] for key in tables[name])
    shapes = [str(p) for p in cues_doc.get("cue_start_shapes", [])]
    if not words and not shapes:
        return r"(?=\w)"
    return "(?=" + "|".join(([f"(?:{_trie(sorted(words))})\\b"] if words else []) + shapes) + ")"


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    words = _read(language, "words.toml")
    tables: dict[str, dict[str, object]] = {}
    for name, table in words.items():
        if not isinstance(table, dict):
            raise ResourceError(f"words.toml: [{name}] is not a table")
        tables[name] = {" ".join(str(k).lower().split()): v for k, v in table.items()}
    rules_doc = _read(language, "rules.toml")
    fragments = {str(k): str(v) for k, v in rules_doc.get("fragment", {}).items()}
    if shared := set(fragments) & set(tables):
        raise ResourceError(f"rules.toml: fragment(s) named like word tables: {sorted(shared)}")
    boundary_left = str(rules_doc.get("boundary_left", r"(?<!\w)"))
    boundary_right = str(rules_doc.get("boundary_right", r"(?!\w)"))
    reach_before, reach_after = int(rules_doc.get("reach_before", 32)), int(rules_doc.get("reach_after", 24))
    rules: list[Rule] = []
    seen: set[str] = set()
    raw_rules = rules_doc.get("rule", [])
    if not isinstance(raw_rules, list):
        raise ResourceError("rules.toml: [[rule]] must be an array of tables")
    for raw in raw_rules:
        rule_id = str(raw.get("id", ""))
        kind = str(raw.get("kind", ""))
        if not rule_id or rule_id in seen or kind not in _KINDS or "pattern" not in raw:
            raise ResourceError(f"rules.toml: bad rule {rule_id!r} (needs a unique id, a known kind, a pattern)")
        seen.add(rule_id)
        body = _expand(str(raw["pattern"]), tables, rule_id, fragments)
        try:
            regex = _compile(boundary_left + "(?:" + body + ")" + boundary_right)
        except re.error as exc:
            raise ResourceError(f"rules.toml: rule {rule_id}: {exc}") from exc
        consts = tuple(
            sorted(
                (k, v)
                for k, v in raw.items()
                if k not in ("id", "kind", "pattern", "capitalized", "anchor", "requires")
            )
        )
        anchors = _anchors(raw.get("anchor", []), tables, rule_id)
        requires = _compile(_expand(str(raw["requires"]), tables, rule_id)) if "requires" in raw else None
        scan = re.compile(f"(?s:.{{0,{reach_before}}}?)(?={regex.pattern})")
        capitalized = tuple(raw.get("capitalized", ()))
        rules.append(Rule(rule_id, kind, regex, capitalized, consts, anchors, requires, scan))
    word_noise = [_expand(str(p), tables, "noise") for p in rules_doc.get("noise_words", [])]
    noise_patterns = [_expand(str(p), tables, "noise") for p in rules_doc.get("noise", [])] + word_noise
    noise = _noise_regex(noise_patterns)
    cues_doc = _read(language, "cues.toml")
    cue_fragments = {str(k): str(v) for k, v in cues_doc.get("fragment", {}).items()}  # shared pieces of the cues
    if shared := set(cue_fragments) & set(tables):
        raise ResourceError(f"cues.toml: fragment(s) named like word tables: {sorted(shared)}")
    cue_kinds: list[Cue] = []
    cue_parts: list[str] = []
    # specific (future) cues first: at one position the first alternative wins ("scheduled" is not "-ed")
    # (key, direction, direction after the expression, only in its clause): an intention ("agreed to") looks ahead
    # from before the expression, and is the report's past after it; a schedule's verb is sure of the future before
    # the expression and only suggests it after; a plan in the past perfect counts only in its
    # own clause; a past_after cue counts only after the expression (before it, it says nothing), and is an empty
    # match first in the alternation, so that a cue starting at the same place is still found ("on Monday set a trial
    # date for May 4": "set" for Monday, "set ... for" for May 4)
    keys = (
        ("past_after", -1, None, False),
        ("future_certain", 2, None, False),
        ("future_schedule", 2, 1, False),
        ("future", 1, None, False),
        ("future_before", 1, None, False),
        ("intention", 1, -1, False),
        ("plan", 0, None, True),
        ("present", 0, None, False),
        ("present_right_before", 0, None, False),
        ("past", -1, None, False),
        ("past_before", -1, None, False),
        ("past_certain_before", -2, None, False),
        ("neutral", 0, None, False),
    )
    cue_tables: set[str] = set()  # the word tables the cues use: their first words start cues
    for key, direction, after, in_clause in keys:
        for p in cues_doc.get(key, []):
            cue_parts.append(f"(?P<c{len(cue_kinds)}>{_expand(str(p), tables, 'cue', cue_fragments)})")
            cue_kinds.append(
                Cue(
                    direction,
                    key.endswith("_before"),
                    after,
                    in_clause,
                    key == "neutral",
                    key.endswith("_after"),
                    key.endswith("_right_before"),
                )
            )
            cue_tables.update(m["name"] for m in _REF_RE.finditer(_outside_lookarounds(str(p))))
    cue_alternation = "|".join(cue_parts) or r"(?!x)x"
    cue_start = _cue_start(cues_doc, tables, cue_tables)
    word_rules: dict[str, list[int]] = {}
    class_rules: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for anchor in rule.anchors:
            target = class_rules if anchor.startswith("#") else word_rules
            target.setdefault(anchor.lstrip("#"), []).append(index)
    anchor_classes = {str(k): str(v) for k, v in rules_doc.get("anchor_class", {}).items()}
    unknown = set(class_rules) - set(anchor_classes)
    if unknown:
        raise ResourceError(f"rules.toml: unknown anchor class(es) {sorted(unknown)}")
    comparisons = "|".join(_expand(str(p), tables, "cue") for p in cues_doc.get("comparison_before", []))
    classes = "|".join(f"(?P<{name}>{pattern})" for name, pattern in anchor_classes.items()) or r"(?!x)x"
    return Lexicon(
        language=language,
        tables=tables,
        rules=tuple(rules),
        noise=noise,
        noise_words=_noise_regex(word_noise),
        cues=_compile(r"(?<![\w'’])" + cue_start + "(?:" + cue_alternation + ")"),
        cue_start=cue_start,
        cue_kinds=tuple(cue_kinds),
        trigger_numbers=_compile(r"(?=\d)(?:" + classes + ")"),
        trigger_words=_word_regex(word_rules),
        word_rules={k: tuple(v) for k, v in word_rules.items()},
        class_rules={k: tuple(v) for k, v in class_rules.items()},
        window_before=int(cues_doc.get("window_before", 150)),
        window_after=int(cues_doc.get("window_after", 40)),
        reach_before=reach_before,
        reach_after=reach_after,
        fallback_after=int(cues_doc.get("fallback_after", 0)),
        certain_past_reach=int(cues_doc.get("certain_past_reach", 0)),
        certain_past_after_reach=int(cues_doc.get("certain_past_after_reach", -1)),
        sentence_end=re.compile(str(cues_doc.get("sentence_end", r"[.!?]\s+|\n"))),
        clause_start=re.compile(str(cues_doc.get("clause_start", r"(?!x)x"))),
        comparison_before=_compile("(?:" + (comparisons or r"(?!x)x") + r")\Z"),
        comparison_reach=int(cues_doc.get("comparison_reach", 0)),
        game_period_cue=_word_regex(tables.get("game_period_cue", {})),
        country_word=_word_regex(tables.get("country_word", {})),
        southern_place=_word_regex(tables.get("southern_place", {})),
        season_north_word=_word_regex(tables.get("season_north_word", {})),
        country_holidays=_country_holidays(tables),
        clause_break=_compile(
            "|".join(_expand(str(p), tables, "clause_break") for p in cues_doc.get("clause_break", [])) or r"(?!x)x"
        ),
        **{key: _pattern(cues_doc, key, tables) for key in _CUE_PATTERNS},
        name_suffix=re.compile(str(rules_doc.get("name_suffix", r"(?!x)x"))),
        **{key: _pattern(rules_doc, key, tables) for key in _RULE_PATTERNS},
        line_stamp_rules=frozenset(rule.id for rule in rules if rule.const("line_stamp") is True),
        two_day_rules=frozenset(rule.id for rule in rules if rule.const("two_days") is True),
        either_order_rules=frozenset(rule.id for rule in rules if rule.const("either_order") is True),
        not_in_past_rules=frozenset(rule.id for rule in rules if rule.const("not_in_past") is True),
    )
