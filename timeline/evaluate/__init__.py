"""Scoring the temporal tagger against gold-annotated corpora (TempEval-3 measures on TimeML and CAT XML)."""

from __future__ import annotations

from timeline.evaluate.cat import parse_cat, read_cat, read_cat_corpus
from timeline.evaluate.timeml import (
    Mismatch,
    Scores,
    TimeMLDocument,
    TimeMLReadError,
    TimeMLReport,
    ValueKind,
    ValueKindCounts,
    evaluate_documents,
    evaluate_timeml,
    find_timeml_files,
    format_report,
    parse_timeml,
    read_timeml,
    value_kind,
)

__all__ = [
    "Mismatch",
    "Scores",
    "TimeMLDocument",
    "TimeMLReadError",
    "TimeMLReport",
    "ValueKind",
    "ValueKindCounts",
    "evaluate_documents",
    "evaluate_timeml",
    "find_timeml_files",
    "format_report",
    "parse_cat",
    "parse_timeml",
    "read_cat",
    "read_cat_corpus",
    "read_timeml",
    "value_kind",
]
