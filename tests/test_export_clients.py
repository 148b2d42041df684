"""Real programs read the exports: khal and calcurse import the .ics, headless Chromium renders the viewer.

Marked `clients`: skipped when a program is missing, failed instead when the CI variable is set.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from clients import (
    CHROMIUM,
    Calcurse,
    Khal,
    check_ics_with_clients,
    dump_dom,
    expected_events,
    load_timeline_json,
    require_tool,
    serve_folder,
)
from export_fixtures import HOSTILE_TITLE, rich_timeline

from timeline.export.html import render_html
from timeline.export.ics import render_ics
from timeline.settings import Settings

pytestmark = pytest.mark.clients

TIMELINE = rich_timeline()
SETTINGS = Settings()


@pytest.fixture
def rich_ics(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.ics"
    path.write_bytes(render_ics(TIMELINE, SETTINGS))
    return path


def test_clients_rich_timeline_reads_back_in_icalendar_khal_and_calcurse(rich_ics: Path, tmp_path: Path) -> None:
    khal, calcurse = require_tool("khal"), require_tool("calcurse")
    problems = check_ics_with_clients(
        rich_ics, TIMELINE, SETTINGS.calendar_granularities, tmp_path, khal=khal, calcurse=calcurse
    )
    assert problems == []


def test_clients_khal_shows_every_event_with_dates_and_title(rich_ics: Path, tmp_path: Path) -> None:
    client = Khal.create(tmp_path, require_tool("khal"))
    client.import_file(rich_ics)
    shown = client.events(date(2000, 1, 1), date(2100, 1, 1))
    assert shown == expected_events(TIMELINE, SETTINGS.calendar_granularities)


def test_clients_khal_reimport_keeps_the_event_count(rich_ics: Path, tmp_path: Path) -> None:
    client = Khal.create(tmp_path, require_tool("khal"))
    client.import_file(rich_ics)
    first = client.events(date(2000, 1, 1), date(2100, 1, 1))
    client.import_file(rich_ics)
    client.import_file(rich_ics)
    assert len(client.events(date(2000, 1, 1), date(2100, 1, 1))) == len(first) > 0


def test_clients_khal_hostile_title_survives_as_text(rich_ics: Path, tmp_path: Path) -> None:
    client = Khal.create(tmp_path, require_tool("khal"))
    client.import_file(rich_ics)
    titles = {e.uid: e.title for e in client.events(date(2000, 1, 1), date(2100, 1, 1))}
    assert titles["ev-hostile@timeline"] == " ".join(HOSTILE_TITLE.split())
    assert len(titles["ev-hostile@timeline"]) > 2000
    assert all("BEGIN:VEVENT" not in t for uid, t in titles.items() if uid != "ev-hostile@timeline")


def test_clients_calcurse_imports_titles_with_commas_and_semicolons(rich_ics: Path, tmp_path: Path) -> None:
    client = Calcurse.create(tmp_path, require_tool("calcurse"))
    report = client.import_file(rich_ics)
    assert report.skipped == 0, report.output
    shown = client.days(date(2025, 2, 1), date(2025, 2, 28))
    hostile = " ".join(HOSTILE_TITLE.split())
    assert shown[(hostile, None, None)] == {date(2025, 2, 14)}
    assert shown[("Spokesperson briefs reporters", "15:30", "16:30")] == {date(2025, 2, 12)}


class _Viewer(HTMLParser):
    """Collects the text of the elements with a given class, and the script elements of a dumped DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.current: list[str] | None = None
        self.titles: list[str] = []
        self.dates: list[str] = []
        self.sources: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.rendered: str | None = None
        self._stack: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
        if tag == "body":
            self.rendered = attributes.get("data-rendered")
        classes = (attributes.get("class") or "").split()
        for name, bucket in (("ev-title", self.titles), ("date", self.dates), ("source", self.sources)):
            if name in classes:
                self._stack.append((tag, [name]))
                bucket.append("")
                return
        if self._stack:
            self._stack.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        for _, names in self._stack:
            for name in names:
                bucket = {"ev-title": self.titles, "date": self.dates, "source": self.sources}[name]
                bucket[-1] += data


def _render_in_chromium(tmp_path: Path) -> _Viewer:
    chromium = require_tool(CHROMIUM)
    site = tmp_path / "site"
    site.mkdir()
    (site / "timeline.html").write_bytes(render_html(TIMELINE, SETTINGS))
    with serve_folder(site) as base:
        dom = dump_dom(f"{base}/timeline.html", tmp_path, binary=chromium)
    viewer = _Viewer()
    viewer.feed(dom)
    return viewer


def test_viewer_renders_every_event_date_title_and_source_in_chromium(tmp_path: Path) -> None:
    viewer = _render_in_chromium(tmp_path)
    assert viewer.rendered == str(len(TIMELINE.events)), "the inline script ran and rendered every event"
    assert viewer.titles == [" ".join(e.title.split()) for e in TIMELINE.events]
    assert viewer.dates[:3] == ["2010 – 2019", "2022", "2024-06 – 2024-08"]
    assert "2025-02-12 15:30" in viewer.dates and "2025-02-10 – 2025-02-16" in viewer.dates
    source_count = sum(len(e.sources) for e in TIMELINE.events)
    assert len(viewer.sources) == source_count
    assert "Story a1, with a comma; and a semicolon (Wire Service, published 2025-02-12)" in viewer.sources


def test_viewer_hostile_title_shows_as_text_not_markup_in_chromium(tmp_path: Path) -> None:
    viewer = _render_in_chromium(tmp_path)
    hostile = " ".join(HOSTILE_TITLE.split())
    assert hostile in viewer.titles
    assert "</script><script>alert(1)</script>" in hostile
    assert [s.get("type") for s in viewer.scripts] == ["application/json", None], "no injected script element"


def test_clients_committed_seed_exports_read_back_in_khal_and_calcurse(tmp_path: Path) -> None:
    exports = Path(__file__).resolve().parent.parent / "exports"
    ics, data = exports / "timeline.ics", exports / "timeline.json"
    if not (ics.is_file() and data.is_file()):
        pytest.skip("exports/timeline.ics and exports/timeline.json are not built yet")
    khal, calcurse = require_tool("khal"), require_tool("calcurse")
    timeline = load_timeline_json(data)
    assert check_ics_with_clients(ics, timeline, SETTINGS.calendar_granularities, tmp_path, khal, calcurse) == []
