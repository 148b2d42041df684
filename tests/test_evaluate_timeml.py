"""The TimeML harness: reading TimeML, aligning system with gold, TempEval-3 measures, report text, errors.

Every test injects a fake tagger so that the scoring math is checked exactly, whatever the engine does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import EvaluationError, TimelineError
from timeline.evaluate.timeml import (
    Scores,
    TimeMLReadError,
    evaluate_documents,
    evaluate_timeml,
    find_timeml_files,
    format_report,
    parse_timeml,
    read_timeml,
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
            Scores(documents=1, gold=4, system=1, strict=1, relaxed=1, type_correct=1, value_correct=0),
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
            Scores(documents=1, gold=4, system=1, relaxed=1, type_correct=1, value_correct=0),
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
            Scores(documents=1, gold=4, system=4, strict=3, relaxed=4, type_correct=4, value_correct=3),
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
    assert corpora["AQUAINT"] == Scores(documents=1, gold=1, system=1, strict=1, relaxed=1, type_correct=1)
    assert corpora["TimeBank"] == Scores(
        documents=2, gold=4, system=2, strict=1, relaxed=2, type_correct=2, value_correct=1
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
