"""The loader's rules, read from `resources/<language>/*.toml` (file kinds, manifest, front matter, datelines)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from timeline.errors import TimelineError

FIELDS = ("id", "published", "title", "source", "url")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)


class DatelinePattern(_Frozen):
    name: str
    parser: Literal["dateparser", "iso"]
    regex: re.Pattern[str]


class LoaderRules(_Frozen):
    article_suffixes: frozenset[str]
    corpus_suffixes: frozenset[str]
    skip_names: tuple[str, ...]
    skip_prefixes: tuple[str, ...]
    manifest_names: frozenset[str]
    manifest_toml_table: str
    manifest_columns: dict[str, tuple[str, ...]]
    front_open: str
    front_close: frozenset[str]
    front_comment: str
    front_keys: dict[str, tuple[str, ...]]
    metadata_line: re.Pattern[str]
    iso_date: re.Pattern[str]
    guess_encodings: tuple[str, ...]
    max_non_ascii_ratio: float
    max_non_ascii_run: int
    allowed_categories: frozenset[str]
    dateline_chars: int
    datelines: tuple[DatelinePattern, ...]
    headline_max_chars: int
    headline_max_lines: int
    headline_sentence_end: re.Pattern[str]
    headline_kicker: re.Pattern[str]


def _read_toml(language: str, name: str) -> dict[str, Any]:
    folder = importlib_resources.files("timeline.articles") / "resources" / language
    resource = folder / name
    if not resource.is_file():
        raise TimelineError(f"no article-loading resources for language {language!r} ({name})")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def _names(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(str(v).lower() for v in values) for key, values in table.items()}


@lru_cache(maxsize=8)
def load_rules(language: str) -> LoaderRules:
    """Rules for `language` (cached: the resource files are read once per process)."""
    formats = _read_toml(language, "formats.toml")
    datelines = _read_toml(language, "datelines.toml")
    placeholders = {f"@{key.upper()}@": value for key, value in datelines["names"].items()}

    def expand(regex: str) -> re.Pattern[str]:
        for placeholder, value in placeholders.items():
            regex = regex.replace(placeholder, value)
        return re.compile(regex)

    files, manifest, front, enc = formats["files"], formats["manifest"], formats["front_matter"], formats["encoding"]
    return LoaderRules(
        article_suffixes=frozenset(s.lower() for s in files["article_suffixes"]),
        corpus_suffixes=frozenset(s.lower() for s in files["corpus_suffixes"]),
        skip_names=tuple(files["skip_names"]),
        skip_prefixes=tuple(files["skip_prefixes"]),
        manifest_names=frozenset(n.lower() for n in manifest["names"]),
        manifest_toml_table=manifest["toml_table"],
        manifest_columns=_names(manifest["columns"]),
        front_open=front["open"],
        front_close=frozenset(front["close"]),
        front_comment=front["comment_prefix"],
        front_keys=_names(front["keys"]),
        metadata_line=re.compile(formats["metadata_line"]["pattern"]),
        iso_date=re.compile(formats["metadata_date"]["iso_pattern"]),
        guess_encodings=tuple(enc["guesses"]),
        max_non_ascii_ratio=float(enc["max_non_ascii_ratio"]),
        max_non_ascii_run=int(enc["max_non_ascii_run"]),
        allowed_categories=frozenset(enc["allowed_categories"]),
        dateline_chars=int(datelines["search_chars"]),
        headline_max_chars=int(formats["headline"]["max_chars"]),
        headline_max_lines=int(formats["headline"]["max_lines"]),
        headline_sentence_end=re.compile(formats["headline"]["sentence_end"]),
        headline_kicker=re.compile(formats["headline"]["kicker"]),
        datelines=tuple(
            DatelinePattern(name=p["name"], parser=p["parser"], regex=expand(p["regex"])) for p in datelines["pattern"]
        ),
    )
