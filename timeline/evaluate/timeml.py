"""TempEval-3 style scoring of the temporal tagger on TimeML files.

A TimeML file gives a document creation time (``<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>``)
and a ``<TEXT>`` element with inline gold ``<TIMEX3>`` tags. The text with every tag stripped is tagged with the
DCT as publication date, and the system's expressions are aligned with the gold ones:

- strict match: identical character span;
- relaxed match: overlapping spans, aligned one-to-one (identical spans first, then largest overlap first);
- type and value accuracy: share of relaxed matches whose type / value string equals the gold one;
- type F1 and value F1: relaxed F1 x the accuracy (the TempEval-3 "attribute F1").

Only the TIMEX3 inside TEXT are scored; the DCT's own TIMEX3 is not part of the text.

The official figures compare value strings exactly, as the TE3 scorer does (``g.value == s.value``). As a secondary
diagnosis, every wrong value is given a kind by `value_kind` (a pure function of the gold text, the gold value and
the system value): `notation` (the same value in another TIMEX3 notation), `part_of_day` (the system adds or changes
a part of day on the gold's day), `gold_less_specific` (the system fills the gold's X placeholders or names a finer
period inside the gold's), `gold_contradicts_text` (the gold value disagrees with a weekday, year, month or
"<number> <unit>" written in its own text) and `other` (engine errors and judgment calls).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import computed_field

from timeline.errors import EvaluationError
from timeline.errors import TimeMLReadError as TimeMLReadError
from timeline.models import Frozen, Timex
from timeline.settings import Settings
from timeline.temporal import tag_text
from timeline.temporal.resources import load_lexicon
from timeline.temporal.value import PARTS_OF_DAY, DateValue, DurationValue, ValueError_, parse_value

Tagger = Callable[[str, date, Settings], Sequence[Timex]]
"""What is scored: tag_text(text, dct, settings) or any function with that shape."""

TIMEML_SUFFIX = ".tml"
_CONTEXT = 40
_DCT_DATE = re.compile(r"^(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})")


# --------------------------------------------------------------------------- documents


class GoldTimex(Frozen):
    """One gold TIMEX3 of a TimeML TEXT element; offsets index TimeMLDocument.text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


class TimeMLDocument(Frozen):
    path: str
    doc_id: str
    corpus: str  # name of the folder holding the file (TimeBank, AQUAINT, ...)
    dct: date
    text: str  # plain text of the TEXT element, every tag stripped, entities resolved
    timexes: tuple[GoldTimex, ...]
    # The gold annotation covers only text[:scored_end] (MEANTIME annotates the first sentences); None = all.
    scored_end: int | None = None


def _local(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1]


