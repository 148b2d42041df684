"""Reading MEANTIME / CAT XML (tokens + TIMEX3 markables) into scorable documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.errors import EvaluationError
from timeline.evaluate.cat import parse_cat, read_cat, read_cat_corpus
from timeline.evaluate.timeml import TimeMLReadError, evaluate_documents
from timeline.models import Timex
from timeline.settings import Settings

# sentence 0: Apple 's plan ( draft ) , May 7 , 2005 .   sentence 1: It ships next week .
TOKENS = [
    ("1", "0", "Apple"),
    ("2", "0", "'s"),
    ("3", "0", "plan"),
    ("4", "0", "("),
    ("5", "0", "draft"),
    ("6", "0", ")"),
    ("7", "0", ","),
    ("8", "0", "May"),
    ("9", "0", "7"),
    ("10", "0", ","),
    ("11", "0", "2005"),
    ("12", "0", "."),
    ("13", "1", "It"),
    ("14", "1", "ships"),
    ("15", "1", "next"),
    ("16", "1", "week"),
    ("17", "1", "."),
]


def cat(markables: str, tokens: list[tuple[str, str, str]] = TOKENS) -> str:
    body = "\n".join(f'<token number="{i}" sentence="{s}" t_id="{t}">{x}</token>' for i, (t, s, x) in enumerate(tokens))
    return (
        '<?xml version="1.0" ?><Document doc_id="42" doc_name="42_test" lang="en">\n'
        f"{body}\n<Markables>\n{markables}\n</Markables>\n<Relations/>\n</Document>\n"
    )


def timex3(m_id: str, type_: str, value: str, anchors: list[str], function: str = "NONE") -> str:
    inner = "".join(f'<token_anchor t_id="{a}"/>' for a in anchors)
    return f'<TIMEX3 m_id="{m_id}" type="{type_}" value="{value}" functionInDocument="{function}">{inner}</TIMEX3>'


DCT = timex3("68", "DATE", "2005-05-07", ["8", "9", "10", "11"], "CREATION_TIME")
NEXT_WEEK = timex3("66", "DATE", "2005-W20", ["15", "16"])
INFERRED = '<TIMEX3 m_id="86" type="DATE" value="2005-04-30" functionInDocument="NONE"/>'


def test_parse_cat_rebuilds_text_with_light_detokenization() -> None:
    doc = parse_cat(cat(DCT))
    assert doc.text == "Apple's plan (draft), May 7, 2005.\nIt ships next week."
    assert doc.doc_id == "42"
    assert doc.dct == date(2005, 5, 7)


def test_parse_cat_gold_spans_from_token_anchors() -> None:
    doc = parse_cat(cat("\n".join([NEXT_WEEK, DCT, INFERRED])))
    got = [(g.tid, g.text, g.type, g.value) for g in doc.timexes]
    # the dateline DCT covers tokens and is scored; the inferred TIMEX3 (no tokens) is not part of the text
    assert got == [("68", "May 7, 2005", "DATE", "2005-05-07"), ("66", "next week", "DATE", "2005-W20")]
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<Document><token t_id='1'>x</token>", "malformed XML"),
        (cat(NEXT_WEEK), "creation time"),
        (cat(DCT + timex3("9", "DATE", "2005", ["99"])), "unknown token"),
        (cat(DCT, tokens=[]), "no <token>"),
    ],
    ids=["malformed", "no-dct", "unknown-token", "no-tokens"],
)
def test_parse_cat_malformed_raises_error_naming_file(source: str, message: str) -> None:
    with pytest.raises(TimeMLReadError) as info:
        parse_cat(source, "m/bad.xml")
    assert info.value.path == "m/bad.xml"
    assert message in str(info.value)


def test_read_cat_corpus_scores_through_harness(tmp_path: Path) -> None:
    folder = tmp_path / "apple"
    folder.mkdir()
    (folder / "42_test.xml").write_text(cat(DCT + NEXT_WEEK), encoding="utf-8")
    docs = read_cat_corpus([tmp_path])
    assert [d.corpus for d in docs] == ["apple"]
    assert read_cat(folder / "42_test.xml") == docs[0]

    def week_only(text: str, published: date, settings: Settings) -> tuple[Timex, ...]:
        start = text.index("next week")
        return (
            Timex(
                start=start,
                end=start + 9,
                text="next week",
                type="DATE",
                value="2005-W19",
                granularity="week",
                rule="x",
            ),
        )

    s = evaluate_documents(docs, Settings(), tagger=week_only).overall
    assert (s.gold, s.system, s.strict, s.relaxed, s.value_correct) == (2, 1, 1, 1, 0)


def test_read_cat_corpus_empty_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        read_cat_corpus([tmp_path])


def test_evaluate_cat_scores_only_the_annotated_sentences() -> None:
    """MEANTIME annotates the first sentences only: a system expression past them is neither right nor spurious."""
    doc = parse_cat(cat(DCT + NEXT_WEEK), annotated_sentences=1)
    assert doc.scored_end == len("Apple's plan (draft), May 7, 2005.")

    def tagger(text: str, dct: date, settings: Settings) -> list[Timex]:
        start = text.index("May 7, 2005")
        later = text.index("next week")
        return [
            Timex(
                start=start,
                end=start + 11,
                text="May 7, 2005",
                type="DATE",
                value="2005-05-07",
                granularity="day",
                rule="t",
            ),
            Timex(
                start=later,
                end=later + 9,
                text="next week",
                type="DATE",
                value="2005-W20",
                granularity="week",
                rule="t",
            ),
        ]

    gold_in_scope = parse_cat(cat(DCT), annotated_sentences=1)
    report = evaluate_documents([gold_in_scope], Settings(), tagger=tagger)
    assert report.overall.system == 1 and report.overall.gold == 1
    assert not [e for e in report.errors if e.kind == "spurious"]


def test_parse_cat_every_sentence_annotated_scores_the_whole_text() -> None:
    assert parse_cat(cat(DCT), annotated_sentences=None).scored_end is None
    assert parse_cat(cat(DCT), annotated_sentences=6).scored_end is None  # the text has fewer sentences
