"""Run real programs on the exports: khal and calcurse on an .ics, headless Chromium on the HTML viewer.

Reusable outside pytest: `python tests/clients.py exports/timeline.ics exports/timeline.json` imports the
.ics into khal and calcurse (in a temp folder), reads every event back and compares dates and titles with
the timeline JSON; it prints each problem and exits 1 when there is one.

Inside pytest, `require_tool` skips a test when a program is missing, or fails it when the CI variable is set.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from timeline.models import Event, Timeline
from timeline.settings import Settings

KHAL_CONFIG = """\
[calendars]
  [[news]]
    path = {cal}
    type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = news
[sqlite]
path = {db}
"""
FIELD = "\x1f"  # unit separator between fields of one event in a client's listing
RECORD = "\x1e"  # record separator after each event (titles never hold control characters)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
)
_CALCURSE_REPORT = re.compile(
    r"(?P<apps>\d+) apps? / (?P<events>\d+) events? / (?P<todos>\d+) todos? / (?P<skipped>\d+) skipped"
)
_CALCURSE_DAY = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2}):$")


def in_ci() -> bool:
    """True when the CI variable is set to anything but "", "0" or "false"."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def require_tool(name: str) -> str:
    """The program's path; inside pytest, skip when it is missing (fail instead when $CI is set)."""
    import pytest

    found = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (apt-get install -y khal calcurse chromium)"
    if in_ci():
        pytest.fail(f"{message}; CI is set, so a missing client is a failure")
    pytest.skip(message)


# --------------------------------------------------------------------------- what the calendar should show


@dataclass(frozen=True, order=True)
class CalendarEvent:
    """An event as a calendar shows it: inclusive dates, optional start/end times, one-line title."""

    start: date
    end: date
    title: str
    uid: str = ""
    start_time: str | None = None  # "HH:MM" for timed events
    end_time: str | None = None


def one_line(text: str) -> str:
    return " ".join(text.split())


def expected_events(timeline: Timeline, granularities: frozenset[str]) -> list[CalendarEvent]:
    """What a calendar must show for the timeline: one entry per event of a calendar granularity."""
    rows = []
    for event in timeline.events:
        if event.granularity not in granularities:
            continue
        rows.append(_expected(event))
    return sorted(rows)


def _expected(event: Event) -> CalendarEvent:
    title = one_line(event.title) or one_line(event.timex)
    uid = f"{event.id}@timeline"
    if event.time is None:
        return CalendarEvent(event.start, event.end, title, uid)
    start = datetime.combine(event.start, event.time.replace(tzinfo=None, second=0, microsecond=0))
    end = start + timedelta(hours=1)
    return CalendarEvent(start.date(), end.date(), title, uid, start.strftime("%H:%M"), end.strftime("%H:%M"))