def _flatten(element: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """Plain text of an element and the (start, end, element) of every TIMEX3 inside it."""
    parts: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []
    pos = 0

    def walk(node: ET.Element, top: bool) -> None:
        nonlocal pos
        begin = pos
        if node.text:
            parts.append(node.text)
            pos += len(node.text)
        for child in node:
            walk(child, False)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if not top and _local(node.tag) == "TIMEX3":
            spans.append((begin, pos, node))

    walk(element, True)
    return "".join(parts), spans


def _dct(root: ET.Element, path: str) -> date:
    candidates: list[ET.Element] = []
    for dct in (el for el in root.iter() if _local(el.tag) == "DCT"):
        candidates.extend(el for el in dct.iter() if _local(el.tag) == "TIMEX3")
    candidates.sort(key=lambda el: el.get("functionInDocument") != "CREATION_TIME")
    if not candidates:
        candidates = [
            el for el in root.iter() if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"
        ]
    if not candidates:
        raise TimeMLReadError(path, "no document creation time (<DCT><TIMEX3 functionInDocument=CREATION_TIME>)")
    return dct_date(candidates[0].get("value", ""), path)


def dct_date(value: str, path: str) -> date:
    """The date of a creation-time value (2025-02-12, 1998-01-08T12:00, 19980108)."""
    match = _DCT_DATE.match(value)
    if match is None:
        raise TimeMLReadError(path, f"document creation time has no date value: {value!r}")
    try:
        return date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        raise TimeMLReadError(path, f"document creation time is not a valid date: {value!r}") from None


def parse_timeml(source: str | bytes, path: str = "<string>", corpus: str = "") -> TimeMLDocument:
    """Read one TimeML document from its source text. Raises TimeMLReadError naming `path`."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        line, _column = exc.position
        raise TimeMLReadError(path, f"malformed XML: {exc}", line) from None
    texts = [el for el in root.iter() if _local(el.tag) == "TEXT"]
    if len(texts) != 1:
        raise TimeMLReadError(path, f"expected one <TEXT> element, found {len(texts)}")
    dct = _dct(root, path)
    plain, spans = _flatten(texts[0])
    gold: list[GoldTimex] = []
    for start, end, el in spans:
        if start == end:  # a non-consuming TIMEX3 (an anchored span's end point) covers no text and is not scored
            continue
        missing = [name for name in ("type", "value") if el.get(name) is None]
        if missing:
            raise TimeMLReadError(path, f"TIMEX3 {el.get('tid', '?')} lacks {', '.join(missing)}")
        gold.append(
            GoldTimex(
                tid=el.get("tid", ""),
                start=start,
                end=end,
                text=plain[start:end],
                type=el.get("type", ""),
                value=el.get("value", ""),
                mod=el.get("mod") or None,
            )
        )
    docid = next((el for el in root.iter() if _local(el.tag) == "DOCID"), None)
    doc_id = (docid.text or "").strip() if docid is not None else ""
    return TimeMLDocument(
        path=path,
        doc_id=doc_id or Path(path).stem,
        corpus=corpus,
        dct=dct,
        text=plain,
        timexes=tuple(sorted(gold, key=lambda g: (g.start, g.end, g.tid))),
    )


def read_document(
    path: str | Path, parse: Callable[[bytes, str, str], TimeMLDocument], corpus: str | None = None
) -> TimeMLDocument:
    """Read one annotated file with `parse`; its corpus is the name of its folder unless given."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TimeMLReadError(p, f"cannot read: {exc.strerror or exc}") from None
    return parse(data, str(p), p.parent.name if corpus is None else corpus)


def read_timeml(path: str | Path, corpus: str | None = None) -> TimeMLDocument:
    """Read a .tml file; its corpus is the name of its folder unless given."""
    return read_document(path, parse_timeml, corpus)


def find_files(inputs: Iterable[str | Path], suffix: str) -> tuple[Path, ...]:
    """Files ending in `suffix` under the given folders (recursive) plus the files given by name; sorted by folder
    name then file name, de-duplicated. Raises TimeMLReadError for a path that does not exist."""
    found: dict[Path, None] = {}
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob(f"*{suffix}")):
                if f.is_file():
                    found.setdefault(f, None)
        elif p.is_file():
            found.setdefault(p, None)
        else:
            raise TimeMLReadError(p, "no such file or folder")
    unique: dict[Path, Path] = {}
    for f in found:
        unique.setdefault(f.resolve(), f)
    return tuple(sorted(unique.values(), key=lambda f: (f.parent.name, f.name, str(f))))


def find_timeml_files(inputs: Iterable[str | Path]) -> tuple[Path, ...]:
    """Every .tml file under the given folders (recursive) plus the files given by name; sorted, de-duplicated."""
    names = [str(i) for i in inputs]
    files = find_files(names, TIMEML_SUFFIX)
    if not files:
        raise EvaluationError(f"no {TIMEML_SUFFIX} files in {', '.join(names)}")
    return files


# --------------------------------------------------------------------------- kinds of wrong values

ValueKind = Literal["notation", "part_of_day", "gold_less_specific", "gold_contradicts_text", "other"]
VALUE_KINDS: tuple[ValueKind, ...] = ("notation", "part_of_day", "gold_less_specific", "gold_contradicts_text", "other")

