"""Helpers shared by the exports: file names, labels, article lookup, text cleaning, safe URLs, dates."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import resources
from types import MappingProxyType
from urllib.parse import urlsplit

from timeline.models import ArticleRef, Event, Timeline
from timeline.settings import ExportFormat, Settings

# The file each export format is written to (inside the output folder).
FILE_NAMES: Mapping[ExportFormat, str] = MappingProxyType(
    {
        "csv": "timeline.csv",
        "json": "timeline.json",
        "ics": "timeline.ics",
        "timelinejs": "timeline.timelinejs.json",
        "html": "timeline.html",
    }
)

DEFAULT_LANGUAGE = "en"

# C0 controls, DEL and C1 controls, except tab and line feed (kept or folded by `clean_text` / `one_line`).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACE_RUN = re.compile(r"\s+")
_SAFE_SCHEMES = frozenset({"http", "https"})


def template_text(name: str) -> str:
    """The text of a file under timeline/export/templates/."""
    return resources.files("timeline.export").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _labels(language: str) -> Mapping[str, Mapping[str, str]]:
    root = resources.files("timeline.export").joinpath("templates")
    candidate = root.joinpath(f"labels-{language}.toml")
    source = candidate if candidate.is_file() else root.joinpath(f"labels-{DEFAULT_LANGUAGE}.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return MappingProxyType({section: MappingProxyType(dict(values)) for section, values in data.items()})


def labels(language: str, section: str = "common") -> Mapping[str, str]:
    """Words shown to people, from templates/labels-<language>.toml (English when the language has none)."""
    return _labels(language)[section]


def article_index(timeline: Timeline) -> dict[str, ArticleRef]:
    return {article.id: article for article in timeline.articles}


def clean_text(text: str) -> str:
    """Text with every line break as "\\n" and no control characters (tab and line feed kept)."""
    return _CONTROL.sub("", _NEWLINES.sub("\n", text))


def one_line(text: str) -> str:
    """Text on one line: control characters dropped, every run of white space (line breaks too) one space."""
    return _SPACE_RUN.sub(" ", clean_text(text)).strip()


def evidence_sentences(event: Event) -> tuple[str, ...]:
    """The event's evidence sentences, each on one line, first occurrence order, without repeats."""
    seen: dict[str, None] = {}
    for mention in event.mentions:
        sentence = one_line(mention.text)
        if sentence:
            seen.setdefault(sentence, None)
    return tuple(seen)


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL without white space or controls, else None."""
    if not url:
        return None
    url = url.strip()
    if _SPACE_RUN.search(url) or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def source_label(article: ArticleRef | None, article_id: str) -> str:
    """A short name for a source article (categories, groups): its publisher, else its id."""
    if article is None:
        return article_id
    return one_line(article.source or "") or article_id


def reference_date(timeline: Timeline) -> date:
    """The date standing for "now" in the exports: the latest publication date of the input, never the clock.

    Falls back to the latest article date listed, then to 1970-01-01 for an empty timeline.
    """
    if timeline.generated_from.latest_published is not None:
        return timeline.generated_from.latest_published
    return max((article.published for article in timeline.articles), default=date(1970, 1, 1))


def date_label(event: Event) -> str:
    """An ISO-style date label for people: 2025-02-12, 2025-02-12 15:30, 2025-02, 2025, 2025-02-10 – 2025-02-16."""
    start, end = event.start, event.end
    if event.time is not None:
        return f"{start.isoformat()} {event.time.strftime('%H:%M')}"
    if start == end:
        return start.isoformat()
    if start.day == 1 and _is_month_end(end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year:04d}-{start.month:02d}"
        if start.month == 1 and (end.month, end.day) == (12, 31):
            return f"{start.year:04d}" if start.year == end.year else f"{start.year:04d} – {end.year:04d}"
        return f"{start.year:04d}-{start.month:02d} – {end.year:04d}-{end.month:02d}"
    return f"{start.isoformat()} – {end.isoformat()}"


def _is_month_end(day: date) -> bool:
    return day.month != date.fromordinal(day.toordinal() + 1).month


def summary_line(timeline: Timeline, settings: Settings) -> str:
    """The line "N events from M articles, published A to B" in the settings' language."""
    words = labels(settings.language)
    summary = words["summary"].format(events=len(timeline.events), articles=len(timeline.articles))
    published = sorted(article.published for article in timeline.articles)
    if published:
        summary += ", " + words["published_range"].format(
            first=published[0].isoformat(), last=published[-1].isoformat()
        )
    return summary