def load_timeline_json(path: Path) -> Timeline:
    """A Timeline from timeline.json (keys the model does not know, such as "$schema", are ignored)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    known = set(Timeline.model_fields)
    return Timeline.model_validate({k: v for k, v in data.items() if k in known})


# --------------------------------------------------------------------------- icalendar (structure)


def ics_structure_problems(data: bytes) -> list[str]:
    """RFC 5545 basics checked on the bytes and with the icalendar parser."""
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("starts with a UTF-8 BOM")
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("has a bare LF line end")
    if any(len(line) > 75 for line in data.split(b"\r\n")):
        problems.append("has a line longer than 75 octets")
    calendar = Calendar.from_ical(data)
    for name in ("VERSION", "PRODID"):
        if name not in calendar:
            problems.append(f"calendar lacks {name}")
    uids: list[str] = []
    for vevent in calendar.walk("VEVENT"):
        uid = str(vevent.get("UID", ""))
        uids.append(uid)
        if "DTSTAMP" not in vevent:
            problems.append(f"{uid}: no DTSTAMP")
        if "DTSTART" not in vevent or "DTEND" not in vevent:
            problems.append(f"{uid}: no DTSTART or DTEND")
            continue
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        if type(start) is not type(end):
            problems.append(f"{uid}: DTSTART and DTEND have different value types")
        elif not end > start:
            problems.append(f"{uid}: DTEND {end} is not after DTSTART {start}")
    if len(set(uids)) != len(uids):
        problems.append("duplicate UIDs")
    return problems


def icalendar_events(data: bytes) -> list[CalendarEvent]:
    """The events as the icalendar parser reads them (inclusive end dates)."""
    rows = []
    for vevent in Calendar.from_ical(data).walk("VEVENT"):
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        title, uid = str(vevent.get("SUMMARY", "")), str(vevent.get("UID", ""))
        if isinstance(start, datetime):
            rows.append(
                CalendarEvent(start.date(), end.date(), title, uid, start.strftime("%H:%M"), end.strftime("%H:%M"))
            )
        else:
            rows.append(CalendarEvent(start, end - timedelta(days=1), title, uid))
    return sorted(rows)


# --------------------------------------------------------------------------- khal


@dataclass(frozen=True)
class Khal:
    config: Path
    binary: str = "khal"

    @classmethod
    def create(cls, workdir: Path, binary: str = "khal") -> Khal:
        cal = workdir / "khal" / "cal" / "news"
        cal.mkdir(parents=True, exist_ok=True)
        config = workdir / "khal" / "config"
        config.write_text(KHAL_CONFIG.format(cal=cal, db=workdir / "khal" / "khal.db"), encoding="utf-8")
        return cls(config, binary)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.binary, "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            stdin=subprocess.DEVNULL,
        )

    def import_file(self, ics: Path) -> None:
        done = self.run("import", "--batch", "-a", "news", str(ics))
        if done.returncode != 0 or "Traceback" in done.stderr:
            raise AssertionError(f"khal import failed ({done.returncode}): {done.stderr[-2000:]}")

    def events(self, first: date, last: date) -> list[CalendarEvent]:
        fmt = FIELD.join(("{start}", "{end}", "{title}", "{uid}")) + RECORD
        done = self.run("--no-color", "list", "--once", "-df", "", "-f", fmt, first.isoformat(), last.isoformat())
        if done.returncode != 0:
            raise AssertionError(f"khal list failed ({done.returncode}): {done.stderr[-2000:]}")
        rows = []
        for record in done.stdout.split(RECORD):
            record = record.strip("\n")
            if not record:
                continue
            start, end, title, uid = record.split(FIELD)
            rows.append(_khal_row(start, end, title, uid))
        return sorted(rows)


def _khal_row(start: str, end: str, title: str, uid: str) -> CalendarEvent:
    if " " in start:
        s, e = datetime.strptime(start, "%Y-%m-%d %H:%M"), datetime.strptime(end, "%Y-%m-%d %H:%M")
        return CalendarEvent(s.date(), e.date(), title, uid, s.strftime("%H:%M"), e.strftime("%H:%M"))
    return CalendarEvent(date.fromisoformat(start), date.fromisoformat(end), title, uid)


# --------------------------------------------------------------------------- calcurse


@dataclass(frozen=True)
class CalcurseImport:
    apps: int
    events: int
    skipped: int
    output: str


@dataclass(frozen=True)
class Calcurse:
    data: Path
    conf: Path
    tmp: Path
    binary: str = "calcurse"

    @classmethod
    def create(cls, workdir: Path, binary: str = "calcurse") -> Calcurse:
        folders = [workdir / "calcurse" / name for name in ("data", "conf", "tmp")]
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
        return cls(folders[0], folders[1], folders[2], binary)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.binary, "-D", str(self.data), "-C", str(self.conf), *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "TMPDIR": str(self.tmp)},  # its import log goes here, not to /tmp
        )

    def import_file(self, ics: Path) -> CalcurseImport:
        done = self.run("-i", str(ics))
        found = _CALCURSE_REPORT.search(done.stdout + done.stderr)
        if found is None:
            raise AssertionError(f"calcurse printed no import report: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return CalcurseImport(
            int(found.group("apps")), int(found.group("events")), int(found.group("skipped")), done.stdout
        )

    def days(self, first: date, last: date) -> dict[tuple[str, str | None, str | None], set[date]]:
        """(title, start time, end time) -> the days calcurse shows it on (multi-day events repeat daily)."""
        apt = FIELD.join(("A", "%(start:%H:%M)", "%(end:%H:%M)", "%m")) + RECORD + "\n"
        event = FIELD.join(("E", "%m")) + RECORD + "\n"
        done = self.run(
            "--input-datefmt", "4", "--output-datefmt", "%Y-%m-%d", "-Q",
            "--from", first.isoformat(), "--to", last.isoformat(),
            "--format-apt", apt, "--format-recur-apt", apt, "--format-event", event, "--format-recur-event", event,
        )  # fmt: skip
        if done.returncode != 0:
            raise AssertionError(f"calcurse query failed ({done.returncode}): {done.stderr[-2000:]}")
        shown: dict[tuple[str, str | None, str | None], set[date]] = {}
        day: date | None = None
        for line in done.stdout.split("\n"):
            header = _CALCURSE_DAY.match(line)
            if header:
                day = date.fromisoformat(header.group("day"))
                continue
            if not line.endswith(RECORD) or day is None:
                continue
            fields = line[: -len(RECORD)].split(FIELD)
            key = (fields[3], fields[1], fields[2]) if fields[0] == "A" else (fields[1], None, None)
            shown.setdefault(key, set()).add(day)
        return shown


# --------------------------------------------------------------------------- all checks on one .ics


def _span(events: list[CalendarEvent]) -> tuple[date, date]:
    if not events:
        return date(2000, 1, 1), date(2000, 1, 2)
    return min(e.start for e in events) - timedelta(days=1), max(e.end for e in events) + timedelta(days=2)


def _days(event: CalendarEvent) -> set[date]:
    return {event.start + timedelta(days=n) for n in range((event.end - event.start).days + 1)}


def check_ics_with_clients(
    ics: Path,
    timeline: Timeline,
    granularities: frozenset[str],
    workdir: Path,
    khal: str = "khal",
    calcurse: str = "calcurse",
) -> list[str]:
    """Every problem found when the .ics is read by icalendar, khal and calcurse and compared with the timeline."""
    data = ics.read_bytes()
    expected = expected_events(timeline, granularities)
    problems = [f"icalendar: {p}" for p in ics_structure_problems(data)]
    parsed = icalendar_events(data)
    if parsed != expected:
        problems.append(f"icalendar reads other events than the timeline has: {_diff(expected, parsed)}")
    first, last = _span(expected)

    client = Khal.create(workdir, khal)
    client.import_file(ics)
    shown = client.events(first, last)
    if shown != expected:
        problems.append(f"khal shows other events than the timeline has: {_diff(expected, shown)}")
    client.import_file(ics)  # again: events are updated by UID, never duplicated
    again = client.events(first, last)
    if len(again) != len(shown):
        problems.append(f"khal re-import changed the event count from {len(shown)} to {len(again)}")

    cc = Calcurse.create(workdir, calcurse)
    report = cc.import_file(ics)
    timed = sum(1 for e in expected if e.start_time is not None)
    if (report.apps, report.events, report.skipped) != (timed, len(expected) - timed, 0):
        problems.append(
            f"calcurse imported {report.apps} appointments, {report.events} events, skipped {report.skipped};"
            f" expected {timed}, {len(expected) - timed}, 0"
        )
    want: dict[tuple[str, str | None, str | None], set[date]] = {}
    for e in expected:
        want.setdefault((e.title, e.start_time, e.end_time), set()).update(
            {e.start} if e.start_time is not None else _days(e)
        )
    got = cc.days(first, last)
    for key in sorted(set(want) | set(got), key=str):
        if want.get(key) != got.get(key):
            w, g = sorted(want.get(key, set())), sorted(got.get(key, set()))
            problems.append(f"calcurse shows {key[0][:80]!r} on {_days_text(g)}, expected {_days_text(w)}")
    return problems


def _days_text(days: list[date]) -> str:
    if not days:
        return "no day"
    return days[0].isoformat() if len(days) == 1 else f"{len(days)} days {days[0]}..{days[-1]}"


def _diff(expected: list[CalendarEvent], actual: list[CalendarEvent]) -> str:
    missing = [e for e in expected if e not in actual]
    extra = [e for e in actual if e not in expected]
    return f"missing {missing[:3]!r}, unexpected {extra[:3]!r} ({len(missing)} missing, {len(extra)} unexpected)"


# --------------------------------------------------------------------------- Chromium on the HTML viewer


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve a folder over http on an ephemeral 127.0.0.1 port for the duration; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def chromium(url: str, workdir: Path, *extra: str, binary: str = CHROMIUM) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a URL with a fresh profile folder."""
    profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir))
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def dump_dom(url: str, workdir: Path, binary: str = CHROMIUM) -> str:
    done = chromium(url, workdir, "--dump-dom", "--virtual-time-budget=5000", binary=binary)
    if done.returncode != 0 or "<html" not in done.stdout:
        raise AssertionError(f"chromium --dump-dom failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def screenshot(url: str, out: Path, workdir: Path, size: str = "1200,1600", binary: str = CHROMIUM) -> Path:
    done = chromium(url, workdir, f"--screenshot={out}", f"--window-size={size}", "--hide-scrollbars", binary=binary)
    if not out.is_file():
        raise AssertionError(f"chromium --screenshot wrote nothing ({done.returncode}): {done.stderr[-2000:]}")
    return out


# --------------------------------------------------------------------------- the real TimelineJS library

TIMELINEJS_PACKAGE = "@knight-lab/timelinejs@3.9.3"  # 3.9.11 on npm ships no dist/js
TIMELINEJS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script></head>
<body><div id="tl" style="width:1000px;height:700px"></div>
<script>
var tl = new TL.Timeline("tl", "timeline.timelinejs.json", {hash_bookmark: false});
tl.on("loaded", function (d) { document.body.setAttribute("data-loaded", String(d.events.length)); });
</script></body></html>
"""


def timelinejs_dist() -> Path:
    """TimelineJS's dist/ folder: $TIMELINEJS_DIST, else installed once with npm into ~/.cache/timeline-tests."""
    if os.environ.get("TIMELINEJS_DIST"):
        return Path(os.environ["TIMELINEJS_DIST"])
    prefix = Path.home() / ".cache" / "timeline-tests" / TIMELINEJS_PACKAGE.replace("/", "_").replace("@", "")
    dist = prefix / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    if not (dist / "js" / "timeline.js").is_file():
        npm = require_tool("npm")
        prefix.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                TIMELINEJS_PACKAGE,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        if done.returncode != 0 or not (dist / "js" / "timeline.js").is_file():
            import pytest

            message = f"cannot install {TIMELINEJS_PACKAGE} with npm: {done.stderr[-500:]}"
            if in_ci():
                pytest.fail(message)
            pytest.skip(message)
    return dist


def timelinejs_site(folder: Path, document: bytes, dist: Path) -> Path:
    """A folder holding TimelineJS, its CSS, the JSON document and a page that loads it (index.html)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(dist / "js" / "timeline.js", folder / "timeline.js")
    shutil.copy(dist / "css" / "timeline.css", folder / "timeline.css")
    (folder / "timeline.timelinejs.json").write_bytes(document)
    (folder / "index.html").write_text(TIMELINEJS_PAGE, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- command line


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python tests/clients.py TIMELINE.ics TIMELINE.json", file=sys.stderr)
        return 2
    ics, timeline = Path(argv[0]), load_timeline_json(Path(argv[1]))
    granularities = Settings().calendar_granularities
    with tempfile.TemporaryDirectory(prefix="timeline-clients-") as work:
        problems = check_ics_with_clients(ics, timeline, granularities, Path(work))
    expected = expected_events(timeline, granularities)
    for problem in problems:
        print(problem)
    print(f"{len(expected)} calendar events checked in icalendar, khal and calcurse: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
