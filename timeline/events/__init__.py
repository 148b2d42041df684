"""Event mentions and de-duplication (placeholder until they land)."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.models import Article, Event, EventMention, Timex
from timeline.settings import Settings


def extract_mentions(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[EventMention, ...]:
    raise NotImplementedError


def deduplicate(mentions: Sequence[EventMention], articles: Sequence[Article], settings: Settings) -> tuple[Event, ...]:
    raise NotImplementedError
