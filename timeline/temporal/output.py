"""Output formats of `timeline tag`: JSON of every expression, and TempEval-3 compatible TimeML."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import ExportError
from timeline.models import Article, Timex

# Code points XML 1.0 does not allow (outside Char); written as U+FFFD so that offsets stay the same.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A literal carriage return would be normalized away by any XML parser: write it as a reference.
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTR_ENTITIES = {"\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
_REPLACEMENT = "\ufffd"


def _sorted(timexes: Sequence[Timex]) -> list[Timex]:
    return sorted(timexes, key=lambda t: (t.start, t.end, t.type, t.value, t.rule))


def timex_dict(t: Timex) -> dict[str, object]:
    """One expression as the JSON object of `timeline tag`; `reaches` is the date an anchored span ends on
    ("[two days] later" after "Feb. 5": {"type": "DATE", "value": "2025-02-07", ...}), else null."""
    return {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        **_value_dict(t),
        "rule": t.rule,
        "reaches": _value_dict(t.reaches) if t.reaches is not None else None,
    }


def _value_dict(t: Timex) -> dict[str, object]:
    interval = t.interval
    return {
        "type": t.type,
        "value": t.value,
        "mod": t.mod,
        "granularity": t.granularity,
        "interval": {"start": interval.start.isoformat(), "end": interval.end.isoformat()} if interval else None,
    }


def render_tag_json(tagged: Sequence[tuple[Article, Sequence[Timex]]]) -> str:
    """`{"articles": [{id, path, published, timexes: [...]}]}`, articles by id, expressions by offset."""
    articles = [
        {
            "id": article.id,
            "path": article.path,
            "published": article.published.isoformat(),
            "timexes": [timex_dict(t) for t in _sorted(timexes)],
        }
        for article, timexes in sorted(tagged, key=lambda pair: (pair[0].id, pair[0].path))
    ]
    return json.dumps({"articles": articles}, ensure_ascii=False, indent=2) + "\n"


def _xml_text(text: str) -> str:
    return escape(_NOT_XML_CHAR.sub(_REPLACEMENT, text), _TEXT_ENTITIES)


def _xml_attr(value: str) -> str:
    return quoteattr(_NOT_XML_CHAR.sub(_REPLACEMENT, value), _ATTR_ENTITIES)


def _check(article: Article, timexes: Sequence[Timex]) -> None:
    previous: Timex | None = None
    for t in timexes:
        if not 0 <= t.start <= t.end <= len(article.text) or article.text[t.start : t.end] != t.text:
            raise ExportError(f"{article.id}: expression {t.text!r} at {t.start}-{t.end} does not match the text")
        if previous is not None and t.start < previous.end:
            raise ExportError(
                f"{article.id}: expressions overlap and cannot be inline TIMEX3 tags: "
                f"{previous.text!r} at {previous.start}-{previous.end} and {t.text!r} at {t.start}-{t.end}"
            )
        previous = t


def _timex_attrs(tid: str, t: Timex, extra: Sequence[tuple[str, str]] = ()) -> str:
    attrs = [("tid", tid), ("type", t.type), ("value", t.value)]
    if t.mod:
        attrs.append(("mod", t.mod))
    attrs.extend(extra)
    return "<TIMEX3 " + " ".join(f"{name}={_xml_attr(value)}" for name, value in attrs)


def render_timeml(article: Article, timexes: Sequence[Timex]) -> str:
    """The article as a TimeML document: DOCID, DCT (its publication date), TITLE if any, and TEXT holding the
    whole article text with an inline TIMEX3 tag per expression (tids t1, t2... in text order); an anchored span
    ("[two days] later") is followed by a non-consuming TIMEX3 for the date it reaches, named by the span's endPoint.

    Offsets survive a round trip: the TEXT element's character data is exactly `article.text` (code points
    that XML cannot hold are written as U+FFFD). Raises ExportError for overlapping expressions or offsets
    that do not match the text.
    """
    ordered = _sorted(timexes)
    _check(article, ordered)
    published = article.published.isoformat()
    parts: list[str] = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
        f"<DOCID>{_xml_text(article.id)}</DOCID>\n",
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{published}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{published}</TIMEX3></DCT>\n',
    ]
    if article.title:
        parts.append(f"<TITLE>{_xml_text(article.title)}</TITLE>\n")
    parts.append("<TEXT>")
    pos = 0
    n = 0
    for t in ordered:
        n += 1
        parts.append(_xml_text(article.text[pos : t.start]))
        # an anchored span's end point follows it as a non-consuming TIMEX3 (TimeML's way to anchor a span)
        end_point = [("endPoint", f"t{n + 1}")] if t.reaches is not None else []
        parts.append(_timex_attrs(f"t{n}", t, end_point) + ">")
        parts.append(_xml_text(t.text))
        parts.append("</TIMEX3>")
        if t.reaches is not None:
            n += 1
            parts.append(_timex_attrs(f"t{n}", t.reaches, [("temporalFunction", "true")]) + "/>")
        pos = t.end
    parts.append(_xml_text(article.text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
