"""The temporal tagger as tables: (sentence, publication date, expected text, expected value[, extras])."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.models import Timex
from timeline.settings import Settings
from timeline.temporal import tag_text
from timeline.temporal.resources import ResourceError, load_lexicon

SETTINGS = Settings()
THU = date(2025, 2, 13)  # a Thursday
WED = date(2025, 2, 12)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def tag(text: str, published: date) -> tuple[Timex, ...]:
    return tag_text(text, published, SETTINGS)


def found(text: str, published: date, expected: str) -> Timex:
    hits = [t for t in tag(text, published) if t.text == expected]
    assert hits, f"{expected!r} not tagged in {text!r}: {[t.text for t in tag(text, published)]}"
    return hits[0]


# (id, sentence, published, expected text, expected value, extras)
CASES: list[tuple[str, str, date, str, str, dict[str, Any]]] = [
    # --- explicit dates in every common news form
    ("abbr_month_day", "Fighting flared on Feb. 6 near the town.", THU, "Feb. 6", "2025-02-06", {}),
    ("month_day_year", "Troops crossed on February 24, 2022, at dawn.", THU, "February 24, 2022", "2022-02-24", {}),
    ("day_month_year", "Troops crossed on 24 February 2022 at dawn.", THU, "24 February 2022", "2022-02-24", {}),
    ("slash_us", "The memo is dated 2/24/2022 in the file.", THU, "2/24/2022", "2022-02-24", {}),
    ("iso", "The memo is dated 2022-02-24 in the file.", THU, "2022-02-24", "2022-02-24", {}),
    ("month_year", "Russia annexed them in September 2022 but never held them.", THU, "September 2022", "2022-09", {}),
    ("year", "It seized Crimea in 2014.", THU, "2014", "2014", {"interval": (date(2014, 1, 1), date(2014, 12, 31))}),
    ("decade", "Prices rose through the 1990s.", THU, "the 1990s", "199", {}),
    ("mid_year", "Talks could resume by mid-2024.", THU, "mid-2024", "2024", {"mod": "MID"}),
    ("early_year", "The plant opened in early 2024.", THU, "early 2024", "2024", {"mod": "START"}),
    ("since_year", "Since 2014, members have agreed to spend more.", THU, "2014", "2014", {}),
    (
        "weekday_month_day",
        "The paper said on Saturday, April 25, that it would.",
        date(1998, 4, 24),
        "Saturday, April 25",
        "1998-04-25",
        {},
    ),
    # --- month-day and month without a year: the year that fits the tense
    ("month_day_this_year", "He met officials in Kyiv on January 14.", THU, "January 14", "2025-01-14", {}),
    ("december_said_in_january", "The plan was agreed in December.", date(2025, 1, 10), "December", "2024-12", {}),
    ("december_day_said_in_january", "The deal was signed on Dec. 20.", date(2025, 1, 10), "Dec. 20", "2024-12-20", {}),
    ("january_ahead_in_december", "The summit will be held in January.", date(2024, 12, 5), "January", "2025-01", {}),
    (
        "effective_future_date",
        "The board created an office, effective Feb. 1.",
        date(1989, 10, 26),
        "Feb. 1",
        "1990-02-01",
        {},
    ),
    (
        "would_be_held_future",
        "The session would still be held on April 24.",
        date(1999, 2, 10),
        "April 24",
        "1999-04-24",
        {},
    ),
    (
        "cue_name_not_verb",
        "He said the father would be traveling to the United States Thursday.",
        WED,
        "Thursday",
        "2025-02-13",
        {},
    ),
    (
        "next_to_is_not_future",
        "Bombs exploded next to the embassies in Kenya on Friday.",
        date(1998, 8, 8),
        "Friday",
        "1998-08-07",
        {},
    ),
    (
        "planned_to_future",
        "The team planned to leave Nairobi on Thursday.",
        date(1998, 9, 30),
        "Thursday",
        "1998-10-01",
        {},
    ),
    (
        "speech_attribution_after_quote",
        "''He will leave at 4 a.m. EDT Thursday,'' Castro said.",
        date(2000, 4, 5),
        "4 a.m. EDT Thursday",
        "2000-04-06T04:00",
        {},
    ),
    ("midnight_end_of_day", "The offer expires at midnight Friday.", THU, "midnight Friday", "2025-02-14T24:00", {}),
    (
        "payable_next_month",
        "The dividend is payable Dec. 15 to holders.",
        date(1989, 11, 2),
        "Dec. 15",
        "1989-12-15",
        {},
    ),
    ("last_october", "Sales fell last October.", date(2025, 2, 13), "last October", "2024-10", {}),
    ("month_last_year", "He played a role in August last year.", THU, "August last year", "2024-08", {}),
    # --- weekdays: both directions, the publication day itself, possessive
    ("weekday_said_past", "Hegseth said Wednesday that talks would start.", THU, "Wednesday", "2025-02-12", {}),
    ("weekday_on_past", "Hegseth spoke on Tuesday in Brussels.", THU, "Tuesday", "2025-02-11", {}),
    ("weekday_same_day", "Rutte also said on Thursday that peace must last.", THU, "Thursday", "2025-02-13", {}),
    (
        "weekday_past_verb_then_ahead_of_another_event",
        "Officials met on Tuesday ahead of the summit.",
        THU,
        "Tuesday",
        "2025-02-11",
        {},
    ),
    (
        "weekday_ahead_of_before_the_expression_looks_forward",
        "Ahead of Saturday's vote, the party rallied.",
        THU,
        "Saturday",
        "2025-02-15",
        {},
    ),
    ("weekday_future_will", "The ministers will meet on Friday in Munich.", THU, "Friday", "2025-02-14", {}),
    ("weekday_future_begins", "Then on Friday the Munich Security Conference begins.", THU, "Friday", "2025-02-14", {}),
    ("weekday_future_would", "He would meet Vance at the conference on Friday.", THU, "Friday", "2025-02-14", {}),
    ("weekday_had_said", "Trump had said Saturday they had spoken earlier.", THU, "Saturday", "2025-02-08", {}),
    (
        "weekday_possessive",
        "Speaking before Thursday's meeting, he said it was a reset.",
        THU,
        "Thursday",
        "2025-02-13",
        {},
    ),
    ("weekday_last", "The vote happened last Monday.", THU, "last Monday", "2025-02-10", {}),
    ("weekday_next", "The vote is set for next Monday.", THU, "next Monday", "2025-02-17", {}),
    ("weekday_next_same_day", "They meet again next Thursday.", THU, "next Thursday", "2025-02-20", {}),
    (
        "weekday_night",
        "Drones were launched on Wednesday night.",
        THU,
        "Wednesday night",
        "2025-02-12TNI",
        {"type": "TIME"},
    ),
    ("weekday_morning", "He left Tuesday morning.", THU, "Tuesday morning", "2025-02-11TMO", {"type": "TIME"}),
    ("weekday_across_year", "The talks collapsed on Tuesday.", date(2025, 1, 2), "Tuesday", "2024-12-31", {}),
    # --- deictic days
    ("today", "NATO ministers meet in Brussels today.", THU, "today", "2025-02-13", {}),
    ("yesterday", "His comments were good yesterday.", THU, "yesterday", "2025-02-12", {}),
    ("tomorrow", "The vote is tomorrow.", THU, "tomorrow", "2025-02-14", {}),
    ("tonight", "They will celebrate tonight.", THU, "tonight", "2025-02-13TNI", {"type": "TIME"}),
    ("overnight", "Drones were destroyed overnight.", THU, "overnight", "2025-02-12TNI", {}),
    ("tomorrow_year_boundary", "The law takes effect tomorrow.", date(2024, 12, 31), "tomorrow", "2025-01-01", {}),
    # --- relative expressions
    ("last_month", "He spoke to him last month.", THU, "last month", "2025-01", {}),
    ("last_month_january", "Prices rose last month.", date(2025, 1, 15), "last month", "2024-12", {}),
    ("next_week", "Talks resume next week.", THU, "next week", "2025-W08", {}),
    ("this_year", "Growth slowed this year.", THU, "this year", "2025", {}),
    ("earlier_this_week", "Earlier this week, MBS had played a role.", THU, "Earlier this week", "2025-W07", {}),
    ("later_this_week", "Talks later this week will be hard.", THU, "later this week", "2025-W07", {}),
    ("years_ago", "The war began three years ago.", THU, "three years ago", "2022", {}),
    ("decade_ago", "It was ejected from the group a decade ago.", THU, "a decade ago", "2015", {}),
    (
        "almost_years_ago",
        "The invasion began almost three years ago.",
        THU,
        "almost three years ago",
        "2022",
        {"mod": "APPROX"},
    ),
    ("in_two_weeks", "The deal could close in two weeks.", THU, "two weeks", "2025-W09", {}),
    (
        "previous_year_anaphoric",
        "Spending rose in 2024, up 20% from the previous year.",
        THU,
        "the previous year",
        "2023",
        {},
    ),
    ("previous_year_no_anchor", "Spending was up from the previous year.", THU, "the previous year", "2024", {}),
    ("that_day", "They met on Wednesday and spoke later that day.", THU, "that day", "2025-02-12", {}),
    (
        "year_earlier_quarter",
        "Profit rose in the third quarter from a year earlier.",
        date(1989, 10, 26),
        "a year earlier",
        "1988-Q3",
        {},
    ),
    ("week_across_year", "The report came out last week.", date(2025, 1, 2), "last week", "2024-W52", {}),
    ("month_ago_across_year", "Prices fell two months ago.", date(2025, 1, 15), "two months ago", "2024-11", {}),
    # --- seasons, quarters, parts of the year
    ("last_summer", "They seized the land last summer.", THU, "last summer", "2024-SU", {}),
    (
        "late_last_summer",
        "It has been under pressure since late last summer.",
        THU,
        "late last summer",
        "2024-SU",
        {"mod": "END"},
    ),
    ("last_winter_in_february", "It was bitterly cold last winter.", THU, "last winter", "2023-WI", {}),
    ("first_quarter", "Sales fell in the first quarter.", date(2024, 5, 2), "the first quarter", "2024-Q1", {}),
    ("third_quarter", "Third-quarter profit rose.", date(1989, 10, 26), "Third-quarter", "1989-Q3", {}),
    ("season_year", "The offensive began in the summer of 2023.", THU, "the summer of 2023", "2023-SU", {}),
    # --- times
    ("time_pm", "The vote closes at 3 p.m.", THU, "3 p.m.", "2025-02-13T15:00", {"type": "TIME"}),
    ("time_zone", "Markets closed at 15:30 GMT.", THU, "15:30 GMT", "2025-02-13T15:30", {"type": "TIME"}),
    (
        "time_local_time_is_part_of_the_span",
        "The quake hit at 3:42 a.m. local time.",
        THU,
        "3:42 a.m. local time",
        "2025-02-13T03:42",
        {"type": "TIME"},
    ),
    (
        "time_24h_local_time",
        "Polls close at 18:00 local time.",
        THU,
        "18:00 local time",
        "2025-02-13T18:00",
        {"type": "TIME"},
    ),
    (
        "time_with_weekday_future",
        "The offer expires at 5 p.m. Friday.",
        THU,
        "5 p.m. Friday",
        "2025-02-14T17:00",
        {"type": "TIME"},
    ),
    # --- durations
    (
        "duration_years",
        "Despite three years of war they fight on.",
        THU,
        "three years",
        "P3Y",
        {"type": "DURATION", "interval": None},
    ),
    ("duration_minutes", "The call lasted 90 minutes.", THU, "90 minutes", "PT90M", {"type": "DURATION"}),
    (
        "duration_nearly",
        "They defended it for nearly three years.",
        THU,
        "nearly three years",
        "P3Y",
        {"mod": "APPROX"},
    ),
    ("duration_adjective_year", "It broke a three-year period of silence.", THU, "three-year", "P3Y", {}),
    ("duration_adjective_minute", "After the 90-minute phone conversation he spoke.", THU, "90-minute", "PT90M", {}),
    ("duration_hours", "He said the war would be over in 24 hours.", THU, "24 hours", "PT24H", {}),
    ("duration_compound_number", "It lasted twenty-four hours.", THU, "twenty-four hours", "PT24H", {}),
    ("duration_half", "They talked for 2 1/2 years.", THU, "2 1/2 years", "P2Y6M", {}),
    (
        "duration_more_than",
        "It held for more than two decades.",
        THU,
        "more than two decades",
        "P20Y",
        {"mod": "MORE_THAN"},
    ),
    ("duration_vague", "They will not attack anyone for decades.", THU, "decades", "PXY", {}),
    ("duration_decade_in_years", "Violence was routine over the past decade.", THU, "the past decade", "P10Y", {}),
    ("duration_century_in_years", "The mosque stood for a century.", THU, "a century", "P100Y", {}),
    # --- sets
    ("set_every_monday", "The council meets every Monday.", THU, "every Monday", "XXXX-WXX-1", {"type": "SET"}),
    ("set_weekly", "The paper appears weekly.", THU, "weekly", "P1W", {"type": "SET"}),
    ("set_each_season", "Prices change each season.", THU, "each season", "P3M", {"type": "SET"}),
    ("set_daily", "Russia continues daily missile attacks.", THU, "daily", "P1D", {"type": "SET"}),
    # --- vague references
    ("vague_recently", "Allies have reiterated these conditions recently.", THU, "recently", "PAST_REF", {}),
    ("vague_now", "Now he is second on the call sheet.", THU, "Now", "PRESENT_REF", {}),
    ("vague_currently", "Troops currently hold the town.", THU, "currently", "PRESENT_REF", {}),
    (
        "vague_future",
        "There will be a ceasefire in the not too distant future.",
        THU,
        "the not too distant future",
        "FUTURE_REF",
        {"interval": None},
    ),
    ("vague_past", "In the past, presidents met in Geneva.", THU, "the past", "PAST_REF", {}),
    # --- holidays, years and decades in words, fiscal periods (each a fix from the TBAQ error list)
    (
        "holiday_thanksgiving",
        "Elian was found Thanksgiving Day clinging to a tube.",
        date(2000, 1, 7),
        "Thanksgiving Day",
        "1999-11-25",
        {},
    ),
    ("holiday_memorial_day_year", "They met on Memorial Day 2024.", THU, "Memorial Day 2024", "2024-05-27", {}),
    ("holiday_christmas_past", "Sales were strong at Christmas.", date(2025, 1, 3), "Christmas", "2024-12-25", {}),
    (
        "holiday_remembrance_day",
        "The statue will be unveiled on Remembrance Day.",
        THU,
        "Remembrance Day",
        "2025-11-11",
        {},
    ),
    (
        "holiday_remembrance_sunday_second_sunday",
        "Wreaths were laid on Remembrance Sunday 2024.",
        THU,
        "Remembrance Sunday 2024",
        "2024-11-10",
        {},
    ),
    (
        "holiday_mlk_jr_day_third_monday",
        "Schools closed for Martin Luther King Jr. Day 2025.",
        THU,
        "Martin Luther King Jr. Day 2025",
        "2025-01-20",
        {},
    ),
    ("holiday_st_patricks_day", "Turnout on St Patrick's Day will be high.", THU, "St Patrick's Day", "2025-03-17", {}),
    (
        "holiday_columbus_day_second_monday",
        "Markets were open on Columbus Day 2024.",
        THU,
        "Columbus Day 2024",
        "2024-10-14",
        {},
    ),
    ("year_in_words", "Prices peaked in nineteen ninety-six.", THU, "nineteen ninety-six", "1996", {}),
    (
        "year_two_thousand",
        "They promised it by the year two thousand.",
        date(1998, 2, 5),
        "the year two thousand",
        "2000",
        {},
    ),
    ("decade_in_words", "The music of the nineties is back.", THU, "the nineties", "199", {}),
    ("recent_years_duration", "Kidnappings rose in recent years.", THU, "recent years", "PXY", {"type": "DURATION"}),
    (
        "fiscal_year_ended",
        "Revenue was $76 million for the year ended March 31.",
        THU,
        "the year",
        "P1Y",
        {"type": "DURATION"},
    ),
    (
        "year_ago_after_money",
        "Profit rose to $31 million, up from $10 million a year ago.",
        date(1989, 11, 2),
        "a year ago",
        "1988",
        {},
    ),
    (
        "year_quarter_not_duration",
        "It earned $376,000 in the 1988 quarter.",
        date(1989, 10, 30),
        "the 1988 quarter",
        "1988",
        {},
    ),
    (
        "last_half_of_year",
        "Earnings will be lower for the last half of 1989.",
        date(1989, 10, 26),
        "the last half of 1989",
        "1989-H2",
        {},
    ),
    ("year_end", "Rates should fall by year-end.", date(1989, 11, 1), "year-end", "1989", {"mod": "END"}),
    (
        "same_day_anaphoric",
        "Trump and Putin announced Wednesday that they would talk. Hegseth spoke on the same day.",
        THU,
        "the same day",
        "2025-02-12",
        {},
    ),
    (
        "later_that_day",
        "At a meeting on Thursday, members agreed. Rutte spoke later that day.",
        THU,
        "that day",
        "2025-02-13",
        {},
    ),
    # --- round 2 fixes from the TBAQ error list: sentence context and anaphora
    (
        "tense_from_rest_of_sentence",
        "In January, a week after the 25th anniversary of the court ruling, a bombing in the city killed a guard.",
        date(1998, 10, 25),
        "January",
        "1998-01",
        {},
    ),
    (
        "abbreviation_not_sentence_end",
        "The talks will be chaired by Gen. Smith on Friday.",
        THU,
        "Friday",
        "2025-02-14",
        {},
    ),
    (
        "modal_takes_its_verb",
        "Mr. Schwarz will succeed Mr. Davison Feb. 1, soon after he retires.",
        date(1989, 10, 26),
        "Feb. 1",
        "1990-02-01",
        {},
    ),
    (
        "ed_adjective_not_past",
        "The split would be paid on a still unspecified date in January.",
        date(1989, 10, 26),
        "January",
        "1990-01",
        {},
    ),
    (
        "past_perfect_plan_is_past",
        "The offer had been scheduled to expire at midnight Friday.",
        date(1989, 10, 30),
        "midnight Friday",
        "1989-10-27T24:00",
        {},
    ),
    (
        "narrative_later_not_future",
        "Three days later, as of Friday's close, the index was down 6%.",
        date(1989, 10, 30),
        "Friday",
        "1989-10-27",
        {},
    ),
    (
        "intention_points_ahead",
        "Thermo Electron agreed to purchase the unit for $22 million in February.",
        date(1989, 10, 30),
        "February",
        "1990-02",
        {},
    ),
    (
        "in_n_units_past_is_duration",
        "It was his second letter to the minister in two weeks.",
        date(2000, 2, 16),
        "two weeks",
        "P2W",
        {"type": "DURATION"},
    ),
    ("in_n_units_future_is_date", "He will leave in two weeks.", date(2000, 2, 16), "two weeks", "2000-W09", {}),
    (
        "clock_time_on_day_named_last",
        "The doctor was shot on Oct. 23, 1998. He died at 10 p.m. in his kitchen.",
        date(1999, 4, 19),
        "10 p.m.",
        "1998-10-23T22:00",
        {},
    ),
    ("clock_time_without_day_named", "The vote closes at 10 p.m.", THU, "10 p.m.", "2025-02-13T22:00", {}),
    (
        "day_counted_from_month_keeps_unknown_day",
        "He was killed last October. His name was crossed out that same day.",
        date(1999, 2, 6),
        "that same day",
        "1998-10-XX",
        {"interval": None},
    ),
    (
        "quarter_a_year_ago_is_reference_quarter",
        "Third-quarter profit rose. For the quarter a year ago, it earned $16 million.",
        date(1989, 10, 26),
        "the quarter a year ago",
        "1988-Q3",
        {},
    ),
    (
        "corresponding_period_last_year",
        "Its third-quarter loss compares with profit for the corresponding period last year.",
        date(1989, 11, 1),
        "the corresponding period last year",
        "1988-Q3",
        {},
    ),
    (
        "last_years_quarter_is_reference_quarter",
        "Third-quarter sales fell. Sales for last year's quarter were about $3 million.",
        date(1989, 11, 1),
        "last year's quarter",
        "1988-Q3",
        {},
    ),
    (
        "same_period_of_the_last_year",
        "Profit fell from the same period of the last year.",
        date(2007, 1, 18),
        "the same period of the last year",
        "2006",
        {},
    ),
    # --- round 3: tense cues, anaphoric weekdays, ranges and the missing expression forms
    ("could_not_is_past", "Police could not reach him on Friday.", date(1998, 10, 26), "Friday", "1998-10-23", {}),
    (
        "could_still_points_ahead",
        "The group could come to the U.S. as early as Tuesday.",
        date(2000, 3, 31),
        "Tuesday",
        "2000-04-04",
        {},
    ),
    (
        "weak_future_cue_keeps_yesterday",
        "Until Thursday, they had not called Kopp a suspect.",
        date(1999, 5, 7),
        "Thursday",
        "1999-05-06",
        {},
    ),
    (
        "certain_future_cue_keeps_next_week",
        "He will meet the minister on Thursday.",
        date(1999, 5, 7),
        "Thursday",
        "1999-05-13",
        {},
    ),
    (
        "previous_weekday_counts_from_day_named",
        "Volume rose from Thursday. The index fell 4.5% from the previous Friday.",
        date(1989, 10, 30),
        "the previous Friday",
        "1989-10-20",
        {},
    ),
    (
        "following_weekday_counts_from_day_named",
        "The talks began on Oct. 4, 1998. They ended the following Monday.",
        date(1999, 1, 10),
        "the following Monday",
        "1998-10-05",
        {},
    ),
    (
        "week_of_month_day",
        "It may be resolved in a court hearing the week of March 6, he said.",
        date(2000, 2, 24),
        "the week of March 6",
        "2000-W10",
        {},
    ),
    (
        "duration_range_has_no_single_amount",
        "It will resume shipments within two to three weeks.",
        date(1989, 10, 30),
        "two to three weeks",
        "PXW",
        {"type": "DURATION"},
    ),
    (
        "duration_range_the_next",
        "Acquisitions are to be made during the next 12 to 18 months.",
        date(1989, 10, 30),
        "the next 12 to 18 months",
        "PXM",
        {"type": "DURATION"},
    ),
    (
        "ago_or_so_is_approximate",
        "Then, a week or so ago, the general picked a date.",
        date(1991, 2, 25),
        "a week or so ago",
        "1991-W08",
        {"mod": "APPROX"},
    ),
    (
        "the_next_year_or_so_is_approximate",
        "The plants will be closed over the next year or so, a spokesman said.",
        date(1989, 11, 2),
        "the next year or so",
        "P1Y",
        {"mod": "APPROX", "type": "DURATION"},
    ),
    (
        "year_earlier_after_nine_months_is_the_year",
        "Third-quarter profit rose 5%. In the first nine months, net was $30 million, up from $20 million a year "
        "earlier.",
        date(1989, 11, 2),
        "a year earlier",
        "1988",
        {},
    ),
    (
        "second_day_of_month_day_pair",
        "Leaders meet at the summit on April 24 and 25 in Washington.",
        date(1999, 2, 10),
        "25",
        "1999-04-25",
        {},
    ),
    ("units_ahead", "Funds must pay departing investors in the weeks ahead.", THU, "the weeks ahead", "PXW", {}),
    (
        "couple_of_years",
        "Over the next couple of years sales should double.",
        THU,
        "the next couple of years",
        "P2Y",
        {},
    ),
    ("over_the_years", "Over the years many patients have died.", THU, "the years", "PXY", {"type": "DURATION"}),
    (
        "quarters_keep_unit_q",
        "It has had substantial losses in the past two quarters.",
        date(1989, 10, 30),
        "the past two quarters",
        "P2Q",
        {"type": "DURATION"},
    ),
    ("every_quarter_set", "It must pay $100 million in interest every quarter.", THU, "every quarter", "P1Q", {}),
    (
        "month_with_spoken_year",
        "One person is killed. January nineteen ninety-seven. Atlanta again.",
        date(1998, 2, 27),
        "January nineteen ninety-seven",
        "1997-01",
        {},
    ),
    (
        "season_with_spoken_year",
        "Prices fell to the level we saw in the winter of nineteen ninety-four.",
        date(1998, 2, 23),
        "the winter of nineteen ninety-four",
        "1994-WI",
        {},
    ),
    (
        "the_year_spoken_before_a_verb",
        "The approach of the year two thousand has many groups worried.",
        date(1998, 2, 27),
        "the year two thousand",
        "2000",
        {},
    ),
    (
        "weekday_plural_part_of_day_is_set",
        "The flights leave Bombay on Monday and Tuesday nights from March 30.",
        date(1998, 2, 13),
        "Tuesday nights",
        "XXXX-WXX-2TNI",
        {"type": "SET"},
    ),
    (
        "first_weekday_of_plural_pair_is_set",
        "The flights leave Bombay on Monday and Tuesday nights from March 30.",
        date(1998, 2, 13),
        "Monday",
        "XXXX-WXX-1TNI",
        {"type": "SET"},
    ),
    # --- round 4: expressions missed in the TBAQ error list
    ("units_long_is_vague_duration", "It is the government's decades-long battle.", THU, "decades-long", "PXY", {}),
    ("unit_long_is_one_unit", "They left their third day-long meeting.", THU, "day-long", "P1D", {"type": "DURATION"}),
    (
        "hour_in_the_morning",
        "The father will leave at 4 in the morning.",
        THU,
        "4 in the morning",
        "2025-02-13T04:00",
        {},
    ),
    ("hour_in_the_evening_is_pm", "They met at 8 in the evening.", THU, "8 in the evening", "2025-02-13T20:00", {}),
    ("hour_at_night_is_pm", "The shelling began at 11 at night.", THU, "11 at night", "2025-02-13T23:00", {}),
    ("small_hour_at_night_stays_am", "The shelling began at 2 at night.", THU, "2 at night", "2025-02-13T02:00", {}),
    ("mid_afternoon", "At mid-afternoon, shares were up.", THU, "mid-afternoon", "2025-02-13TAF", {"mod": "MID"}),
    (
        "mid_afternoon_yesterday",
        "In London at mid-afternoon yesterday, shares were up.",
        THU,
        "mid-afternoon yesterday",
        "2025-02-12TAF",
        {"type": "TIME"},
    ),
    (
        "the_next_morning_after_the_day_named",
        "He was held on Feb. 10. He appeared healthy in court the next morning.",
        THU,
        "the next morning",
        "2025-02-11TMO",
        {},
    ),
    (
        "the_previous_night_before_the_day_named",
        "The talks ended on Jan. 10. Negotiators had met the previous night.",
        THU,
        "the previous night",
        "2025-01-09TNI",
        {},
    ),
    ("n_a_year_ago_is_not_a_set", "Bad loans fell to five from seven a year ago.", THU, "a year ago", "2024", {}),
    (
        "ordinal_day_of_an_operation_is_the_day_under_discussion",
        "In Saudi Arabia, today is the eighth day of Desert Shield.",
        THU,
        "the eighth day",
        "2025-02-13",
        {},
    ),
    (
        "ordinal_day_counted_from_a_named_month",
        "He takes office in January. He vowed to act on his first day in office.",
        date(1998, 10, 26),
        "his first day",
        "1999-01-XX",
        {},
    ),
    # --- possessive weekdays: the noun's day, not the verb's
    (
        "weekday_possessive_ignores_would_of_the_verb",
        "Relatives said they would look for ways to get around Wednesday's ruling.",
        date(2000, 1, 7),
        "Wednesday",
        "2000-01-05",
        {},
    ),
    (
        "weekday_possessive_past_sentence_looks_back",
        "The debentures carry a 24% premium over Thursday's closing price.",
        date(1989, 10, 30),
        "Thursday",
        "1989-10-26",
        {},
    ),
    # --- rates recur every unit
    ("week_long_is_a_duration_not_the_week", "The week-long festival ended.", THU, "week-long", "P1W", {}),
    ("rate_a_week_is_a_set", "Qantas runs four flights a week to Bombay.", THU, "a week", "P1W", {"type": "SET"}),
    ("rate_a_month_is_a_set", "Employers added 358,000 a month.", THU, "a month", "P1M", {"type": "SET"}),
    ("rate_a_day_is_a_set", "Inmates get three meals a day.", THU, "a day", "P1D", {"type": "SET"}),
    (
        "the_week_in_a_past_sentence_told_on_monday_is_the_week_just_ended",
        "Stocks fell on Friday. For the week, the index dropped 3.8%.",
        date(1989, 10, 30),
        "the week",
        "1989-W43",
        {},
    ),
    (
        "the_week_told_on_a_thursday_is_this_week",
        "For the week, the index dropped 3.8%.",
        THU,
        "the week",
        "2025-W07",
        {},
    ),
    # --- days counted from a named day
    (
        "day_before_a_possessive_weekday",
        "The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home.",
        date(2000, 2, 24),
        "The day before last Tuesday",
        "2000-02-21",
        {},
    ),
    (
        "two_days_after_a_holiday",
        "Two days after Christmas the shops reopened.",
        THU,
        "Two days after Christmas",
        "2024-12-27",
        {},
    ),
    ("day_after_a_month_day", "The day after Feb. 6 he left.", THU, "The day after Feb. 6", "2025-02-07", {}),
    # --- comparisons in a report on a quarter
    (
        "last_year_compared_is_the_year_ago_quarter",
        "Third-quarter net was $24 million, compared with a loss of $3 million last year.",
        date(1989, 11, 2),
        "last year",
        "1988-Q3",
        {},
    ),
    (
        "last_year_down_from_is_the_year_ago_quarter",
        "Sales in the third quarter were $14 million, down from $21.4 million last year.",
        date(1989, 11, 2),
        "last year",
        "1988-Q3",
        {},
    ),
    (
        "last_year_not_compared_stays_the_year",
        "In the third quarter, sales rose. The plant opened last year.",
        date(1989, 11, 2),
        "last year",
        "1988",
        {},
    ),
    # --- movable holidays
    (
        "holiday_election_day_tuesday_after_first_monday",
        "It will be a major theme of our campaign from now to Election Day.",
        date(1998, 10, 26),
        "Election Day",
        "1998-11-03",
        {},
    ),
    ("holiday_easter_computus", "Pilgrims gathered before Easter.", date(2000, 4, 17), "Easter", "2000-04-23", {}),
    ("holiday_good_friday_last", "He was arrested last Good Friday.", THU, "last Good Friday", "2024-03-29", {}),
    ("holiday_easter_monday_with_year", "It opened Easter Monday 2024.", THU, "Easter Monday 2024", "2024-04-01", {}),
    ("holiday_thanksgiving_next", "They will meet next Thanksgiving.", THU, "next Thanksgiving", "2025-11-27", {}),
    # --- decades and centuries: two-digit decades, parts of a decade or century
    ("decade_two_digit", "Sales boomed in the '80s.", date(1989, 10, 26), "the '80s", "198", {}),
    ("decade_two_digit_late", "It was a hit in the late '70s.", THU, "late '70s", "197", {"mod": "END"}),
    ("decade_two_digit_mid", "Rates peaked in the mid-'90s.", THU, "mid-'90s", "199", {"mod": "MID"}),
    (
        "decade_two_digit_past_century",
        "The dance craze of the '30s is back.",
        date(2026, 11, 23),
        "the '30s",
        "193",
        {},
    ),
    ("decade_words_coming_decade", "Growth will slow in the nineties.", date(1989, 10, 26), "the nineties", "199", {}),
    (
        "decade_last_half_not_a_year_half",
        "It is the trend of the last half of the '80s.",
        date(1989, 10, 26),
        "the last half of the '80s",
        "198",
        {"mod": "END"},
    ),
    (
        "decade_latter_part",
        "Prices fell in the latter part of the 1980s.",
        THU,
        "the latter part of the 1980s",
        "198",
        {"mod": "END"},
    ),
    (
        "decade_first_half_of_the_decade_not_a_year_half",
        "Output rose in the first half of the decade.",
        date(1989, 10, 26),
        "the first half of the decade",
        "198",
        {"mod": "START"},
    ),
    ("century_early", "It was built in the early 20th century.", THU, "early 20th century", "19", {"mod": "START"}),
    (
        "century_early_years",
        "It was founded in the early years of the century.",
        date(1989, 10, 26),
        "the early years of the century",
        "19",
        {"mod": "START"},
    ),
    (
        "first_two_quarters_of_a_year_is_its_first_half",
        "Demand will stay weak through the first two quarters of 1990, analysts say.",
        date(1989, 10, 26),
        "the first two quarters of 1990",
        "1990-H1",
        {},
    ),
    # --- weeks and parts of a month, fiscal years, fractions of units, steps, zones
    (
        "weekend_of_a_day",
        "Talks are set for the weekend of March 8-9.",
        THU,
        "the weekend of March 8",
        "2025-W10-WE",
        {},
    ),
    (
        "first_week_of_month_is_its_start",
        "It opens in the first week of March.",
        THU,
        "the first week of March",
        "2025-03",
        {"mod": "START"},
    ),
    (
        "last_week_of_month_is_its_end",
        "Sales fell in the last week of January.",
        THU,
        "the last week of January",
        "2025-01",
        {"mod": "END"},
    ),
    (
        "final_days_of_month_year",
        "Fighting resumed in the final days of December 2024.",
        THU,
        "the final days of December 2024",
        "2024-12",
        {"mod": "END"},
    ),
    ("fiscal_year_fy_prefix", "The FY2024 results beat forecasts.", THU, "FY2024", "2024", {}),
    ("every_other_week", "The council meets every other week.", THU, "every other week", "P2W", {"type": "SET"}),
    ("every_third_day", "Trains run every third day.", THU, "every third day", "P3D", {"type": "SET"}),
    ("half_a_century_ago", "The dam was built half a century ago.", THU, "half a century ago", "1975", {}),
    ("quarter_century_ago", "He left a quarter century ago.", THU, "a quarter century ago", "2000", {}),
    (
        "quarter_of_a_century_duration",
        "She served for a quarter of a century.",
        THU,
        "a quarter of a century",
        "P25Y",
        {},
    ),
    (
        "three_quarters_of_an_hour",
        "The speech lasted three quarters of an hour.",
        THU,
        "three quarters of an hour",
        "PT45M",
        {},
    ),
    ("holiday_black_friday", "Shoppers lined up on Black Friday.", THU, "Black Friday", "2024-11-29", {}),
    ("holiday_cyber_monday", "Online sales peaked on Cyber Monday.", THU, "Cyber Monday", "2024-12-02", {}),
    (
        "time_eastern_zone_on_weekday",
        "The vote closed at 10:30 a.m. ET on Tuesday.",
        THU,
        "10:30 a.m. ET on Tuesday",
        "2025-02-11T10:30",
        {"type": "TIME"},
    ),
    # --- a unit two back or ahead, a weekday's week, weekdays counted in weeks, day ranges
    ("week_before_last", "Talks collapsed the week before last.", THU, "the week before last", "2025-W05", {}),
    ("year_after_next", "The line opens the year after next.", THU, "the year after next", "2027", {}),
    (
        "weekend_before_last",
        "Rallies were held the weekend before last.",
        THU,
        "the weekend before last",
        "2025-W05-WE",
        {},
    ),
    ("weekday_plural_ago", "He was last seen two Saturdays ago.", THU, "two Saturdays ago", "2025-02-01", {}),
    ("weekday_a_week_from", "The trial starts a week from Friday.", THU, "a week from Friday", "2025-02-21", {}),
    ("weekday_of_next_week", "They meet Tuesday next week.", THU, "Tuesday next week", "2025-02-18", {}),
    (
        "weekday_of_last_week_in_past_sentence",
        "He said Tuesday last week that he would run.",
        THU,
        "Tuesday last week",
        "2025-02-04",
        {},
    ),
    (
        "weekday_of_last_week_with_of",
        "It was signed on Friday of last week.",
        THU,
        "Friday of last week",
        "2025-02-07",
        {},
    ),
    ("month_day_range_end", "The fair runs Feb. 10-12.", THU, "12", "2025-02-12", {}),
    # --- a superlative's span, a year to a month, more numeric and datelined forms
    (
        "superlative_in_n_years_is_a_span_not_a_future_date",
        "Prices hit the lowest level in 16 years.",
        THU,
        "16 years",
        "P16Y",
        {"type": "DURATION"},
    ),
    (
        "superlative_first_time_in_a_decade",
        "Rates fell for the first time in a decade.",
        THU,
        "a decade",
        "P10Y",
        {"type": "DURATION"},
    ),
    ("future_in_n_weeks_still_a_date", "He will decide in two weeks.", THU, "two weeks", "2025-W09", {}),
    (
        "year_to_a_month_is_a_span",
        "Sales rose in the year to March 2025.",
        THU,
        "the year",
        "P1Y",
        {"type": "DURATION"},
    ),
    ("date_iso_slash", "Filed 2025/02/13 in Kyiv.", THU, "2025/02/13", "2025-02-13", {}),
    ("date_dotted_day_first", "The law took effect on 1.2.2025 in Germany.", THU, "1.2.2025", "2025-02-01", {}),
    ("time_four_digits_gmt", "The blast came at 0930 GMT.", THU, "0930 GMT", "2025-02-13T09:30", {"type": "TIME"}),
    (
        "weekday_day_month_year_one_expression",
        "Thursday 13 February 2025",
        THU,
        "Thursday 13 February 2025",
        "2025-02-13",
        {},
    ),
    (
        "time_with_month_day_year",
        "Published 2:15 p.m. ET Feb. 12, 2024",
        THU,
        "2:15 p.m. ET Feb. 12, 2024",
        "2024-02-12T14:15",
        {"type": "TIME"},
    ),
    # --- a sure future ("will") never looks back
    (
        "month_under_will_is_ahead",
        "The government will announce its decision in December.",
        THU,
        "December",
        "2025-12",
        {},
    ),
    ("january_under_will_is_next_year", "The talks will resume in January.", THU, "January", "2026-01", {}),
    ("holiday_under_will_is_ahead", "Troops will be home by Christmas.", THU, "Christmas", "2025-12-25", {}),
    (
        "month_under_weak_future_two_months_back_is_ahead",
        "A ruling is expected in December.",
        THU,
        "December",
        "2025-12",
        {},
    ),
    # --- schedules in the present simple, irregular pasts, a second clause's tense
    ("schedule_takes_effect_ahead", "The law takes effect in December.", THU, "December", "2025-12", {}),
    ("schedule_come_into_force_ahead", "The new rules come into force on Monday.", THU, "Monday", "2025-02-17", {}),
    ("schedule_team_plays_ahead", "The team plays Liverpool on Saturday.", THU, "Saturday", "2025-02-15", {}),
    ("forecast_for_weekday_ahead", "Snow is forecast for Friday.", THU, "Friday", "2025-02-14", {}),
    (
        "warning_for_weekday_ahead",
        "The Met Office has issued an amber warning for Friday.",
        THU,
        "Friday",
        "2025-02-14",
        {},
    ),
    (
        "irregular_past_heard_not_overridden_by_next_clause",
        "The Supreme Court heard arguments in October and is expected to rule by June.",
        THU,
        "October",
        "2024-10",
        {},
    ),
    # --- a relative clause's own tense; anticipation verbs and present-simple schedules point ahead
    (
        "relative_clause_past_before_comma_will",
        "The strike, which started on Saturday, will end on Tuesday.",
        THU,
        "Saturday",
        "2025-02-08",
        {},
    ),
    (
        "aside_past_before_comma_will_month",
        "The law, passed in January, will take effect in June.",
        THU,
        "January",
        "2025-01",
        {},
    ),
    (
        "expects_quarter_ahead_despite_said",
        "The carmaker said on Tuesday that it expects sales to recover in the second quarter.",
        THU,
        "the second quarter",
        "2025-Q2",
        {},
    ),
    ("supposed_to_weekday_ahead", "The talks are supposed to conclude by Friday.", THU, "Friday", "2025-02-14", {}),
    ("schedule_ships_quarter_ahead", "The chip ships in the second quarter.", THU, "the second quarter", "2025-Q2", {}),
    (
        "schedule_embargo_lifts_ahead",
        "The embargo lifts at 00:01 on Saturday.",
        THU,
        "00:01 on Saturday",
        "2025-02-15T00:01",
        {},
    ),
    # --- "and a half", "the next day", a year-ago quarter across a year boundary
    ("duration_two_and_a_half_years", "It lasted two and a half years.", THU, "two and a half years", "P2Y6M", {}),
    (
        "the_next_day_after_a_named_day",
        "On Feb. 10 he left. He returned the next day.",
        THU,
        "the next day",
        "2025-02-11",
        {},
    ),
    ("the_next_day_or_so_stays_a_span", "Talks go on over the next day or so.", THU, "the next day or so", "P1D", {}),
    (
        "year_earlier_after_last_years_quarter",
        "Orders in the latest quarter rose 11% from a year earlier.",
        THU,
        "a year earlier",
        "2023-Q4",
        {},
    ),
    (
        "year_earlier_after_a_forecast_quarter_counts_from_the_report_year",
        "Losses may last through the third quarter of 1990. In the year-ago period, it earned $101 million.",
        date(1989, 10, 26),
        "the year-ago period",
        "1988-Q3",
        {},
    ),
    # --- a capitalized word after a date preposition does not make a month a name
    ("month_after_preposition_before_a_name", "In March Republicans voted.", date(2025, 5, 1), "March", "2025-03", {}),
    ("month_after_since_before_a_name", "Since January Trump has signed 50 orders.", THU, "January", "2025-01", {}),
    # --- a clock time joined to the day after it
    (
        "time_local_on_weekday",
        "The race starts at 14:00 local time on Sunday.",
        THU,
        "14:00 local time on Sunday",
        "2025-02-16T14:00",
        {},
    ),
    (
        "time_zone_on_month_day",
        "The deadline is 23:59 UTC on Feb. 28.",
        THU,
        "23:59 UTC on Feb. 28",
        "2025-02-28T23:59",
        {},
    ),
    (
        "time_ampm_on_day_month",
        "The hearing is at 3pm on 14 February.",
        THU,
        "3pm on 14 February",
        "2025-02-14T15:00",
        {},
    ),
    ("time_at_on_weekday", "They voted at 10:30 on Monday.", THU, "10:30 on Monday", "2025-02-10T10:30", {}),
    (
        "time_live_blog_stamp_dot_minutes",
        "09.05 GMT Wednesday 12 February 2025",
        THU,
        "09.05 GMT Wednesday 12 February 2025",
        "2025-02-12T09:05",
        {},
    ),
    # --- a past verb right before a month is sure of the past; a moved deadline and a present-passive hearing point
    # ahead; a comma closes a relative clause before "plans"
    ("certain_past_month_ahead_is_last_year", "The firm was founded in March.", THU, "March", "2024-03", {}),
    ("certain_past_born_in_month", "He was born in March.", THU, "March", "2024-03", {}),
    (
        "far_past_cue_month_ahead_keeps_slack",
        "He said the plant, shut for repairs, would reopen in March.",
        THU,
        "March",
        "2025-03",
        {},
    ),
    ("extended_to_deadline_ahead", "The offer was extended to March 20.", THU, "March 20", "2025-03-20", {}),
    ("present_passive_hearing_ahead", "The appeal is heard in May.", THU, "May", "2025-05", {}),
    (
        "relative_clause_comma_plans",
        "The company, which slashed 500 jobs in October, plans to hire staff in May.",
        date(2025, 6, 18),
        "October",
        "2024-10",
        {},
    ),
    ("year_before_carmaker_after_preposition", "In 2018 Ford cut 7,000 jobs.", THU, "2018", "2018", {}),
    # --- from an unseen probe (published Wed 2025-06-18)
    (
        "last_quarter_without_the_is_previous_quarter",
        "Sales slumped last quarter as consumers cut back.",
        date(2025, 6, 18),
        "last quarter",
        "2025-Q1",
        {},
    ),
    (
        "the_last_quarter_of_year_is_q4",
        "Sales slumped in the last quarter of 2024.",
        date(2025, 6, 18),
        "the last quarter of 2024",
        "2024-Q4",
        {},
    ),
    (
        "infinitive_after_to_not_past",
        "Retail sales are expected to hit a record over Thanksgiving.",
        date(2025, 6, 18),
        "Thanksgiving",
        "2025-11-27",
        {},
    ),
    (
        "schedule_takes_effect_weekday_not_yesterday",
        "The new voter ID law takes effect Tuesday.",
        date(2025, 6, 18),
        "Tuesday",
        "2025-06-24",
        {},
    ),
    (
        "schedule_polls_close_weekday_ahead",
        "Polls close Sunday at 8 p.m.",
        date(2025, 6, 18),
        "Sunday at 8 p.m.",
        "2025-06-22T20:00",
        {},
    ),
    (
        "forecast_to_weekday_ahead",
        "Temperatures are forecast to reach 34C on Saturday.",
        date(2025, 6, 18),
        "Saturday",
        "2025-06-21",
        {},
    ),
    (
        "schedule_takes_over_month_ahead",
        "The new chief executive takes over in January.",
        date(2025, 6, 18),
        "January",
        "2026-01",
        {},
    ),
    (
        "set_every_weekend",
        "The protests have continued every weekend since.",
        date(2025, 6, 18),
        "every weekend",
        "XXXX-WXX-WE",
        {"type": "SET"},
    ),
    (
        "duration_compound_hours_minutes",
        "Djokovic needed three hours and 12 minutes to win.",
        date(2025, 6, 18),
        "three hours and 12 minutes",
        "PT3H12M",
        {"type": "DURATION"},
    ),
    (
        "duration_compound_years_months_comma",
        "He served two years, three months in jail.",
        date(2025, 6, 18),
        "two years, three months",
        "P2Y3M",
        {},
    ),
    (
        "certain_past_taken_over_in_month",
        "The store chain was taken over in July.",
        date(2025, 6, 18),
        "July",
        "2024-07",
        {},
    ),
    ("year_before_wall_street_after_in", "In 2019 Wall Street rallied.", date(2025, 6, 18), "2019", "2019", {}),
    # --- a day of the month said as an ordinal
    (
        "month_ordinal_word_day",
        "Women's Day is this coming Sunday, March eighth.",
        date(1998, 3, 5),
        "March eighth",
        "1998-03-08",
        {},
    ),
    (
        "ordinal_word_day_of_month",
        "The vote is on the twenty-first of March.",
        THU,
        "the twenty-first of March",
        "2025-03-21",
        {},
    ),
    ("month_the_ordinal_day", "It happened on March the 3rd.", date(2025, 3, 20), "March the 3rd", "2025-03-03", {}),
    (
        "ordinal_of_month_with_year",
        "It began on the first of May, 1999.",
        THU,
        "the first of May, 1999",
        "1999-05-01",
        {},
    ),
    (
        "month_first_time_not_a_day",
        "In March the first time he ran, he lost.",
        date(2025, 6, 18),
        "March",
        "2025-03",
        {},
    ),
    # --- one expression, not two: a unit back from "this month", a weekday a week back, a holiday's year, a half
    (
        "years_ago_this_month",
        "The factory closed five years ago this month.",
        THU,
        "five years ago this month",
        "2020-02",
        {},
    ),
    ("year_ago_this_week", "A year ago this week, the bridge fell.", THU, "A year ago this week", "2024-W07", {}),
    ("week_ago_weekday", "A week ago Tuesday, the bridge collapsed.", THU, "A week ago Tuesday", "2025-02-04", {}),
    ("holiday_last_year", "He died on Good Friday last year.", THU, "Good Friday last year", "2024-03-29", {}),
    ("holiday_next_year", "Christmas next year will be quiet.", THU, "Christmas next year", "2026-12-25", {}),
    (
        "second_half_of_the_year",
        "The firm expects growth to slow in the second half of the year.",
        THU,
        "the second half of the year",
        "2025-H2",
        {},
    ),
    (
        "earlier_today_one_span",
        "Earlier today, the minister said talks were going well.",
        THU,
        "Earlier today",
        "2025-02-13",
        {"mod": None},
    ),
    (
        "later_this_afternoon_one_span",
        "We'll have more on this later this afternoon.",
        THU,
        "later this afternoon",
        "2025-02-13TAF",
        {},
    ),
    (
        "final_months_of_year",
        "Growth slowed in the final months of 2024.",
        THU,
        "the final months of 2024",
        "2024",
        {"mod": "END"},
    ),
    (
        "first_months_of_the_year",
        "Hiring picked up in the first months of the year.",
        THU,
        "the first months of the year",
        "2025",
        {"mod": "START"},
    ),
    (
        "last_week_of_the_month",
        "Talks resume in the last week of the month.",
        THU,
        "the last week of the month",
        "2025-02",
        {"mod": "END"},
    ),
    (
        "half_of_year_stays_half_year",
        "Sales rose in the second half of 2024.",
        THU,
        "the second half of 2024",
        "2024-H2",
        {"mod": None},
    ),
    # --- a date stamp followed by its clock time is one TIME
    (
        "stamp_abbr_weekday_date_dot_time_zone",
        "First published on Thu 13 Feb 2025 07.00 GMT",
        THU,
        "Thu 13 Feb 2025 07.00 GMT",
        "2025-02-13T07:00",
        {"type": "TIME"},
    ),
    (
        "stamp_month_day_year_ampm_zone",
        "Posted Feb 13, 2025, 11:02 AM EST",
        THU,
        "Feb 13, 2025, 11:02 AM EST",
        "2025-02-13T11:02",
        {},
    ),
    (
        "stamp_weekday_date_at_colon_time",
        "Published Wednesday, 12 February 2025 at 18:30.",
        THU,
        "Wednesday, 12 February 2025 at 18:30",
        "2025-02-12T18:30",
        {},
    ),
    (
        "stamp_date_then_percentage_not_a_time",
        "Sales fell on March 5, 2024, 12.5% lower.",
        THU,
        "March 5, 2024",
        "2024-03-05",
        {},
    ),
    ("stamp_date_then_count_not_a_time", "On Feb 13, 2025 12 people died.", THU, "Feb 13, 2025", "2025-02-13", {}),
    # --- more word-list forms: day ranges written day first, month quarters, 'YY seasons, FY25, week ending
    ("day_range_first_day", "The festival runs 7-10 August.", THU, "7", "2025-08-07", {}),
    ("day_range_last_day", "The festival runs 7-10 August.", THU, "10 August", "2025-08-10", {}),
    ("day_range_from_to", "Talks run from 3 to 5 February.", THU, "3", "2025-02-03", {}),
    ("month_named_quarter", "Profit fell in the December quarter.", THU, "the December quarter", "2024-Q4", {}),
    ("season_two_digit_year", "It began in the spring of '89.", THU, "the spring of '89", "1989-SP", {}),
    ("week_ending_a_day", "Claims fell in the week ending Feb. 8.", THU, "the week ending Feb. 8", "2025-W06", {}),
    ("fiscal_year_two_digits", "Guidance for FY25 was cut.", THU, "FY25", "2025", {}),
    ("centuries_ago_past_ref", "The bridge was built centuries ago.", THU, "centuries ago", "PAST_REF", {}),
    (
        "foreseeable_future_ref",
        "Troops will stay for the foreseeable future.",
        THU,
        "the foreseeable future",
        "FUTURE_REF",
        {},
    ),
    (
        "half_not_a_game_when_the_sports_word_is_in_another_sentence",
        "He scored twice for Leeds on Sunday. Profit rose in the first half, the club said.",
        THU,
        "the first half",
        "2025-H1",
        {},
    ),
    (
        "business_fourth_quarter_not_a_game",
        "Sales in the fourth quarter beat estimates, the company said.",
        THU,
        "the fourth quarter",
        "2024-Q4",
        {},
    ),
    # --- a bare ordinal day of the month
    ("ordinal_day_past", "The product was recalled on the 3rd.", THU, "the 3rd", "2025-02-03", {}),
    ("ordinal_day_future_this_month", "The shop opens on the 24th.", THU, "the 24th", "2025-02-24", {}),
    ("ordinal_day_future_next_month", "He will arrive on the 10th.", THU, "the 10th", "2025-03-10", {}),
    ("ordinal_day_past_last_month", "He arrived on the 20th.", THU, "the 20th", "2025-01-20", {}),
    (
        "ordinal_day_of_this_month",
        "It is due by the 28th of this month.",
        THU,
        "the 28th of this month",
        "2025-02-28",
        {},
    ),
    # --- a range or list: a month without a year takes it from its partner
    ("present_runs_until_looks_ahead", "The sale runs until Sunday.", THU, "Sunday", "2025-02-16", {}),
    ("range_start_takes_end_year", "The band toured from March to November 2023.", THU, "March", "2023-03", {}),
    ("range_start_after_end_month_year_before", "It ran December to January 2024.", THU, "December", "2023-12", {}),
    ("list_chain_takes_last_year", "They met in March, April and May 2023.", THU, "April", "2023-04", {}),
    (
        "range_end_after_start_next_year",
        "The show runs from 12 September to 4 January.",
        THU,
        "4 January",
        "2026-01-04",
        {},
    ),
    ("range_end_after_written_start_year", "It ran from Dec. 20, 2022 to Jan. 5.", THU, "Jan. 5", "2023-01-05", {}),
    (
        "range_between_across_new_year",
        "Between Dec. 28 and Jan. 3 the office was shut.",
        THU,
        "Jan. 3",
        "2025-01-03",
        {},
    ),
    ("list_without_link_keeps_own_year", "It fell in March. In November 2023 it rose.", THU, "March", "2024-03", {}),
    ("weekday_pair_second_shares_next", "Leaders meet next Tuesday and Wednesday.", WED, "Wednesday", "2025-02-19", {}),
    ("weekday_range_end_after_start", "The store will close from Monday to Friday.", THU, "Friday", "2025-02-21", {}),
    ("weekday_pair_past", "Protests took place on Friday and Saturday.", WED, "Saturday", "2025-02-08", {}),
    (
        "weekday_naming_the_day_before_it",
        "Sales spiked ahead of Valentine's Day on Friday.",
        date(2025, 2, 17),
        "Friday",
        "2025-02-14",
        {},
    ),
    (
        "weekday_range_from_month_day_not_next",
        "Shares bought from Feb. 3 to Thursday.",
        date(2025, 2, 21),
        "Thursday",
        "2025-02-20",
        {},
    ),
    (
        "weekday_pair_after_publication_weekday_by_tense",
        "They met Wednesday and Thursday.",
        WED,
        "Thursday",
        "2025-02-06",
        {},
    ),
    ("overnight_past_is_last_night", "Troops shelled the city overnight.", WED, "overnight", "2025-02-11TNI", {}),
    ("overnight_future_is_tonight", "Heavy rain is expected overnight.", WED, "overnight", "2025-02-12TNI", {}),
    ("every_two_weekends_steps_in_weeks", "The market runs every two weekends.", WED, "every two weekends", "P2W", {}),
    ("every_other_weekend_steps_in_weeks", "Bins go every other weekend.", WED, "every other weekend", "P2W", {}),
    (
        "over_after_verb_is_across_not_more_than",
        "The jury deliberated over two days.",
        WED,
        "two days",
        "P2D",
        {"mod": None},
    ),
    (
        "over_after_last_is_more_than",
        "The tour will last over a week.",
        WED,
        "over a week",
        "P1W",
        {"mod": "MORE_THAN"},
    ),
    (
        "over_after_for_is_more_than",
        "He has lived there for over two years.",
        WED,
        "over two years",
        "P2Y",
        {"mod": "MORE_THAN"},
    ),
    (
        "duration_compound_three_units",
        "She won in two hours, 18 minutes and 12 seconds.",
        WED,
        "two hours, 18 minutes and 12 seconds",
        "PT2H18M12S",
        {},
    ),
    (
        "rate_of_nights_is_one_set",
        "Nurses work three nights a week.",
        WED,
        "three nights a week",
        "P1W",
        {"type": "SET"},
    ),
    ("rate_of_hours_is_one_set", "He trains two hours a day.", WED, "two hours a day", "P1D", {"type": "SET"}),
    ("rate_of_things_keeps_the_unit_span", "There are four flights a week.", WED, "a week", "P1W", {"type": "SET"}),
    # --- honest when unresolvable
    ("impossible_day", "The order is dated February 30.", THU, "February 30", "XXXX-02-30", {"interval": None}),
]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "extras"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_tagger_expression(sentence: str, published: date, text: str, value: str, extras: dict[str, Any]) -> None:
    timex = found(sentence, published, text)
    assert timex.value == value
    assert sentence[timex.start : timex.end] == timex.text
    if "mod" in extras:
        assert timex.mod == extras["mod"]
    if "type" in extras:
        assert timex.type == extras["type"]
    if "interval" in extras:
        want = extras["interval"]
        got = None if timex.interval is None else (timex.interval.start, timex.interval.end)
        assert got == want


# (id, sentence, text that must not be (part of) a temporal expression)
NOT_TEMPORAL: list[tuple[str, str, str]] = [
    ("video_length", "Bolton on Putin\n04:22 - Source: CNN\n", "04:22"),
    ("audio_length", "Can Trump end the war?\n\nListen | 20:19\n", "20:19"),
    ("unit_ordinal", "He is a battalion commander in the 66th mechanized brigade.", "66th"),
    ("percentage", "Allies must spend 5% of GDP on defense.", "5%"),
    ("money", "Allies invested a total of $485 billion in defense.", "$485 billion"),
    ("post_count", "25 Posts", "25"),
    ("attack_count", "There were 74 Russian attacks on Wednesday.", "74"),
    ("drone_count", "The military says 140 drones were launched.", "140"),
    ("age", "A 32-year-old officer who goes by the call sign Bankir.", "32-year-old"),
    ("age_words", "said 70-year-old Liudmyla Bilozerova.", "70-year-old"),
    ("file_name", "20250212-bolton_trump_putin_split.jpg\nBolton speaks", "20250212"),
    ("street_address_number", "Police were called to 1901 Market Street.", "1901"),
    ("holiday_in_island_name", "Asylum seekers were held at the Christmas Island detention centre.", "Christmas"),
    ("season_after_indefinite_article", "A spring inside the mechanism snapped.", "spring"),
    ("model_year_after_possessive", "Kopp's 1987 Chevrolet Cavalier was found in the woods.", "1987"),
    ("model_year_after_article", "She drove a 2018 Ford Focus to work.", "2018"),
    ("product_name_year", "The company's Windows 2000 servers were hacked.", "2000"),
    ("modal_may", "Trump may meet Putin soon.", "may"),
    ("big_number", "The army has 2,014 tanks.", "2,014"),
    ("fall_verb", "Prices could fall sharply.", "fall"),
    ("rate_per_year", "The stock has a dividend rate of $1.76 a year.", "a year"),
    ("ordinal_second", "It will be a second betrayal, she said.", "a second"),
    ("father_not_holiday", "The father said he would come.", "father"),
    ("thousand_people_not_a_year", "Two thousand people marched through the town.", "Two thousand"),
    ("days_before_an_event", "His car was seen in the days before the slaying.", "days"),
    ("month_day_and_percent", "Support rose between May 5 and 10 percent of voters.", "10"),
    ("night_school_not_a_time", "She taught 5 at night school in the town.", "5 at night"),
    ("first_day_of_a_month_not_anaphoric", "It happened on the first day of March.", "first day"),
    ("show_name_60_minutes", "Mike Wallace, speaking on CBS's 60 Minutes, said so.", "60 Minutes"),
    ("show_name_this_week", 'Baker said on ABC\'s "This Week With David Brinkley" that talks failed.', "This Week"),
    ("month_in_event_name", "Protesters joined the annual March for Life in Washington.", "March"),
    ("month_in_march_of_name", "He led the March of the Combatant Mothers.", "March"),
    ("season_in_title", "They started the ``Spring of Life'' protests.", "Spring"),
    ("daily_newspaper_name", "The Communist Party daily Granma said so.", "daily"),
    ("quarter_century_compound", "Unemployment is near its quarter-century low.", "quarter"),
    ("speed_an_hour", "The car was doing 60 miles an hour.", "an hour"),
    ("decade_two_digit_without_the", "She sang her '80s hits.", "'80s"),
    ("season_range_end_not_a_duration", "He starred in the 2022-23 season.", "23 season"),
    ("version_number_not_a_dotted_date", "Update to version 1.2.2025 now.", "1.2.2025"),
    ("season_slash_range_end_not_a_duration", "He scored 20 goals in the 2024/25 season.", "25 season"),
    ("name_month_as_speaker", "May said the government would act.", "May"),
    ("name_month_as_surname", "Theresa May will step down.", "May"),
    ("name_month_after_title", "Prime Minister May spoke.", "May"),
    ("name_month_as_first_name", "June Sarpong hosted the show.", "June"),
    ("name_month_modal_question", "May I ask a question?", "May"),
    ("name_month_event_name", "The October Revolution began.", "October"),
    ("name_weekday_newspaper", "The Sunday Times reported it.", "Sunday"),
    ("name_weekday_show_title", "Friday Night Lights returns.", "Friday"),
    ("name_holiday_in_agreement", "They signed the Good Friday Agreement.", "Good Friday"),
    ("name_season_in_games", "The Summer Olympics open.", "Summer"),
    ("name_season_street", "He lives on Spring Street.", "Spring"),
    ("score_not_a_day_range", "They won 3-2 August 9.", "3-2"),
    ("game_first_half", "He scored twice in the first half.", "first half"),
    ("ordinal_anniversary_not_a_day", "They marked the 20th anniversary on a Sunday.", "20th"),
    ("ordinal_century_not_a_day", "It was built in the 3rd century.", "3rd"),
    ("game_fourth_quarter", "The Chiefs threw for 300 yards in the fourth quarter.", "fourth quarter"),
]


@pytest.mark.parametrize(("sentence", "text"), [c[1:] for c in NOT_TEMPORAL], ids=[c[0] for c in NOT_TEMPORAL])
def test_tagger_not_temporal(sentence: str, text: str) -> None:
    start = sentence.index(text)
    end = start + len(text)
    overlapping = [t.text for t in tag(sentence, THU) if t.start < end and t.end > start]
    assert overlapping == []


# (id, seed file prefix, published, expected text, occurrence (0-based), expected value, mod)
SEED_CASES: list[tuple[str, str, date, str, int, str, str | None]] = [
    ("s000_last_month", "000", THU, "last month", 0, "2025-01", None),
    ("s000_august_last_year", "000", THU, "August last year", 0, "2024-08", None),
    ("s000_earlier_this_week", "000", THU, "Earlier this week", 0, "2025-W07", "START"),
    ("s000_late_last_summer", "000", THU, "late last summer", 0, "2024-SU", "END"),
    ("s000_february_6", "000", THU, "February 6", 0, "2025-02-06", None),
    ("s000_january_14", "000", THU, "January 14", 0, "2025-01-14", None),
    ("s000_tuesday", "000", THU, "Tuesday", 0, "2025-02-11", None),
    ("s000_saturday_had_said", "000", THU, "Saturday", 0, "2025-02-08", None),
    ("s000_friday_suggested", "000", THU, "Friday", 0, "2025-02-07", None),
    ("s000_friday_conference", "000", THU, "Friday", 1, "2025-02-14", None),
    ("s000_three_years", "000", THU, "three years", 0, "P3Y", None),
    ("s000_decade_ago", "000", THU, "a decade ago", 0, "2015", None),
    ("s000_2014", "000", THU, "2014", 0, "2014", None),
    ("s000_1991", "000", THU, "1991", 0, "1991", None),
    ("s000_90_minute", "000", THU, "90-minute", 0, "PT90M", None),
    ("s000_24_hours", "000", THU, "24 hours", 0, "PT24H", None),
    ("s000_not_distant_future", "000", THU, "the not too distant future", 0, "FUTURE_REF", None),
    ("s000_wednesday_night", "000", THU, "Wednesday night", 0, "2025-02-12TNI", None),
    ("s002_said_wednesday", "002", WED, "Wednesday", 0, "2025-02-12", None),
    ("s002_later_this_week", "002", WED, "later this week", 0, "2025-W07", "END"),
    ("s002_september_2022", "002", WED, "September 2022", 0, "2022-09", None),
    ("s003_on_wednesday", "003", THU, "Wednesday", 0, "2025-02-12", None),
    ("s003_on_friday_munich", "003", THU, "Friday", 0, "2025-02-14", None),
    ("s003_on_thursday", "003", THU, "Thursday", 0, "2025-02-13", None),
    ("s003_thursdays_meeting", "003", THU, "Thursday", 1, "2025-02-13", None),
    ("s004_february_24_2022", "004", THU, "February 24, 2022", 0, "2022-02-24", None),
    ("s004_three_year", "004", THU, "three-year", 0, "P3Y", None),
]


def _seed_text(prefix: str) -> str:
    (path,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "published", "text", "occurrence", "value", "mod"),
    [c[1:] for c in SEED_CASES],
    ids=[c[0] for c in SEED_CASES],
)
def test_tagger_seed_expression(
    prefix: str, published: date, text: str, occurrence: int, value: str, mod: str | None
) -> None:
    hits = [t for t in tag(_seed_text(prefix), published) if t.text == text]
    assert len(hits) > occurrence
    assert hits[occurrence].value == value
    assert hits[occurrence].mod == mod


SEED_NOISE = [
    ("000", n)
    for n in (
        "04:22",
        "01:15",
        "25 Posts",
        "66th",
        "$485 billion",
        "5%",
        "74 Russian",
        "140 drones",
        "20250212",
        "32-year-old",
    )
] + [("003", "20:19")]


@pytest.mark.parametrize(("prefix", "noise"), SEED_NOISE, ids=[f"{p}-{n}" for p, n in SEED_NOISE])
def test_tagger_seed_noise_untagged(prefix: str, noise: str) -> None:
    text = _seed_text(prefix)
    start = text.index(noise)
    end = start + len(noise)
    assert [t.text for t in tag(text, THU) if t.start < end and t.end > start] == []


def test_tagger_seed_metadata_line_skipped_by_start() -> None:
    text = _seed_text("001")
    body_start = text.index("\n") + 1
    timexes = tag_text(text, THU, SETTINGS, start=body_start, article_id="001")
    assert timexes and all(t.start >= body_start for t in timexes)
    assert all(t.article_id == "001" for t in timexes)
    assert "2025-02-13" not in [t.text for t in timexes]


# (id, text, published, span text, span value, value of the date it reaches or None): "[two days] later" is the
# span TimeML marks ("later" is its signal) and carries the date it reaches from the date named last
LATER: list[tuple[str, str, date, str, str, str | None]] = [
    (
        "days_after_day",
        "The bill passed the House on Feb. 5 and the Senate two days later.",
        THU,
        "two days",
        "P2D",
        "2025-02-07",
    ),
    (
        "decade_after_year",
        "The company was founded in 1998 and went public a decade later.",
        THU,
        "a decade",
        "P10Y",
        "2008",
    ),
    (
        "days_after_day_month",
        "A ceasefire was agreed on 15 January that took effect four days later.",
        THU,
        "four days",
        "P4D",
        "2025-01-19",
    ),
    (
        "approx_year_after_month",
        "He was arrested in March 2020. About a year later he was freed.",
        THU,
        "About a year",
        "P1Y",
        "2021",
    ),
    ("no_date_before", "Two weeks later, he resigned.", THU, "Two weeks", "P2W", None),
    ("few_days_unknown_length", "They met on Feb. 3. A few days later, they split.", THU, "A few days", "PXD", None),
]


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "reaches"), [c[1:] for c in LATER], ids=[c[0] for c in LATER]
)
def test_tagger_later_span_reaches_date_from_last_named(
    sentence: str, published: date, text: str, value: str, reaches: str | None
) -> None:
    timex = found(sentence, published, text)
    assert (timex.type, timex.value) == ("DURATION", value)
    assert (timex.reaches.value if timex.reaches is not None else None) == reaches
    if timex.reaches is not None:
        assert timex.reaches.type == "DATE"
        assert (timex.reaches.start, timex.reaches.end) == (timex.start, timex.end)


def test_tagger_later_moves_story_to_the_reached_day() -> None:
    text = "The bill passed the House on Feb. 5 and the Senate two days later. The next day it was signed."
    assert found(text, THU, "The next day").value == "2025-02-08"


def test_tagger_output_sorted_and_offsets_exact() -> None:
    text = _seed_text("000")
    timexes = tag(text, THU)
    assert list(timexes) == sorted(timexes, key=lambda t: (t.start, t.end))
    assert all(text[t.start : t.end] == t.text for t in timexes)
    assert all(a.end <= b.start for a, b in itertools.pairwise(timexes))


def test_tagger_deterministic() -> None:
    text = _seed_text("000")
    assert tag(text, THU) == tag(text, THU)


def test_tagger_unknown_language_raises() -> None:
    with pytest.raises(ResourceError):
        load_lexicon("xx")
