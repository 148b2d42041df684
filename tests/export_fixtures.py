"""Hand-built timelines for the export tests: a rich one (every granularity, times, conflicts, hostile text)."""

from __future__ import annotations

from datetime import date, time

from timeline.models import (
    ArticleRef,
    Conflict,
    DateSource,
    Event,
    GeneratedFrom,
    MentionRef,
    Timeline,
)

HOSTILE_TITLE = (
    'Minister says "no", then </script><script>alert(1)</script> & <b>bold</b>\r\nBEGIN:VEVENT\r\n'
    "SUMMARY:injected, with; semicolons 🎉 " + "long " * 400
).strip()
FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")'


def mention(article_id: str, sentence: str, n: int = 0) -> MentionRef:
    return MentionRef(
        mention_id=f"{article_id}:{n}",
        article_id=article_id,
        text=sentence,
        start=10 * n,
        end=10 * n + len(sentence),
        time_text="Wednesday",
        time_start=10 * n,
        time_end=10 * n + 9,
        rule="test",
    )


def article(article_id: str, published: date, *, url: str | None = None, source: str | None = None) -> ArticleRef:
    return ArticleRef(
        id=article_id,
        path=f"in/{article_id}.txt",
        title=f"Story {article_id}, with a comma; and a semicolon",
        source=source,
        url=url,
        published=published,
        published_from=DateSource.FRONT_MATTER,
    )


def event(
    event_id: str,
    title: str,
    start: date,
    end: date,
    granularity: str,
    *,
    timex: str | None = None,
    at: time | None = None,
    sources: tuple[str, ...] = ("a1",),
    sentences: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    conflicts: tuple[Conflict, ...] = (),
) -> Event:
    return Event(
        id=event_id,
        title=title,
        start=start,
        end=end,
        granularity=granularity,
        timex=timex or start.isoformat(),
        time=at,
        actors=actors,
        places=places,
        sources=sources,
        mentions=tuple(mention(sources[i % len(sources)], s, i) for i, s in enumerate(sentences or (title + ".",))),
        conflicts=conflicts,
        confidence=0.75,
    )


ARTICLES = (
    article("a1", date(2025, 2, 12), url="https://news.example/a1?x=1&y=2", source="Wire Service"),
    article("a2", date(2025, 2, 13), url="javascript:alert(1)", source=None),
    article("a3", date(2025, 2, 13), url=None, source="Daily Paper"),
)

RICH_EVENTS = (
    event(
        "ev-day-call",
        "Leaders hold a phone call",
        date(2025, 2, 12),
        date(2025, 2, 12),
        "day",
        sources=("a1", "a2", "a3"),
        sentences=(
            "The two leaders spoke by phone on Wednesday.",
            "A call took place on Feb. 12,\nofficials said.",
            "The two leaders spoke by phone on Wednesday.",
        ),
        actors=("First Leader", "Second Leader"),
        places=("Capital City",),
        conflicts=(
            Conflict(timex="2025-02-11", start=date(2025, 2, 11), end=date(2025, 2, 11), mention_ids=("a2:1",)),
        ),
    ),
    event(
        "ev-minute-talk",
        "Spokesperson briefs reporters",
        date(2025, 2, 12),
        date(2025, 2, 12),
        "minute",
        timex="2025-02-12T15:30",
        at=time(15, 30),
        sources=("a2",),
    ),
    event("ev-week-visit", "Envoy tours the region", date(2025, 2, 10), date(2025, 2, 16), "week", timex="2025-W07"),
    event(
        "ev-month-talks", "Talks continue through March", date(2025, 3, 1), date(2025, 3, 31), "month", timex="2025-03"
    ),
    event(
        "ev-quarter-plan",
        "Plan due in the first quarter",
        date(2025, 1, 1),
        date(2025, 3, 31),
        "quarter",
        timex="2025-Q1",
        sources=("a3",),
    ),
    event("ev-season-offensive", "Summer offensive", date(2024, 6, 1), date(2024, 8, 31), "season", timex="2024-SU"),
    event("ev-year-war", "War began", date(2022, 1, 1), date(2022, 12, 31), "year", timex="2022"),
    event("ev-decade", "A decade of tension", date(2010, 1, 1), date(2019, 12, 31), "decade", timex="201"),
    event("ev-hostile", HOSTILE_TITLE, date(2025, 2, 14), date(2025, 2, 14), "day", sources=("a2",)),
    event("ev-formula", FORMULA_TITLE, date(2025, 2, 15), date(2025, 2, 15), "day", actors=("-minus", "@at")),
    event(
        "ev-unicode",
        "Ministerin trifft Präsidentin in Zürich 🇨🇭 — «Gespräch»",
        date(2025, 2, 13),
        date(2025, 2, 13),
        "day",
    ),
    event("ev-range", "Three-day summit", date(2025, 2, 14), date(2025, 2, 16), "day", timex="2025-02-14/2025-02-16"),
    event("ev-year-end", "New year's eve statement", date(2024, 12, 31), date(2024, 12, 31), "day"),
)


def rich_timeline(events: tuple[Event, ...] = RICH_EVENTS) -> Timeline:
    ordered = tuple(sorted(events, key=lambda e: (e.start, e.end, e.title, e.id)))
    return Timeline(
        generated_from=GeneratedFrom(
            inputs=("in/",),
            article_count=len(ARTICLES),
            latest_published=max(a.published for a in ARTICLES),
        ),
        articles=ARTICLES,
        events=ordered,
    )


def empty_timeline() -> Timeline:
    return Timeline(
        generated_from=GeneratedFrom(inputs=(), article_count=0, latest_published=None), articles=(), events=()
    )
