"""`timeline show`: the timeline as readable terminal lines, one per event.

    2025-02-12        Trump and Putin hold a phone call  [ap, reuters] 2 sources, 5 mentions
    2025-W07          ...
    ! conflict: 2025-02-11 (1 mention(s): bbc-3)

Labels follow the event's granularity (day and finer: the date, with the clock time when known; week: ISO week;
month: YYYY-MM; quarter: YYYY-Qn; year: YYYY; anything else: start..end). Texts are data in
`timeline/events/resources/<language>/dedupe_show.toml` (language from the timeline's settings, default en).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from timeline.models import Event, Timeline

_DAY_OR_FINER = frozenset({"minute", "hour", "part_of_day", "day"})


@cache
def _texts(language: str) -> dict[str, str]:
    folder = resources.files("timeline.events").joinpath("resources", language)
    path = folder.joinpath("dedupe_show.toml")
    if not path.is_file():
        path = resources.files("timeline.events").joinpath("resources", "en", "dedupe_show.toml")
    return {k: str(v) for k, v in tomllib.loads(path.read_text(encoding="utf-8"))["show"].items()}


def date_label(event: Event) -> str:
    """The event's date as its granularity reads it."""
    start, end = event.start, event.end
    g = event.granularity
    if g in _DAY_OR_FINER and start == end:
        return start.isoformat() if event.time is None else f"{start.isoformat()} {event.time.strftime('%H:%M')}"
    if g == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if g == "month" and start.year == end.year and start.month == end.month:
        return f"{start.year}-{start.month:02d}"
    if g == "quarter" and start.year == end.year:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if g == "year" and start.year == end.year:
        return f"{start.year}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()}..{end.isoformat()}"


def _label(event: Event, texts: dict[str, str]) -> str:
    label = date_label(event)
    return texts["mod"].format(label=label, mod=event.mod) if event.mod else label


def format_event(event: Event, texts: dict[str, str], width: int = 0) -> list[str]:
    """The event's line (its label padded to `width`), then one indented line per conflict."""
    label = _label(event, texts).ljust(width)
    line = texts["event"].format(
        label=label,
        title=event.title,
        sources=", ".join(event.sources),
        source_count=len(event.sources),
        mention_count=len(event.mentions),
        flag=texts["conflict_flag"] if event.conflicts else "",
    )
    lines = [line.rstrip()]
    for c in event.conflicts:
        value = c.timex if c.start == c.end else f"{c.timex} ({c.start.isoformat()}..{c.end.isoformat()})"
        lines.append(texts["conflict"].format(value=value, count=len(c.mention_ids), mentions=", ".join(c.mention_ids)))
    return lines


def format_timeline(timeline: Timeline) -> str:
    """One line per event, sorted by date; conflicts flagged and listed below their event. Ends with a newline."""
    language = str(timeline.generated_from.settings.get("language", "en"))
    texts = _texts(language)
    events = sorted(timeline.events, key=lambda e: (e.start, e.end, e.title, e.id))
    width = max((len(_label(e, texts)) for e in events), default=0)
    lines = [line for event in events for line in format_event(event, texts, width)]
    lines.append(
        texts["summary"].format(
            events=len(events),
            articles=len(timeline.articles),
            conflicts=sum(1 for e in events if e.conflicts),
        )
    )
    return "\n".join(lines) + "\n"
