"""Output formats of `timeline tag`: JSON and TimeML (inline TIMEX3), read back by the evaluation harness."""

from __future__ import annotations

import json
from datetime import date
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import ExportError
from timeline.evaluate.timeml import parse_timeml
from timeline.models import Article, DateSource, Interval, Timex
from timeline.temporal.output import render_tag_json, render_timeml

PUBLISHED = date(2025, 2, 12)


def article(text: str, id_: str = "a1", title: str | None = None) -> Article:
    return Article(
        id=id_,
        path=f"in/{id_}.txt",
        title=title,
        published=PUBLISHED,
        published_from=DateSource.COMMAND_LINE,
        text=text,
    )


def timex(
    text: str,
    needle: str,
    value: str = "2025-02-12",
    type_: str = "DATE",
    mod: str | None = None,
    interval: Interval | None = None,
    occurrence: int = 0,
) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Timex(
        start=start,
        end=start + len(needle),
        text=needle,
        type=type_,
        value=value,
        mod=mod,
        granularity="day",
        interval=interval,
        rule="test.rule",
    )


TEXT = "Trump & Putin spoke <on> Wednesday; talks begin next month, “early” March."
WED = timex(TEXT, "Wednesday", interval=Interval(start=date(2025, 2, 12), end=date(2025, 2, 12)))
NEXT_MONTH = timex(TEXT, "next month", value="2025-03", mod="START")
MARCH = timex(TEXT, "March", value="2025-03", type_="DATE")


# --------------------------------------------------------------------------- JSON


def test_tag_json_fields_and_values() -> None:
    data = json.loads(render_tag_json([(article(TEXT), [WED, NEXT_MONTH])]))
    (a,) = data["articles"]
    assert (a["id"], a["path"], a["published"]) == ("a1", "in/a1.txt", "2025-02-12")
    assert a["timexes"][0] == {
        "start": WED.start,
        "end": WED.end,
        "text": "Wednesday",
        "type": "DATE",
        "value": "2025-02-12",
        "mod": None,
        "granularity": "day",
        "interval": {"start": "2025-02-12", "end": "2025-02-12"},
        "rule": "test.rule",
        "reaches": None,
    }
    assert a["timexes"][1]["mod"] == "START"
    assert a["timexes"][1]["interval"] is None


def test_tag_json_offsets_slice_back() -> None:
    art = article(TEXT)
    data = json.loads(render_tag_json([(art, [MARCH, WED, NEXT_MONTH])]))
    for t in data["articles"][0]["timexes"]:
        assert art.text[t["start"] : t["end"]] == t["text"]


def test_tag_json_sorted_and_deterministic() -> None:
    first = render_tag_json([(article(TEXT, "b"), [MARCH, WED]), (article(TEXT, "a"), [NEXT_MONTH])])
    second = render_tag_json([(article(TEXT, "a"), [NEXT_MONTH]), (article(TEXT, "b"), [WED, MARCH])])
    assert first == second
    data = json.loads(first)
    assert [a["id"] for a in data["articles"]] == ["a", "b"]
    assert [t["text"] for t in data["articles"][1]["timexes"]] == ["Wednesday", "March"]


def test_tag_json_utf8_not_ascii_escaped_indented_trailing_newline() -> None:
    text = "Réunion le “mardi”"
    out = render_tag_json([(article(text), [timex(text, "“mardi”")])])
    assert "“mardi”" in out
    assert "\\u" not in out
    assert out.endswith("}\n")
    assert out.startswith('{\n  "articles": [')


def test_tag_json_no_articles() -> None:
    assert json.loads(render_tag_json([])) == {"articles": []}


# --------------------------------------------------------------------------- TimeML


def test_timeml_inline_tags_and_escaping() -> None:
    out = render_timeml(article(TEXT), [WED, NEXT_MONTH])
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>a1</DOCID>\n')
    assert (
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-12" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2025-02-12</TIMEX3></DCT>'
    ) in out
    assert "Trump &amp; Putin spoke &lt;on&gt; " in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2025-02-12">Wednesday</TIMEX3>' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="2025-03" mod="START">next month</TIMEX3>' in out
    assert out.endswith("</TEXT>\n</TimeML>\n")
    ET.fromstring(out.encode("utf-8"))  # well-formed


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("a < b & c > d on Friday & more", "Friday"),
        ("AT&T said <b>Friday</b>", "<b>Friday</b>"),
        ("]]> end of 2024", "2024"),
        ('quote " and \' in "Friday"', '"Friday"'),
    ],
    ids=["lt-amp-gt", "markup-like-text", "cdata-end", "quotes"],
)
def test_timeml_escaping_round_trip(text: str, needle: str) -> None:
    t = timex(text, needle)
    doc = parse_timeml(render_timeml(article(text), [t]))
    assert doc.text == text
    (gold,) = doc.timexes
    assert (gold.start, gold.end, gold.text) == (t.start, t.end, needle)


