"""Writing the exports: render every chosen format to bytes first, then write them all atomically.

Settings.formats picks the formats; each goes to its fixed file name (see common.FILE_NAMES):
csv -> timeline.csv, json -> timeline.json, ics -> timeline.ics, timelinejs -> timeline.timelinejs.json,
html -> timeline.html. A failing render raises before any file is written; OS errors raise ExportError
naming the path. Same timeline and settings -> byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.export.atomic import write_files_atomically
from timeline.export.common import FILE_NAMES
from timeline.models import Timeline
from timeline.settings import ExportFormat, Settings


def _render_csv(timeline: Timeline, settings: Settings) -> bytes:
    from timeline.export.csv import render_csv

    return render_csv(timeline)


def _render_json(timeline: Timeline, settings: Settings) -> bytes:
    from timeline.export.json import render_json

    data: bytes = render_json(timeline)
    return data


def _render_ics(timeline: Timeline, settings: Settings) -> bytes:
    from timeline.export.ics import render_ics

    return render_ics(timeline, settings)


def _render_timelinejs(timeline: Timeline, settings: Settings) -> bytes:
    from timeline.export.timelinejs import render_timelinejs

    return render_timelinejs(timeline, settings)


def _render_html(timeline: Timeline, settings: Settings) -> bytes:
    from timeline.export.html import render_html

    return render_html(timeline, settings)


RENDERERS: dict[ExportFormat, Callable[[Timeline, Settings], bytes]] = {
    "csv": _render_csv,
    "json": _render_json,
    "ics": _render_ics,
    "timelinejs": _render_timelinejs,
    "html": _render_html,
}


def render_exports(timeline: Timeline, settings: Settings) -> dict[str, bytes]:
    """File name -> bytes for every format in settings.formats (nothing written)."""
    return {FILE_NAMES[fmt]: RENDERERS[fmt](timeline, settings) for fmt in dict.fromkeys(settings.formats)}


def write_exports(timeline: Timeline, out_dir: Path, settings: Settings) -> list[Path]:
    """Render the chosen formats, then write them into `out_dir` atomically; return the paths, sorted."""
    return write_files_atomically(Path(out_dir), render_exports(timeline, settings))
