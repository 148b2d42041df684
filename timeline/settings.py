"""One frozen Settings object, passed explicitly through the pipeline. No globals, no clock."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ExportFormat = Literal["csv", "json", "ics", "timelinejs", "html"]
ALL_FORMATS: tuple[ExportFormat, ...] = ("csv", "json", "ics", "timelinejs", "html")


class CorpusColumns(BaseModel):
    """Column names read from a corpus file (.jsonl, .csv, .parquet), one article per row."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = "id"
    text: str = "text"
    date: str = "date"
    title: str = "title"
    source: str = "source"
    url: str = "url"


class Settings(BaseModel):
    """Everything that changes the pipeline's behaviour. Build one, pass it to every stage."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    language: str = "en"
    # Publication date used when an article has neither metadata nor a dateline (CLI --date).
    default_date: date | None = None
    # Any article that cannot be loaded or dated is fatal instead of reported and skipped.
    strict: bool = False
    corpus_columns: CorpusColumns = Field(default_factory=CorpusColumns)
    # De-duplication strictness: a pair of mentions merges when its score reaches this (0..1).
    merge_threshold: float = 0.5
    # Granularities exported to the calendar (year-and-wider stay out by default).
    calendar_granularities: frozenset[str] = frozenset(
        {"minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter"}
    )
    calendar_name: str = "News timeline"
    formats: tuple[ExportFormat, ...] = ALL_FORMATS
