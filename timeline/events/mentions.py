"""Event mentions: placeholder until the extractor lands."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.models import Article, EventMention, Timex
from timeline.settings import Settings


def extract_mentions(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[EventMention, ...]:
    raise NotImplementedError
