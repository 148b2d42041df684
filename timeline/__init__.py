"""timeline: read news articles, resolve their temporal expressions, and build a de-duplicated event timeline."""

from __future__ import annotations

from timeline.errors import TimelineError
from timeline.models import Article, Event, EventMention, Timeline, Timex
from timeline.settings import Settings

__all__ = ["Article", "Event", "EventMention", "Settings", "Timeline", "TimelineError", "Timex"]
__version__ = "0.1.0"
