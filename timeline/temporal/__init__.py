"""Temporal expression engine: find every time expression and resolve it against the publication date."""

from __future__ import annotations

from timeline.temporal.tagger import tag_article, tag_text

__all__ = ["tag_article", "tag_text"]
