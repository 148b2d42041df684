"""timeline.csv: flat columns, ISO dates, list separator, formula neutralization; loads in polars and pandas."""

from __future__ import annotations

import io
from datetime import time

import pandas as pd
import polars as pl
import pytest
from export_fixtures import FORMULA_TITLE, HOSTILE_TITLE, empty_timeline, rich_timeline

from timeline.export.csv import COLUMNS, LIST_SEPARATOR, neutralize_formula, render_csv

TIMELINE = rich_timeline()


def _polars() -> pl.DataFrame:
    return pl.read_csv(io.BytesIO(render_csv(TIMELINE)), try_parse_dates=True)


def _row(frame: pl.DataFrame, event_id: str) -> dict[str, object]:
    return frame.filter(pl.col("id") == event_id).row(0, named=True)


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("'already quoted", "'already quoted"),
        ("", ""),
    ],
    ids=["equals", "plus", "minus", "at", "tab", "carriage-return", "plain", "inner-equals", "quote", "empty"],
)
def test_csv_neutralize_formula_table(cell: str, expected: str) -> None:
    assert neutralize_formula(cell) == expected


def test_csv_loads_in_polars_with_typed_iso_dates() -> None:
    frame = _polars()
    assert tuple(frame.columns) == COLUMNS
    assert frame.height == len(TIMELINE.events)
    assert frame.schema["start"] == pl.Date and frame.schema["end"] == pl.Date
    assert frame["id"].to_list() == [e.id for e in TIMELINE.events]
    assert frame["start"].to_list() == [e.start for e in TIMELINE.events]
    assert frame["end"].to_list() == [e.end for e in TIMELINE.events]


def test_csv_loads_in_pandas() -> None:
    frame = pd.read_csv(io.BytesIO(render_csv(TIMELINE)), dtype=str, keep_default_na=False, encoding="utf-8")
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(TIMELINE.events)
    assert frame["start"].tolist() == [e.start.isoformat() for e in TIMELINE.events]
    assert pd.to_datetime(frame["end"], format="%Y-%m-%d").dt.date.tolist() == [e.end for e in TIMELINE.events]
    titles = dict(zip(frame["id"], frame["title"], strict=True))
    assert titles["ev-unicode"] == "Ministerin trifft Präsidentin in Zürich 🇨🇭 — «Gespräch»"


def test_csv_formula_title_and_list_cells_are_neutralized() -> None:
    row = _row(_polars(), "ev-formula")
    assert row["title"] == "'" + FORMULA_TITLE
    assert row["actors"] == "'-minus" + LIST_SEPARATOR + "@at"  # only the cell's first character matters


def test_csv_dates_times_and_numbers_are_not_mangled_by_neutralization() -> None:
    lines = render_csv(TIMELINE).decode("utf-8").split("\n")
    formula_line = next(line for line in lines if line.startswith("ev-formula,"))
    assert formula_line.startswith("ev-formula,2025-02-15,2025-02-15,,day,2025-02-15,")
    row = _row(_polars(), "ev-minute-talk")
    assert (row["time"], row["mention_count"], row["confidence"]) == (time(15, 30), 1, 0.75)


def test_csv_lists_joined_with_documented_separator() -> None:
    row = _row(_polars(), "ev-day-call")
    assert row["actors"] == "First Leader | Second Leader"
    assert row["sources"] == "a1 | a2 | a3"
    assert row["conflicts"] == "2025-02-11 2025-02-11/2025-02-11"
    assert row["mention_count"] == 3
    assert row["evidence"] == "The two leaders spoke by phone on Wednesday."


def test_csv_hostile_title_stays_one_cell_on_one_line() -> None:
    row = _row(_polars(), "ev-hostile")
    assert row["title"] == " ".join(HOSTILE_TITLE.split())
    assert "\n" not in str(row["title"])


def test_csv_is_utf8_without_bom_with_header() -> None:
    data = render_csv(TIMELINE)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8").split("\n", 1)[0] == ",".join(COLUMNS)


def test_csv_empty_timeline_is_header_only() -> None:
    data = render_csv(empty_timeline())
    assert data.decode("utf-8") == ",".join(COLUMNS) + "\n"
    assert pl.read_csv(io.BytesIO(data)).height == 0


def test_csv_same_input_same_bytes() -> None:
    assert render_csv(rich_timeline()) == render_csv(rich_timeline())
