"""The TimeML harness: reading TimeML, aligning system with gold, TempEval-3 measures, report text, errors.

Every test injects a fake tagger so that the scoring math is checked exactly, whatever the engine does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.errors import EvaluationError, TimelineError
from timeline.evaluate.timeml import (
    VALUE_KINDS,
    Scores,
    TimeMLReadError,
    TimeMLReport,
    ValueKind,
    ValueKindCounts,
    canonical_value,
    evaluate_documents,
    evaluate_timeml,
    find_timeml_files,
    format_report,
    parse_timeml,
    read_timeml,
    text_words,
    value_kind,
)
from timeline.models import Timex
from timeline.settings import Settings

SETTINGS = Settings()

# A system expression: (start, end, type, value); the text is sliced from the document by the fake tagger.
Span = tuple[int, int, str, str]
FakeTagger = Callable[[str, date, Settings], tuple[Timex, ...]]


def timeml(body: str, dct: str = "2025-02-12", dct_type: str = "DATE", docid: str = "doc1") -> str:
    """A TimeML document whose TEXT is `body` (already XML: may hold TIMEX3 tags and entities)."""
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{docid}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{body}</TEXT>\n</TimeML>\n"
    )


def t3(tid: str, type_: str, value: str, text: str, mod: str | None = None) -> str:
    extra = f' mod="{mod}"' if mod else ""
    return f'<TIMEX3 tid="{tid}" type="{type_}" value="{value}"{extra}>{text}</TIMEX3>'


def fake_tagger(spans: Sequence[Span]) -> FakeTagger:
    def tag(text: str, published: date, settings: Settings) -> tuple[Timex, ...]:
        return tuple(
            Timex(start=s, end=e, text=text[s:e], type=ty, value=v, granularity="day", rule="fake")
            for s, e, ty, v in spans
        )

    return tag


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


# --------------------------------------------------------------------------- reading TimeML


def test_parse_timeml_strips_tags_and_keeps_gold_offsets() -> None:
    body = '\nThe <EVENT eid="e1">call</EVENT> came ' + t3("t1", "DATE", "2025-02-12", "Wednesday") + ".\n"
    doc = parse_timeml(timeml(body), "x.tml", "Corp")
    assert doc.text == "\nThe call came Wednesday.\n"
    assert doc.dct == date(2025, 2, 12)
    assert doc.doc_id == "doc1"
    assert doc.corpus == "Corp"
    (gold,) = doc.timexes
    assert (gold.tid, gold.type, gold.value, gold.text) == ("t1", "DATE", "2025-02-12", "Wednesday")
    assert doc.text[gold.start : gold.end] == "Wednesday"


def test_parse_timeml_unescapes_entities_before_offsets() -> None:
    body = "AT&amp;T &lt;said&gt; " + t3("t1", "DATE", "2025-02-13", "Thursday &amp; Friday")
    doc = parse_timeml(timeml(body))
    assert doc.text == "AT&T <said> Thursday & Friday"
    (gold,) = doc.timexes
    assert (gold.start, gold.end) == (12, 29)
    assert doc.text[gold.start : gold.end] == gold.text == "Thursday & Friday"


def test_parse_timeml_dct_timex_is_not_part_of_text() -> None:
    doc = parse_timeml(timeml("No dates here."))
    assert doc.text == "No dates here."
    assert doc.timexes == ()


@pytest.mark.parametrize(
    ("dct_type", "value", "expected"),
    [
        ("DATE", "1998-03-01", date(1998, 3, 1)),
        ("TIME", "1998-01-08T12:00", date(1998, 1, 8)),
        ("TIME", "1998-11-20T19:30:00", date(1998, 11, 20)),
        ("DATE", "19980108", date(1998, 1, 8)),
    ],
    ids=["date", "time-minute", "time-second", "compact"],
)
def test_parse_timeml_dct_value_gives_date(dct_type: str, value: str, expected: date) -> None:
    assert parse_timeml(timeml("x", dct=value, dct_type=dct_type)).dct == expected


def test_parse_timeml_keeps_mod_and_sorts_gold_by_offset() -> None:
    body = t3("t9", "DATE", "2025-02", "February", mod="START") + " and " + t3("t2", "DURATION", "P3Y", "three years")
    doc = parse_timeml(timeml(body))
    assert [g.tid for g in doc.timexes] == ["t9", "t2"]
    assert doc.timexes[0].mod == "START"
    assert doc.timexes[1].mod is None


def test_parse_timeml_docid_missing_uses_file_stem() -> None:
    source = timeml("x").replace("<DOCID>doc1</DOCID>", "")
    assert parse_timeml(source, "some/dir/APW123.tml").doc_id == "APW123"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<TimeML><TEXT>unclosed", "malformed XML"),
        ("not xml at all", "malformed XML"),
        (timeml("x").replace("<TEXT>x</TEXT>", ""), "<TEXT>"),
        ("<TimeML><DCT></DCT><TEXT>x</TEXT></TimeML>", "creation time"),
        (timeml("x", dct="yesterday"), "no date value"),
        (timeml("x", dct="1998-13-45"), "not a valid date"),
        (timeml('<TIMEX3 tid="t1" type="DATE">Friday</TIMEX3>'), "lacks value"),
    ],
    ids=["unclosed", "not-xml", "no-text", "no-dct", "dct-not-a-date", "dct-invalid-date", "timex-no-value"],
)
def test_parse_timeml_malformed_raises_error_naming_file(source: str, message: str) -> None:
    with pytest.raises(TimeMLReadError) as info:
        parse_timeml(source, "corpus/bad.tml")
    assert isinstance(info.value, EvaluationError)
    assert isinstance(info.value, TimelineError)
    assert info.value.path == "corpus/bad.tml"
    assert str(info.value).startswith("corpus/bad.tml")
    assert message in str(info.value)


def test_read_timeml_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "Corp" / "bad.tml"
    bad.parent.mkdir()
    bad.write_text('<?xml version="1.0" ?>\n<TimeML>\n<TEXT>a <b> c</TEXT>\n</TimeML>\n', encoding="utf-8")
    with pytest.raises(TimeMLReadError) as info:
        read_timeml(bad)
    assert info.value.path == str(bad)
    assert info.value.line == 3


def test_read_timeml_corpus_is_folder_name(tmp_path: Path) -> None:
    f = tmp_path / "TimeBank" / "a.tml"
    f.parent.mkdir()
    f.write_text(timeml("x"), encoding="utf-8")
    assert read_timeml(f).corpus == "TimeBank"


def test_find_timeml_files_recursive_sorted_deduplicated(tmp_path: Path) -> None:
    for rel in ("B/b.tml", "A/deep/a.tml", "A/z.tml", "A/notes.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(timeml("x"), encoding="utf-8")
    found = find_timeml_files([tmp_path, tmp_path / "A" / "z.tml"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["A/z.tml", "B/b.tml", "A/deep/a.tml"]


@pytest.mark.parametrize("kind", ["missing-path", "no-tml-files"])
def test_find_timeml_files_nothing_to_read_raises(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "nope" if kind == "missing-path" else tmp_path
    with pytest.raises(EvaluationError):
        find_timeml_files([target])


# --------------------------------------------------------------------------- scoring


BODY = (
    "On "
    + t3("t1", "DATE", "2025-02-12", "Wednesday")
    + " and "
    + t3("t2", "DATE", "2025-02-07", "last Friday")
    + " for "
    + t3("t3", "DURATION", "P3Y", "three years")
    + " until "
    + t3("t4", "DATE", "2025-03", "March")
    + "."
)
# plain: "On Wednesday and last Friday for three years until March."
PLAIN = "On Wednesday and last Friday for three years until March."

WED = find(PLAIN, "Wednesday")
LAST_FRIDAY = find(PLAIN, "last Friday")
FRIDAY = find(PLAIN, "Friday")
THREE_YEARS = find(PLAIN, "three years")
MARCH = find(PLAIN, "March")
ON = find(PLAIN, "On")


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ([], Scores(documents=1, gold=4)),
        (
            [(*WED, "DATE", "2025-02-12")],
            Scores(documents=1, gold=4, system=1, strict=1, relaxed=1, type_correct=1, value_correct=1),
        ),
        (
            [(*FRIDAY, "DATE", "2025-02-07")],
            Scores(documents=1, gold=4, system=1, strict=0, relaxed=1, type_correct=1, value_correct=1),
        ),
        (
            [(*WED, "DATE", "2025-02-19")],
            Scores(
                documents=1,
                gold=4,
                system=1,
                strict=1,
                relaxed=1,
                type_correct=1,
                value_correct=0,
                wrong_value_kinds=ValueKindCounts(other=1),
            ),
        ),
        (
            [(*THREE_YEARS, "DATE", "P3Y")],
            Scores(documents=1, gold=4, system=1, strict=1, relaxed=1, type_correct=0, value_correct=1),
        ),
        ([(*ON, "DATE", "2025-02-12")], Scores(documents=1, gold=4, system=1)),
        (
            # one system span over two gold ones: one-to-one alignment gives one relaxed match only
            # (it pairs with the gold it overlaps most, "last Friday", whose value differs)
            [(WED[0], LAST_FRIDAY[1], "DATE", "2025-02-12")],
            Scores(
                documents=1,
                gold=4,
                system=1,
                relaxed=1,
                type_correct=1,
                value_correct=0,
                wrong_value_kinds=ValueKindCounts(other=1),
            ),
        ),
        (
            # touching spans do not overlap
            [(WED[1], WED[1] + 4, "DATE", "2025-02-12")],
            Scores(documents=1, gold=4, system=1),
        ),
        (
            # the identical span wins over a longer span that also covers the gold
            [(LAST_FRIDAY[0], LAST_FRIDAY[1], "DATE", "2025-02-07"), (*FRIDAY, "DATE", "2025-02-14")],
            Scores(documents=1, gold=4, system=2, strict=1, relaxed=1, type_correct=1, value_correct=1),
        ),
        (
            [
                (*WED, "DATE", "2025-02-12"),
                (*FRIDAY, "DATE", "2025-02-14"),
                (*THREE_YEARS, "DURATION", "P3Y"),
                (*MARCH, "DATE", "2025-03"),
            ],
            Scores(
                documents=1,
                gold=4,
                system=4,
                strict=3,
                relaxed=4,
                type_correct=4,
                value_correct=3,
                wrong_value_kinds=ValueKindCounts(other=1),
            ),
        ),
    ],
    ids=[
        "nothing-found",
        "one-exact",
        "partial-span",
        "wrong-value",
        "wrong-type",
        "spurious-only",
        "one-system-two-gold",
        "touching-not-overlap",
        "identical-span-preferred",
        "mixed",
    ],
)
def test_score_counts(system: list[Span], expected: Scores) -> None:
    doc = parse_timeml(timeml(BODY))
    assert doc.text == PLAIN
    report = evaluate_documents([doc], SETTINGS, tagger=fake_tagger(system))
    assert report.overall == expected


def test_score_measures_exact_values() -> None:
    # gold 4, system 3: one identical span (right value), one partial (wrong value), one spurious
    system = [(*WED, "DATE", "2025-02-12"), (*FRIDAY, "DATE", "2025-02-14"), (*ON, "DATE", "2025-02-12")]
    report = evaluate_documents([parse_timeml(timeml(BODY))], SETTINGS, tagger=fake_tagger(system))
    s = report.overall
    assert (s.strict, s.relaxed, s.value_correct) == (1, 2, 1)
    assert s.strict_precision == pytest.approx(1 / 3)
    assert s.strict_recall == pytest.approx(1 / 4)
    assert s.strict_f1 == pytest.approx(2 / 7)
    assert s.relaxed_precision == pytest.approx(2 / 3)
    assert s.relaxed_recall == pytest.approx(1 / 2)
    assert s.relaxed_f1 == pytest.approx(4 / 7)
    assert s.value_accuracy == pytest.approx(1 / 2)
    assert s.value_f1 == pytest.approx(2 / 7)
    assert s.type_accuracy == pytest.approx(1.0)
    assert s.type_f1 == pytest.approx(4 / 7)


@pytest.mark.parametrize(
    ("body", "system"),
    [("No dates.", []), (BODY, []), ("No dates.", [(0, 2, "DATE", "2025")])],
    ids=["no-gold-no-system", "gold-no-system", "system-no-gold"],
)
def test_score_empty_cases_are_zero_not_errors(body: str, system: list[Span]) -> None:
    report = evaluate_documents([parse_timeml(timeml(body))], SETTINGS, tagger=fake_tagger(system))
    s = report.overall
    assert s.strict == s.relaxed == 0
    measures = (s.strict_precision, s.strict_recall, s.strict_f1, s.relaxed_f1, s.value_accuracy, s.value_f1)
    assert measures == (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def test_score_perfect_system_scores_one() -> None:
    doc = parse_timeml(timeml(BODY))
    system = [(g.start, g.end, g.type, g.value) for g in doc.timexes]
    s = evaluate_documents([doc], SETTINGS, tagger=fake_tagger(system)).overall
    assert (s.strict_f1, s.relaxed_f1, s.type_accuracy, s.value_accuracy, s.value_f1) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_score_report_dict_has_measures() -> None:
    report = evaluate_documents([parse_timeml(timeml(BODY))], SETTINGS, tagger=fake_tagger([(*WED, "DATE", "x")]))
    data = report.model_dump(mode="json")
    assert data["overall"]["relaxed_recall"] == pytest.approx(0.25)
    assert data["overall"]["value_f1"] == 0.0
    assert {e["kind"] for e in data["errors"]} == {"missed", "wrong_value"}


def test_score_errors_list_each_kind() -> None:
    system = [
        (*FRIDAY, "DATE", "2025-02-07"),  # wrong span
        (*THREE_YEARS, "DATE", "P3Y"),  # wrong type
        (*MARCH, "DATE", "2025-04"),  # wrong value
        (*ON, "DATE", "2025-02-12"),  # spurious
    ]
    report = evaluate_documents([parse_timeml(timeml(BODY))], SETTINGS, tagger=fake_tagger(system))
    got = [(e.kind, e.gold_text, e.system_text, e.gold_value, e.system_value) for e in report.errors]
    assert got == [
        ("spurious", None, "On", None, "2025-02-12"),
        ("missed", "Wednesday", None, "2025-02-12", None),
        ("wrong_span", "last Friday", "Friday", "2025-02-07", "2025-02-07"),
        ("wrong_type", "three years", "three years", "P3Y", "P3Y"),
        ("wrong_value", "March", "March", "2025-03", "2025-04"),
    ]
    missed = report.errors[1]
    assert missed.doc_id == "doc1"
    assert "[Wednesday]" in missed.context


def test_evaluate_tagger_receives_plain_text_and_dct() -> None:
    seen: list[tuple[str, date]] = []

    def recording(text: str, published: date, settings: Settings) -> tuple[Timex, ...]:
        seen.append((text, published))
        return ()

    doc = parse_timeml(timeml(BODY, dct="1998-01-08T12:00", dct_type="TIME"))
    evaluate_documents([doc], SETTINGS, tagger=recording)
    assert seen == [(PLAIN, date(1998, 1, 8))]


def test_evaluate_tagger_crash_names_document() -> None:
    def crashing(text: str, published: date, settings: Settings) -> tuple[Timex, ...]:
        raise RuntimeError("boom")

    doc = parse_timeml(timeml(BODY), "somewhere/x.tml")
    with pytest.raises(RuntimeError) as info:
        evaluate_documents([doc], SETTINGS, tagger=crashing)
    assert any("somewhere/x.tml" in note for note in getattr(info.value, "__notes__", []))


# --------------------------------------------------------------------------- folders and report


def write_corpus(root: Path) -> None:
    (root / "TimeBank").mkdir()
    (root / "AQUAINT").mkdir()
    (root / "TimeBank" / "tb1.tml").write_text(timeml(BODY, docid="tb1"), encoding="utf-8")
    (root / "TimeBank" / "tb2.tml").write_text(timeml("Nothing.", docid="tb2"), encoding="utf-8")
    aq = "Seen " + t3("t1", "DATE", "1998-01-07", "Wednesday") + "."
    (root / "AQUAINT" / "aq1.tml").write_text(
        timeml(aq, dct="1998-01-08T12:00", dct_type="TIME", docid="aq1"), encoding="utf-8"
    )


WEEKDAY = re.compile(r"(?P<day>Wednesday|Friday)")


def weekday_tagger(text: str, published: date, settings: Settings) -> tuple[Timex, ...]:
    """Finds weekday names and always says 2025-02-12: right in one TimeBank doc, wrong in AQUAINT."""
    return tuple(
        Timex(
            start=m.start(), end=m.end(), text=m.group(), type="DATE", value="2025-02-12", granularity="day", rule="wd"
        )
        for m in WEEKDAY.finditer(text)
    )


def test_evaluate_timeml_per_corpus_breakdown(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    report = evaluate_timeml([tmp_path], SETTINGS, tagger=weekday_tagger)
    corpora = {c.name: c.scores for c in report.corpora}
    assert list(corpora) == ["AQUAINT", "TimeBank"]
    assert corpora["AQUAINT"] == Scores(
        documents=1, gold=1, system=1, strict=1, relaxed=1, type_correct=1, wrong_value_kinds=ValueKindCounts(other=1)
    )
    assert corpora["TimeBank"] == Scores(
        documents=2,
        gold=4,
        system=2,
        strict=1,
        relaxed=2,
        type_correct=2,
        value_correct=1,
        wrong_value_kinds=ValueKindCounts(other=1),
    )
    assert report.overall == corpora["AQUAINT"] + corpora["TimeBank"]
    assert [d.doc_id for d in report.documents] == ["aq1", "tb1", "tb2"]


def test_evaluate_timeml_malformed_file_in_folder_raises(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    (tmp_path / "AQUAINT" / "broken.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"broken\.tml"):
        evaluate_timeml([tmp_path], SETTINGS, tagger=weekday_tagger)


def test_format_report_table_and_capped_errors(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    report = evaluate_timeml([tmp_path], SETTINGS, tagger=weekday_tagger)
    text = format_report(report, max_errors=3)
    lines = text.splitlines()
    rows = {line.split()[0]: line.split() for line in lines if line.split()[:1] in (["AQUAINT"], ["TimeBank"], ["all"])}
    assert rows["all"][1:4] == ["3", "5", "3"]  # docs, gold, system
    assert rows["AQUAINT"][-3] == "0.0"  # value accuracy in percent
    assert rows["TimeBank"][7:10] == ["100.0", "50.0", "66.7"]  # relaxed P, R, F1
    assert "errors: missed 2, spurious 0, wrong_span 1, wrong_type 0, wrong_value 2" in text
    assert "showing 3 of 5:" in text
    shown = [line for line in lines if line.startswith("  ") and not line.startswith("      ")]
    assert len(shown) == 3
    assert {"missed:", "wrong_span:", "wrong_value:"} <= set(lines)
    assert text.endswith("\n")


def test_format_report_zero_errors_shows_counts_only(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    text = format_report(evaluate_timeml([tmp_path], SETTINGS, tagger=weekday_tagger), max_errors=0)
    assert "showing" not in text
    assert "errors: missed 2" in text


def test_format_report_no_gold_notes_it(tmp_path: Path) -> None:
    (tmp_path / "C").mkdir()
    (tmp_path / "C" / "x.tml").write_text(timeml("Seen Friday."), encoding="utf-8")
    text = format_report(evaluate_timeml([tmp_path], SETTINGS, tagger=weekday_tagger))
    assert "no gold TIMEX3" in text
    assert "spurious 1" in text


# --------------------------------------------------------------------------- kinds of wrong values (secondary)


WORDS = text_words("en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1949-XX", "1949"),
        ("1994-XX-XX", "1994"),
        ("196X", "196"),
        ("19XX", "19"),
        ("2000-W7", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
        ("1989-11-06T17", "1989-11-06T17:00"),
        ("1989-10-27T24", "1989-10-27T24:00"),
        ("1998-10-XX", "1998-10-XX"),  # a month with an unknown day is not a year
        ("XXXX-XX-XX", "XXXX-XX-XX"),
        ("2000-W07", "2000-W07"),
        ("P3Y", "P3Y"),
    ],
    ids=[
        "year-xx",
        "year-xx-xx",
        "decade-x",
        "century-xx",
        "week-unpadded",
        "weekend-unpadded",
        "hour",
        "hour-24",
        "month-unknown-day-kept",
        "all-unknown-kept",
        "week-padded-kept",
        "duration-kept",
    ],
)
def test_canonical_value_notation(value: str, expected: str) -> None:
    assert canonical_value(value) == expected


# (gold text, gold value, system value, kind)
VALUE_KIND_CASES: list[tuple[str, str, str, ValueKind]] = [
    # notation
    ("1949", "1949-XX", "1949", "notation"),
    ("1994", "1994-XX-XX", "1994", "notation"),
    ("the 1960s", "196X", "196", "notation"),
    ("the 20th century", "19XX", "19", "notation"),
    ("this week", "2000-W7", "2000-W07", "notation"),
    ("the weekend", "2000-W7-WE", "2000-W07-WE", "notation"),
    ("5 p.m. EST, Nov. 6", "1989-11-06T17", "1989-11-06T17:00", "notation"),
    ("midnight Friday", "1989-10-27T24", "1989-10-27T24:00", "notation"),
    ("sometime next year", "1990-XX-XX", "1990", "notation"),
    ("that year", "1948-XX", "1949", "other"),
    ("1949", "1948-XX", "1949", "gold_contradicts_text"),
    ("this week", "2000-W7", "2000-W08", "other"),
    ("the 1960s", "196X", "197", "other"),
    ("5 p.m.", "1989-11-06T17", "1989-11-06T17:30", "other"),
    # part of day
    ("Friday night", "2000-01-07", "2000-01-07TNI", "part_of_day"),
    ("Friday night", "2000-01-07TEV", "2000-01-07TNI", "part_of_day"),
    ("Thursday morning", "1999-10-07", "1999-10-07TMO", "part_of_day"),
    ("Wednesday night", "2000-01-05TEV", "2000-01-12TNI", "other"),
    ("Friday", "2000-01-07TNI", "2000-01-07", "other"),
    # gold less specific
    ("last week", "1989-WXX", "1989-W43", "gold_less_specific"),
    ("the quarter", "1989-QX", "1989-Q3", "gold_less_specific"),
    ("last week", "1998-10-XX", "1998-10-23", "gold_less_specific"),
    ("early this week", "1998-12-XX", "1998-W50", "gold_less_specific"),  # 7-13 December 1998
    ("a year ago", "1988", "1988-Q3", "gold_less_specific"),
    ("the last half of the '80s", "198", "1989-H2", "gold_less_specific"),
    ("years", "PXY", "P3Y", "gold_less_specific"),
    ("early this week", "1998-12-XX", "1998-W49", "other"),  # 30 November - 6 December 1998
    ("last week", "1989-WXX", "1988-W43", "other"),
    ("last year", "1988-Q3", "1988", "other"),  # the system is the coarser one
    ("a day", "P1D", "P1DT12H", "other"),
    ("9 a.m.", "2000-04-03T09:00", "2000-04-03T10:00", "other"),
    # gold contradicts its text
    ("Tuesday", "2000-04-05", "2000-04-04", "gold_contradicts_text"),  # 2000-04-05 is a Wednesday
    ("9 a.m. EST Tuesday", "2000-04-03T09:00", "2000-04-04T09:00", "gold_contradicts_text"),
    ("13 years", "P12Y", "P13Y", "gold_contradicts_text"),
    ("thirteen years", "P12Y", "P13Y", "gold_contradicts_text"),
    ("twenty-four hours", "PT12H", "PT24H", "gold_contradicts_text"),
    ("1988", "1998", "1988-Q3", "gold_contradicts_text"),
    ("Sept. 27, 1989", "1989-11-27", "1989-09-27", "gold_contradicts_text"),
    ("July last year", "1997-06", "1997-07", "gold_contradicts_text"),
    ("Tuesday", "2000-04-04", "2000-04-11", "other"),  # the gold is a Tuesday: an engine error
    ("Tuesday", "2000-04-05", "2000-04-12", "other"),  # the system contradicts the text as well
    ("day before last Tuesday", "2000-02-21", "2000-02-22", "other"),  # a unit makes the weekday uncertain
    ("Monday or Tuesday", "2000-04-05", "2000-04-04", "other"),  # two weekdays: uncertain
    ("the 1988-89 season", "1990", "1988", "other"),  # a range, not one year
    ("a month after July", "1997-08", "1997-07", "other"),  # a month unit may move the month
    ("six months", "P6D", "P6M", "other"),  # months and days do not convert exactly
    ("24 hours", "P1D", "PT24H", "other"),  # the same length: no contradiction
    ("several years", "P2Y", "P3Y", "other"),  # no certain number
]


@pytest.mark.parametrize(
    ("gold_text", "gold_value", "system_value", "expected"),
    VALUE_KIND_CASES,
    ids=[f"{kind}-{text}-{gold}-{system}" for text, gold, system, kind in VALUE_KIND_CASES],
)
def test_value_kind_case(gold_text: str, gold_value: str, system_value: str, expected: ValueKind) -> None:
    assert value_kind(gold_text, gold_value, system_value, WORDS) == expected


def test_value_kind_cases_cover_every_kind() -> None:
    assert {kind for *_, kind in VALUE_KIND_CASES} == set(VALUE_KINDS)


def test_text_words_come_from_the_resources() -> None:
    assert WORDS.weekdays["tuesday"] == 2
    assert WORDS.months["sept."] == 9
    assert WORDS.units["years"] == "Y"


# one gold of each kind; the fake system gives the value on the right (plain "In 1949, Friday night, ...")
KIND_BODY = (
    "In "
    + t3("t1", "DATE", "1949-XX", "1949")
    + ", "
    + t3("t2", "DATE", "2000-01-07", "Friday night")
    + ", "
    + t3("t3", "DATE", "1989-WXX", "last week")
    + ", "
    + t3("t4", "DATE", "2000-04-05", "Tuesday")
    + ", "
    + t3("t5", "DATE", "2000-04-03", "Monday")
    + " and "
    + t3("t6", "DATE", "2000-04-06", "Thursday")
    + "."
)
KIND_SYSTEM_VALUES = {
    "1949": "1949",
    "Friday night": "2000-01-07TNI",
    "last week": "1989-W43",
    "Tuesday": "2000-04-04",
    "Monday": "2000-04-10",
    "Thursday": "2000-04-06",  # right
}


def kind_report(body: str = KIND_BODY, values: dict[str, str] = KIND_SYSTEM_VALUES) -> TimeMLReport:
    doc = parse_timeml(timeml(body))
    system = [(*find(doc.text, text), "DATE", value) for text, value in values.items()]
    return evaluate_documents([doc], SETTINGS, tagger=fake_tagger(system))


def test_score_wrong_values_get_a_kind_and_counts() -> None:
    report = kind_report()
    got = [(e.gold_text, e.value_kind) for e in report.errors if e.kind == "wrong_value"]
    assert got == [
        ("1949", "notation"),
        ("Friday night", "part_of_day"),
        ("last week", "gold_less_specific"),
        ("Tuesday", "gold_contradicts_text"),
        ("Monday", "other"),
    ]
    assert all(e.value_kind is None for e in report.errors if e.kind != "wrong_value")
    assert report.overall.wrong_value_kinds == ValueKindCounts(
        notation=1, part_of_day=1, gold_less_specific=1, gold_contradicts_text=1, other=1
    )


def test_score_official_value_f1_unchanged_by_kinds() -> None:
    """The official measures compare strings: a notation variant stays wrong; only the secondary F1 forgives it."""
    s = kind_report().overall
    assert (s.relaxed, s.value_correct) == (6, 1)
    assert s.relaxed_f1 == 1.0
    assert s.value_accuracy == pytest.approx(1 / 6)
    assert s.value_f1 == pytest.approx(1 / 6)
    assert s.value_f1 == s.model_copy(update={"wrong_value_kinds": ValueKindCounts()}).value_f1
    assert s.value_f1_notation_equal == pytest.approx(2 / 6)


@pytest.mark.parametrize(
    ("values", "value_f1", "notation_f1"),
    [
        ({"1949": "1949"}, 0.0, 2 / 7),  # relaxed F1 = 2 * (1 * 1/6) / (1 + 1/6) = 2/7; the one match is notation
        ({"1949": "1949-XX"}, 2 / 7, 2 / 7),
        ({"1949": "1948"}, 0.0, 0.0),
    ],
    ids=["notation-variant", "exact", "wrong"],
)
def test_score_notation_f1_only_counts_notation(values: dict[str, str], value_f1: float, notation_f1: float) -> None:
    s = kind_report(values=values).overall
    assert s.value_f1 == pytest.approx(value_f1)
    assert s.value_f1_notation_equal == pytest.approx(notation_f1)


def test_score_kinds_add_up_over_documents(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / "C").mkdir(exist_ok=True)
        (tmp_path / "C" / f"{name}.tml").write_text(timeml(KIND_BODY, docid=name), encoding="utf-8")
    documents = [read_timeml(f) for f in find_timeml_files([tmp_path])]
    values = KIND_SYSTEM_VALUES
    system = [(*find(documents[0].text, text), "DATE", value) for text, value in values.items()]
    report = evaluate_documents(documents, SETTINGS, tagger=fake_tagger(system))
    assert report.overall.wrong_value_kinds == ValueKindCounts(
        notation=2, part_of_day=2, gold_less_specific=2, gold_contradicts_text=2, other=2
    )
    assert report.corpora[0].scores.wrong_value_kinds == report.overall.wrong_value_kinds


def test_score_report_json_adds_kinds_and_keeps_keys() -> None:
    data = kind_report().model_dump(mode="json")
    overall = data["overall"]
    old_keys = {"documents", "gold", "system", "strict", "relaxed", "type_correct", "value_correct", "value_f1"}
    assert old_keys <= set(overall)
    assert overall["wrong_value_kinds"] == {
        "notation": 1,
        "part_of_day": 1,
        "gold_less_specific": 1,
        "gold_contradicts_text": 1,
        "other": 1,
    }
    assert overall["value_f1_notation_equal"] == pytest.approx(2 / 6)
    kinds = {e["gold_text"]: e["value_kind"] for e in data["errors"] if e["kind"] == "wrong_value"}
    assert kinds["1949"] == "notation"


def test_format_report_kind_lines_and_listing() -> None:
    text = format_report(kind_report(), max_errors=50)
    lines = text.splitlines()
    errors_at = next(n for n, line in enumerate(lines) if line.startswith("errors: "))
    assert lines[errors_at + 1] == (
        "wrong values by kind: notation 1, part_of_day 1, gold_less_specific 1, gold_contradicts_text 1, other 1"
    )
    assert lines[errors_at + 2] == (
        "value F1 if notation variants count as equal: 33.3 (secondary; the official figure above compares strings)"
    )
    assert any("(notation) gold DATE '1949-XX' '1949'" in line for line in lines)
    assert any("(other) gold DATE '2000-04-03' 'Monday'" in line for line in lines)


@pytest.mark.parametrize("kind", VALUE_KINDS)
def test_format_report_lists_only_one_kind(kind: ValueKind) -> None:
    text = format_report(kind_report(), max_errors=50, value_kind=kind)
    listed = [line for line in text.splitlines() if line.startswith("  ") and not line.startswith("      ")]
    assert len(listed) == 1
    assert f"({kind})" in listed[0]
    assert f"showing 1 of 1 wrong values of kind {kind}:" in text
    assert "errors: missed 0, spurious 0, wrong_span 0, wrong_type 0, wrong_value 5" in text  # counts unchanged


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_evaluate_cli_kind_option(tmp_path: Path, capsys: pytest.CaptureFixture[str], json_output: bool) -> None:
    # the real engine gives "1949" for the year 1949; the gold writes 1949-XX
    (tmp_path / "C").mkdir()
    body = "The war ended in " + t3("t1", "DATE", "1949-XX", "1949") + "."
    (tmp_path / "C" / "a.tml").write_text(timeml(body, dct="1999-01-01"), encoding="utf-8")
    args = ["evaluate", "timeml", str(tmp_path), "--kind", "notation", *(["--json"] if json_output else [])]
    assert main(args) == 0
    out = capsys.readouterr().out
    if json_output:
        data = json.loads(out)
        assert [(e["kind"], e["value_kind"]) for e in data["errors"]] == [("wrong_value", "notation")]
        assert data["overall"]["wrong_value_kinds"]["notation"] == 1
    else:
        assert "wrong values by kind: notation 1," in out
        assert "(notation) gold DATE '1949-XX' '1949'" in out


def test_evaluate_cli_kind_option_rejects_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "timeml", "x", "--kind", "typo"])
    assert "invalid choice" in capsys.readouterr().err
