"""CSV export: one row per event, flat columns, written with polars.

Columns (header row, UTF-8 without BOM, "\\n" line ends, RFC 4180 quoting by polars):

    id, start, end, time, granularity, timex, mod, title, actors, places, sources,
    mention_count, confidence, evidence, conflicts

- start / end are ISO dates (YYYY-MM-DD, both inclusive); time is HH:MM:SS or empty.
- List cells (actors, places, sources, conflicts) join their items with LIST_SEPARATOR, " | ".
  A conflict reads "<timex> <start>/<end>" (an ISO 8601 interval), e.g. "2025-02-11 2025-02-11/2025-02-11".
- evidence is the first evidence sentence, on one line.
- Spreadsheet formula injection (OWASP "CSV injection"): a text cell that begins with "=", "+", "-", "@",
  a tab or a carriage return gets a single quote "'" in front, so Excel / LibreOffice / Sheets show it as
  text instead of running it. Only text columns are touched: start, end, time, mention_count and confidence
  are typed columns (dates, numbers) and are written as they are.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from timeline.export.common import evidence_sentences, one_line
from timeline.models import Event, Timeline

LIST_SEPARATOR = " | "
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"

SCHEMA: dict[str, Any] = {
    "id": pl.Utf8,
    "start": pl.Date,
    "end": pl.Date,
    "time": pl.Utf8,
    "granularity": pl.Utf8,
    "timex": pl.Utf8,
    "mod": pl.Utf8,
    "title": pl.Utf8,
    "actors": pl.Utf8,
    "places": pl.Utf8,
    "sources": pl.Utf8,
    "mention_count": pl.Int64,
    "confidence": pl.Float64,
    "evidence": pl.Utf8,
    "conflicts": pl.Utf8,
}
COLUMNS = tuple(SCHEMA)
TEXT_COLUMNS = frozenset(name for name, dtype in SCHEMA.items() if dtype == pl.Utf8 and name != "time")


def neutralize_formula(cell: str) -> str:
    """The cell with a leading "'" when a spreadsheet would read it as a formula (OWASP CSV injection)."""
    return FORMULA_GUARD + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def _join(items: tuple[str, ...]) -> str:
    return LIST_SEPARATOR.join(one_line(item) for item in items if one_line(item))


def event_row(event: Event) -> dict[str, Any]:
    """One event as a flat CSV row (text cells already neutralized)."""
    evidence = evidence_sentences(event)
    row: dict[str, Any] = {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "time": event.time.isoformat(timespec="seconds") if event.time is not None else None,
        "granularity": event.granularity,
        "timex": event.timex,
        "mod": event.mod or "",
        "title": one_line(event.title),
        "actors": _join(event.actors),
        "places": _join(event.places),
        "sources": _join(event.sources),
        "mention_count": len(event.mentions),
        "confidence": event.confidence,
        "evidence": evidence[0] if evidence else "",
        "conflicts": _join(tuple(f"{c.timex} {c.start.isoformat()}/{c.end.isoformat()}" for c in event.conflicts)),
    }
    for name in TEXT_COLUMNS:
        row[name] = neutralize_formula(row[name]) or None  # an empty cell, not "" (polars quotes "")
    return row


def events_frame(timeline: Timeline) -> pl.DataFrame:
    """The CSV table as a polars DataFrame, one row per event in timeline order."""
    rows = [event_row(event) for event in timeline.events]
    return pl.DataFrame(rows, schema=SCHEMA)


def render_csv(timeline: Timeline) -> bytes:
    """timeline.csv as bytes."""
    text = events_frame(timeline).write_csv(include_header=True, line_terminator="\n", quote_style="necessary")
    return text.encode("utf-8")
