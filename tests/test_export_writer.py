"""write_exports: chosen formats, atomic replacement, nothing replaced on failure, ExportError naming the path."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from export_fixtures import rich_timeline

from timeline.errors import ExportError
from timeline.export import writer
from timeline.export.writer import write_exports
from timeline.settings import ExportFormat, Settings

TIMELINE = rich_timeline()
ALL = ["timeline.csv", "timeline.html", "timeline.ics", "timeline.json", "timeline.timelinejs.json"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def old_exports(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    for name in ALL:
        (out / name).write_bytes(b"old " + name.encode())
    return out


@pytest.mark.parametrize(
    "formats, expected",
    [
        (("csv",), ["timeline.csv"]),
        (("ics", "json"), ["timeline.ics", "timeline.json"]),
        (("timelinejs", "html"), ["timeline.html", "timeline.timelinejs.json"]),
        (("html", "csv", "html"), ["timeline.csv", "timeline.html"]),
        (("csv", "json", "ics", "timelinejs", "html"), ALL),
    ],
    ids=["csv", "ics-json", "timelinejs-html", "repeated", "all"],
)
def test_writer_writes_the_chosen_formats_sorted(
    tmp_path: Path, formats: tuple[ExportFormat, ...], expected: list[str]
) -> None:
    written = write_exports(TIMELINE, tmp_path, Settings(formats=formats))
    assert written == [tmp_path / name for name in expected]
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


def test_writer_same_input_byte_identical_outputs(tmp_path: Path) -> None:
    first = write_exports(rich_timeline(), tmp_path / "a", Settings())
    second = write_exports(rich_timeline(), tmp_path / "b", Settings())
    assert [p.name for p in first] == ALL
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_writer_json_is_the_json_export(tmp_path: Path) -> None:
    from timeline.export.json import render_json

    write_exports(TIMELINE, tmp_path, Settings(formats=("json",)))
    assert (tmp_path / "timeline.json").read_bytes() == render_json(TIMELINE)


def test_writer_creates_a_missing_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "er" / "out"
    assert write_exports(TIMELINE, out, Settings(formats=("csv",))) == [out / "timeline.csv"]


def test_writer_replaces_old_files_and_leaves_no_temp_files(old_exports: Path) -> None:
    write_exports(TIMELINE, old_exports, Settings())
    after = _snapshot(old_exports)
    assert sorted(after) == ALL
    assert all(not data.startswith(b"old ") for data in after.values())


def test_writer_files_get_normal_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    write_exports(TIMELINE, tmp_path, Settings(formats=("csv",)))
    assert stat.S_IMODE((tmp_path / "timeline.csv").stat().st_mode) == 0o666 & ~umask


def test_writer_render_failure_replaces_nothing(old_exports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(old_exports)

    def broken(timeline: object, settings: object) -> bytes:
        raise ValueError("render failed")

    monkeypatch.setitem(writer.RENDERERS, "timelinejs", broken)
    with pytest.raises(ValueError, match="render failed"):
        write_exports(TIMELINE, old_exports, Settings())
    assert _snapshot(old_exports) == before


def test_writer_write_failure_replaces_nothing_and_cleans_up(
    old_exports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(old_exports)
    calls: list[int] = []
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match=r"timeline\.ics: cannot write: No space left on device") as exc:
        write_exports(TIMELINE, old_exports, Settings())
    assert str(old_exports) in str(exc.value)
    assert _snapshot(old_exports) == before, "no target replaced, no temp file left"


def test_writer_replace_failure_is_an_export_error_naming_the_path(
    old_exports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_replace(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ExportError, match=r"timeline\.csv: cannot replace: Permission denied"):
        write_exports(TIMELINE, old_exports, Settings())
    assert sorted(_snapshot(old_exports)) == ALL, "temp files removed"


def test_writer_output_path_is_a_file(tmp_path: Path) -> None:
    out = tmp_path / "file.txt"
    out.write_text("x")
    with pytest.raises(ExportError, match=r"file\.txt"):
        write_exports(TIMELINE, out, Settings(formats=("csv",)))
    with pytest.raises(ExportError, match=r"file\.txt"):
        write_exports(TIMELINE, out / "sub", Settings(formats=("csv",)))


def test_writer_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "timeline.ics").mkdir()
    with pytest.raises(ExportError, match=r"timeline\.ics: is a folder"):
        write_exports(TIMELINE, tmp_path, Settings(formats=("csv", "ics")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.ics"]