def test_timeml_title_written_and_escaped() -> None:
    out = render_timeml(article("x", title="Q&A <live>"), [])
    assert "<TITLE>Q&amp;A &lt;live&gt;</TITLE>" in out


def test_timeml_round_trip_spans_values_types_mods() -> None:
    art = article(TEXT)
    timexes = [MARCH, WED, NEXT_MONTH, timex(TEXT, "talks", value="P1M", type_="DURATION")]
    doc = parse_timeml(render_timeml(art, timexes), "out.tml")
    assert doc.text == art.text
    assert doc.dct == art.published
    assert doc.doc_id == art.id
    got = [(g.start, g.end, g.text, g.type, g.value, g.mod) for g in doc.timexes]
    want = sorted((t.start, t.end, t.text, t.type, t.value, t.mod) for t in timexes)
    assert got == want
    assert [g.tid for g in doc.timexes] == ["t1", "t2", "t3", "t4"]


def test_timeml_carriage_returns_survive_round_trip() -> None:
    text = "Line one\r\non Friday\rand\n Monday"
    timexes = [timex(text, "Friday"), timex(text, "Monday")]
    doc = parse_timeml(render_timeml(article(text), timexes))
    assert doc.text == text
    assert [(g.start, g.end) for g in doc.timexes] == [(t.start, t.end) for t in timexes]


def test_timeml_invalid_xml_characters_replaced_offsets_kept() -> None:
    text = "a\x00b\x0c on Friday \x1f."
    t = timex(text, "Friday")
    doc = parse_timeml(render_timeml(article(text), [t]))
    assert doc.text == "a\ufffdb\ufffd on Friday \ufffd."
    assert (doc.timexes[0].start, doc.timexes[0].end) == (t.start, t.end)


def test_timeml_overlapping_expressions_raise() -> None:
    text = "on Friday morning"
    with pytest.raises(ExportError, match="overlap"):
        render_timeml(article(text), [timex(text, "Friday morning"), timex(text, "Friday")])


def test_timeml_offsets_not_matching_text_raise() -> None:
    text = "on Friday"
    bad = timex(text, "Friday").model_copy(update={"text": "Monday"})
    with pytest.raises(ExportError, match="does not match"):
        render_timeml(article(text), [bad])


def test_timeml_no_expressions_is_plain_text() -> None:
    doc = parse_timeml(render_timeml(article("Nothing & nobody."), []))
    assert doc.text == "Nothing & nobody."
    assert doc.timexes == ()


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(max_size=80))
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=8)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_timeml_round_trip_any_text(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    art = article(text)
    timexes = [
        Timex(start=a, end=b, text=text[a:b], type="DATE", value=f"v{a}&<{b}>", granularity="day", rule="r")
        for a, b in spans
    ]
    doc = parse_timeml(render_timeml(art, timexes))
    assert len(doc.text) == len(text)
    assert [(g.start, g.end, g.value) for g in doc.timexes] == [(t.start, t.end, t.value) for t in timexes]
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text


def test_timeml_anchored_span_has_non_consuming_end_point_not_scored_on_read() -> None:
    text = "It passed on Feb. 5 and the Senate two days later."
    art = article(text)
    reached = timex(text, "two days", value="2025-02-07")
    span = timex(text, "two days", value="P2D", type_="DURATION").model_copy(update={"reaches": reached})
    out = render_timeml(art, [timex(text, "Feb. 5", value="2025-02-05"), span])
    assert (
        '<TIMEX3 tid="t2" type="DURATION" value="P2D" endPoint="t3">two days</TIMEX3>'
        '<TIMEX3 tid="t3" type="DATE" value="2025-02-07" temporalFunction="true"/> later.'
    ) in out
    doc = parse_timeml(out, "out.tml")
    assert doc.text == text
    assert [(g.tid, g.text, g.value) for g in doc.timexes] == [
        ("t1", "Feb. 5", "2025-02-05"),
        ("t2", "two days", "P2D"),
    ]


def test_tag_json_reaches_of_anchored_span() -> None:
    text = "It passed on Feb. 5 and the Senate two days later."
    day = date(2025, 2, 7)
    reached = timex(text, "two days", value="2025-02-07", interval=Interval(start=day, end=day))
    span = timex(text, "two days", value="P2D", type_="DURATION").model_copy(update={"reaches": reached})
    data = json.loads(render_tag_json([(article(text), [span])]))
    got = data["articles"][0]["timexes"][0]
    assert got["value"] == "P2D"
    assert got["reaches"]["value"] == "2025-02-07"
    assert got["reaches"]["interval"] == {"start": "2025-02-07", "end": "2025-02-07"}
