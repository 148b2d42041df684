"""Property tests over the whole pipeline: any text, any date, never a crash; offsets always slice back."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.events import deduplicate, extract_mentions
from timeline.export.writer import render_exports
from timeline.models import Article, DateSource, LoadResult
from timeline.pipeline import build_timeline
from timeline.settings import Settings
from timeline.temporal import tag_article

# News-like fragments mixed with arbitrary text, so the rules fire often enough to be exercised.
FRAGMENTS = st.sampled_from(
    [
        "The minister said on Wednesday that talks would begin next week. ",
        "Trump held calls with Putin and Zelensky on Wednesday. ",
        "NATO defense ministers met in Brussels Thursday.\n",
        "Since 2014, prices have risen 5%. ",
        "Photo: Officials meet in Kyiv on February 6.\n",
        "Live Updates\n\n",
        "04:22 - Source: CNN\n",
        "“We will act,” she said Friday. ",
        "Late last summer and earlier this week, the army advanced. ",
        "\u2028\u00a0\t",
    ]
)
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=12).map("".join)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXTS, min_size=1, max_size=3), published=DATES)
def test_pipeline_any_text_never_crashes_and_offsets_slice_back(texts: list[str], published: date) -> None:
    settings_ = Settings()
    articles = [
        Article(id=f"a{i}", path=f"a{i}.txt", published=published, published_from=DateSource.COMMAND_LINE, text=t)
        for i, t in enumerate(texts)
    ]
    mentions = []
    for article in articles:
        timexes = tag_article(article, settings_)
        for m in extract_mentions(article, timexes, settings_):
            assert article.text[m.sentence_start : m.sentence_end] == m.sentence
            if m.timex is not None:
                assert article.text[m.timex.start : m.timex.end] == m.timex.text
            mentions.append(m)
    events = deduplicate(mentions, articles, settings_)
    for event in events:
        assert event.start <= event.end
        assert event.mentions and set(event.sources) <= {a.id for a in articles}
    timeline = build_timeline(["x"], LoadResult(articles=tuple(articles)), events, settings_)
    rendered = render_exports(timeline, settings_)
    assert sorted(rendered) == sorted(
        ["timeline.csv", "timeline.json", "timeline.ics", "timeline.timelinejs.json", "timeline.html"]
    )
    assert all(rendered.values())
