"""Publication dates: every source, in precedence order, and every dateline form."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from conftest import FileContent, MakeTree

from timeline.articles import load_articles
from timeline.models import DateSource
from timeline.settings import Settings

BODY = "Ministers met in Brussels on Thursday to discuss the budget.\n"
LATER = date(2025, 3, 1)

# (id, files, input, settings, expected date, expected source)
SOURCE_CASES: list[tuple[str, Mapping[str, FileContent], str, dict[str, Any], date, DateSource]] = [
    (
        "front_matter",
        {"a.md": "---\ndate: 2025-02-13\n---\n" + BODY},
        "a.md",
        {},
        date(2025, 2, 13),
        DateSource.FRONT_MATTER,
    ),
    ("metadata_line", {"a.txt": " date 2025-02-13 " + BODY}, "a.txt", {}, date(2025, 2, 13), DateSource.METADATA_LINE),
    (
        "manifest",
        {"in/a.txt": BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\n"},
        "in",
        {},
        date(2025, 2, 12),
        DateSource.MANIFEST,
    ),
    (
        "corpus_column",
        {"c.jsonl": json.dumps({"text": BODY, "date": "2025-02-12"})},
        "c.jsonl",
        {},
        date(2025, 2, 12),
        DateSource.CORPUS,
    ),
    (
        "metadata_line_colon",
        {"a.txt": "date:2025-02-13\n" + BODY},
        "a.txt",
        {},
        date(2025, 2, 13),
        DateSource.METADATA_LINE,
    ),
    (
        "metadata_line_published_key",
        {"a.txt": "Published: 2025-02-13\n" + BODY},
        "a.txt",
        {},
        date(2025, 2, 13),
        DateSource.METADATA_LINE,
    ),
    ("command_line_default", {"a.txt": BODY}, "a.txt", {"default_date": LATER}, LATER, DateSource.COMMAND_LINE),
    # precedence
    (
        "own_metadata_beats_manifest_without_date",
        {"in/a.txt": " date 2025-02-13 " + BODY, "in/articles.csv": "file,published,title\na.txt,,T\n"},
        "in",
        {},
        date(2025, 2, 13),
        DateSource.METADATA_LINE,
    ),
    (
        "own_metadata_agreeing_with_manifest",
        {"in/a.txt": " date 2025-02-13 " + BODY, "in/articles.csv": "file,published\na.txt,2025-02-13\n"},
        "in",
        {},
        date(2025, 2, 13),
        DateSource.METADATA_LINE,
    ),
    (
        "manifest_beats_dateline",
        {"in/a.txt": "Published Feb. 10, 2025\n" + BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\n"},
        "in",
        {},
        date(2025, 2, 12),
        DateSource.MANIFEST,
    ),
    (
        "corpus_column_beats_dateline",
        {"c.jsonl": json.dumps({"text": "Published Feb. 10, 2025\n" + BODY, "date": "2025-02-12"})},
        "c.jsonl",
        {},
        date(2025, 2, 12),
        DateSource.CORPUS,
    ),
    (
        "dateline_beats_command_line",
        {"a.txt": "Published Feb. 10, 2025\n" + BODY},
        "a.txt",
        {"default_date": LATER},
        date(2025, 2, 10),
        DateSource.DATELINE,
    ),
    (
        "corpus_row_without_date_uses_its_dateline",
        {"c.jsonl": json.dumps({"text": "LONDON, Feb. 11, 2025 (AFP) - " + BODY})},
        "c.jsonl",
        {},
        date(2025, 2, 11),
        DateSource.DATELINE,
    ),
]


@pytest.mark.parametrize(
    "files, inputs, settings, expected, source", [c[1:] for c in SOURCE_CASES], ids=[c[0] for c in SOURCE_CASES]
)
def test_articles_date_source(
    make_tree: MakeTree,
    files: Mapping[str, FileContent],
    inputs: str,
    settings: dict[str, Any],
    expected: date,
    source: DateSource,
) -> None:
    make_tree(files)
    result = load_articles([inputs], Settings(**settings))
    assert result.problems == ()
    (article,) = result.articles
    assert (article.published, article.published_from) == (expected, source)


# (id, text at the top of the article, --date, expected date or None when it is not enough)
DATELINE_CASES: list[tuple[str, str, date | None, date | None]] = [
    ("published_label", "Published Feb. 13, 2025\n", None, date(2025, 2, 13)),
    ("published_label_after_byline", "By Jane Roe | Published: 13 February 2025\n", None, date(2025, 2, 13)),
    ("first_published_with_time", "First published on Thu 13 Feb 2025 10.51 GMT\n", None, date(2025, 2, 13)),
    ("published_with_time_first", "Published 10:30 AM EST, Thu February 13, 2025\n", None, date(2025, 2, 13)),
    ("leading_date_line", "February 13, 2025\n", None, date(2025, 2, 13)),
    ("leading_date_line_weekday", "Thursday, 13 February 2025\n", None, date(2025, 2, 13)),
    ("leading_date_line_with_time", "Thu 13 Feb 2025 10.51 GMT\n", None, date(2025, 2, 13)),
    ("date_line_under_headline", "Budget talks resume\nFeb. 13, 2025\n", None, date(2025, 2, 13)),
    ("agency_with_year", "WASHINGTON, Feb. 13, 2025 (AP) — ", None, date(2025, 2, 13)),
    ("agency_reuters_yearless_with_date", "Feb 13 (Reuters) - ", date(2025, 3, 1), date(2025, 2, 13)),
    ("agency_place_yearless_with_date", "MOSCOW, Feb. 13 (AP) — ", date(2025, 3, 1), date(2025, 2, 13)),
    ("agency_yearless_nearest_year_back", "Dec 30 (Reuters) - ", date(2025, 1, 2), date(2024, 12, 30)),
    ("agency_yearless_nearest_year_forward", "Jan 2 (Reuters) - ", date(2024, 12, 30), date(2025, 1, 2)),
    ("agency_yearless_without_date_is_not_enough", "Feb 13 (Reuters) - ", None, None),
    ("iso_date", "Posted by the desk 2025-02-13T09:30:00Z\n", None, date(2025, 2, 13)),
    ("iso_date_plain", "Updated 2025-02-13 | Brussels\n", None, date(2025, 2, 13)),
    ("iso_in_file_name_is_not_a_dateline", "photo-2025-02-12.jpg\n", None, None),
    ("compact_date_in_file_name_is_not_a_dateline", "20250212-photo.jpg\n", None, None),
    ("clock_time_is_not_a_dateline", "04:22 - Source: Example\n", None, None),
    ("weekday_alone_is_not_a_dateline", "Thursday\n", None, None),
    ("invalid_date_is_not_a_dateline", "February 30, 2025\n", None, None),
    ("too_far_down_is_not_a_dateline", "x" * 700 + "\nFebruary 13, 2025\n", None, None),
]


@pytest.mark.parametrize("top, default, expected", [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES])
def test_articles_dateline(make_tree: MakeTree, top: str, default: date | None, expected: date | None) -> None:
    make_tree({"a.txt": top + BODY})
    result = load_articles(["a.txt"], Settings(default_date=default))
    if expected is None:
        assert result.articles == ()
        (problem,) = result.problems
        assert (problem.kind, problem.path) == ("missing_date", "a.txt")
    else:
        assert result.problems == ()
        (article,) = result.articles
        assert (article.published, article.published_from) == (expected, DateSource.DATELINE)


def test_articles_dateline_after_metadata_line_is_searched_from_body_start(make_tree: MakeTree) -> None:
    make_tree({"a.txt": "---\ntitle: T\n---\nFebruary 13, 2025\n" + BODY})
    (article,) = load_articles(["a.txt"], Settings()).articles
    assert (article.published, article.published_from) == (date(2025, 2, 13), DateSource.DATELINE)


def test_articles_yearless_dateline_problem_says_why(make_tree: MakeTree) -> None:
    make_tree({"a.txt": "Feb 13 (Reuters) - " + BODY})
    (problem,) = load_articles(["a.txt"], Settings()).problems
    assert "'Feb 13' has no year" in problem.message and "--date" in problem.message


def test_articles_no_date_is_never_today(make_tree: MakeTree) -> None:
    make_tree({"a.txt": "Thursday, 13 February\n" + BODY, "b.txt": BODY})
    result = load_articles(["a.txt", "b.txt"], Settings())
    assert result.articles == ()
    assert [(p.path, p.kind) for p in result.problems] == [("a.txt", "missing_date"), ("b.txt", "missing_date")]
