"""Tagger entry points: placeholder until the engine lands."""

from __future__ import annotations

from datetime import date

from timeline.models import Article, Timex
from timeline.settings import Settings


def tag_text(
    text: str, published: date, settings: Settings, *, start: int = 0, article_id: str = ""
) -> tuple[Timex, ...]:
    raise NotImplementedError


def tag_article(article: Article, settings: Settings) -> tuple[Timex, ...]:
    return tag_text(article.text, article.published, settings, start=article.body_start, article_id=article.id)
