"""A file's own metadata: a `---` front matter block, or a leading metadata line such as ` date 2025-02-13`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from timeline.articles.dates import parse_metadata_date
from timeline.articles.resources import LoaderRules
from timeline.errors import FrontMatterError, MetadataDateError
from timeline.models import DateSource


class FileMeta(BaseModel):
    """What a file says about itself, and where its body starts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: DateSource | None = None
    date_line: int | None = None  # line of the date in the file
    body_start: int = 0


def _front_matter(text: str, path: str | Path, rules: LoaderRules, language: str) -> FileMeta:
    lines = text.splitlines(keepends=True)
    if not any(line.strip() in rules.front_close for line in lines[1:]):
        raise FrontMatterError(path, f"front matter is never closed (expected a `{rules.front_open}` line)", 1)
    offset = len(lines[0])
    fields: dict[str, str] = {}
    lines_of: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        offset += len(line)
        stripped = line.strip()
        if stripped in rules.front_close:
            break
        if not stripped or stripped.startswith(rules.front_comment) or line[:1].isspace() or stripped[:1] == "-":
            continue  # blank, comment, or a nested value / list item of a key this loader does not read
        key, sep, value = stripped.partition(":")
        if not sep or not key.strip():
            raise FrontMatterError(path, f"front matter line is not `key: value`: {stripped!r}", number)
        name = key.strip().lower()
        for field, aliases in rules.front_keys.items():
            if name in aliases and field not in fields:
                fields[field] = value.strip().strip("\"'").strip()
                lines_of[field] = number
    published: date | None = None
    if "published" in fields:
        try:
            published = parse_metadata_date(fields["published"], rules, language)
        except ValueError as exc:
            raise MetadataDateError(path, f"front matter date: {exc}", lines_of["published"]) from None
    return FileMeta(
        id=fields.get("id") or None,
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        url=fields.get("url") or None,
        published=published,
        published_from=DateSource.FRONT_MATTER if published is not None else None,
        date_line=lines_of.get("published"),
        body_start=offset,
    )


def read_file_meta(text: str, path: str | Path, rules: LoaderRules, language: str) -> FileMeta:
    """The file's own metadata. Raises FrontMatterError or MetadataDateError with the file and line."""
    first_line = text.split("\n", 1)[0]
    if first_line.strip() == rules.front_open:
        return _front_matter(text, path, rules, language)
    match = rules.metadata_line.match(text)
    if match is None:
        return FileMeta()
    try:
        published = parse_metadata_date(match.group("value"), rules, language)
    except ValueError as exc:
        raise MetadataDateError(path, f"metadata line date: {exc}", 1) from None
    return FileMeta(
        published=published,
        published_from=DateSource.METADATA_LINE if published is not None else None,
        date_line=1,
        body_start=match.end(),
    )
