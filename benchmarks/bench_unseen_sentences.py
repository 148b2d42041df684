"""Temporal tagging of sentences the engine has never seen: `tag_text` against hand-written expectations.

    python benchmarks/bench_unseen_sentences.py [--data FILE...] [--quiet]

Each data set (`data/unseen_sentences*.toml`, all of them by default) was written fresh by a helper (for sets 2 and
3, without running the engine before the first scored run), outside the tests and the development corpora,
annotated in the TimeML conventions the engine follows: set 1 (238 sentences, published Wed 2025-06-18), set 2 (225
sentences, Mon 2026-01-05, across the year boundary), set 3 (short paragraphs, Sun 2024-12-29, across an ISO year
boundary). A set's first run, before any fix drawn from it, is the held-out figure; later runs show what the fixes
it prompted did. An expected item is
"span => value [@MOD]": "a || b" gives alternatives in the span or the value, a leading "?" makes the item optional
(tagged or not, both fine), and an empty list means nothing may be tagged. Each item is matched to a tag with
exactly one of its spans (all items' exact matches first), else to a tag overlapping one of them. Issues, per sentence:
- MISSED: no tag at or over a required span;
- SPAN: only a tag with other bounds overlaps the span (optional items too);
- VALUE: the span is right, the value is none of the alternatives (an alternative starting with "T", a bare
  time of day or part of day, also accepts any value ending with it: "T07:00" accepts "2025-06-18T07:00");
- MOD: span and value right, the expected modifier (START, MID, END, ...) differs;
- EXTRA: a tag no expected item claimed.
Printed per set: every sentence with an issue and its issues, then "N sentences, M fully right (P%), K with issues";
with several sets, a last line for all of them.
No target: the number is read, compared before/after a change, never asserted (the exit code is always 0).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.models import Timex
from timeline.settings import Settings
from timeline.temporal.tagger import tag_text

DEFAULT_DATA = sorted((Path(__file__).resolve().parent / "data").glob("unseen_sentences*.toml"))


@dataclass(frozen=True)
class Expectation:
    """One expected item: 'span => value [@MOD]', with '||' alternatives and a leading '?' when optional."""

    optional: bool
    spans: tuple[str, ...]
    values: tuple[str, ...]
    mod: str | None

    @classmethod
    def parse(cls, item: str) -> Expectation:
        optional = item.startswith("?")
        span, rest = item.lstrip("?").split(" => ")
        mod: str | None = None
        if " @" in rest:
            rest, mod = rest.split(" @")
        return cls(
            optional=optional,
            spans=tuple(s.strip() for s in span.split("||")),
            values=tuple(v.strip() for v in rest.split("||")),
            mod=mod,
        )

    def accepts(self, value: str) -> bool:
        """The value is one of the alternatives, or ends with a 'T...' alternative (a time or part of day)."""
        return value in self.values or any(v.startswith("T") and value.endswith(v) for v in self.values)


@dataclass(frozen=True)
class Case:
    text: str
    expect: tuple[Expectation, ...]


@dataclass(frozen=True)
class Outcome:
    case: Case
    tags: tuple[Timex, ...]
    issues: tuple[str, ...]


def load_cases(path: Path) -> tuple[date, list[Case]]:
    """The publication date and the cases of a TOML file (`published`, then `[[case]]` with `text` and `expect`)."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    published = date.fromisoformat(str(data["published"]))
    cases = []
    for table in data["case"]:
        text, expect = table["text"], table["expect"]
        if not isinstance(text, str) or not isinstance(expect, list) or not all(isinstance(e, str) for e in expect):
            raise ValueError(f"{path}: a case needs text = string and expect = list of strings: {table!r}")
        cases.append(Case(text=text, expect=tuple(Expectation.parse(e) for e in expect)))
    return published, cases


def find_tag(exp: Expectation, text: str, tags: tuple[Timex, ...], used: set[int], exact: bool) -> int | None:
    """Index of the first tag not yet claimed with one of the expected spans (`exact`), else of the first such tag
    overlapping one of them."""
    free = [(i, tag) for i, tag in enumerate(tags) if i not in used]
    if exact:
        return next((i for i, tag in free if tag.text in exp.spans), None)
    for i, tag in free:
        for span in exp.spans:
            at = text.find(span)
            if at >= 0 and tag.start < at + len(span) and at < tag.end:
                return i
    return None


def score(case: Case, tags: tuple[Timex, ...]) -> tuple[str, ...]:
    """The issues of one sentence: MISSED, SPAN, VALUE, MOD per expected item, then EXTRA per unclaimed tag."""
    used: set[int] = set()
    issues: list[str] = []
    hits: dict[int, int] = {}  # every item's exact match first, so that an overlap claims no tag another item names
    for n, exp in enumerate(case.expect):
        hit = find_tag(exp, case.text, tags, used, exact=True)
        if hit is not None:
            hits[n] = hit
            used.add(hit)
    for n, exp in enumerate(case.expect):
        hit = hits[n] if n in hits else find_tag(exp, case.text, tags, used, exact=False)
        if hit is None:
            if not exp.optional:
                issues.append(f"MISSED {exp.spans[0]!r}={exp.values[0]}")
            continue
        used.add(hit)
        tag = tags[hit]
        if tag.text not in exp.spans:
            issues.append(f"SPAN want {exp.spans[0]!r}={exp.values[0]} got {tag.text!r}={tag.value} {tag.mod}")
        elif not exp.accepts(tag.value):
            want = "/".join(exp.values)
            issues.append(f"VALUE {tag.text!r} want {want} got {tag.value} ({tag.type},{tag.mod},{tag.rule})")
        elif exp.mod is not None and tag.mod != exp.mod:
            issues.append(f"MOD {tag.text!r} want {exp.mod} got {tag.mod} ({tag.value})")
    for i, tag in enumerate(tags):
        if i not in used:
            issues.append(f"EXTRA {tag.text!r}={tag.value} {tag.type} {tag.mod} ({tag.rule})")
    return tuple(issues)


def run(cases: list[Case], published: date, settings: Settings) -> list[Outcome]:
    out = []
    for case in cases:
        tags = tag_text(case.text, published, settings)
        out.append(Outcome(case=case, tags=tags, issues=score(case, tags)))
    return out


def summary(outcomes: list[Outcome]) -> str:
    right = sum(not o.issues for o in outcomes)
    share = right / max(1, len(outcomes))
    return f"{len(outcomes)} sentences, {right} fully right ({share:.1%}), {len(outcomes) - right} with issues"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, nargs="+", default=DEFAULT_DATA, help="TOML files of cases (default: every data set)"
    )
    parser.add_argument("--quiet", action="store_true", help="print only the summary lines")
    args = parser.parse_args(argv)
    every: list[Outcome] = []
    for path in args.data:
        published, cases = load_cases(path)
        outcomes = run(cases, published, Settings())
        every += outcomes
        if not args.quiet:
            for o in outcomes:
                if o.issues:
                    print(o.case.text)
                    for issue in o.issues:
                        print(f"    {issue}")
            print()
        print(f"{path.name} (published {published}): {summary(outcomes)}")
    if len(args.data) > 1:
        print(f"all: {summary(every)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
