"""Typed errors raised by the library. The CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class TimelineError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code: int = 1


class InputError(TimelineError):
    """A problem with one input (file, manifest row, corpus row). Names the path and, where known, the line."""

    exit_code = 2

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {message}")


class UnreadablePathError(InputError):
    """The path does not exist or cannot be read."""


class EmptyArticleError(InputError):
    """The file (or row) holds no text."""


class BinaryFileError(InputError):
    """The file is not text."""


class EncodingError(InputError):
    """The file could not be decoded as UTF-8 nor in a declared or guessed encoding."""


class FrontMatterError(InputError):
    """Malformed front matter or metadata line."""


class MetadataDateError(InputError):
    """A publication date given in metadata (front matter, manifest, corpus column) is not a valid date."""


class DateConflictError(MetadataDateError):
    """A file's own metadata and its manifest row give different publication dates."""


class ManifestError(InputError):
    """A manifest is malformed or names a file that does not exist."""


class CorpusError(InputError):
    """A corpus file (jsonl/csv/parquet) is malformed or lacks a required column."""


class DuplicateIdError(InputError):
    """Two articles have the same id."""


class MissingDateError(InputError):
    """No publication date could be established for an article (and no --date was given)."""


class NoArticlesError(TimelineError):
    """The inputs held no article that could be processed."""

    exit_code = 3


class ExportError(TimelineError):
    """An export could not be written."""

    exit_code = 4


class EvaluationError(TimelineError):
    """An evaluation corpus could not be read."""

    exit_code = 2


class TimeMLReadError(InputError, EvaluationError):
    """An annotated corpus file (TimeML, CAT) could not be read or is not what the harness expects. Names the file."""
