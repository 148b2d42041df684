"""`timeline show`: one readable line per event, labelled by granularity, conflicts flagged."""

from __future__ import annotations

from datetime import date, time

import pytest

from timeline.models import ArticleRef, Conflict, DateSource, Event, GeneratedFrom, Granularity, MentionRef, Timeline
from timeline.show import date_label, format_timeline


def event(
    start: str,
    end: str = "",
    granularity: Granularity = "day",
    *,
    title: str = "Leaders hold call",
    clock: time | None = None,
    mod: str | None = None,
    sources: tuple[str, ...] = ("ap",),
    mentions: int = 1,
    conflicts: tuple[Conflict, ...] = (),
) -> Event:
    refs = tuple(
        MentionRef(
            mention_id=f"{sources[i % len(sources)]}:{i}",
            article_id=sources[i % len(sources)],
            text="x",
            start=i,
            end=i + 1,
            time_text="t",
            time_start=i,
            time_end=i + 1,
        )
        for i in range(mentions)
    )
    return Event(
        id=f"{abs(hash((start, title))) % 10**12:016d}",
        title=title,
        start=date.fromisoformat(start),
        end=date.fromisoformat(end or start),
        granularity=granularity,
        timex=start,
        time=clock,
        mod=mod,
        sources=sources,
        mentions=refs,
        conflicts=conflicts,
    )


def timeline(*events: Event) -> Timeline:
    ids = sorted({s for e in events for s in e.sources})
    return Timeline(
        generated_from=GeneratedFrom(inputs=("in",), article_count=len(ids), latest_published=None),
        articles=tuple(
            ArticleRef(id=a, path=a, published=date(2025, 2, 13), published_from=DateSource.MANIFEST) for a in ids
        ),
        events=events,
    )


LABEL_CASES = [
    pytest.param(event("2025-02-12"), "2025-02-12", id="day"),
    pytest.param(event("2025-02-12", clock=time(15, 30), granularity="minute"), "2025-02-12 15:30", id="minute"),
    pytest.param(event("2025-02-10", "2025-02-16", "week"), "2025-W07", id="week"),
    pytest.param(event("2024-12-30", "2025-01-05", "week"), "2025-W01", id="week-across-new-year"),
    pytest.param(event("2025-02-01", "2025-02-28", "month"), "2025-02", id="month"),
    pytest.param(event("2025-04-01", "2025-06-30", "quarter"), "2025-Q2", id="quarter"),
    pytest.param(event("2025-01-01", "2025-12-31", "year"), "2025", id="year"),
    pytest.param(event("2024-06-01", "2024-08-31", "season"), "2024-06-01..2024-08-31", id="season-range"),
    pytest.param(event("2020-01-01", "2029-12-31", "decade"), "2020-01-01..2029-12-31", id="decade-range"),
]


@pytest.mark.parametrize(("ev", "label"), LABEL_CASES)
def test_show_date_label_by_granularity(ev: Event, label: str) -> None:
    assert date_label(ev) == label


def test_show_one_line_per_event_sorted() -> None:
    late = event("2025-03-01", title="Second")
    early = event("2025-02-12", title="First", sources=("ap", "bbc"), mentions=5)
    out = format_timeline(timeline(late, early))
    lines = out.splitlines()
    assert out.endswith("\n")
    assert len(lines) == 3  # two events and a summary
    assert lines[0].startswith("2025-02-12") and "First" in lines[0]
    assert "[ap, bbc]" in lines[0] and "2 source(s)" in lines[0] and "5 mention(s)" in lines[0]
    assert lines[1].startswith("2025-03-01") and "Second" in lines[1]
    assert lines[2] == "2 event(s) from 2 article(s); 0 with conflicting dates"


def test_show_conflicts_flagged() -> None:
    conflict = Conflict(
        timex="2025-02-11", start=date(2025, 2, 11), end=date(2025, 2, 11), mention_ids=("bbc:1",), note="n"
    )
    out = format_timeline(timeline(event("2025-02-12", sources=("ap", "bbc"), mentions=3, conflicts=(conflict,))))
    first, second, summary = out.splitlines()
    assert "(!)" in first
    assert "2025-02-11" in second and "bbc:1" in second and "(!)" in second
    assert "1 with conflicting dates" in summary


def test_show_titles_aligned_after_labels() -> None:
    out = format_timeline(
        timeline(event("2025-02-12", title="Day"), event("2025-02-01", "2025-02-28", "month", title="Month"))
    )
    lines = out.splitlines()[:2]
    assert lines[0].index("Month") == lines[1].index("Day")


def test_show_mod_shown() -> None:
    out = format_timeline(timeline(event("2025-02-01", "2025-02-28", "month", mod="START")))
    assert out.startswith("2025-02 (START)")


def test_show_empty_timeline() -> None:
    assert format_timeline(timeline()) == "0 event(s) from 0 article(s); 0 with conflicting dates\n"
