"""timeline.html: self-contained viewer, data embedded as script-safe JSON, strict CSP, no network."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

import pytest
from export_fixtures import HOSTILE_TITLE, empty_timeline, rich_timeline

from timeline.export.html import render_html, script_safe_json
from timeline.settings import Settings

TIMELINE = rich_timeline()
PAGE = render_html(TIMELINE, Settings()).decode("utf-8")
DATA_BLOCK = re.compile(r'<script type="application/json" id="timeline-data">(?P<data>.*?)</script>', re.S)


def _data(page: str) -> dict[str, Any]:
    found = DATA_BLOCK.search(page)
    assert found is not None
    loaded: dict[str, Any] = json.loads(found.group("data"))
    return loaded


@pytest.mark.parametrize(
    "text, escaped",
    [
        (
            "</script><script>alert(1)</script>",
            "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        ),
        ("<!-- comment", "\\u003c!-- comment"),
        ("a & b", "a \\u0026 b"),
        ("line\u2028separator\u2029para", "line\\u2028separator\\u2029para"),
        ("plain “quotes” ü", "plain “quotes” ü"),
    ],
    ids=["script-close", "html-comment", "ampersand", "line-separators", "unicode-kept"],
)
def test_html_script_safe_json_table(text: str, escaped: str) -> None:
    out = script_safe_json({"t": text})
    assert out == '{"t":"' + escaped + '"}'
    assert json.loads(out) == {"t": text}


def test_html_embedded_data_round_trips_every_event() -> None:
    data = _data(PAGE)
    assert [e["id"] for e in data["events"]] == [e.id for e in TIMELINE.events]
    assert [e["title"] for e in data["events"]] == [" ".join(e.title.split()) for e in TIMELINE.events]
    hostile = next(e for e in data["events"] if e["id"] == "ev-hostile")
    assert hostile["title"] == " ".join(HOSTILE_TITLE.split())


def test_html_hostile_text_cannot_close_the_data_block() -> None:
    block = DATA_BLOCK.search(PAGE)
    assert block is not None
    assert "<" not in block.group("data") and ">" not in block.group("data")
    assert PAGE.count("<script") == 2 and PAGE.count("</script>") == 2


def test_html_is_self_contained_with_strict_csp() -> None:
    assert not re.search(r"<(link|img|iframe|object|embed)\b", PAGE)
    assert not re.search(r"<script[^>]*\bsrc=", PAGE)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="(?P<csp>[^"]*)"', PAGE)
    assert csp is not None
    policy = csp.group("csp").replace("&#x27;", "'")
    assert "default-src 'none'" in policy
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(?P<body>.*?)</{tag}>", PAGE, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group("body").encode("utf-8")).digest()).decode("ascii")
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_html_links_only_http_sources() -> None:
    data = _data(PAGE)
    urls = {s["id"]: s["url"] for e in data["events"] for s in e["sources"]}
    assert urls == {"a1": "https://news.example/a1?x=1&y=2", "a2": None, "a3": None}
    assert "javascript:" not in PAGE


def test_html_title_is_escaped_in_static_markup() -> None:
    page = render_html(TIMELINE, Settings(calendar_name="<b>Crisis</b> & talks")).decode("utf-8")
    assert "<title>&lt;b&gt;Crisis&lt;/b&gt; &amp; talks</title>" in page
    assert "<h1>&lt;b&gt;Crisis&lt;/b&gt; &amp; talks</h1>" in page


def test_html_empty_timeline_renders() -> None:
    page = render_html(empty_timeline(), Settings()).decode("utf-8")
    assert _data(page)["events"] == []


def test_html_same_input_same_bytes() -> None:
    assert render_html(rich_timeline(), Settings()) == render_html(rich_timeline(), Settings())
