"""Corpus files with one article per row (.jsonl, .csv, .parquet), read into a polars table."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
from pydantic import BaseModel, ConfigDict

from timeline.articles.dates import parse_metadata_date
from timeline.articles.decode import decode
from timeline.articles.manifest import csv_row_lines
from timeline.articles.resources import LoaderRules
from timeline.errors import CorpusError, EmptyArticleError, InputError, MetadataDateError, UnreadablePathError
from timeline.settings import CorpusColumns


class CorpusRow(BaseModel):
    """One usable row of a corpus file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    row: int  # 1-based data row
    line: int | None  # file line the row starts on (None for parquet)
    id: str | None
    text: str
    published: date | None
    title: str | None = None
    source: str | None = None
    url: str | None = None


class CorpusRead(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    rows: tuple[CorpusRow, ...] = ()
    errors: tuple[InputError, ...] = ()


def _frame_jsonl(path: Path, raw: bytes, rules: LoaderRules) -> tuple[pl.DataFrame, list[int | None], list[InputError]]:
    text, _ = decode(raw, path, rules)
    records: list[dict[str, Any]] = []
    lines: list[int | None] = []
    errors: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(CorpusError(path, f"not a JSON object: {exc.msg}", number))
            continue
        if not isinstance(record, dict):
            errors.append(CorpusError(path, f"not a JSON object but {type(record).__name__}", number))
            continue
        records.append(record)
        lines.append(number)
    try:
        frame = pl.from_dicts(records, infer_schema_length=None) if records else pl.DataFrame()
    except (pl.exceptions.PolarsError, TypeError, ValueError) as exc:
        raise CorpusError(path, f"rows do not form a table: {exc}") from None
    return frame, lines, errors


def _frame(path: Path, rules: LoaderRules) -> tuple[pl.DataFrame, list[int | None], list[InputError]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePathError(path, f"cannot read: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _frame_jsonl(path, raw, rules)
    try:
        if suffix == ".parquet":
            frame = pl.read_parquet(io.BytesIO(raw))
            return frame, [None] * frame.height, []
        text, _ = decode(raw, path, rules)
        frame = pl.read_csv(io.BytesIO(text.encode("utf-8")), infer_schema=False)
    except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
        raise CorpusError(path, f"not a readable {suffix[1:]} file: {exc}") from None
    return frame, csv_row_lines(frame), []


def _cell_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_corpus(path: Path, columns: CorpusColumns, rules: LoaderRules, language: str) -> CorpusRead:
    """Every usable row, and an error for each bad one. A missing text column is a CorpusError for the file."""
    frame, lines, errors = _frame(path, rules)
    if frame.height == 0 and not errors:
        raise EmptyArticleError(path, "corpus file holds no rows")
    if frame.height and columns.text not in frame.columns:
        raise CorpusError(
            path, f"no {columns.text!r} column (columns: {', '.join(frame.columns)}); choose one with --text-column"
        )
    if frame.height and frame.schema[columns.text] not in (pl.String, pl.Null):
        raise CorpusError(path, f"column {columns.text!r} does not hold text ({frame.schema[columns.text]})")
    wanted = {"id": columns.id, "date": columns.date, "title": columns.title, "source": columns.source}
    wanted["url"] = columns.url
    rows: list[CorpusRow] = []
    for index, record in enumerate(frame.iter_rows(named=True)):
        number = index + 1
        line = lines[index]
        where = f"row {number}"

        def get(field: str, record: dict[str, Any] = record) -> Any:
            return record.get(wanted[field]) if wanted[field] in record else None

        text = record.get(columns.text)
        if not isinstance(text, str) or not text.strip():
            errors.append(EmptyArticleError(path, f"{where}: empty {columns.text!r}", line))
            continue
        try:
            published = parse_metadata_date(get("date"), rules, language)
        except ValueError as exc:
            errors.append(MetadataDateError(path, f"{where}: column {columns.date!r}: {exc}", line))
            continue
        rows.append(
            CorpusRow(
                row=number,
                line=line,
                id=_cell_text(get("id")),
                text=text,
                published=published,
                title=_cell_text(get("title")),
                source=_cell_text(get("source")),
                url=_cell_text(get("url")),
            )
        )
    return CorpusRead(rows=tuple(rows), errors=tuple(errors))
