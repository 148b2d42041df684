"""timeline.json: the Timeline model as JSON, and its JSON Schema (draft 2020-12).

The schema is generated from the pydantic `Timeline` model and shipped as `timeline/schema/timeline.schema.json`
(regenerate with `timeline schema > timeline/schema/timeline.schema.json`; a test keeps it equal to
`json_schema()`). Its `$id` names the schema version: SCHEMA_ID below, bumped with `SCHEMA_VERSION`.
"""

from __future__ import annotations

import json
from typing import Any

from timeline.models import SCHEMA_VERSION, Timeline

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"https://timeline.example/schema/timeline-{SCHEMA_VERSION}.schema.json"


def timeline_dict(timeline: Timeline) -> dict[str, Any]:
    """The JSON-ready dict of a timeline, events sorted by (start, end, title, id)."""
    events = sorted(timeline.events, key=lambda e: (e.start, e.end, e.title, e.id))
    ordered = timeline.model_copy(update={"events": tuple(events)})
    data: dict[str, Any] = ordered.model_dump(mode="json")
    return data


def render_json(timeline: Timeline) -> bytes:
    """timeline.json bytes: model field order, indent 2, UTF-8 (not escaped), trailing newline. Deterministic."""
    return (json.dumps(timeline_dict(timeline), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# pydantic labels a naive `datetime.time` with format "time", but JSON Schema's "time" is RFC 3339 full-time, which
# requires a UTC offset ("15:30:00Z"); event times are naive wall-clock times ("15:30:00"), so they get a pattern.
NAIVE_TIME_PATTERN = r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"


def _naive_times(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _naive_times(v) for k, v in node.items()}
        if out.get("format") == "time":
            del out["format"]
            out["pattern"] = NAIVE_TIME_PATTERN
        return out
    if isinstance(node, list):
        return [_naive_times(v) for v in node]
    return node


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of timeline.json, generated from the pydantic Timeline model."""
    generated: dict[str, Any] = _naive_times(Timeline.model_json_schema(mode="serialization"))
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID, **generated}
