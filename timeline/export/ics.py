"""iCalendar export (RFC 5545), written with the `icalendar` package (CRLF, folding and escaping by the library).

- One VEVENT per event whose granularity is in Settings.calendar_granularities (year and wider stay out by
  default: a whole-year "event" would cover a calendar for twelve months).
- Events without a clock time are all-day: DTSTART;VALUE=DATE = first day, DTEND;VALUE=DATE = last day + 1
  (exclusive, RFC 5545 3.6.1), so a week or month event spans its whole week or month.
- Events with a clock time (Event.time) get a *floating* DTSTART (no time zone, RFC 5545 3.3.5 form #1): news
  text gives the local time of the place it reports ("at 3 p.m."), and the zone is rarely known, so the time
  is shown as written whatever the reader's zone. DTEND = DTSTART + 1 hour.
- UID = "<event id>@timeline" (the event id is a hash of the event, stable across runs).
- DTSTAMP = the latest publication date of the input at 00:00:00 UTC, never the clock: same input, same bytes.
- SUMMARY = the title on one line (calcurse rejects a SUMMARY with a line break); DESCRIPTION = date expression,
  evidence sentences and sources; URL = the first source article that has an http(s) URL; CATEGORIES =
  granularity and the sources' publishers; LOCATION = places; TRANSP = TRANSPARENT (news is not busy time).
- Calendar: VERSION 2.0, PRODID, CALSCALE GREGORIAN, NAME (RFC 7986) and X-WR-CALNAME = Settings.calendar_name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as VEvent

from timeline.export.common import (
    article_index,
    clean_text,
    evidence_sentences,
    labels,
    one_line,
    reference_date,
    safe_url,
    source_label,
)
from timeline.models import ArticleRef, Event, Timeline
from timeline.settings import Settings

PRODID = "-//timeline//news event timeline//EN"
UID_DOMAIN = "timeline"
TIMED_EVENT_LENGTH = timedelta(hours=1)


def event_uid(event: Event) -> str:
    return f"{event.id}@{UID_DOMAIN}"


def calendar_events(timeline: Timeline, settings: Settings) -> tuple[Event, ...]:
    """The events that go into the calendar, in timeline order."""
    return tuple(e for e in timeline.events if e.granularity in settings.calendar_granularities)


def event_span(event: Event) -> tuple[date | datetime, date | datetime]:
    """(DTSTART, DTEND) of an event: dates with an exclusive end, or floating date-times one hour apart."""
    if event.time is not None:
        start = datetime.combine(event.start, event.time.replace(tzinfo=None, microsecond=0))
        return start, start + TIMED_EVENT_LENGTH
    return event.start, max(event.end, event.start) + timedelta(days=1)  # never DTEND <= DTSTART (khal crashes)


def _description(event: Event, articles: dict[str, ArticleRef], language: str) -> str:
    words = labels(language)
    lines = [f"{words['date_expression']}: {one_line(event.timex)} ({event.granularity})"]
    evidence = evidence_sentences(event)
    if evidence:
        lines += ["", f"{words['evidence']}:"] + [f"- {sentence}" for sentence in evidence]
    if event.sources:
        lines += ["", f"{words['sources']}:"]
        for article_id in event.sources:
            article = articles.get(article_id)
            parts = [f"[{article_id}]"]
            if article is not None:
                parts += [one_line(article.title or ""), one_line(article.source or "")]
                parts.append(f"{words['published']} {article.published.isoformat()}")
            url = safe_url(article.url) if article else None
            line = " — ".join(p for p in parts if p)
            lines.append(f"- {line}" + (f" <{url}>" if url else ""))
    if event.conflicts:
        lines += ["", f"{words['conflicts']}:"]
        lines += [
            f"- {one_line(c.timex)} {c.start.isoformat()}/{c.end.isoformat()}"
            + (f": {one_line(c.note)}" if one_line(c.note) else "")
            for c in event.conflicts
        ]
    return clean_text("\n".join(lines))


def build_vevent(event: Event, articles: dict[str, ArticleRef], stamp: datetime, language: str) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", stamp)
    start, end = event_span(event)
    vevent.add("dtstart", start)
    vevent.add("dtend", end)
    vevent.add("summary", one_line(event.title) or one_line(event.timex))
    vevent.add("description", _description(event, articles, language))
    places = [one_line(p) for p in event.places if one_line(p)]
    if places:
        vevent.add("location", ", ".join(dict.fromkeys(places)))
    categories = [event.granularity] + [source_label(articles.get(a), a) for a in event.sources]
    vevent.add("categories", list(dict.fromkeys(c for c in categories if c)))
    url = next((u for a in event.sources if a in articles and (u := safe_url(articles[a].url))), None)
    if url:
        vevent.add("url", url)
    vevent.add("transp", "TRANSPARENT")
    return vevent


def build_calendar(timeline: Timeline, settings: Settings) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = one_line(settings.calendar_name)
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    stamp = datetime.combine(reference_date(timeline), datetime.min.time(), tzinfo=UTC)
    articles = article_index(timeline)
    for event in calendar_events(timeline, settings):
        calendar.add_component(build_vevent(event, articles, stamp, settings.language))
    return calendar


def render_ics(timeline: Timeline, settings: Settings) -> bytes:
    """timeline.ics as bytes (UTF-8, CRLF, no BOM)."""
    data: bytes = build_calendar(timeline, settings).to_ical()
    return data
