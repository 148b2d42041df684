"""Event titles on news the engine has never seen: MEANTIME (Wikinews) and a TimeBank sample.

    python benchmarks/bench_titles_unseen.py [--meantime DIR] [--timebank DIR] [--timebank-docs 30] [--sample 40]
                                             [--dump FILE]

Each corpus document becomes an Article (published = its creation date) and runs through the pipeline stages
(tag_articles -> find_mentions -> deduplicate). Printed per corpus:
- documents, mentions, events, and events per document;
- `subject+verb`: share of event titles that read as a clause by a cheap heuristic: a verb form of the lexicon
  (third person, past, base or a participle after "is/are/was") at position >= 1, preceded only by words that
  can open a subject (no preposition, subordinator or verb before it);
- a fixed random sample (seed 0) of `--sample` titles, to be judged by hand ("who did what" or not).
No targets: the numbers are read, compared before/after a change, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from timeline.evaluate.cat import read_cat_corpus
from timeline.evaluate.timeml import TimeMLDocument, read_timeml
from timeline.events import deduplicate
from timeline.events.lexicon import load_rules
from timeline.models import Article, DateSource, Event
from timeline.pipeline import find_mentions, tag_articles
from timeline.settings import Settings

DEFAULT_MEANTIME = Path("/work/shared/corpora/meantime-apple")
DEFAULT_TIMEBANK = Path("/work/shared/corpora/tbaq-cleaned/TimeBank")


def articles_of(docs: tuple[TimeMLDocument, ...] | list[TimeMLDocument], corpus: str) -> list[Article]:
    out = []
    for i, doc in enumerate(docs):
        if doc.dct is None:
            continue
        out.append(
            Article(
                id=f"{corpus}{i:03d}",
                path=str(doc.path),
                published=doc.dct,
                published_from=DateSource.CORPUS,
                text=doc.text,
            )
        )
    return out


def clause_like(title: str, settings: Settings) -> bool:
    """Heuristic: a subject (opening words that are not a preposition, subordinator or lowercase verb) followed by a
    finite verb of the lexicon (third person, past, a modal or auxiliary, or a base form after a plural subject)."""
    rules = load_rules(settings.language)
    forms = rules.lex.forms
    blockers = rules.prepositions | rules.subordinators | rules.relatives
    words = title.replace("’", "'").split()
    for i, word in enumerate(words):
        low = word.lower().strip(",.;:")
        if i == 0:
            if low in blockers or (low in forms and not word[:1].isupper()):
                return False
            continue
        if words[i - 1].lower() in blockers:
            continue  # the noun of a prepositional phrase inside the subject ("revenue of company")
        tense = forms.get(low, ("", ""))[1]
        if tense in {"third", "past"} or low in rules.lex.modals or forms.get(low, ("", ""))[0] in rules.lex.auxiliary:
            return True
        if tense == "base" and rules.plural.search(words[i - 1].lower()):
            return True  # "Two presidents sign", a plural subject
    return False


def run(name: str, articles: list[Article], settings: Settings, sample: int) -> tuple[list[Event], list[str]]:
    t0 = time.perf_counter()
    timexes = tag_articles(articles, settings)
    mentions = find_mentions(articles, timexes, settings)
    events = list(deduplicate(mentions, articles, settings))
    took = time.perf_counter() - t0
    titles = sorted(e.title for e in events)
    ok = sum(clause_like(t, settings) for t in titles)
    print(f"== {name}: {len(articles)} documents, {len(mentions)} mentions, {len(events)} events ({took:.2f}s)")
    print(f"   events per document: {len(events) / max(1, len(articles)):.2f}")
    print(f"   subject+verb titles: {ok}/{len(titles)} = {ok / max(1, len(titles)):.1%}")
    rng = random.Random(0)
    picked = rng.sample(titles, min(sample, len(titles)))
    print(f"   {len(picked)} random titles (judge by hand):")
    for t in picked:
        print(f"     [{'v' if clause_like(t, settings) else ' '}] {t}")
    return events, titles


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    parser.add_argument("--timebank", type=Path, default=DEFAULT_TIMEBANK)
    parser.add_argument("--timebank-docs", type=int, default=30)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--dump", type=Path, default=None, help="write every event (date, title, sentence) here")
    parser.add_argument("--score-dump", type=Path, default=None, help="only score the titles of an earlier --dump")
    args = parser.parse_args(argv)
    settings = Settings()
    if args.score_dump is not None:
        rows = [line.split("\t") for line in args.score_dump.read_text(encoding="utf-8").splitlines() if line]
        for corpus in sorted({r[0] for r in rows}):
            titles = [r[3] for r in rows if r[0] == corpus]
            ok = sum(clause_like(t, settings) for t in titles)
            print(f"== {corpus} ({args.score_dump}): {len(titles)} events")
            print(f"   subject+verb titles: {ok}/{len(titles)} = {ok / max(1, len(titles)):.1%}")
        return 0
    meantime = articles_of(list(read_cat_corpus([str(args.meantime)])), "mt")
    paths = sorted(args.timebank.glob("*.tml"))[: args.timebank_docs]
    timebank = articles_of([read_timeml(p) for p in paths], "tb")
    lines = []
    for name, arts in (("MEANTIME", meantime), ("TimeBank sample", timebank)):
        events, _ = run(name, arts, settings, args.sample)
        for e in sorted(events, key=lambda e: (e.sources, e.start, e.title)):
            sent = e.mentions[0].text.replace("\n", " ")[:160] if e.mentions else ""
            lines.append(f"{name}\t{','.join(e.sources)}\t{e.timex}\t{e.title}\t{sent}")
    if args.dump is not None:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
