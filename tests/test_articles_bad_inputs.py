"""Bad input: each is a named problem (non-strict, the rest still loads) or its typed error (strict)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest
from conftest import FileContent, MakeTree

from timeline.articles import DateConflictError, load_articles
from timeline.errors import (
    BinaryFileError,
    CorpusError,
    DuplicateIdError,
    EmptyArticleError,
    EncodingError,
    FrontMatterError,
    InputError,
    ManifestError,
    MetadataDateError,
    MissingDateError,
    NoArticlesError,
    TimelineError,
    UnreadablePathError,
)
from timeline.settings import Settings

GOOD = " date 2025-02-13 Ministers meet\nMinisters met in Brussels on Thursday.\n"
BODY = "Ministers met in Brussels on Thursday.\n"
RUSSIAN_KOI8 = "Министры встретились в Брюсселе в четверг.\n".encode("koi8_r")
# Mostly English, so few non-ASCII bytes, but one KOI8 word: as cp1252 it would be a run of accented letters.
ENGLISH_WITH_KOI8_WORD = b"The minister " + "Шойгу".encode("koi8_r") + b" spoke on Thursday in Brussels.\n"

# (id, files besides good.txt, inputs besides good.txt, error class, problem kind, path, line)
BAD_CASES: list[tuple[str, Mapping[str, FileContent], list[str], type[InputError], str, str, int | None]] = [
    ("empty_file", {"bad.txt": ""}, ["bad.txt"], EmptyArticleError, "empty", "bad.txt", None),
    ("whitespace_only_file", {"bad.txt": " \n\n\t\n"}, ["bad.txt"], EmptyArticleError, "empty", "bad.txt", None),
    (
        "front_matter_without_body",
        {"bad.md": "---\ndate: 2025-02-13\n---\n\n"},
        ["bad.md"],
        EmptyArticleError,
        "empty",
        "bad.md",
        None,
    ),
    (
        "binary_file",
        {"bad.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        ["bad.txt"],
        BinaryFileError,
        "binary",
        "bad.txt",
        None,
    ),
    ("not_utf8_no_confident_guess", {"bad.txt": RUSSIAN_KOI8}, ["bad.txt"], EncodingError, "encoding", "bad.txt", None),
    (
        "not_utf8_guess_would_be_mojibake",
        {"bad.txt": ENGLISH_WITH_KOI8_WORD},
        ["bad.txt"],
        EncodingError,
        "encoding",
        "bad.txt",
        None,
    ),
    (
        "declared_encoding_unknown",
        {"bad.md": "---\nencoding: klingon-8\n---\n" + BODY},
        ["bad.md"],
        EncodingError,
        "encoding",
        "bad.md",
        2,
    ),
    (
        "declared_utf8_but_not",
        {"bad.md": b"---\ntitle: x\nencoding: utf-8\n---\nCaf\xe9\n"},
        ["bad.md"],
        EncodingError,
        "encoding",
        "bad.md",
        3,
    ),
    (
        "manifest_row_names_missing_file",
        {"in/a.txt": BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\ngone.txt,2025-02-12\n"},
        ["in"],
        ManifestError,
        "manifest",
        "in/articles.csv",
        3,
    ),
    (
        "manifest_toml_row_names_missing_file",
        {"in/articles.toml": '[[articles]]\nfile = "gone.txt"\n', "in/a.txt": GOOD},
        ["in"],
        ManifestError,
        "manifest",
        "in/articles.toml",
        1,
    ),
    (
        "manifest_not_valid_toml",
        {"in/articles.toml": "[[articles]\nfile = 1\n", "in/a.txt": GOOD},
        ["in"],
        ManifestError,
        "manifest",
        "in/articles.toml",
        None,
    ),
    (
        "manifest_without_file_column",
        {"in/articles.csv": "name,published\na.txt,2025-02-12\n", "in/a.txt": GOOD},
        ["in"],
        ManifestError,
        "manifest",
        "in/articles.csv",
        None,
    ),
    (
        "manifest_describes_a_file_twice",
        {"in/articles.csv": "file,published\na.txt,2025-02-12\na.txt,2025-02-12\n", "in/a.txt": BODY},
        ["in"],
        ManifestError,
        "manifest",
        "in/articles.csv",
        3,
    ),
    (
        "malformed_date_metadata_line",
        {"bad.txt": " date 2025-13-45 Headline\n" + BODY},
        ["bad.txt"],
        MetadataDateError,
        "bad_date",
        "bad.txt",
        1,
    ),
    (
        "malformed_date_front_matter",
        {"bad.md": "---\ntitle: T\ndate: 2025-13-45\n---\n" + BODY},
        ["bad.md"],
        MetadataDateError,
        "bad_date",
        "bad.md",
        3,
    ),
    (
        "front_matter_date_in_words_not_a_date",
        {"bad.md": "---\ndate: sometime soon\n---\n" + BODY},
        ["bad.md"],
        MetadataDateError,
        "bad_date",
        "bad.md",
        2,
    ),
    (
        "malformed_date_manifest",
        {"in/a.txt": BODY, "in/articles.csv": "file,published\na.txt,2025-13-45\n"},
        ["in"],
        MetadataDateError,
        "bad_date",
        "in/articles.csv",
        2,
    ),
    (
        "malformed_date_corpus_row",
        {"c.csv": 'id,text,date\nr1,"two\nlines",2025-02-13\nr2,text,2025-13-45\n'},
        ["c.csv"],
        MetadataDateError,
        "bad_date",
        "c.csv",
        4,
    ),
    (
        "manifest_date_disagrees_with_own_metadata",
        {"in/a.txt": " date 2025-02-13 " + BODY, "in/articles.csv": "file,published\na.txt,2025-02-12\n"},
        ["in"],
        DateConflictError,
        "date_conflict",
        "in/a.txt",
        1,
    ),
    (
        "front_matter_never_closed",
        {"bad.md": "---\ndate: 2025-02-13\n" + BODY},
        ["bad.md"],
        FrontMatterError,
        "front_matter",
        "bad.md",
        1,
    ),
    (
        "front_matter_line_not_key_value",
        {"bad.md": "---\ndate: 2025-02-13\njust words\n---\n" + BODY},
        ["bad.md"],
        FrontMatterError,
        "front_matter",
        "bad.md",
        3,
    ),
    (
        "corpus_missing_text_column",
        {"c.jsonl": json.dumps({"body": BODY})},
        ["c.jsonl"],
        CorpusError,
        "corpus",
        "c.jsonl",
        None,
    ),
    (
        "corpus_bad_json_line",
        {"c.jsonl": json.dumps({"text": BODY, "date": "2025-02-13"}) + "\n{not json\n"},
        ["c.jsonl"],
        CorpusError,
        "corpus",
        "c.jsonl",
        2,
    ),
    (
        "corpus_empty_text_row",
        {
            "c.jsonl": json.dumps({"text": "  ", "date": "2025-02-13"})
            + "\n"
            + json.dumps({"text": BODY, "date": "2025-02-13"})
        },
        ["c.jsonl"],
        EmptyArticleError,
        "empty",
        "c.jsonl",
        1,
    ),
    ("corpus_file_without_rows", {"c.csv": "id,text,date\n"}, ["c.csv"], EmptyArticleError, "empty", "c.csv", None),
    (
        "duplicate_ids_across_files",
        {"in/a.txt": GOOD, "in/sub/a.txt": GOOD},
        ["in"],
        DuplicateIdError,
        "duplicate_id",
        "in/sub/a.txt",
        None,
    ),
    (
        "duplicate_ids_in_corpus",
        {"c.jsonl": "\n".join(json.dumps({"id": "x", "text": BODY, "date": "2025-02-13"}) for _ in range(2))},
        ["c.jsonl"],
        DuplicateIdError,
        "duplicate_id",
        "c.jsonl",
        2,
    ),
    ("missing_date", {"bad.txt": BODY}, ["bad.txt"], MissingDateError, "missing_date", "bad.txt", None),
    ("missing_path", {}, ["nowhere.txt"], UnreadablePathError, "unreadable", "nowhere.txt", None),
    ("glob_matching_nothing", {}, ["nowhere/*.txt"], UnreadablePathError, "unreadable", "nowhere/*.txt", None),
]


@pytest.mark.parametrize(
    "files, inputs, error, kind, path, line", [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_articles_bad_input_non_strict_is_a_problem(
    make_tree: MakeTree,
    files: Mapping[str, FileContent],
    inputs: list[str],
    error: type[InputError],
    kind: str,
    path: str,
    line: int | None,
) -> None:
    make_tree({"good.txt": GOOD, **files})
    result = load_articles(["good.txt", *inputs], Settings())
    assert [(p.path, p.line, p.kind) for p in result.problems] == [(path, line, kind)]
    assert "good" in [a.id for a in result.articles], "the other articles still load"


@pytest.mark.parametrize(
    "files, inputs, error, kind, path, line", [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_articles_bad_input_strict_raises_typed_error(
    make_tree: MakeTree,
    files: Mapping[str, FileContent],
    inputs: list[str],
    error: type[InputError],
    kind: str,
    path: str,
    line: int | None,
) -> None:
    make_tree({"good.txt": GOOD, **files})
    with pytest.raises(error) as raised:
        load_articles(["good.txt", *inputs], Settings(strict=True))
    assert type(raised.value) is error
    assert (raised.value.path, raised.value.line) == (path, line)
    assert str(raised.value).startswith(path if line is None else f"{path}:{line}")


def test_articles_duplicate_id_names_both_paths(make_tree: MakeTree) -> None:
    make_tree({"in/a.txt": GOOD, "in/sub/a.txt": GOOD})
    (problem,) = load_articles(["in"], Settings()).problems
    assert problem.path == "in/sub/a.txt" and "in/a.txt" in problem.message


def test_articles_folder_with_no_articles(make_tree: MakeTree) -> None:
    make_tree({"good.txt": GOOD, "empty/README.md": "# nothing here\n", "empty/notes.pdf": b"%PDF"})
    result = load_articles(["good.txt", "empty"], Settings())
    assert [a.id for a in result.articles] == ["good"]
    assert [(p.path, p.kind) for p in result.problems] == [("empty", "no_articles")]
    with pytest.raises(NoArticlesError, match=r"^empty: "):
        load_articles(["good.txt", "empty"], Settings(strict=True))


def test_articles_unreadable_file(make_tree: MakeTree, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree({"good.txt": GOOD, "locked.txt": GOOD})
    read_bytes = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = load_articles(["good.txt", "locked.txt"], Settings())
    assert [(p.path, p.kind, p.message) for p in result.problems] == [
        ("locked.txt", "unreadable", "cannot read: Permission denied")
    ]
    with pytest.raises(UnreadablePathError):
        load_articles(["good.txt", "locked.txt"], Settings(strict=True))


# (id, raw bytes, expected decoded text) for encodings the loader must read rather than reject
DECODE_CASES: list[tuple[str, bytes, str]] = [
    ("utf8_bom", "\ufeff date 2025-02-13 Café\n".encode(), " date 2025-02-13 Café\n"),
    ("utf16_bom", " date 2025-02-13 Café\n".encode("utf-16"), " date 2025-02-13 Café\n"),
    ("cp1252_guess", b" date 2025-02-13 Caf\xe9 \x93na\xefve\x94 \x96 ok\n", " date 2025-02-13 Café “naïve” – ok\n"),
    (
        "declared_latin1",
        b"---\nencoding: latin-1\ndate: 2025-02-13\n---\nCaf\xe9 cr\xe8me\n",
        "---\nencoding: latin-1\ndate: 2025-02-13\n---\nCafé crème\n",
    ),
]


@pytest.mark.parametrize("raw, text", [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES])
def test_articles_decodes(make_tree: MakeTree, raw: bytes, text: str) -> None:
    make_tree({"a.txt": raw})
    result = load_articles(["a.txt"], Settings())
    assert result.problems == ()
    (article,) = result.articles
    assert article.text == text
    assert article.published == date(2025, 2, 13)


def test_articles_unknown_language_has_no_resources(make_tree: MakeTree) -> None:
    make_tree({"good.txt": GOOD})
    with pytest.raises(TimelineError, match="no article-loading resources for language 'xx'"):
        load_articles(["good.txt"], Settings(language="xx"))
