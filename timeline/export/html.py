"""A self-contained HTML viewer page (timeline.html): no network, inline CSS and JavaScript.

The timeline is embedded as JSON in <script type="application/json" id="timeline-data">, with "<", ">", "&",
U+2028 and U+2029 written as \\uXXXX escapes, so no article text can close the script element or start markup.
A small inline script builds the page from that data with textContent only (never innerHTML): a year-by-year
list of events (date, granularity, title, who/where, evidence, source links) and an overview strip.
A Content-Security-Policy allows nothing but the page's own style and script (by SHA-256 hash): no requests,
no other scripts. Static header text is escaped with html.escape. Links are written for http(s) URLs only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from typing import Any

from timeline.export.common import (
    article_index,
    date_label,
    evidence_sentences,
    labels,
    one_line,
    safe_url,
    summary_line,
    template_text,
)
from timeline.models import ArticleRef, Conflict, Event, Timeline
from timeline.settings import Settings

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_SLOT = re.compile(r"\{\{(?P<name>[A-Z_]+)\}\}")


def script_safe_json(value: Any) -> str:
    """JSON text that can sit inside a <script> element: no "<", ">", "&", U+2028 or U+2029 left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _source(article_id: str, article: ArticleRef | None) -> dict[str, str | None]:
    if article is None:
        return {"id": article_id, "title": None, "publisher": None, "published": None, "url": None}
    return {
        "id": article_id,
        "title": one_line(article.title or "") or None,
        "publisher": one_line(article.source or "") or None,
        "published": article.published.isoformat(),
        "url": safe_url(article.url),
    }


def _conflict_label(conflict: Conflict) -> str:
    dates = conflict.start.isoformat()
    if conflict.end != conflict.start:
        dates += f" – {conflict.end.isoformat()}"
    timex = one_line(conflict.timex)
    return dates if timex in ("", dates, conflict.start.isoformat()) else f"{dates} ({timex})"


def viewer_event(event: Event, articles: dict[str, ArticleRef]) -> dict[str, Any]:
    """One event as the viewer's script reads it."""
    return {
        "id": event.id,
        "date": date_label(event),
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "time": event.time.isoformat(timespec="minutes") if event.time is not None else None,
        "granularity": event.granularity,
        "timex": one_line(event.timex),
        "mod": event.mod,
        "title": one_line(event.title) or one_line(event.timex),
        "actors": [one_line(a) for a in event.actors],
        "places": [one_line(p) for p in event.places],
        "evidence": list(evidence_sentences(event)),
        "sources": [_source(a, articles.get(a)) for a in event.sources],
        "conflicts": [_conflict_label(c) for c in event.conflicts],
    }


def viewer_data(timeline: Timeline, settings: Settings) -> dict[str, Any]:
    articles = article_index(timeline)
    return {
        "name": one_line(settings.calendar_name),
        "labels": {**labels(settings.language), **labels(settings.language, "viewer")},
        "events": [viewer_event(event, articles) for event in timeline.events],
    }


def render_html(timeline: Timeline, settings: Settings) -> bytes:
    """timeline.html as bytes (UTF-8)."""
    style = template_text("viewer.css")
    script = template_text("viewer.js")
    csp = "; ".join(
        (
            "default-src 'none'",
            f"style-src {_csp_hash(style)}",
            f"script-src {_csp_hash(script)}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    viewer = labels(settings.language, "viewer")
    slots = {
        "LANG": escape(settings.language, quote=True),
        "CSP": escape(csp, quote=True),
        "TITLE": escape(one_line(settings.calendar_name)),
        "SUMMARY": escape(summary_line(timeline, settings)),
        "OVERVIEW": escape(viewer["overview"], quote=True),
        "FILTER": escape(viewer["filter"]),
        "FILTER_PLACEHOLDER": escape(viewer["filter_placeholder"], quote=True),
        "NOSCRIPT": escape(viewer["noscript"]),
        "STYLE": style,
        "SCRIPT": script,
        "DATA": script_safe_json(viewer_data(timeline, settings)),
    }
    page = _SLOT.sub(lambda m: slots[m.group("name")], template_text("viewer.html"))
    return page.encode("utf-8")