# TIMEX3 notation variants (canonical form on the right): 1949-XX, 1994-XX-XX -> 1949, 1994; 196X -> 196;
# 19XX -> 19; 2000-W7 -> 2000-W07; ...T17 -> ...T17:00
_X_AFTER_YEAR = re.compile(r"^(?P<year>\d{4})(?:-XX){1,2}$")
_X_DECADE = re.compile(r"^(?P<digits>\d{3})X$|^(?P<century>\d{2})XX$")
_SHORT_WEEK = re.compile(r"-W(?P<week>\d)(?=$|-)")
_HOUR_ONLY = re.compile(r"T(?P<hour>\d{2})$")
_PART_OF_DAY = re.compile(r"^(?P<day>.+)T(?P<pod>" + "|".join(PARTS_OF_DAY) + r")$")
# trailing unknown groups dropped to get the period a gold value with X placeholders still names: 1998-12-XX -> 1998-12
_X_TAIL = re.compile(r"(?:-(?:XX|WXX|QX|HX))+$")
_GOLD_YEAR = re.compile(r"^(?P<year>\d{4})(?!\d)")
_GOLD_MONTH = re.compile(r"^\d{4}-(?P<month>\d{2})(?=$|-|T)")
_GOLD_DAY = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})(?=$|T)")
# a four-digit year in running text, not part of a range (1988-89) nor of a decade (1980s)
_TEXT_YEAR = re.compile(r"(?<!\w)(?P<year>(?:19|20)\d{2})(?!\w)(?![-/–]\d)")
# units whose shift never moves the month named ("July a year earlier")
_YEAR_UNITS = frozenset({"Y", "DE", "CE", "ML"})
# exact conversions between duration units, in the smallest unit of each family (months; seconds)
_UNIT_SIZE: dict[str, tuple[str, float]] = {
    "M": ("month", 1),
    "Q": ("month", 3),
    "HY": ("month", 6),
    "Y": ("month", 12),
    "DE": ("month", 120),
    "CE": ("month", 1200),
    "ML": ("month", 12000),
    "S": ("second", 1),
    "MIN": ("second", 60),
    "H": ("second", 3600),
    "D": ("second", 86400),
    "W": ("second", 604800),
    "FN": ("second", 1209600),
}


def _word_pattern(words: Iterable[str]) -> str:
    """Regex alternation of lower-case words (longest first), spaces matching any white space, on word bounds."""
    alternatives = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return r"(?<!\w)(?:" + ("|".join(alternatives) or r"(?!x)x") + r")(?!\w)"


@dataclass(frozen=True, slots=True)
class TextWords:
    """The words the gold-versus-text checks read, from the language's words.toml (weekday, month, number...)."""

    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    numbers: Mapping[str, object]
    tens: Mapping[str, object]
    units: Mapping[str, str]
    weekday_re: re.Pattern[str]
    month_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    shift_re: re.Pattern[str]
    number_unit_re: re.Pattern[str]  # the whole text is "<number> <unit>"


def text_words(language: str) -> TextWords:
    """TextWords of a language, read through the temporal engine's resource loader."""
    tables = load_lexicon(language).tables

    def ints(*names: str) -> dict[str, int]:
        return {k: int(v) for name in names for k, v in tables.get(name, {}).items() if isinstance(v, int)}

    units = {k: str(v) for k, v in tables.get("unit", {}).items()}
    numbers = dict(tables.get("number", {}))
    tens = dict(tables.get("tens", {}))
    shifts = [*tables.get("shift", {}), *tables.get("day_shift", {})]
    number = (
        r"(?P<digits>\d+(?:\.\d+)?)"
        rf"|(?P<tens>{_word_pattern(tens)})(?:[-\s]+(?P<ones>{_word_pattern(numbers)}))?"
        rf"|(?P<word>{_word_pattern(numbers)})"
    )
    weekdays = ints("weekday")
    months = ints("month", "month_abbr")
    return TextWords(
        weekdays=weekdays,
        months=months,
        numbers=numbers,
        tens=tens,
        units=units,
        weekday_re=re.compile(_word_pattern(weekdays)),
        month_re=re.compile(_word_pattern(months)),
        unit_re=re.compile(_word_pattern(units)),
        shift_re=re.compile(_word_pattern(shifts)),
        number_unit_re=re.compile(rf"(?:{number})\s+(?P<unit>{_word_pattern(units)})"),
    )


