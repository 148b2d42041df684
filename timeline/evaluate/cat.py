"""Reading NewsReader MEANTIME / CAT XML (tokenized text, TIMEX3 markables anchored to tokens) for scoring.

A CAT document is a list of ``<token t_id sentence>`` elements and ``<Markables>`` whose ``<TIMEX3>`` point at
tokens through ``<token_anchor t_id>``. The text is rebuilt from the tokens (one line per sentence, a space
between tokens except before closing punctuation and after opening brackets), and each TIMEX3 that covers
tokens becomes a gold span of that text. The document creation time is the TIMEX3 with
``functionInDocument="CREATION_TIME"``; when it covers tokens (the dateline), it is scored like any other
expression of the text. TIMEX3 without tokens (non-consuming, inferred) are not part of the text and not scored.
The result is a TimeMLDocument, scored by `timeline.evaluate.timeml.evaluate_documents`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import EvaluationError
from timeline.evaluate.timeml import (
    GoldTimex,
    TimeMLDocument,
    TimeMLReadError,
    dct_date,
    find_files,
    read_document,
)

CAT_SUFFIX = ".xml"
# Tokens written without a space before them, and tokens written without a space after them.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "]", "}"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$"})
_APOSTROPHES = ("'", "\u2019")


def _join(tokens: list[tuple[str, str, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text of (t_id, sentence, text) tokens and each token's (start, end) in it."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    previous: tuple[str, str] | None = None  # (sentence, text) of the previous token
    for t_id, sentence, text in tokens:
        if previous is not None:
            if previous[0] != sentence:
                sep = "\n"
            elif text in _NO_SPACE_BEFORE or text.startswith(_APOSTROPHES) or previous[1] in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        offsets[t_id] = (pos, pos + len(text))
        parts.append(text)
        pos += len(text)
        previous = (sentence, text)
    return "".join(parts), offsets


# MEANTIME annotates temporal expressions in each article's title and first five sentences only (Minard et al.,
# "MEANTIME, the NewsReader Multilingual Event and Time Corpus", LREC 2016): sentences 0..5 in CAT numbering.
ANNOTATED_SENTENCES = 6


def parse_cat(
    source: str | bytes, path: str = "<string>", corpus: str = "", annotated_sentences: int | None = ANNOTATED_SENTENCES
) -> TimeMLDocument:
    """Read one CAT XML document from its source text. Raises TimeMLReadError naming `path`.

    Only the first `annotated_sentences` sentences are scored (None: the whole text)."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise TimeMLReadError(path, f"malformed XML: {exc}", exc.position[0]) from None
    tokens = [(el.get("t_id", ""), el.get("sentence", ""), el.text or "") for el in root.iter("token")]
    if not tokens:
        raise TimeMLReadError(path, "no <token> elements: not a CAT document")
    text, offsets = _join(tokens)
    creation: list[ET.Element] = []
    gold: list[GoldTimex] = []
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            creation.append(el)
        anchors = [a.get("t_id", "") for a in el.iter("token_anchor")]
        if not anchors:
            continue
        unknown = [a for a in anchors if a not in offsets]
        if unknown:
            raise TimeMLReadError(path, f"TIMEX3 {el.get('m_id', '?')} points at unknown token(s) {unknown}")
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        gold.append(
            GoldTimex(
                tid=el.get("m_id", ""),
                start=start,
                end=end,
                text=text[start:end],
                type=el.get("type", ""),
                value=el.get("value", ""),
                mod=el.get("mod") or None,
            )
        )
    if not creation:
        raise TimeMLReadError(path, 'no document creation time (TIMEX3 functionInDocument="CREATION_TIME")')
    doc_id = root.get("doc_id") or root.get("doc_name") or Path(path).stem
    return TimeMLDocument(
        path=path,
        doc_id=doc_id,
        corpus=corpus,
        dct=dct_date(creation[0].get("value", ""), path),
        text=text,
        timexes=tuple(sorted(gold, key=lambda g: (g.start, g.end, g.tid))),
        scored_end=_scored_end(tokens, offsets, annotated_sentences),
    )


def _scored_end(
    tokens: list[tuple[str, str, str]], offsets: dict[str, tuple[int, int]], annotated_sentences: int | None
) -> int | None:
    """End offset of the last annotated sentence, or None when every sentence is annotated."""
    if annotated_sentences is None:
        return None
    ends = [
        offsets[t_id][1] for t_id, sentence, _ in tokens if sentence.isdigit() and int(sentence) < annotated_sentences
    ]
    if not ends or len(ends) == len(tokens):
        return None
    return max(ends)


def read_cat(path: str | Path, corpus: str | None = None) -> TimeMLDocument:
    """Read a CAT .xml file; its corpus is the name of its folder unless given."""
    return read_document(path, parse_cat, corpus)


def read_cat_corpus(inputs: Iterable[str | Path]) -> tuple[TimeMLDocument, ...]:
    """Every CAT .xml document under the given folders (recursive) and files, sorted."""
    files = find_files(inputs, CAT_SUFFIX)
    if not files:
        raise EvaluationError("no CAT .xml files found")
    return tuple(read_cat(f) for f in files)
