"""Shared fixtures: the repository root and a builder for small input trees in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parent.parent

# A file's content: text (written as UTF-8), raw bytes, or rows (written as a parquet table).
FileContent = str | bytes | list[dict[str, object]]
MakeTree = Callable[[Mapping[str, FileContent]], Path]


@pytest.fixture
def make_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakeTree:
    """Write `{relative path: content}` under tmp_path, chdir there, and return tmp_path."""

    def make(files: Mapping[str, FileContent]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            elif isinstance(content, str):
                path.write_text(content, encoding="utf-8", newline="")
            else:
                pl.from_dicts(content).write_parquet(path)
        monkeypatch.chdir(tmp_path)
        return tmp_path

    return make
