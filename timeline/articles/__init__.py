"""Loading articles and establishing their publication dates (placeholder until the loader lands)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline.models import LoadResult
from timeline.settings import Settings


def load_articles(inputs: Sequence[str | Path], settings: Settings) -> LoadResult:
    raise NotImplementedError
