"""Properties of tag_text that hold for any text: no crash, offsets slice back, order, intervals well formed."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.models import Timex
from timeline.settings import Settings
from timeline.temporal import tag_text

SETTINGS = Settings()

# Words that make the engine work (dates, weekdays, numbers, relative words) mixed with any Unicode, so that the
# examples reach the rules and not only the "nothing found" path.
NEWSY = st.sampled_from(
    [
        "Wednesday",
        "on Friday",
        "last month",
        "next week",
        "Feb. 12, 2025",
        "12 February",
        "2025-02-12",
        "March 3",
        "1998",
        "the 1990s",
        "late last summer",
        "earlier this week",
        "three years ago",
        "for two days",
        "every Monday",
        "3 p.m.",
        "15:30",
        "yesterday",
        "today",
        "tomorrow morning",
        "Q3 2024",
        "since 2014",
        "August last year",
        "20:19",
        "25 Posts",
        " ",
        "\n",
        ", ",
        ". ",
        "-",
        "/",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(NEWSY, st.text(max_size=6)), max_size=25).map("".join),
)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def check(text: str, found: tuple[Timex, ...], start: int) -> None:
    assert isinstance(found, tuple)
    for t in found:
        assert isinstance(t, Timex)
        assert start <= t.start <= t.end <= len(text)
        assert text[t.start : t.end] == t.text
        if t.interval is not None:
            assert t.interval.start <= t.interval.end
    keys = [(t.start, t.end) for t in found]
    assert keys == sorted(keys)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, published=DATES)
@example(text="", published=date(2025, 2, 13))
@example(text="Trump said Wednesday that talks begin next month.", published=date(2025, 2, 12))
@example(text="\u2028\x00\ud7ff\U0001f600 Feb. 29", published=date(2024, 2, 29))
def test_tag_text_any_text_offsets_slice_back(text: str, published: date) -> None:
    check(text, tag_text(text, published, SETTINGS), 0)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, published=DATES, data=st.data())
def test_tag_text_start_param_respected(text: str, published: date, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)), label="start")
    found = tag_text(text, published, SETTINGS, start=start, article_id="art")
    check(text, found, start)
    assert all(t.article_id == "art" for t in found)


@settings(max_examples=50, deadline=None)
@given(text=TEXTS, published=DATES)
def test_tag_text_deterministic(text: str, published: date) -> None:
    assert tag_text(text, published, SETTINGS) == tag_text(text, published, SETTINGS)
