"""Frozen pydantic models passed between the pipeline's stages.

articles -> temporal expressions -> event mentions -> events -> timeline -> exports
"""

from __future__ import annotations

from datetime import date
from datetime import time as Time
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- articles


class DateSource(StrEnum):
    """Where an article's publication date came from (first found wins, in this order)."""

    FRONT_MATTER = "front_matter"  # `---` block with `date: ...`
    METADATA_LINE = "metadata_line"  # a leading ` date 2025-02-13` line
    MANIFEST = "manifest"  # articles.csv / articles.toml in the input folder
    CORPUS = "corpus"  # a column of a .jsonl/.csv/.parquet corpus
    DATELINE = "dateline"  # found in the text: "Published Feb. 13, 2025", "Feb 13 (Reuters) -", ISO date
    COMMAND_LINE = "command_line"  # --date


class Article(Frozen):
    """One news article. `text` is the whole decoded file (or corpus cell); offsets everywhere index it."""

    id: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date
    published_from: DateSource
    text: str
    # Offset where the article body starts (after front matter / a metadata line); the engine reads from here.
    body_start: int = 0


class ArticleProblem(Frozen):
    """An input that could not be loaded or dated; reported by name and skipped unless strict."""

    path: str
    line: int | None = None
    kind: str
    message: str


class LoadResult(Frozen):
    articles: tuple[Article, ...]
    problems: tuple[ArticleProblem, ...] = ()


# --------------------------------------------------------------------------- temporal expressions

Granularity = Literal[
    "minute",
    "hour",
    "part_of_day",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half_year",
    "year",
    "decade",
    "century",
    "unknown",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class Interval(Frozen):
    """Inclusive date interval covered by a value."""

    start: date
    end: date


class Timex(Frozen):
    """One temporal expression found in an article, resolved against its publication date."""

    article_id: str = ""
    start: int  # code-point offset into Article.text; text == article.text[start:end]
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2025-02-12, 2025-W07, 2024-SU, P3Y, PAST_REF, XXXX-WXX-1, ...
    mod: str | None = None  # APPROX, START, END, MID, BEFORE, AFTER, ...
    granularity: Granularity
    interval: Interval | None = None  # None for durations, sets, vague refs and unresolved values
    time: Time | None = None  # clock time when the expression had one (3 p.m., 15:30)
    rule: str  # id of the resource rule that matched
    # the date an anchored span ends on: "[two days] later" after "Feb. 5" reaches Feb. 7 (TimeML's non-consuming
    # TIMEX3 at the span's end point); same offsets and rule as the span
    reaches: Timex | None = None


# --------------------------------------------------------------------------- event mentions

AnchorRole = Literal["at", "start", "end"]
MentionKind = Literal["act", "statement", "caption", "headline"]


class EventMention(Frozen):
    """A clause anchored by a DATE/TIME expression: what happened at that time, per one sentence.

    An undated mention (`timex` None) names an event with its participants but gives no date ("Trump's call with
    Putin"): it never makes an event by itself, it only corroborates the best-matching dated event.
    """

    id: str  # stable: article id + offsets
    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    timex: Timex | None = None  # the anchoring expression; None for an undated (corroborating) mention
    anchor_role: AnchorRole = "at"  # "since 2014" anchors the start
    kind: MentionKind = "act"
    title: str  # short "who did what": "Trump and Putin hold phone call"
    predicate: str = ""  # normalized main verb/noun of the event ("call", "meet", "say")
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


# --------------------------------------------------------------------------- events and timeline


class MentionRef(Frozen):
    """A mention as cited by an event in the export."""

    mention_id: str
    article_id: str
    text: str  # the evidence sentence
    start: int
    end: int
    # The mention's own time expression; all three None when the mention is undated (it corroborates the event
    # without giving a date of its own).
    time_text: str | None = None
    time_start: int | None = None
    time_end: int | None = None
    rule: str = ""


class Conflict(Frozen):
    """A date that some mentions of an event gave and that lost to the best-supported one."""

    timex: str
    start: date
    end: date
    mention_ids: tuple[str, ...]
    note: str = ""


class Event(Frozen):
    id: str  # hash of the event key, stable across runs
    title: str
    start: date  # inclusive
    end: date  # inclusive
    granularity: Granularity
    timex: str
    mod: str | None = None
    time: Time | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # article ids
    mentions: tuple[MentionRef, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    merge_reasons: tuple[str, ...] = ()  # why mentions were merged (explainable de-duplication)


class ArticleRef(Frozen):
    id: str
    path: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date
    published_from: DateSource


class GeneratedFrom(Frozen):
    inputs: tuple[str, ...]
    article_count: int
    latest_published: date | None
    settings: dict[str, object] = {}
    problems: tuple[ArticleProblem, ...] = ()


class Timeline(Frozen):
    schema_version: str = SCHEMA_VERSION
    generated_from: GeneratedFrom
    articles: tuple[ArticleRef, ...]
    events: tuple[Event, ...]
