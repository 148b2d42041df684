"""The committed exports/ are exactly what the README's first command builds from seeds/ today."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.pipeline import build
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_exports_seeds_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the README runs `timeline build seeds/ -o exports/` from the checkout's root
    _, written = build(["seeds/"], tmp_path, Settings())
    fresh = {p.name: p.read_bytes() for p in written}
    committed = {p.name: p.read_bytes() for p in sorted((ROOT / "exports").iterdir()) if p.is_file()}
    assert sorted(committed) == sorted(fresh), "exports/ holds other files than a build writes"
    stale = [name for name in sorted(fresh) if fresh[name] != committed[name]]
    assert not stale, f"exports/ is stale ({', '.join(stale)}): run `timeline build seeds/ -o exports/`"


def test_exports_seeds_build_is_byte_identical_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _, first = build(["seeds/"], tmp_path / "a", Settings())
    _, second = build(["seeds/"], tmp_path / "b", Settings())
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
