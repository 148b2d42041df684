"""Event mentions (one per dated clause) and their de-duplication into events."""

from __future__ import annotations

from timeline.events.dedupe import deduplicate
from timeline.events.mentions import extract_mentions

__all__ = ["deduplicate", "extract_mentions"]
