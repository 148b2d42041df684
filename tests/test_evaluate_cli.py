"""`timeline evaluate timeml DIR...` end to end: the table, the error cap, and malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.cli import main


def timeml(body: str, dct: str, docid: str) -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{docid}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{body}</TEXT>\n</TimeML>\n"
    )


def write_corpus(root: Path) -> None:
    docs = {
        "TimeBank/a.tml": timeml(
            'Talks ended <TIMEX3 tid="t1" type="DATE" value="1998-03-01">Sunday</TIMEX3> &amp; resume '
            '<TIMEX3 tid="t2" type="DATE" value="1998-04">next month</TIMEX3>.',
            "1998-03-02",
            "a",
        ),
        "AQUAINT/b.tml": timeml(
            'Prices rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>.', "1998-01-08", "b"
        ),
    }
    for rel, source in docs.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def rows(out: str) -> dict[str, list[str]]:
    return {
        line.split()[0]: line.split()
        for line in out.splitlines()
        if line.split()[:1] in (["AQUAINT"], ["TimeBank"], ["all"])
    }


def test_evaluate_cli_prints_table_per_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    assert main(["evaluate", "timeml", str(tmp_path), "--errors", "0"]) == 0
    out = capsys.readouterr().out
    table = rows(out)
    assert table["AQUAINT"][1:3] == ["1", "1"]  # docs, gold
    assert table["TimeBank"][1:3] == ["1", "2"]
    assert table["all"][1:3] == ["2", "3"]
    assert "errors: missed" in out
    assert "showing" not in out


def test_evaluate_cli_malformed_file_exit_code_names_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    (tmp_path / "AQUAINT" / "broken.tml").write_text("<TimeML><TEXT>oops</TimeML>", encoding="utf-8")
    assert main(["evaluate", "timeml", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "broken.tml" in err
    assert "malformed XML" in err


def test_evaluate_cli_missing_folder_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "timeml", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err
