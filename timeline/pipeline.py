"""The whole pipeline, top to bottom, in one place.

articles -> temporal expressions -> event mentions -> events -> timeline -> exports

Each stage is a pure function over frozen models; only `timeline.temporal.anchor` reads a publication date,
and nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from timeline.articles import load_articles
from timeline.errors import NoArticlesError
from timeline.events import deduplicate, extract_mentions
from timeline.export import write_exports
from timeline.models import (
    Article,
    ArticleRef,
    Event,
    EventMention,
    GeneratedFrom,
    LoadResult,
    Timeline,
    Timex,
)
from timeline.settings import Settings
from timeline.temporal import tag_article


def tag_articles(articles: Sequence[Article], settings: Settings) -> dict[str, tuple[Timex, ...]]:
    """Stage 2: every temporal expression of every article, keyed by article id."""
    return {article.id: tag_article(article, settings) for article in articles}


def find_mentions(
    articles: Sequence[Article], timexes: dict[str, tuple[Timex, ...]], settings: Settings
) -> tuple[EventMention, ...]:
    """Stage 3: event mentions anchored by the DATE/TIME expressions."""
    return tuple(m for a in articles for m in extract_mentions(a, timexes[a.id], settings))


def build_timeline(
    inputs: Sequence[str | Path], loaded: LoadResult, events: Sequence[Event], settings: Settings
) -> Timeline:
    """Stage 5: the timeline model every export is written from."""
    articles = sorted(loaded.articles, key=lambda a: a.id)
    return Timeline(
        generated_from=GeneratedFrom(
            inputs=tuple(str(i) for i in inputs),
            article_count=len(articles),
            latest_published=max((a.published for a in articles), default=None),
            settings={"language": settings.language, "merge_threshold": settings.merge_threshold},
            problems=loaded.problems,
        ),
        articles=tuple(
            ArticleRef(
                id=a.id,
                path=a.path,
                title=a.title,
                source=a.source,
                url=a.url,
                published=a.published,
                published_from=a.published_from,
            )
            for a in articles
        ),
        events=tuple(sorted(events, key=lambda e: (e.start, e.end, e.title, e.id))),
    )


def run(inputs: Sequence[str | Path], settings: Settings) -> Timeline:
    """Read the inputs and return their timeline (no files written)."""
    loaded = load_articles(inputs, settings)  # 1. articles (problems reported, or raised if strict)
    if not loaded.articles:
        reasons = "; ".join(f"{p.path}: {p.message}" for p in loaded.problems) or "no article files found"
        raise NoArticlesError(f"no article could be processed from {', '.join(map(str, inputs))} ({reasons})")
    timexes = tag_articles(loaded.articles, settings)  # 2. temporal expressions
    mentions = find_mentions(loaded.articles, timexes, settings)  # 3. event mentions
    events = deduplicate(mentions, loaded.articles, settings)  # 4. events
    return build_timeline(inputs, loaded, events, settings)  # 5. timeline


def build(inputs: Sequence[str | Path], out_dir: str | Path, settings: Settings) -> tuple[Timeline, list[Path]]:
    """Run the pipeline and write the exports atomically into `out_dir`."""
    timeline = run(inputs, settings)
    return timeline, write_exports(timeline, Path(out_dir), settings)  # 6. exports