def canonical_value(value: str) -> str:
    """A TIMEX3 value in one notation: 1949-XX -> 1949, 196X -> 196, 2000-W7-WE -> 2000-W07-WE, T17 -> T17:00."""
    if m := _X_AFTER_YEAR.match(value):
        return m["year"]
    if m := _X_DECADE.match(value):
        return m["digits"] or m["century"]
    value = _SHORT_WEEK.sub(lambda w: f"-W0{w['week']}", value)
    return _HOUR_ONLY.sub(lambda h: f"T{h['hour']}:00", value)


def _is_part_of_day(gold: str, system: str) -> bool:
    """The system adds a part of day to the gold's day, or only the parts of day differ."""
    sys_match = _PART_OF_DAY.match(system)
    if sys_match is None:
        return False
    gold_match = _PART_OF_DAY.match(gold)
    return gold == sys_match["day"] or (gold_match is not None and gold_match["day"] == sys_match["day"])


def _date_value(value: str) -> DateValue | None:
    try:
        parsed = parse_value(value)
    except ValueError_:
        return None
    return parsed if isinstance(parsed, DateValue) else None


def _is_gold_less_specific(gold: str, system: str) -> bool:
    """The system fills the gold's X placeholders (or extends it: 1998 -> 1998-Q3), or names a period strictly
    inside the period the gold names (1998-12-XX and 1998-W50, 199 and 1994)."""
    extends = len(system) > len(gold) and not gold.startswith("P")  # durations are not extended
    if len(system) >= len(gold) and ("X" in gold or extends):
        boundary = len(system) == len(gold) or system[len(gold)] in "-T"
        if boundary and all(g in ("X", s) for g, s in zip(gold, system, strict=False)):
            return True
    gold_value = _date_value(_X_TAIL.sub("", gold))
    system_value = _date_value(system)
    if gold_value is None or system_value is None:
        return False
    outer, inner = gold_value.interval(), system_value.interval()
    if outer is None or inner is None or outer == inner:
        return False
    return outer.start <= inner.start and inner.end <= outer.end


def _only(found: Iterable[int]) -> int | None:
    """The one value found, or None when none or several different ones."""
    distinct = set(found)
    return distinct.pop() if len(distinct) == 1 else None


def _number(m: re.Match[str], words: TextWords) -> float | None:
    if m["digits"] is not None:
        return float(m["digits"])
    if m["tens"] is not None:
        tens = words.tens.get(" ".join(m["tens"].split()))
        ones: object = 0 if m["ones"] is None else words.numbers.get(" ".join(m["ones"].split()))
        if isinstance(tens, int) and isinstance(ones, int) and 0 <= ones < 10:
            return float(tens + ones)
        return None
    amount = words.numbers.get(" ".join(m["word"].split()))
    return float(amount) if isinstance(amount, int | float) else None


def _amount_in(parts: Sequence[tuple[float | None, str]], family: str) -> float | None:
    total = 0.0
    for amount, unit in parts:
        size = _UNIT_SIZE.get(unit)
        if amount is None or size is None or size[0] != family:
            return None
        total += amount * size[1]
    return total


