"""timeline.timelinejs.json: the Knight Lab TimelineJS 3 format, escaped HTML text; loads in the real library."""

from __future__ import annotations

import json
import re
from datetime import date, time
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from clients import CHROMIUM, dump_dom, require_tool, serve_folder, timelinejs_dist, timelinejs_site
from export_fixtures import HOSTILE_TITLE, event, rich_timeline

from timeline.export.timelinejs import date_objects, render_timelinejs
from timeline.settings import Settings

TIMELINE = rich_timeline()
SETTINGS = Settings()
DOC: dict[str, Any] = json.loads(render_timelinejs(TIMELINE, SETTINGS))
SLIDES = {slide["unique_id"]: slide for slide in DOC["events"]}


@pytest.mark.parametrize(
    "granularity, start, end, at, expected_start, expected_end",
    [
        ("day", date(2025, 2, 12), date(2025, 2, 12), None, {"year": 2025, "month": 2, "day": 12}, None),
        (
            "minute",
            date(2025, 2, 12),
            date(2025, 2, 12),
            time(15, 30),
            {"year": 2025, "month": 2, "day": 12, "hour": 15, "minute": 30},
            None,
        ),
        (
            "week",
            date(2025, 2, 10),
            date(2025, 2, 16),
            None,
            {"year": 2025, "month": 2, "day": 10},
            {"year": 2025, "month": 2, "day": 16},
        ),
        ("month", date(2025, 3, 1), date(2025, 3, 31), None, {"year": 2025, "month": 3}, None),
        (
            "quarter",
            date(2025, 1, 1),
            date(2025, 3, 31),
            None,
            {"year": 2025, "month": 1, "day": 1},
            {"year": 2025, "month": 3, "day": 31},
        ),
        ("year", date(2022, 1, 1), date(2022, 12, 31), None, {"year": 2022}, None),
        ("decade", date(2010, 1, 1), date(2019, 12, 31), None, {"year": 2010}, {"year": 2019}),
    ],
    ids=["day", "minute", "week", "month", "quarter", "year", "decade"],
)
def test_timelinejs_date_objects_table(
    granularity: str,
    start: date,
    end: date,
    at: time | None,
    expected_start: dict[str, int],
    expected_end: dict[str, int] | None,
) -> None:
    assert date_objects(event("e", "t", start, end, granularity, at=at)) == (expected_start, expected_end)


def test_timelinejs_top_level_follows_the_format() -> None:
    assert set(DOC) == {"scale", "title", "events"}
    assert DOC["scale"] == "human"
    assert "start_date" not in DOC["title"], "the title is a slide without a date"
    assert DOC["title"]["text"]["headline"] == "News timeline"
    assert "13 events from 3 articles" in DOC["title"]["text"]["text"]


def test_timelinejs_every_event_is_a_slide_with_numeric_dates_text_and_unique_id() -> None:
    assert [s["unique_id"] for s in DOC["events"]] == [e.id for e in TIMELINE.events]
    for slide in DOC["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert all(isinstance(v, int) for v in slide["start_date"].values())
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["text"]["headline"]


def test_timelinejs_group_is_the_first_source_publisher() -> None:
    assert SLIDES["ev-day-call"]["group"] == "Wire Service"
    assert SLIDES["ev-hostile"]["group"] == "a2", "no publisher: the article id"


def test_timelinejs_text_is_escaped_html() -> None:
    headline = SLIDES["ev-hostile"]["text"]["headline"]
    assert "<script>" not in headline and "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in headline
    assert "&lt;b&gt;bold&lt;/b&gt;" in headline
    assert "<script" not in render_timelinejs(TIMELINE, SETTINGS).decode("utf-8")


def test_timelinejs_links_only_http_sources() -> None:
    text = SLIDES["ev-day-call"]["text"]["text"]
    assert re.findall(r'href="([^"]*)"', text) == ["https://news.example/a1?x=1&amp;y=2"]
    assert "javascript:" not in render_timelinejs(TIMELINE, SETTINGS).decode("utf-8")


def test_timelinejs_same_input_same_bytes() -> None:
    assert render_timelinejs(rich_timeline(), Settings()) == render_timelinejs(rich_timeline(), Settings())


@pytest.mark.clients
def test_timelinejs_loads_in_the_real_timelinejs_library_in_chromium(tmp_path: Path) -> None:
    chromium = require_tool(CHROMIUM)
    site = timelinejs_site(tmp_path / "site", render_timelinejs(TIMELINE, SETTINGS), timelinejs_dist())
    with serve_folder(site) as base:
        dom = dump_dom(f"{base}/index.html", tmp_path, binary=chromium)
    assert f'data-loaded="{len(TIMELINE.events)}"' in dom, "TimelineJS loaded every event"
    headlines = [unescape(h) for h in re.findall(r'<h2 class="tl-headline[^"]*">(.*?)</h2>', dom)]
    titles = [" ".join(e.title.split()) for e in TIMELINE.events]
    assert headlines[: len(titles) + 1] == ["News timeline", *titles], "title slide, then one slide per event"
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in dom, "the hostile title is shown as text"
    assert "<script>alert(1)" not in dom
    assert " ".join(HOSTILE_TITLE.split()) in headlines
