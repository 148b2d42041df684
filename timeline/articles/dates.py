"""Publication dates: parsing a date given in metadata, and finding a dateline near the top of a text."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from timeline.articles.resources import DatelinePattern, LoaderRules

# dateparser fills missing parts from its relative base; every part is required, and the base is fixed anyway
# so that nothing here can ever depend on the clock.
_FIXED_BASE = datetime(2000, 1, 1)


class Dateline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    published: date
    pattern: str
    text: str
    start: int  # offset of the date string in the article text


class DatelineSearch(BaseModel):
    """What the search found: a date, or the year-less datelines it had to pass over (for the message)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    found: Dateline | None = None
    yearless: tuple[str, ...] = ()


def parse_date_string(text: str, language: str) -> date | None:
    """A complete date (day, month and year) written in `text`, or None. Never fills parts from today."""
    import dateparser  # lazy: only needed when a date is written out in words

    parsed = dateparser.parse(
        text,
        languages=[language],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"],
            "RELATIVE_BASE": _FIXED_BASE,
            "STRICT_PARSING": True,
        },
    )
    return None if parsed is None else parsed.date()


def parse_metadata_date(value: object, rules: LoaderRules, language: str) -> date | None:
    """The date a metadata value gives; None when the value is empty. Raises ValueError when it is not a date.

    A value that looks like an ISO date must be a valid one (2025-13-45 is an error, not a guess); any other
    string must be a complete date dateparser can read ("February 13, 2025", "Thu, 13 Feb 2025 09:00 GMT").
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip().strip("\"'").strip()
    if not text:
        return None
    iso = rules.iso_date.match(text)
    if iso is not None:
        try:
            return date(int(iso.group("year")), int(iso.group("month")), int(iso.group("day")))
        except ValueError as exc:
            raise ValueError(f"not a valid date: {text!r} ({exc})") from None
    parsed = parse_date_string(text, language)
    if parsed is None:
        raise ValueError(f"not a complete date (day, month and year): {text!r}")
    return parsed


def _nearest_year(month_day: str, default: date, language: str) -> date | None:
    """The reading of a year-less `month_day` nearest to `default` (the year before, of, or after it)."""
    candidates = [parse_date_string(f"{month_day} {year}", language) for year in (default.year - 1, default.year)]
    candidates.append(parse_date_string(f"{month_day} {default.year + 1}", language))
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    return min(found, key=lambda c: (abs((c - default).days), c))


def _parse_match(
    pattern: DatelinePattern, date_text: str, has_year: bool, default: date | None, language: str
) -> date | None:
    if pattern.parser == "iso":
        try:
            return date.fromisoformat(date_text)
        except ValueError:
            return None
    if has_year:
        return parse_date_string(date_text, language)
    if default is None:
        return None
    return _nearest_year(date_text, default, language)


def find_dateline(
    text: str, body_start: int, rules: LoaderRules, language: str, default: date | None
) -> DatelineSearch:
    """The first dateline near the top of the body (patterns in resource order, then position)."""
    window = text[body_start : body_start + rules.dateline_chars]
    yearless: list[str] = []
    for pattern in rules.datelines:
        for match in pattern.regex.finditer(window):
            date_text = match.group("date")
            has_year = "year" not in pattern.regex.groupindex or match.group("year") is not None
            found = _parse_match(pattern, date_text, has_year, default, language)
            if found is not None:
                return DatelineSearch(
                    found=Dateline(
                        published=found,
                        pattern=pattern.name,
                        text=date_text,
                        start=body_start + match.start("date"),
                    )
                )
            if not has_year:
                yearless.append(date_text)
    return DatelineSearch(yearless=tuple(yearless))
