"""timeline.json: deterministic bytes, and every export validates against the shipped JSON Schema."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from timeline.export.json import SCHEMA_ID, json_schema, render_json
from timeline.models import (
    ArticleProblem,
    ArticleRef,
    Conflict,
    DateSource,
    Event,
    GeneratedFrom,
    MentionRef,
    Timeline,
)

SHIPPED = Path(__file__).resolve().parent.parent / "timeline" / "schema" / "timeline.schema.json"


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A draft 2020-12 validator that also checks formats (date, time)."""
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def ref(mention_id: str, article: str) -> MentionRef:
    return MentionRef(
        mention_id=mention_id,
        article_id=article,
        text="Trump and Putin hold a phone call on Wednesday — “productive”.",
        start=10,
        end=72,
        time_text="Wednesday",
        time_start=52,
        time_end=61,
        rule="weekday",
    )


def article(aid: str) -> ArticleRef:
    return ArticleRef(
        id=aid, path=f"{aid}.txt", published=date(2025, 2, 13), published_from=DateSource.FRONT_MATTER, title="Á"
    )


def timeline(events: tuple[Event, ...], problems: tuple[ArticleProblem, ...] = ()) -> Timeline:
    articles = tuple(sorted({s for e in events for s in e.sources}))
    return Timeline(
        generated_from=GeneratedFrom(
            inputs=("seeds/",),
            article_count=len(articles),
            latest_published=date(2025, 2, 13) if articles else None,
            settings={"language": "en", "merge_threshold": 0.5},
            problems=problems,
        ),
        articles=tuple(article(a) for a in articles),
        events=events,
    )


CALL = Event(
    id="0123456789abcdef",
    title="Trump and Putin hold phone call",
    start=date(2025, 2, 12),
    end=date(2025, 2, 12),
    granularity="day",
    timex="2025-02-12",
    time=time(15, 30),
    actors=("Trump", "Putin"),
    places=("Washington",),
    sources=("ap", "bbc"),
    mentions=(ref("ap:1", "ap"), ref("bbc:1", "bbc"), ref("bbc:2", "bbc")),
    conflicts=(
        Conflict(
            timex="2025-02-11",
            start=date(2025, 2, 11),
            end=date(2025, 2, 11),
            mention_ids=("bbc:2",),
            note="1 mention gives 2025-02-11",
        ),
    ),
    confidence=0.66,
    merge_reasons=("same day 2025-02-12; predicate call",),
)
WEEK = Event(
    id="fedcba9876543210",
    title="Talks continue",
    start=date(2025, 2, 3),
    end=date(2025, 2, 9),
    granularity="week",
    timex="2025-W06",
    mod="START",
    sources=("ap",),
    mentions=(ref("ap:0", "ap"),),
)
BARE = Event(
    id="00000000000000aa", title="", start=date(1999, 1, 1), end=date(1999, 12, 31), granularity="year", timex="1999"
)

TIMELINE_CASES = [
    pytest.param(timeline(()), id="empty"),
    pytest.param(timeline((CALL,)), id="conflict-and-time"),
    pytest.param(timeline((CALL, WEEK, BARE)), id="mixed-granularities-and-empty-lists"),
    pytest.param(
        timeline((WEEK,), problems=(ArticleProblem(path="bad.bin", kind="binary", message="not text"),)),
        id="with-problems",
    ),
]


@pytest.mark.parametrize("tl", TIMELINE_CASES)
def test_json_export_validates_against_schema(tl: Timeline) -> None:
    data = json.loads(render_json(tl))
    validator(json_schema()).validate(data)
    validator(json.loads(SHIPPED.read_text(encoding="utf-8"))).validate(data)


@pytest.mark.parametrize("tl", TIMELINE_CASES)
def test_json_export_round_trips_to_model(tl: Timeline) -> None:
    assert Timeline.model_validate_json(render_json(tl)) == tl.model_copy(
        update={"events": tuple(sorted(tl.events, key=lambda e: (e.start, e.end, e.title, e.id)))}
    )


INVALID_CASES = [
    pytest.param(lambda d: d["events"][0].update(start="12/02/2025"), id="start-not-a-date-string"),
    pytest.param(lambda d: d["events"][0].pop("id"), id="event-without-id"),
    pytest.param(lambda d: d["events"][0].update(confidence=1.5), id="confidence-above-one"),
    pytest.param(lambda d: d["events"][0].update(granularity="fortnight"), id="unknown-granularity"),
    # time_text may be null (an undated, corroborating mention) but must not be a number; the evidence text is required
    pytest.param(lambda d: d["events"][0]["mentions"][0].update(time_text=5), id="mention-time-text-not-text"),
    pytest.param(lambda d: d["events"][0]["mentions"][0].pop("text"), id="mention-without-text"),
    pytest.param(lambda d: d.update(extra=1), id="unknown-top-level-key"),
]


@pytest.mark.parametrize("mutate", INVALID_CASES)
def test_json_export_schema_rejects_broken(mutate: Any) -> None:
    data = json.loads(render_json(timeline((CALL,))))
    mutate(data)
    assert list(validator(json_schema()).iter_errors(data))


def test_json_export_shipped_schema_is_current() -> None:
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped == json_schema(), "stale: run `timeline schema > timeline/schema/timeline.schema.json`"


def test_json_export_schema_is_draft_2020_12_with_stable_id() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID == "https://timeline.example/schema/timeline-1.0.schema.json"


def test_json_export_layout() -> None:
    raw = render_json(timeline((CALL, WEEK, BARE)))
    text = raw.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "events": [' in text  # indent 2
    assert "“productive”" in text  # UTF-8, not \u escapes
    data = json.loads(text)
    assert list(data) == ["schema_version", "generated_from", "articles", "events"]
    assert [e["start"] for e in data["events"]] == ["1999-01-01", "2025-02-03", "2025-02-12"]
    call = data["events"][2]
    assert (call["start"], call["end"], call["time"]) == ("2025-02-12", "2025-02-12", "15:30:00")
    for key in ("id", "title", "granularity", "timex", "mod", "actors", "places", "sources", "conflicts", "confidence"):
        assert key in call
    assert set(call["mentions"][0]) >= {"article_id", "text", "start", "end", "time_text", "time_start", "time_end"}


def test_json_export_deterministic_bytes_any_event_order() -> None:
    first = render_json(timeline((CALL, WEEK, BARE)))
    second = render_json(timeline((BARE, CALL, WEEK)))
    assert first == second


NAIVE_TIME_CASES = [
    pytest.param("15:30:00", True, id="seconds"),
    pytest.param("15:30:00.250000", True, id="microseconds"),
    pytest.param("3pm", False, id="words"),
]


@pytest.mark.parametrize(("value", "valid"), NAIVE_TIME_CASES)
def test_json_export_naive_time_validates_with_format_checker(value: str, valid: bool) -> None:
    data = json.loads(render_json(timeline((CALL,))))
    data["events"][0]["time"] = value
    assert validator(json_schema()).is_valid(data) is valid


def test_json_export_seeds_validate() -> None:
    from timeline.pipeline import run
    from timeline.settings import Settings

    tl = run([str(SHIPPED.parents[2] / "seeds")], Settings())
    data = json.loads(render_json(tl))
    validator(json_schema()).validate(data)
    assert data["events"] and all(e["mentions"] and e["sources"] for e in data["events"])
