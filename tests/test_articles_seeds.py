"""The seeds load with the README's dates, and the `timeline articles` command reports them (or one-line errors)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, MakeTree

from timeline.articles import load_articles
from timeline.cli import main
from timeline.models import DateSource
from timeline.settings import Settings

SEEDS = ROOT / "seeds"

# The publication dates established in the seeds' README, and where the loader must find them.
SEED_DATES = [
    ("000_d71289296f0214d7", date(2025, 2, 13), DateSource.MANIFEST),
    ("001_1e6f86123f870b0f", date(2025, 2, 13), DateSource.METADATA_LINE),
    ("002_63e6dbb909c853d0", date(2025, 2, 12), DateSource.MANIFEST),
    ("003_9abb66a7a7443b9f", date(2025, 2, 13), DateSource.MANIFEST),
    ("004_c6bdfc6d1be438bc", date(2025, 2, 13), DateSource.MANIFEST),
]


def test_articles_seeds_load_with_readme_dates() -> None:
    result = load_articles([SEEDS], Settings(strict=True))
    assert result.problems == ()
    assert [(a.id, a.published, a.published_from) for a in result.articles] == SEED_DATES


def test_articles_seeds_text_is_the_whole_file() -> None:
    for article in load_articles([SEEDS], Settings()).articles:
        assert article.text == Path(article.path).read_text(encoding="utf-8")


def test_articles_seed_001_body_starts_at_its_headline() -> None:
    (article,) = load_articles([SEEDS / "001_1e6f86123f870b0f.txt"], Settings()).articles
    assert article.text[article.body_start :].startswith("Trump’s Phone Call With Putin")


def test_articles_seeds_manifest_is_not_read_as_a_corpus() -> None:
    result = load_articles([SEEDS], Settings())
    assert all(a.path.endswith(".txt") for a in result.articles)


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=120
    )


def test_articles_cli_seeds_table() -> None:
    done = run_cli("articles", "seeds/")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [(i, d.isoformat(), s.value) for i, d, s in SEED_DATES]
    assert rows[1][3] == "Trump’s Phone Call With Putin Leaves Europe Reeling"


# (id, files, arguments, exit code, the one error line's start)
CLI_ERROR_CASES = [
    ("missing_path_strict", {}, ["articles", "--strict", "nowhere.txt"], 2, "timeline: error: nowhere.txt: no such"),
    (
        "bad_date_strict",
        {"a.txt": " date 2025-13-45 x\nBody.\n"},
        ["articles", "--strict", "a.txt"],
        2,
        "timeline: error: a.txt:1: metadata line date",
    ),
    ("empty_folder_strict", {"in/README.md": "x"}, ["articles", "--strict", "in"], 3, "timeline: error: in: folder"),
]


@pytest.mark.parametrize(
    "files, args, code, start", [c[1:] for c in CLI_ERROR_CASES], ids=[c[0] for c in CLI_ERROR_CASES]
)
def test_articles_cli_user_error_is_one_line(
    make_tree: MakeTree,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    args: list[str],
    code: int,
    start: str,
) -> None:
    make_tree(files)
    assert main(args) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(start), err
    assert "Traceback" not in err


def test_articles_cli_non_strict_reports_skipped_and_exits_nonzero_when_nothing_loads(make_tree: MakeTree) -> None:
    root = make_tree({"a.txt": "Body without any date.\n"})
    done = run_cli("articles", "a.txt", cwd=root)
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr.startswith("timeline: skipped a.txt: no publication date") and "Traceback" not in done.stderr


def test_articles_cli_date_option_dates_the_rest(make_tree: MakeTree, capsys: pytest.CaptureFixture[str]) -> None:
    make_tree({"a.txt": "Body without any date.\n"})
    assert main(["articles", "a.txt", "--date", "2025-02-13"]) == 0
    assert capsys.readouterr().out == "a\t2025-02-13\tcommand_line\t\n"


def test_articles_cli_json_lists_metadata_without_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", "--json", str(SEEDS)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["published"], r["published_from"]) for r in rows] == [
        (i, d.isoformat(), s.value) for i, d, s in SEED_DATES
    ]
    assert all("text" not in r for r in rows)
    assert rows[0]["source"] == "CNN"
