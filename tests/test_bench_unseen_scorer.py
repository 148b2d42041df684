"""The scorer of benchmarks/bench_unseen_sentences.py: each tag answers one expected item at most."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from timeline.settings import Settings
from timeline.temporal import tag_text

MON = date(2027, 3, 1)


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_unseen_sentences.py"
    spec = importlib.util.spec_from_file_location("bench_unseen_sentences", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


BENCH = _bench()

# (id, text, expected items, issues the scorer must report)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "optional_item_inside_a_claimed_tag_is_no_error",
        "Tickets go on sale at 9 a.m. on Saturday.",
        ["9 a.m. || 9 a.m. on Saturday => 2027-03-06T09:00", "?Saturday => 2027-03-06"],
        [],
    ),
    (
        "second_item_on_a_claimed_tag_is_missed",
        "Tickets go on sale at 9 a.m. on Saturday.",
        ["9 a.m. || 9 a.m. on Saturday => 2027-03-06T09:00", "Saturday => 2027-03-06"],
        ["MISSED 'Saturday'=2027-03-06"],
    ),
    (
        "optional_item_overlapping_a_tag_another_item_names_exactly_is_no_error",
        "The fair opens at 10 a.m. on March 19 this year.",
        [
            "10 a.m. on March 19 || 10 a.m. => 2027-03-19T10:00",
            "?March 19 || March 19 this year => 2027-03-19",
            "?this year => 2027",
        ],
        [],
    ),
    (
        "unclaimed_tag_is_extra",
        "The vote is on Friday, and the count on Saturday.",
        ["Friday => 2027-03-05"],
        ["EXTRA 'Saturday'=2027-03-06 DATE None (weekday)"],
    ),
]


@pytest.mark.parametrize(("text", "expect", "issues"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bench_unseen_scorer_claims_each_tag_once(text: str, expect: list[str], issues: list[str]) -> None:
    case = BENCH.Case(text=text, expect=tuple(BENCH.Expectation.parse(e) for e in expect))
    tags = tag_text(text, MON, Settings())
    assert list(BENCH.score(case, tags)) == issues
