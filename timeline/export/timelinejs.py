"""TimelineJS 3 JSON export (Knight Lab, https://timeline.knightlab.com/docs/json-format.html).

    {"scale": "human",
     "title": {"text": {"headline": ..., "text": ...}},            # a slide without start_date
     "events": [{"start_date": {"year": 2025, "month": 2, "day": 12}, "end_date": {...},
                 "text": {"headline": ..., "text": ...}, "group": ..., "unique_id": ...}]}

- Date objects hold numbers, as precise as the event: year only for years, year+month for months,
  year+month+day for days, plus hour and minute when the event has a clock time. end_date is given when the
  event spans more than its start_date says (weeks, seasons, quarters, decades, day ranges).
- headline and text are HTML in TimelineJS, so every piece of article text is escaped with html.escape;
  links are written only for http(s) URLs.
- group = the publisher (else title, else id) of the event's first source article, so TimelineJS gives each
  outlet its own row; unique_id = the event id (stable across runs).
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from timeline.export.common import (
    article_index,
    evidence_sentences,
    labels,
    one_line,
    safe_url,
    source_label,
    summary_line,
)
from timeline.models import ArticleRef, Event, Timeline
from timeline.settings import Settings

YEAR_ONLY = frozenset({"year", "decade", "century"})
MONTH_ONLY = frozenset({"month"})


def date_objects(event: Event) -> tuple[dict[str, int], dict[str, int] | None]:
    """(start_date, end_date or None) TimelineJS date objects for the event."""
    start, end = event.start, event.end
    if event.granularity in YEAR_ONLY:
        return {"year": start.year}, ({"year": end.year} if end.year != start.year else None)
    if event.granularity in MONTH_ONLY:
        first: dict[str, int] = {"year": start.year, "month": start.month}
        last = {"year": end.year, "month": end.month}
        return first, (last if last != first else None)
    first = {"year": start.year, "month": start.month, "day": start.day}
    if event.time is not None:
        first |= {"hour": event.time.hour, "minute": event.time.minute}
    last = {"year": end.year, "month": end.month, "day": end.day}
    return first, (last if end > start else None)


def _slide_text(event: Event, articles: dict[str, ArticleRef], language: str) -> str:
    words = labels(language)
    html: list[str] = []
    html.extend(f"<p>{escape(sentence)}</p>" for sentence in evidence_sentences(event))
    facts = [(words["date_expression"], f"{one_line(event.timex)} ({event.granularity})")]
    if event.actors:
        facts.append((words["actors"], ", ".join(one_line(a) for a in event.actors)))
    if event.places:
        facts.append((words["places"], ", ".join(one_line(p) for p in event.places)))
    html.append("<p>" + "<br>".join(f"<strong>{escape(k)}:</strong> {escape(v)}" for k, v in facts) + "</p>")
    if event.sources:
        items = []
        for article_id in event.sources:
            article = articles.get(article_id)
            name = one_line(article.title or "") if article and article.title else source_label(article, article_id)
            url = safe_url(article.url) if article else None
            label = escape(name)
            if url:
                label = f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{label}</a>'
            if article is not None:
                label += f" ({escape(source_label(article, article_id))}, {article.published.isoformat()})"
            items.append(f"<li>{label}</li>")
        html.append(f"<p><strong>{escape(words['sources'])}:</strong></p><ul>{''.join(items)}</ul>")
    return "".join(html)


def event_slide(event: Event, articles: dict[str, ArticleRef], language: str) -> dict[str, Any]:
    start_date, end_date = date_objects(event)
    slide: dict[str, Any] = {"start_date": start_date}
    if end_date is not None:
        slide["end_date"] = end_date
    slide["text"] = {
        "headline": escape(one_line(event.title) or one_line(event.timex)),
        "text": _slide_text(event, articles, language),
    }
    if event.sources:
        slide["group"] = source_label(articles.get(event.sources[0]), event.sources[0])
    slide["unique_id"] = event.id
    return slide


def title_slide(timeline: Timeline, settings: Settings) -> dict[str, Any]:
    summary = summary_line(timeline, settings)
    return {"text": {"headline": escape(one_line(settings.calendar_name)), "text": f"<p>{escape(summary)}</p>"}}


def timelinejs_document(timeline: Timeline, settings: Settings) -> dict[str, Any]:
    """The TimelineJS JSON object."""
    articles = article_index(timeline)
    return {
        "scale": "human",
        "title": title_slide(timeline, settings),
        "events": [event_slide(event, articles, settings.language) for event in timeline.events],
    }


def render_timelinejs(timeline: Timeline, settings: Settings) -> bytes:
    """timeline.timelinejs.json as bytes (UTF-8, indented, newline at the end)."""
    return (json.dumps(timelinejs_document(timeline, settings), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
