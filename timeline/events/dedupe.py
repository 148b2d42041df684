"""De-duplication: placeholder until it lands."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.models import Article, Event, EventMention
from timeline.settings import Settings


def deduplicate(mentions: Sequence[EventMention], articles: Sequence[Article], settings: Settings) -> tuple[Event, ...]:
    raise NotImplementedError