def contradicts_text(text: str, value: str, words: TextWords) -> bool:
    """Whether a value certainly disagrees with the words of its text: a weekday, a four-digit year, a month, or
    "<number> <unit>" for a duration. Any word that could shift the date (a unit, "before", "ago") makes the
    weekday and year checks (and, for units finer than a year, the month check) uncertain, hence False."""
    lowered = text.lower()
    units = {words.units[" ".join(u.split())] for u in words.unit_re.findall(lowered)}
    shifted = bool(units) or words.shift_re.search(lowered) is not None
    day_match = _GOLD_DAY.match(value)
    if day_match is not None and not shifted:
        weekday = _only(words.weekdays[" ".join(w.split())] for w in words.weekday_re.findall(lowered))
        try:
            day = date.fromisoformat(day_match["day"])
        except ValueError:
            day = None
        if weekday is not None and day is not None and day.isoweekday() != weekday:
            return True
    year_match = _GOLD_YEAR.match(value)
    if year_match is not None and not shifted:
        year = _only(int(m["year"]) for m in _TEXT_YEAR.finditer(text))
        if year is not None and year != int(year_match["year"]):
            return True
    month_match = _GOLD_MONTH.match(value)
    if month_match is not None and units <= _YEAR_UNITS and words.shift_re.search(lowered) is None:
        month = _only(words.months[" ".join(w.split())] for w in words.month_re.findall(lowered))
        if month is not None and month != int(month_match["month"]):
            return True
    number_unit = words.number_unit_re.fullmatch(" ".join(lowered.split()).strip(" .,;:"))
    if number_unit is not None and value.startswith("P"):
        try:
            duration = parse_value(value)
        except ValueError_:
            return False
        amount = _number(number_unit, words)
        size = _UNIT_SIZE.get(words.units[" ".join(number_unit["unit"].split())])
        if not isinstance(duration, DurationValue) or amount is None or size is None:
            return False
        gold_amount = _amount_in(duration.parts, size[0])
        return gold_amount is not None and gold_amount != amount * size[1]
    return False


def value_kind(gold_text: str, gold_value: str, system_value: str, words: TextWords) -> ValueKind:
    """Why a system value differs from the gold one (secondary diagnosis; the official score compares strings).

    The first that holds: notation, part_of_day, gold_less_specific, gold_contradicts_text (the gold value
    contradicts its text and the system value does not), other."""
    gold, system = canonical_value(gold_value), canonical_value(system_value)
    if gold == system:
        return "notation"
    if _is_part_of_day(gold, system):
        return "part_of_day"
    if _is_gold_less_specific(gold, system):
        return "gold_less_specific"
    if contradicts_text(gold_text, gold_value, words) and not contradicts_text(gold_text, system_value, words):
        return "gold_contradicts_text"
    return "other"


class ValueKindCounts(Frozen):
    """How many wrong values are of each kind (see `value_kind`)."""

    notation: int = 0
    part_of_day: int = 0
    gold_less_specific: int = 0
    gold_contradicts_text: int = 0
    other: int = 0

    def __add__(self, other: ValueKindCounts) -> ValueKindCounts:
        return ValueKindCounts(**{kind: self.count(kind) + other.count(kind) for kind in VALUE_KINDS})

    def count(self, kind: ValueKind) -> int:
        return int(getattr(self, kind))

    @classmethod
    def of(cls, kinds: Iterable[ValueKind]) -> ValueKindCounts:
        found = list(kinds)
        return cls(**{kind: found.count(kind) for kind in VALUE_KINDS})


# --------------------------------------------------------------------------- scores


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


