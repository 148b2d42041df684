"""Manifests (`articles.csv` / `articles.toml` in an input folder): per-file id, date, title, source, url."""

from __future__ import annotations

import io
import re
import tomllib
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
from pydantic import BaseModel, ConfigDict

from timeline.articles.dates import parse_metadata_date
from timeline.articles.decode import decode
from timeline.articles.resources import LoaderRules
from timeline.errors import InputError, ManifestError, MetadataDateError, UnreadablePathError


class ManifestEntry(BaseModel):
    """One manifest row: the metadata it gives for one file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str  # resolved path of the article file it describes
    listed: str  # the same path as written: the manifest's folder joined with the row's file name
    manifest: str  # the manifest's path, as found
    line: int | None
    id: str | None = None
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


class ManifestRead(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    entries: tuple[ManifestEntry, ...] = ()
    errors: tuple[InputError, ...] = ()
    # Resolved paths of existing files whose row is bad: they are skipped, not dated some other way.
    rejected: frozenset[str] = frozenset()


def is_manifest(path: Path, rules: LoaderRules) -> bool:
    return path.name.lower() in rules.manifest_names


def _column(names: Sequence[str], aliases: Sequence[str]) -> str | None:
    lowered = {name.strip().lower(): name for name in names}
    return next((lowered[a] for a in aliases if a in lowered), None)


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _rows_from_csv(path: Path, raw: bytes, rules: LoaderRules) -> tuple[list[dict[str, Any]], list[int | None]]:
    text, _ = decode(raw, path, rules)
    try:
        frame = pl.read_csv(io.BytesIO(text.encode("utf-8")), infer_schema=False)
    except (pl.exceptions.PolarsError, ValueError) as exc:
        raise ManifestError(path, f"not a readable CSV manifest: {exc}") from None
    return frame.to_dicts(), csv_row_lines(frame)


def csv_row_lines(frame: pl.DataFrame) -> list[int | None]:
    """The file line each row starts on (header on line 1), counting newlines held inside quoted cells."""
    if frame.height == 0:
        return []
    text_columns = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    if not text_columns:
        return [i + 2 for i in range(frame.height)]
    extra = frame.select(
        pl.sum_horizontal([pl.col(c).str.count_matches("\n").fill_null(0) for c in text_columns]).alias("n")
    )["n"].to_list()
    lines: list[int | None] = []
    line = 2
    for newlines in extra:
        lines.append(line)
        line += 1 + int(newlines)
    return lines


def _rows_from_toml(path: Path, raw: bytes, rules: LoaderRules) -> tuple[list[dict[str, Any]], list[int | None]]:
    text, _ = decode(raw, path, rules)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(path, f"not valid TOML: {exc}") from None
    rows = data.get(rules.manifest_toml_table)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ManifestError(path, f"expected an array of tables [[{rules.manifest_toml_table}]]")
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(rules.manifest_toml_table)}[ \t]*\]\]", re.M)
    starts = [text.count("\n", 0, m.start()) + 1 for m in header.finditer(text)]
    lines: list[int | None] = list(starts) if len(starts) == len(rows) else [None] * len(rows)
    return rows, lines


def _entry(
    row: Mapping[str, Any],
    line: int | None,
    path: Path,
    columns: Mapping[str, str | None],
    rules: LoaderRules,
    language: str,
) -> ManifestEntry:
    def get(field: str) -> Any:
        column = columns.get(field)
        return None if column is None else row.get(column)

    name = _text(get("file"))
    if name is None:
        raise ManifestError(path, "row names no file", line)
    target = path.parent / name
    if not target.is_file():
        raise ManifestError(path, f"row names a missing file: {name}", line)
    try:
        published = parse_metadata_date(get("published"), rules, language)
    except ValueError as exc:
        raise MetadataDateError(path, f"manifest date for {name}: {exc}", line) from None
    return ManifestEntry(
        file=str(target.resolve()),
        listed=str(target),
        manifest=str(path),
        line=line,
        id=_text(get("id")),
        published=published,
        title=_text(get("title")),
        source=_text(get("source")),
        url=_text(get("url")),
    )


def read_manifest(path: Path, rules: LoaderRules, language: str) -> ManifestRead:
    """Every valid row of the manifest, and an error for each bad one (file-level errors are raised)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePathError(path, f"cannot read manifest: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".toml":
        rows, lines = _rows_from_toml(path, raw, rules)
    else:
        rows, lines = _rows_from_csv(path, raw, rules)
    names = sorted({key for row in rows for key in row})
    columns = {field: _column(names, aliases) for field, aliases in rules.manifest_columns.items()}
    if columns.get("file") is None and rows:
        raise ManifestError(path, f"no file column (one of: {', '.join(rules.manifest_columns['file'])})")
    entries: list[ManifestEntry] = []
    errors: list[InputError] = []
    rejected: set[str] = set()
    seen: dict[str, int | None] = {}
    for row, line in zip(rows, lines, strict=True):
        try:
            entry = _entry(row, line, path, columns, rules, language)
        except InputError as exc:
            errors.append(exc)
            name = _text(row.get(columns["file"] or ""))
            if name is not None and (path.parent / name).is_file():
                rejected.add(str((path.parent / name).resolve()))
            continue
        if entry.file in seen:
            errors.append(ManifestError(path, f"file described twice (first on line {seen[entry.file]})", line))
            continue
        seen[entry.file] = line
        entries.append(entry)
    return ManifestRead(entries=tuple(entries), errors=tuple(errors), rejected=frozenset(rejected))
