"""load_articles: inputs (files, folders, globs, corpora, manifests) -> dated articles and named problems."""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import polars as pl
from pydantic import BaseModel, ConfigDict

from timeline.articles.corpus import read_corpus
from timeline.articles.dates import find_dateline
from timeline.articles.decode import decode
from timeline.articles.manifest import ManifestEntry, is_manifest, read_manifest
from timeline.articles.metadata import read_file_meta
from timeline.articles.resources import LoaderRules, load_rules
from timeline.errors import (
    BinaryFileError,
    CorpusError,
    DateConflictError,
    DuplicateIdError,
    EmptyArticleError,
    EncodingError,
    FrontMatterError,
    InputError,
    ManifestError,
    MetadataDateError,
    MissingDateError,
    NoArticlesError,
    UnreadablePathError,
)
from timeline.models import Article, ArticleProblem, DateSource, LoadResult
from timeline.settings import Settings

# ArticleProblem.kind for each error class (the most specific class listed wins).
PROBLEM_KINDS: dict[type[InputError], str] = {
    UnreadablePathError: "unreadable",
    EmptyArticleError: "empty",
    BinaryFileError: "binary",
    EncodingError: "encoding",
    FrontMatterError: "front_matter",
    DateConflictError: "date_conflict",
    MetadataDateError: "bad_date",
    ManifestError: "manifest",
    CorpusError: "corpus",
    DuplicateIdError: "duplicate_id",
    MissingDateError: "missing_date",
    InputError: "input",
}
NO_ARTICLES = "no_articles"

_GLOB_CHARS = frozenset("*?[")


class _Found(BaseModel):
    """The files the inputs expand to (display paths, deduplicated by resolved path, in discovery order)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    articles: tuple[Path, ...] = ()
    corpora: tuple[Path, ...] = ()
    manifests: tuple[Path, ...] = ()
    explicit_manifests: tuple[Path, ...] = ()


class _Loaded(BaseModel):
    """An article and where it came from (for duplicate-id messages)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: Article
    where: str
    line: int | None = None


class _Problems:
    """Collects problems (non-strict) or raises the first one (strict). Lives for one load_articles call."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.items: list[ArticleProblem] = []

    def add(self, error: InputError) -> None:
        if self.strict:
            raise error
        kind = next(PROBLEM_KINDS[cls] for cls in type(error).__mro__ if cls in PROBLEM_KINDS)
        self.items.append(ArticleProblem(path=error.path, line=error.line, kind=kind, message=error.message))

    def no_articles(self, path: str, message: str) -> None:
        if self.strict:
            raise NoArticlesError(f"{path}: {message}")
        self.items.append(ArticleProblem(path=path, kind=NO_ARTICLES, message=message))


# --------------------------------------------------------------------------- finding the files


def _skipped(name: str, rules: LoaderRules) -> bool:
    lowered = name.lower()
    return name.startswith(rules.skip_prefixes) or any(fnmatch.fnmatch(lowered, p.lower()) for p in rules.skip_names)


def _csv_is_corpus(path: Path, rules: LoaderRules, settings: Settings) -> bool:
    """An `articles.csv` without a file column but with the text column is a corpus, not a manifest."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        header = pl.read_csv(path, n_rows=0, infer_schema=False).columns
    except (pl.exceptions.PolarsError, OSError, ValueError):
        return False
    lowered = {name.strip().lower() for name in header}
    return not lowered & set(rules.manifest_columns["file"]) and settings.corpus_columns.text in header


def _kind(path: Path, rules: LoaderRules, settings: Settings) -> str | None:
    suffix = path.suffix.lower()
    if is_manifest(path, rules) and not _csv_is_corpus(path, rules, settings):
        return "manifest"
    if suffix in rules.corpus_suffixes:
        return "corpus"
    if suffix in rules.article_suffixes:
        return "article"
    return None


def _walk(folder: Path, rules: LoaderRules) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(rules.skip_prefixes))
        for name in sorted(files):
            if not _skipped(name, rules):
                yield Path(root) / name


