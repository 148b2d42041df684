"""Writing the exports: placeholder until it lands."""

from __future__ import annotations

from pathlib import Path

from timeline.models import Timeline
from timeline.settings import Settings


def write_exports(timeline: Timeline, out_dir: Path, settings: Settings) -> list[Path]:
    raise NotImplementedError
