"""The CLI end to end on the seeds and on bad input: exit codes, one-line errors, no half-written output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
ALL_FILES = ["timeline.csv", "timeline.html", "timeline.ics", "timeline.json", "timeline.timelinejs.json"]


def test_cli_build_seeds_writes_every_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", SEEDS, "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ALL_FILES
    data = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    assert data["events"], "the seeds yield events"


@pytest.mark.parametrize(
    "formats, expected",
    [
        ("csv", ["timeline.csv"]),
        ("json,ics", ["timeline.ics", "timeline.json"]),
        ("timelinejs,html", ["timeline.html", "timeline.timelinejs.json"]),
    ],
)
def test_cli_build_format_option_selects_exports(tmp_path: Path, formats: str, expected: list[str]) -> None:
    assert main(["build", SEEDS, "-o", str(tmp_path), "--format", formats]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


def test_cli_build_unknown_format_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build", SEEDS, "-o", str(tmp_path), "--format", "pdf"])
    assert exc.value.code == 2
    assert "unknown format" in capsys.readouterr().err
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_cli_build_missing_input_fails_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["build", str(tmp_path / "nope.txt"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    assert "nope.txt" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_cli_build_undated_article_is_skipped_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "dated.txt").write_text("---\ndate: 2025-02-13\n---\nThe minister resigned on Wednesday.\n")
    (src / "undated.txt").write_text("The minister resigned on Wednesday.\n")
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 0
    assert "undated.txt" in capsys.readouterr().err
    data = json.loads((tmp_path / "out" / "timeline.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["dated"]


def test_cli_build_strict_makes_an_undated_article_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "dated.txt").write_text("---\ndate: 2025-02-13\n---\nThe minister resigned on Wednesday.\n")
    (src / "undated.txt").write_text("The minister resigned on Wednesday.\n")
    code = main(["build", str(src), "-o", str(tmp_path / "out"), "--strict"])
    assert code != 0
    assert "undated.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_build_date_option_dates_an_undated_article(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text("The minister resigned on Wednesday.\n")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "--date", "2025-02-13", "--format", "json"]) == 0
    data = json.loads((tmp_path / "out" / "timeline.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["published"] == "2025-02-13"
    assert data["articles"][0]["published_from"] == "command_line"
    assert [e["start"] for e in data["events"]] == ["2025-02-12"]


def test_cli_show_prints_the_seed_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", SEEDS]) == 0
    assert "2025-02-12" in capsys.readouterr().out


def test_cli_tag_json_offsets_slice_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", SEEDS]) == 0
    data = json.loads(capsys.readouterr().out)
    for article in data["articles"]:
        text = (ROOT / "seeds" / f"{article['id']}.txt").read_text(encoding="utf-8")
        for t in article["timexes"]:
            assert text[t["start"] : t["end"]] == t["text"]


@pytest.mark.parametrize("command", ["build", "articles", "tag", "show", "evaluate", "schema"])
def test_cli_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage:" in capsys.readouterr().out
