"""Every way of giving articles: file, folder, glob, front matter, metadata line, manifests, corpora."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import FileContent, MakeTree

from timeline.articles import load_articles
from timeline.models import Article
from timeline.settings import CorpusColumns, Settings

BODY = "Ministers met in Brussels on Thursday to discuss the budget.\n"
DATED = " date 2025-02-13 Ministers meet\n" + BODY
FRONT = "---\nid: budget-talks\ntitle: Ministers meet\nsource: Example Wire\nurl: https://example.org/a\n"


def summary(article: Article) -> tuple[str, str, str, str | None, str | None]:
    return (article.id, article.published.isoformat(), article.published_from.value, article.title, article.source)


# (id, files, inputs, settings, expected (id, published, from, title, source) sorted by id)
LOADER_CASES: list[tuple[str, Mapping[str, FileContent], list[str], dict[str, Any], list[tuple[Any, ...]]]] = [
    ("single_file", {"a.txt": DATED}, ["a.txt"], {}, [("a", "2025-02-13", "metadata_line", "Ministers meet", None)]),
    (
        "folder_recursive",
        {"in/a.txt": DATED, "in/sub/b.md": DATED.replace("13", "14"), "in/sub/deeper/c.txt": DATED},
        ["in"],
        {},
        [
            ("a", "2025-02-13", "metadata_line", "Ministers meet", None),
            ("b", "2025-02-14", "metadata_line", "Ministers meet", None),
            ("c", "2025-02-13", "metadata_line", "Ministers meet", None),
        ],
    ),
    (
        "glob",
        {"in/a.txt": DATED, "in/b.txt": DATED, "in/c.md": DATED},
        ["in/*.txt"],
        {},
        [
            ("a", "2025-02-13", "metadata_line", "Ministers meet", None),
            ("b", "2025-02-13", "metadata_line", "Ministers meet", None),
        ],
    ),
    (
        "recursive_glob",
        {"in/x/a.txt": DATED, "in/y/b.txt": DATED},
        ["in/**/*.txt"],
        {},
        [
            ("a", "2025-02-13", "metadata_line", "Ministers meet", None),
            ("b", "2025-02-13", "metadata_line", "Ministers meet", None),
        ],
    ),
    (
        "front_matter",
        {"a.md": FRONT + "date: 2025-02-13\n---\n" + BODY},
        ["a.md"],
        {},
        [("budget-talks", "2025-02-13", "front_matter", "Ministers meet", "Example Wire")],
    ),
    (
        "front_matter_published_key_words",
        {"a.md": "---\npublished: February 13, 2025\ntags:\n  - budget\n---\n" + BODY},
        ["a.md"],
        {},
        [("a", "2025-02-13", "front_matter", None, None)],
    ),
    (
        "front_matter_iso_datetime",
        {"a.md": "---\ndate: '2025-02-13T23:30:00-05:00'\n---\n" + BODY},
        ["a.md"],
        {},
        [("a", "2025-02-13", "front_matter", None, None)],
    ),
    (
        "metadata_line_alone_on_its_line",
        {"a.txt": "date: 2025-02-13\nMinisters meet\n" + BODY},
        ["a.txt"],
        {},
        [("a", "2025-02-13", "metadata_line", "Ministers meet", None)],
    ),
    (
        "manifest_csv",
        {
            "in/a.txt": BODY,
            "in/b.txt": BODY,
            "in/articles.csv": "file,id,published,title,source,url\n"
            'a.txt,,2025-02-12,"Talks, day one",Example Wire,https://example.org/a\n'
            "b.txt,b-renamed,2025-02-13,,,\n",
        },
        ["in"],
        {},
        [
            ("a", "2025-02-12", "manifest", "Talks, day one", "Example Wire"),
            ("b-renamed", "2025-02-13", "manifest", None, None),
        ],
    ),
    (
        "manifest_toml",
        {
            "in/a.txt": BODY,
            "in/articles.toml": '[[articles]]\nfile = "a.txt"\npublished = 2025-02-12\ntitle = "Talks"\n',
        },
        ["in"],
        {},
        [("a", "2025-02-12", "manifest", "Talks", None)],
    ),
    (
        "manifest_beside_a_file_named_alone",
        {"in/a.txt": BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\n"},
        ["in/a.txt"],
        {},
        [("a", "2025-02-12", "manifest", None, None)],
    ),
    (
        "manifest_named_explicitly_loads_its_files",
        {"in/a.txt": BODY, "in/b.txt": BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\n"},
        ["in/articles.csv"],
        {},
        [("a", "2025-02-12", "manifest", None, None)],
    ),
    (
        "manifest_in_subfolder_paths_relative_to_it",
        {"in/sub/a.txt": BODY, "in/sub/articles.toml": '[[articles]]\nfile = "a.txt"\ndate = "2025-02-11"\n'},
        ["in"],
        {},
        [("a", "2025-02-11", "manifest", None, None)],
    ),
    (
        "jsonl",
        {
            "c.jsonl": json.dumps({"id": "x1", "text": BODY, "date": "2025-02-13", "title": "T"})
            + "\n\n"
            + json.dumps({"text": BODY, "date": "2025-02-14"})
            + "\n"
        },
        ["c.jsonl"],
        {},
        [("c-2", "2025-02-14", "corpus", None, None), ("x1", "2025-02-13", "corpus", "T", None)],
    ),
    (
        "csv_corpus_with_multiline_text",
        {"c.csv": 'id,text,date,source\nr1,"line one\nline two",2025-02-13,Wire\nr2,plain,"Feb 14, 2025",\n'},
        ["c.csv"],
        {},
        [("r1", "2025-02-13", "corpus", None, "Wire"), ("r2", "2025-02-14", "corpus", None, None)],
    ),
    (
        "parquet",
        {
            "c.parquet": [
                {"id": "p1", "text": BODY, "date": date(2025, 2, 13)},
                {"id": "p2", "text": BODY, "date": None},
            ]
        },
        ["c.parquet"],
        {"default_date": date(2025, 1, 1)},
        [("p1", "2025-02-13", "corpus", None, None), ("p2", "2025-01-01", "command_line", None, None)],
    ),
    (
        "custom_columns",
        {"c.jsonl": json.dumps({"doc": "k", "body": BODY, "when": "2025-02-13", "headline": "H", "site": "S"})},
        ["c.jsonl"],
        {"corpus_columns": CorpusColumns(id="doc", text="body", date="when", title="headline", source="site")},
        [("k", "2025-02-13", "corpus", "H", "S")],
    ),
    (
        "articles_csv_with_text_column_is_a_corpus",
        {"in/articles.csv": "id,text,date\nz,some text here,2025-02-13\n"},
        ["in"],
        {},
        [("z", "2025-02-13", "corpus", None, None)],
    ),
    (
        "folder_skips_readme_hidden_and_other_files",
        {
            "in/a.txt": DATED,
            "in/README.md": "# About this folder\n",
            "in/.hidden.txt": DATED,
            "in/.git/b.txt": DATED,
            "in/picture.jpg": b"\xff\xd8\xff\x00",
        },
        ["in"],
        {},
        [("a", "2025-02-13", "metadata_line", "Ministers meet", None)],
    ),
    (
        "same_file_twice_loads_once",
        {"in/a.txt": DATED},
        ["in", "in/a.txt", "in/*.txt"],
        {},
        [("a", "2025-02-13", "metadata_line", "Ministers meet", None)],
    ),
]


@pytest.mark.parametrize(
    "files, inputs, settings, expected", [c[1:] for c in LOADER_CASES], ids=[c[0] for c in LOADER_CASES]
)
def test_articles_loader_case(
    make_tree: MakeTree,
    files: Mapping[str, FileContent],
    inputs: list[str],
    settings: dict[str, Any],
    expected: list[tuple[Any, ...]],
) -> None:
    make_tree(files)
    result = load_articles(inputs, Settings(**settings))
    assert result.problems == ()
    assert [summary(a) for a in result.articles] == expected


# (id, file text, expected body_start, expected text at body_start)
BODY_START_CASES = [
    ("no_metadata", BODY, 0, "Ministers"),
    ("metadata_line_shares_headline_line", " date 2025-02-13 Trump’s call\nBody.\n", 17, "Trump’s call"),
    ("metadata_line_own_line", "date 2025-02-13\nHeadline\n", 16, "Headline"),
    ("front_matter", "---\ndate: 2025-02-13\n---\nHeadline\n", 25, "Headline"),
    ("front_matter_crlf", "---\r\ndate: 2025-02-13\r\n---\r\nHeadline\r\n", 28, "Headline"),
]


@pytest.mark.parametrize(
    "text, body_start, starts_with", [c[1:] for c in BODY_START_CASES], ids=[c[0] for c in BODY_START_CASES]
)
def test_articles_body_start_indexes_the_whole_text(
    make_tree: MakeTree, text: str, body_start: int, starts_with: str
) -> None:
    make_tree({"a.txt": text})
    (article,) = load_articles(["a.txt"], Settings(default_date=date(2025, 1, 1))).articles
    assert article.text == text
    assert article.body_start == body_start
    assert article.text[article.body_start :].startswith(starts_with)


def test_articles_sorted_by_id_and_deterministic(make_tree: MakeTree) -> None:
    make_tree({f"in/{name}.txt": DATED for name in ("zeta", "alpha", "mid")})
    first = load_articles(["in"], Settings())
    assert [a.id for a in first.articles] == ["alpha", "mid", "zeta"]
    assert load_articles(["in"], Settings()).model_dump_json() == first.model_dump_json()


HEADLINE_CASES = [
    (
        "first_line_headline",
        "Minister resigns over budget\nThe minister resigned on Monday.\n",
        "Minister resigns over budget",
    ),
    ("kicker_skipped", "Live Updates\n\nTalks collapse in Geneva\nBody text.\n", "Talks collapse in Geneva"),
    ("sentence_is_not_a_headline", "The minister resigned on Monday.\nMore text.\n", None),
    ("too_long_is_not_a_headline", "word " * 60 + "\nBody.\n", None),
    ("front_matter_title_wins", "---\ntitle: Given title\n---\nA headline line\nBody.\n", "Given title"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in HEADLINE_CASES], ids=[c[0] for c in HEADLINE_CASES])
def test_articles_title_from_headline(tmp_path: Path, text: str, expected: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    loaded = load_articles([path], Settings(default_date=date(2025, 2, 13)))
    assert [a.title for a in loaded.articles] == [expected]