class Scores(Frozen):
    """Counts over some documents and the TempEval-3 measures derived from them."""

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0  # aligned pairs with identical spans
    relaxed: int = 0  # aligned pairs with overlapping spans (includes the strict ones)
    type_correct: int = 0  # relaxed pairs with the gold type
    value_correct: int = 0  # relaxed pairs with the gold value string
    # secondary: the relaxed pairs with another value string, by kind (value_kind); not part of the TE3 measures
    wrong_value_kinds: ValueKindCounts = ValueKindCounts()

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            documents=self.documents + other.documents,
            gold=self.gold + other.gold,
            system=self.system + other.system,
            strict=self.strict + other.strict,
            relaxed=self.relaxed + other.relaxed,
            type_correct=self.type_correct + other.type_correct,
            value_correct=self.value_correct + other.value_correct,
            wrong_value_kinds=self.wrong_value_kinds + other.wrong_value_kinds,
        )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.system)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_f1_notation_equal(self) -> float:
        """Secondary: value F1 when values equal up to TIMEX3 notation (1949-XX = 1949) count as correct."""
        return self.relaxed_f1 * _ratio(self.value_correct + self.wrong_value_kinds.notation, self.relaxed)


MismatchKind = Literal["missed", "spurious", "wrong_span", "wrong_type", "wrong_value"]
MISMATCH_KINDS: tuple[MismatchKind, ...] = ("missed", "spurious", "wrong_span", "wrong_type", "wrong_value")


class Mismatch(Frozen):
    """One disagreement with the gold: a missed or spurious expression, or a relaxed match that differs."""

    kind: MismatchKind
    doc_id: str
    corpus: str
    start: int  # span of the gold expression, or of the system one for spurious
    end: int
    context: str  # surrounding text with the expression in [brackets]
    gold_text: str | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    system_text: str | None = None
    system_type: str | None = None
    system_value: str | None = None
    system_rule: str | None = None
    value_kind: ValueKind | None = None  # wrong_value only: why the values differ (secondary diagnosis)


class CorpusScores(Frozen):
    name: str
    scores: Scores


class DocumentScores(Frozen):
    doc_id: str
    corpus: str
    path: str
    scores: Scores