def _find(inputs: Sequence[str | Path], rules: LoaderRules, settings: Settings, problems: _Problems) -> _Found:
    found: dict[str, list[Path]] = {"article": [], "corpus": [], "manifest": [], "explicit_manifest": []}
    seen: set[Path] = set()

    def add(path: Path, kind: str | None) -> bool:
        if kind is None:
            return False
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            found[kind].append(path)
        return kind != "manifest"

    def add_folder(folder: Path, shown: str) -> None:
        readable = [add(path, _kind(path, rules, settings)) for path in _walk(folder, rules)]
        if not any(readable):
            suffixes = ", ".join(sorted(rules.article_suffixes | rules.corpus_suffixes))
            problems.no_articles(shown, f"folder holds no article or corpus files ({suffixes})")

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            add_folder(path, str(path))
        elif path.is_file():
            kind = _kind(path, rules, settings)
            add(path, "explicit_manifest" if kind == "manifest" else kind or "article")
        elif _GLOB_CHARS & set(str(item)):
            matches = sorted(glob.glob(str(item), recursive=True))
            if not matches:
                problems.add(UnreadablePathError(item, "no file or folder matches this pattern"))
            for match in map(Path, matches):
                if match.is_dir():
                    add_folder(match, str(match))
                elif not _skipped(match.name, rules):
                    add(match, _kind(match, rules, settings))
        elif os.path.lexists(path):
            problems.add(UnreadablePathError(path, "cannot be read (not a regular file or folder)"))
        else:
            problems.add(UnreadablePathError(path, "no such file or folder"))
    # A manifest sitting beside an article file describes it even when the file was named on its own.
    for article in found["article"]:
        for name in sorted(rules.manifest_names):
            sibling = article.parent / name
            if sibling.is_file() and _kind(sibling, rules, settings) == "manifest":
                add(sibling, "manifest")
    return _Found(
        articles=tuple(found["article"]),
        corpora=tuple(found["corpus"]),
        manifests=tuple(found["manifest"]),
        explicit_manifests=tuple(found["explicit_manifest"]),
    )


def _manifest_entries(
    manifests: Sequence[Path], rules: LoaderRules, settings: Settings, problems: _Problems
) -> tuple[dict[str, ManifestEntry], set[str]]:
    """Manifest rows by resolved file path, and the files whose rows are bad (already reported)."""
    entries: dict[str, ManifestEntry] = {}
    rejected: set[str] = set()
    for manifest in sorted(manifests, key=str):
        try:
            read = read_manifest(manifest, rules, settings.language)
        except InputError as exc:
            problems.add(exc)
            continue
        for error in read.errors:
            problems.add(error)
        rejected |= read.rejected
        for entry in read.entries:
            if entry.file in entries:
                first = entries[entry.file]
                where = first.manifest if first.line is None else f"{first.manifest}:{first.line}"
                problems.add(ManifestError(manifest, f"file already described by {where}", entry.line))
                continue
            entries[entry.file] = entry
    return entries, rejected


# --------------------------------------------------------------------------- dating


def _dated_from_text(
    text: str, body_start: int, rules: LoaderRules, settings: Settings, path: Path, where: str, line: int | None
) -> tuple[date, DateSource]:
    search = find_dateline(text, body_start, rules, settings.language, settings.default_date)
    if search.found is not None:
        return search.found.published, DateSource.DATELINE
    if settings.default_date is not None:
        return settings.default_date, DateSource.COMMAND_LINE
    hint = ""
    if search.yearless:
        hint = f"; the dateline {search.yearless[0]!r} has no year"
    raise MissingDateError(
        path, f"{where}no publication date in its metadata or a dateline near the top{hint}; give one with --date", line
    )


def _text_article(path: Path, entry: ManifestEntry | None, rules: LoaderRules, settings: Settings) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadablePathError(path, f"cannot read: {exc.strerror or exc}") from None
    if not raw.strip():
        raise EmptyArticleError(path, "empty file")
    text, _ = decode(raw, path, rules)
    meta = read_file_meta(text, path, rules, settings.language)
    if not text[meta.body_start :].strip():
        raise EmptyArticleError(path, "no article text after its metadata")
    published: date
    source: DateSource
    if meta.published is not None and meta.published_from is not None:
        if entry is not None and entry.published is not None and entry.published != meta.published:
            where = entry.manifest if entry.line is None else f"{entry.manifest}:{entry.line}"
            raise DateConflictError(
                path,
                f"its {meta.published_from.value.replace('_', ' ')} says {meta.published.isoformat()} "
                f"but {where} says {entry.published.isoformat()}",
                meta.date_line,
            )
        published, source = meta.published, meta.published_from
    elif entry is not None and entry.published is not None:
        published, source = entry.published, DateSource.MANIFEST
    else:
        published, source = _dated_from_text(text, meta.body_start, rules, settings, path, "", None)
    return Article(
        id=meta.id or (entry.id if entry else None) or path.stem,
        path=str(path),
        title=meta.title or (entry.title if entry else None) or headline(text, meta.body_start, rules),
        source=meta.source or (entry.source if entry else None),
        url=meta.url or (entry.url if entry else None),
        published=published,
        published_from=source,
        text=text,
        body_start=meta.body_start,
    )


