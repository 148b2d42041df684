"""timeline.ics: RFC 5545 structure, all-day and timed spans, stable UIDs, DTSTAMP from the input, text safety."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from clients import expected_events, icalendar_events, ics_structure_problems
from export_fixtures import HOSTILE_TITLE, empty_timeline, event, rich_timeline
from icalendar import Calendar
from icalendar import Event as VEvent

from timeline.export.ics import render_ics
from timeline.settings import Settings

TIMELINE = rich_timeline()
SETTINGS = Settings()


def _vevents(data: bytes) -> dict[str, VEvent]:
    return {str(v["UID"]): v for v in Calendar.from_ical(data).walk("VEVENT") if isinstance(v, VEvent)}


EVENTS = _vevents(render_ics(TIMELINE, SETTINGS))


@pytest.mark.parametrize(
    "uid, dtstart, dtend",
    [
        ("ev-day-call", date(2025, 2, 12), date(2025, 2, 13)),
        ("ev-range", date(2025, 2, 14), date(2025, 2, 17)),
        ("ev-week-visit", date(2025, 2, 10), date(2025, 2, 17)),
        ("ev-month-talks", date(2025, 3, 1), date(2025, 4, 1)),
        ("ev-quarter-plan", date(2025, 1, 1), date(2025, 4, 1)),
        ("ev-season-offensive", date(2024, 6, 1), date(2024, 9, 1)),
        ("ev-year-end", date(2024, 12, 31), date(2025, 1, 1)),
        ("ev-minute-talk", datetime(2025, 2, 12, 15, 30), datetime(2025, 2, 12, 16, 30)),
    ],
    ids=["day", "day-range", "week", "month", "quarter", "season", "year-end", "timed-floating"],
)
def test_ics_event_span_table(uid: str, dtstart: date, dtend: date) -> None:
    vevent = EVENTS[f"{uid}@timeline"]
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert (start, end) == (dtstart, dtend)
    assert type(start) is type(dtstart)
    if isinstance(start, datetime):
        assert start.tzinfo is None, "timed events are floating"


def test_ics_all_day_events_are_value_date() -> None:
    text = render_ics(TIMELINE, SETTINGS).decode("utf-8")
    assert "DTSTART;VALUE=DATE:20250212\r\nDTEND;VALUE=DATE:20250213\r\n" in text
    assert "DTSTART:20250212T153000\r\nDTEND:20250212T163000\r\n" in text


def test_ics_structure_is_valid() -> None:
    assert ics_structure_problems(render_ics(TIMELINE, SETTINGS)) == []


def test_ics_year_and_wider_stay_out_by_default() -> None:
    wanted = {f"{e.id}@timeline" for e in TIMELINE.events if e.granularity in SETTINGS.calendar_granularities}
    assert set(EVENTS) == wanted
    assert "ev-year-war@timeline" not in EVENTS and "ev-decade@timeline" not in EVENTS


def test_ics_calendar_granularities_setting_is_obeyed() -> None:
    settings = Settings(calendar_granularities=frozenset({"year", "minute"}))
    assert set(_vevents(render_ics(TIMELINE, settings))) == {"ev-year-war@timeline", "ev-minute-talk@timeline"}


def test_ics_dtstamp_is_latest_publication_date_not_the_clock() -> None:
    stamps = {v.decoded("DTSTAMP") for v in EVENTS.values()}
    assert [s.isoformat() for s in stamps] == ["2025-02-13T00:00:00+00:00"]
    assert b"DTSTAMP:20250213T000000Z\r\n" in render_ics(TIMELINE, SETTINGS)


def test_ics_same_input_same_bytes() -> None:
    assert render_ics(rich_timeline(), Settings()) == render_ics(rich_timeline(), Settings())


def test_ics_uids_are_event_ids_and_unique() -> None:
    data = render_ics(TIMELINE, SETTINGS)
    uids = [str(v["UID"]) for v in Calendar.from_ical(data).walk("VEVENT")]
    assert len(uids) == len(set(uids)) == len(EVENTS)
    assert all(uid.endswith("@timeline") for uid in uids)


def test_ics_calendar_properties() -> None:
    calendar = Calendar.from_ical(render_ics(TIMELINE, Settings(calendar_name="Crisis; talks, 2025")))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//timeline//")
    assert str(calendar["X-WR-CALNAME"]) == str(calendar["NAME"]) == "Crisis; talks, 2025"


def test_ics_description_has_evidence_sources_and_conflicts() -> None:
    description = str(EVENTS["ev-day-call@timeline"]["DESCRIPTION"])
    assert "The two leaders spoke by phone on Wednesday." in description
    assert description.count("The two leaders spoke by phone on Wednesday.") == 1, "repeated evidence once"
    assert "A call took place on Feb. 12, officials said." in description
    assert "[a1] — Story a1, with a comma; and a semicolon — Wire Service" in description
    assert "[a3]" in description and "2025-02-11/2025-02-11" in description


def test_ics_url_only_from_http_sources() -> None:
    assert str(EVENTS["ev-day-call@timeline"]["URL"]) == "https://news.example/a1?x=1&y=2"
    assert "URL" not in EVENTS["ev-hostile@timeline"], "a javascript: URL never becomes the event's URL"
    assert "javascript:" not in render_ics(TIMELINE, SETTINGS).decode("utf-8")


def test_ics_categories_location_and_summary() -> None:
    vevent = EVENTS["ev-day-call@timeline"]
    assert vevent.categories == ["day", "Wire Service", "a2", "Daily Paper"]
    assert str(vevent["LOCATION"]) == "Capital City"
    assert str(vevent["SUMMARY"]) == "Leaders hold a phone call"


def test_ics_hostile_title_survives_as_text() -> None:
    data = render_ics(TIMELINE, SETTINGS)
    assert data.count(b"\r\nBEGIN:VEVENT\r\n") == len(EVENTS), "no injected component"
    assert str(EVENTS["ev-hostile@timeline"]["SUMMARY"]) == " ".join(HOSTILE_TITLE.split())
    assert "SUMMARY:injected\\, with\\; semicolons" in data.decode("utf-8").replace("\r\n ", "")


def test_ics_control_characters_are_dropped_from_text() -> None:
    timeline = rich_timeline(
        (event("ev-bell", "Alarm\x07 rings\x00 twice\x1b[31m", date(2025, 2, 1), date(2025, 2, 1), "day"),)
    )
    vevent = _vevents(render_ics(timeline, SETTINGS))["ev-bell@timeline"]
    assert str(vevent["SUMMARY"]) == "Alarm rings twice[31m"


def test_ics_empty_timeline_is_a_valid_calendar() -> None:
    data = render_ics(empty_timeline(), SETTINGS)
    assert ics_structure_problems(data) == []
    assert icalendar_events(data) == []


def test_ics_reads_back_as_the_timeline_in_icalendar() -> None:
    assert icalendar_events(render_ics(TIMELINE, SETTINGS)) == expected_events(
        TIMELINE, SETTINGS.calendar_granularities
    )


def test_ics_end_before_start_still_gives_dtend_after_dtstart() -> None:
    timeline = rich_timeline((event("ev-backwards", "Backwards", date(2025, 2, 5), date(2025, 2, 3), "day"),))
    data = render_ics(timeline, SETTINGS)
    vevent = _vevents(data)["ev-backwards@timeline"]
    assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (date(2025, 2, 5), date(2025, 2, 6))
    assert ics_structure_problems(data) == []