class TimeMLReport(Frozen):
    inputs: tuple[str, ...]
    overall: Scores
    corpora: tuple[CorpusScores, ...]
    documents: tuple[DocumentScores, ...]
    errors: tuple[Mismatch, ...]  # every mismatch; format_report caps how many it prints


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def align(gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs: identical spans first, then the largest overlaps."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_sys: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, s in enumerate(system):
        by_span.setdefault((s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g.start, g.end), []):
            if j not in used_sys:
                pairs.append((i, j))
                used_gold.add(i)
                used_sys.add(j)
                break
    candidates: list[tuple[int, int, int, int, int]] = []
    for i, g in enumerate(gold):
        if i in used_gold:
            continue
        for j, s in enumerate(system):
            if j in used_sys:
                continue
            ov = _overlap(g.start, g.end, s.start, s.end)
            if ov > 0:
                candidates.append((-ov, g.start, s.start, i, j))
    for _neg, _gs, _ss, i, j in sorted(candidates):
        if i not in used_gold and j not in used_sys:
            pairs.append((i, j))
            used_gold.add(i)
            used_sys.add(j)
    return sorted(pairs)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def score_document(doc: TimeMLDocument, system: Sequence[Timex], words: TextWords) -> tuple[Scores, list[Mismatch]]:
    """Scores and mismatches of one document's system expressions against its gold; `words` give the kinds of
    the wrong values."""
    sys_sorted = sorted(system, key=lambda t: (t.start, t.end, t.value))
    pairs = align(doc.timexes, sys_sorted)
    mismatches: list[Mismatch] = []
    strict = type_ok = value_ok = 0
    paired_gold = {i for i, _ in pairs}
    paired_sys = {j for _, j in pairs}

    def mk(
        kind: MismatchKind,
        start: int,
        end: int,
        g: GoldTimex | None,
        s: Timex | None,
        value_kind: ValueKind | None = None,
    ) -> Mismatch:
        return Mismatch(
            kind=kind,
            doc_id=doc.doc_id,
            corpus=doc.corpus,
            start=start,
            end=end,
            context=_context(doc.text, start, end),
            gold_text=g.text if g else None,
            gold_type=g.type if g else None,
            gold_value=g.value if g else None,
            system_text=s.text if s else None,
            system_type=s.type if s else None,
            system_value=s.value if s else None,
            system_rule=s.rule if s else None,
            value_kind=value_kind,
        )

    for i, j in pairs:
        g, s = doc.timexes[i], sys_sorted[j]
        if (g.start, g.end) == (s.start, s.end):
            strict += 1
        else:
            mismatches.append(mk("wrong_span", g.start, g.end, g, s))
        if g.type == s.type:
            type_ok += 1
        else:
            mismatches.append(mk("wrong_type", g.start, g.end, g, s))
        if g.value == s.value:
            value_ok += 1
        else:
            mismatches.append(mk("wrong_value", g.start, g.end, g, s, value_kind(g.text, g.value, s.value, words)))
    for i, g in enumerate(doc.timexes):
        if i not in paired_gold:
            mismatches.append(mk("missed", g.start, g.end, g, None))
    for j, s in enumerate(sys_sorted):
        if j not in paired_sys:
            mismatches.append(mk("spurious", s.start, s.end, None, s))
    scores = Scores(
        documents=1,
        gold=len(doc.timexes),
        system=len(sys_sorted),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_ok,
        value_correct=value_ok,
        wrong_value_kinds=ValueKindCounts.of(m.value_kind for m in mismatches if m.value_kind is not None),
    )
    mismatches.sort(key=lambda m: (m.start, m.end, MISMATCH_KINDS.index(m.kind)))
    return scores, mismatches


def evaluate_documents(
    documents: Sequence[TimeMLDocument],
    settings: Settings,
    *,
    tagger: Tagger = tag_text,
    inputs: Sequence[str] = (),
) -> TimeMLReport:
    """Tag every document's text with its DCT and score the result against its gold."""
    total = Scores()
    per_corpus: dict[str, Scores] = {}
    per_doc: list[DocumentScores] = []
    errors: list[Mismatch] = []
    words = text_words(settings.language)
    for doc in documents:
        try:
            system = tagger(doc.text, doc.dct, settings)
        except Exception as exc:
            exc.add_note(f"while tagging {doc.path} (DCT {doc.dct.isoformat()})")
            raise
        if doc.scored_end is not None:
            system = [t for t in system if t.start < doc.scored_end]
        scores, mismatches = score_document(doc, system, words)
        total = total + scores
        per_corpus[doc.corpus] = per_corpus.get(doc.corpus, Scores()) + scores
        per_doc.append(DocumentScores(doc_id=doc.doc_id, corpus=doc.corpus, path=doc.path, scores=scores))
        errors.extend(mismatches)
    return TimeMLReport(
        inputs=tuple(inputs),
        overall=total,
        corpora=tuple(CorpusScores(name=name, scores=per_corpus[name]) for name in sorted(per_corpus)),
        documents=tuple(per_doc),
        errors=tuple(errors),
    )


def evaluate_timeml(dirs: Sequence[str | Path], settings: Settings, *, tagger: Tagger = tag_text) -> TimeMLReport:
    """Read every .tml file under `dirs`, tag its TEXT with its DCT and compute the TempEval-3 measures."""
    documents = [read_timeml(f) for f in find_timeml_files(dirs)]
    return evaluate_documents(documents, settings, tagger=tagger, inputs=[str(d) for d in dirs])


# --------------------------------------------------------------------------- report text


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _score_row(name: str, s: Scores, width: int) -> str:
    return (
        f"{name:<{width}} {s.documents:>5} {s.gold:>6} {s.system:>6}  "
        f"{_pct(s.strict_precision)} {_pct(s.strict_recall)} {_pct(s.strict_f1)}  "
        f"{_pct(s.relaxed_precision)} {_pct(s.relaxed_recall)} {_pct(s.relaxed_f1)}  "
        f"{_pct(s.type_accuracy)} {_pct(s.value_accuracy)}  {_pct(s.type_f1)} {_pct(s.value_f1)}"
    )


def _capped(errors: Sequence[Mismatch], limit: int) -> list[Mismatch]:
    """At most `limit` errors, taken in turn from each kind so that every kind shows; in document order."""
    queues = {kind: [e for e in errors if e.kind == kind] for kind in MISMATCH_KINDS}
    picked: list[Mismatch] = []
    depth = 0
    while len(picked) < limit and any(depth < len(q) for q in queues.values()):
        for kind in MISMATCH_KINDS:
            if depth < len(queues[kind]) and len(picked) < limit:
                picked.append(queues[kind][depth])
        depth += 1
    order = {id(e): n for n, e in enumerate(errors)}
    return sorted(picked, key=lambda e: (MISMATCH_KINDS.index(e.kind), order[id(e)]))


def _describe(e: Mismatch) -> str:
    gold = f"gold {e.gold_type} {e.gold_value!r} {e.gold_text!r}" if e.gold_text is not None else ""
    system = (
        f"system {e.system_type} {e.system_value!r} {e.system_text!r} ({e.system_rule})"
        if e.system_text is not None
        else ""
    )
    what = "; ".join(part for part in (gold, system) if part)
    kind = f"({e.value_kind}) " if e.value_kind is not None else ""
    return f"  {e.doc_id}:{e.start}-{e.end}  {kind}{what}\n      {e.context}"


def only_value_kind(errors: Sequence[Mismatch], kind: ValueKind) -> tuple[Mismatch, ...]:
    """The wrong_value errors of one kind."""
    return tuple(e for e in errors if e.kind == "wrong_value" and e.value_kind == kind)


def format_report(report: TimeMLReport, max_errors: int = 50, value_kind: ValueKind | None = None) -> str:
    """The report as a plain-text table (percentages), the error counts, the kinds of the wrong values, then at most
    `max_errors` errors (only the wrong values of `value_kind` when given)."""
    names = [c.name or "(none)" for c in report.corpora]
    width = max([12, *(len(n) for n in names)])
    header = (
        f"{'corpus':<{width}} {'docs':>5} {'gold':>6} {'system':>6}  "
        f"{'str-P':>5} {'str-R':>5} {'str-F':>5}  {'rel-P':>5} {'rel-R':>5} {'rel-F':>5}  "
        f"{'typeA':>5} {'valA':>5}  {'typeF':>5} {'valF':>5}"
    )
    lines = [
        "TempEval-3 TIMEX3 scores (percent): strict = same span, relaxed = overlapping span (one-to-one);",
        "type/value accuracy over relaxed matches; type/value F1 = relaxed F1 x accuracy.",
        "",
        header,
        "-" * len(header),
    ]
    lines.extend(_score_row(name, c.scores, width) for name, c in zip(names, report.corpora, strict=True))
    if len(report.corpora) != 1:
        lines.append(_score_row("all", report.overall, width))
    if report.overall.gold == 0:
        lines.append("note: the files hold no gold TIMEX3 inside <TEXT>; every system expression counts as spurious")
    counts = {kind: sum(1 for e in report.errors if e.kind == kind) for kind in MISMATCH_KINDS}
    lines.append("")
    lines.append("errors: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    kinds = report.overall.wrong_value_kinds
    lines.append("wrong values by kind: " + ", ".join(f"{kind} {kinds.count(kind)}" for kind in VALUE_KINDS))
    lines.append(
        f"value F1 if notation variants count as equal: {100 * report.overall.value_f1_notation_equal:.1f}"
        " (secondary; the official figure above compares strings)"
    )
    listed = report.errors if value_kind is None else only_value_kind(report.errors, value_kind)
    shown = _capped(listed, max(0, max_errors))
    if shown:
        what = "" if value_kind is None else f" wrong values of kind {value_kind}"
        lines.append(f"showing {len(shown)} of {len(listed)}{what}:")
        current: str | None = None
        for e in shown:
            if e.kind != current:
                current = e.kind
                lines.append(f"{current}:")
            lines.append(_describe(e))
    return "\n".join(lines) + "\n"