def headline(text: str, body_start: int, rules: LoaderRules) -> str | None:
    """The body's first line when it reads like a headline (short, not a sentence), after any kicker line."""
    lines = [line.strip() for line in text[body_start:].splitlines() if line.strip()][: rules.headline_max_lines]
    for line in lines:
        if rules.headline_kicker.match(line):
            continue
        if len(line) <= rules.headline_max_chars and not rules.headline_sentence_end.search(line):
            return line
        return None
    return None


def _corpus_articles(path: Path, rules: LoaderRules, settings: Settings, problems: _Problems) -> list[_Loaded]:
    try:
        read = read_corpus(path, settings.corpus_columns, rules, settings.language)
    except InputError as exc:
        problems.add(exc)
        return []
    loaded: list[_Loaded] = []
    errors = list(read.errors)
    for row in read.rows:
        where = f"row {row.row}: "
        if row.published is not None:
            published, source = row.published, DateSource.CORPUS
        else:
            try:
                published, source = _dated_from_text(row.text, 0, rules, settings, path, where, row.line)
            except InputError as exc:
                errors.append(exc)
                continue
        article = Article(
            id=row.id or f"{path.stem}-{row.row}",
            path=str(path),
            title=row.title,
            source=row.source,
            url=row.url,
            published=published,
            published_from=source,
            text=row.text,
        )
        loaded.append(_Loaded(article=article, where=f"{path} row {row.row}", line=row.line))
    for error in sorted(errors, key=lambda e: (e.line or 0, e.message)):
        problems.add(error)
    return loaded


# --------------------------------------------------------------------------- the whole load


def load_articles(inputs: Sequence[str | Path], settings: Settings) -> LoadResult:
    """Load and date every article the inputs name.

    Inputs are files, folders (walked recursively; hidden entries and README*-like files skipped) or glob
    patterns. `.txt`/`.md` files hold one article each (optional front matter or a leading ` date YYYY-MM-DD`
    line); `.jsonl`/`.csv`/`.parquet` files hold one article per row. A manifest (`articles.csv` /
    `articles.toml`) in a folder gives per-file id, date, title, source and url; it is never read as a corpus.

    Publication date, first found wins: the file's own metadata (front matter or metadata line; a manifest
    date that disagrees with it is a problem) -> manifest row or corpus column -> a dateline near the top of
    the text -> settings.default_date. Never the clock.

    Non-strict, every input that cannot be loaded or dated becomes an ArticleProblem and the rest still load;
    with settings.strict the first one is raised as its typed InputError (NoArticlesError for a folder with
    no articles). Articles are sorted by id; ids must be unique.
    """
    rules = load_rules(settings.language)
    problems = _Problems(settings.strict)
    found = _find(inputs, rules, settings, problems)
    entries, rejected = _manifest_entries(found.manifests + found.explicit_manifests, rules, settings, problems)
    article_paths = list(found.articles)
    known = {p.resolve() for p in article_paths}
    for manifest in found.explicit_manifests:
        for entry in sorted(entries.values(), key=lambda e: e.file):
            listed = Path(entry.listed)
            if entry.manifest == str(manifest) and listed.resolve() not in known:
                known.add(listed.resolve())
                article_paths.append(listed)

    loaded: list[_Loaded] = []
    for path in sorted(article_paths, key=str):
        if str(path.resolve()) in rejected:
            continue  # its manifest row is bad and was reported
        try:
            article = _text_article(path, entries.get(str(path.resolve())), rules, settings)
        except InputError as exc:
            problems.add(exc)
            continue
        loaded.append(_Loaded(article=article, where=str(path)))
    for corpus in sorted(found.corpora, key=str):
        loaded.extend(_corpus_articles(corpus, rules, settings, problems))

    articles: dict[str, _Loaded] = {}
    for item in sorted(loaded, key=lambda i: (i.article.path, i.line or 0)):
        first = articles.get(item.article.id)
        if first is not None:
            problems.add(
                DuplicateIdError(
                    item.article.path, f"id {item.article.id!r} is already used by {first.where}", item.line
                )
            )
            continue
        articles[item.article.id] = item
    return LoadResult(
        articles=tuple(articles[key].article for key in sorted(articles)),
        problems=tuple(sorted(problems.items, key=lambda p: (p.path, p.line or 0, p.kind, p.message))),
    )
