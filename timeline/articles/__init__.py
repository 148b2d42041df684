"""Loading articles and establishing their publication dates."""

from __future__ import annotations

from timeline.articles.loader import PROBLEM_KINDS, load_articles
from timeline.errors import DateConflictError

__all__ = ["PROBLEM_KINDS", "DateConflictError", "load_articles"]
