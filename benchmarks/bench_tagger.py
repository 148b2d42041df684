"""Speed of the temporal tagger beside dateparser.search_dates, run in the same process on the same texts.

    python benchmarks/bench_tagger.py [--limit N] [--repeat N] [--corpus DIR] [--seeds DIR] [--meantime DIR]
                                      [--no-quality]

Texts: the seed articles (publication dates from shared/seeds/README.md) and the plain TEXT of every
TBAQ-cleaned TimeML file (its DCT as publication date). Each system gets one warm-up pass, then `--repeat`
passes over the whole set, the two systems' passes interleaved, timed with time.perf_counter on one core. Prints
the best pass's documents/second and characters/second of both systems and the ratio, the median over the pairs
of passes run back to back (target: timeline >= 20x dateparser), with its range, then the relaxed and
value F1 of both on TBAQ (dateparser's substrings are located in the text to get offsets; outside the timing),
and on the MEANTIME Apple articles (CAT XML), a held-out set that the rules were not written against. MEANTIME
does not mark every expression, so its precision is low for any tagger: read its recall and value accuracy.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from timeline.evaluate.cat import read_cat_corpus
from timeline.evaluate.timeml import Scores, TimeMLDocument, evaluate_documents, find_timeml_files, read_timeml
from timeline.models import Timex
from timeline.settings import Settings
from timeline.temporal import tag_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "tbaq-cleaned"
DEFAULT_MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime-apple" / "corpus_apple"
# Publication dates of the seed articles, established by reading them (shared/seeds/README.md).
SEED_DEFAULT_DATE = date(2025, 2, 13)
SEED_DATES = {"002": date(2025, 2, 12)}
TARGET_RATIO = 20.0
SETTINGS = Settings()


Found = tuple[int, int, str, str, str]  # start, end, text, TIMEX3 type, value


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    published: date


@dataclass(frozen=True)
class Timing:
    seconds: float
    outputs: list[list[Found]]  # per document
    failures: int


Runner = Callable[[Doc], tuple[list[Found], bool]]


def seed_docs(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        published = SEED_DATES.get(path.name.split("_", 1)[0], SEED_DEFAULT_DATE)
        docs.append(Doc(path.name, path.read_text(encoding="utf-8"), published))
    return docs


def tbaq_docs(folder: Path, limit: int | None) -> list[TimeMLDocument]:
    files = find_timeml_files([folder])
    if limit is not None:
        files = files[:limit]
    return [read_timeml(f) for f in files]


def run_timeline(doc: Doc) -> tuple[list[Found], bool]:
    timexes = tag_text(doc.text, doc.published, SETTINGS)
    return [(t.start, t.end, t.text, t.type, t.value) for t in timexes], True


def locate(text: str, found: Sequence[tuple[str, datetime]]) -> list[Found]:
    """Offsets of dateparser's substrings, searched left to right (it returns them in text order)."""
    out: list[Found] = []
    pos = 0
    for substring, when in found:
        at = text.find(substring, pos)
        if at < 0:
            at = text.find(substring)
        if at < 0:
            continue
        out.append((at, at + len(substring), substring, "DATE", when.date().isoformat()))
        pos = at + len(substring)
    return out


def run_dateparser(doc: Doc) -> tuple[list[Found], bool]:
    base = datetime(doc.published.year, doc.published.month, doc.published.day)
    try:
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base})
    except Exception:  # the peer's own failures are counted, not fatal
        return [], False
    return locate(doc.text, found or []), True


def one_pass(runner: Runner, docs: Sequence[Doc]) -> tuple[float, list[tuple[list[Found], bool]]]:
    gc.collect()
    t0 = time.perf_counter()
    results = [runner(doc) for doc in docs]
    return time.perf_counter() - t0, results


def time_paired(docs: Sequence[Doc], repeat: int) -> tuple[Timing, Timing, list[float]]:
    """Best-of-`repeat` timings of both systems, their passes interleaved (timeline, then dateparser, `repeat`
    times), and the ratio of each such pair: a machine whose speed drifts slows both sides of a pair alike, so the
    median pair ratio is steadier than the ratio of the two best times."""
    for doc in docs:  # warm-up: loads resources, compiles patterns, fills caches
        run_timeline(doc)
        run_dateparser(doc)
    best = {"timeline": float("inf"), "dateparser": float("inf")}
    last: dict[str, list[tuple[list[Found], bool]]] = {}
    ratios: list[float] = []
    for _ in range(max(1, repeat)):
        ours, last["timeline"] = one_pass(run_timeline, docs)
        peer, last["dateparser"] = one_pass(run_dateparser, docs)
        best["timeline"], best["dateparser"] = min(best["timeline"], ours), min(best["dateparser"], peer)
        ratios.append(peer / ours)
    timings = [
        Timing(best[k], [r[0] for r in last[k]], sum(1 for r in last[k] if not r[1]))
        for k in ("timeline", "dateparser")
    ]
    return timings[0], timings[1], ratios


def quality(documents: Sequence[TimeMLDocument], outputs: Sequence[list[Found]]) -> Scores:
    """TempEval-3 scores of outputs already computed (one list per document), through the harness."""
    total = Scores()
    for doc, found in zip(documents, outputs, strict=True):

        def replay(text: str, published: date, settings: Settings, found: list[Found] = found) -> tuple[Timex, ...]:
            return tuple(
                Timex(start=s, end=e, text=t, type=ty, value=v, granularity="unknown", rule="bench")
                for s, e, t, ty, v in found
            )

        total = total + evaluate_documents([doc], SETTINGS, tagger=replay).overall
    return total


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to cpu {cpu}"
    return "not pinned"


def positive(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed .txt articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="TimeML folder (TBAQ-cleaned)")
    parser.add_argument("--limit", type=positive, default=None, help="use only the first N TimeML documents")
    parser.add_argument("--repeat", type=positive, default=7, help="timed passes per system; best is kept (default 7)")
    parser.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME, help="CAT XML folder (MEANTIME Apple)")
    parser.add_argument("--no-quality", action="store_true", help="skip the F1 comparisons")
    args = parser.parse_args(argv)

    where = pin_one_core()
    sets: list[tuple[str, list[Doc], list[TimeMLDocument]]] = []
    if args.seeds.is_dir():
        sets.append(("seeds", seed_docs(args.seeds), []))
    if args.corpus.is_dir():
        timeml = tbaq_docs(args.corpus, args.limit)
        sets.append((args.corpus.name, [Doc(d.doc_id, d.text, d.dct) for d in timeml], timeml))
    if not sets:
        print("no texts: neither --seeds nor --corpus is a folder", file=sys.stderr)
        return 2

    print(f"tag_text vs dateparser.search_dates, python {sys.version.split()[0]}, {where}, best of {args.repeat}")
    header = f"{'texts':<14} {'docs':>5} {'chars':>9}  {'system':<11} {'best s':>8} {'docs/s':>9} {'chars/s':>11}"
    print(header)
    print("-" * len(header))
    summary: list[tuple[str, float, float, float]] = []
    quality_rows: list[tuple[str, Scores, Scores]] = []
    for name, docs, timeml in sets:
        chars = sum(len(d.text) for d in docs)
        ours, peer, ratios = time_paired(docs, args.repeat)
        for label, timing in (("timeline", ours), ("dateparser", peer)):
            print(
                f"{name:<14} {len(docs):>5} {chars:>9}  {label:<11} {timing.seconds:>8.3f} "
                f"{len(docs) / timing.seconds:>9.1f} {chars / timing.seconds:>11,.0f}"
            )
        summary.append((name, statistics.median(ratios), min(ratios), max(ratios)))
        if peer.failures:
            print(f"{'':<14} dateparser raised on {peer.failures} document(s); counted as finding nothing")
        if timeml and not args.no_quality:
            quality_rows.append((name, quality(timeml, ours.outputs), quality(timeml, peer.outputs)))
    if not args.no_quality and args.meantime.is_dir():
        held_out = read_cat_corpus([args.meantime])
        docs = [Doc(d.doc_id, d.text, d.dct) for d in held_out]
        ours_out = [run_timeline(d)[0] for d in docs]
        peer_out = [run_dateparser(d)[0] for d in docs]
        quality_rows.append(
            (f"{args.meantime.name} (held out)", quality(held_out, ours_out), quality(held_out, peer_out))
        )
    print()
    for name, ratio, low, high in summary:
        verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
        print(
            f"speed ratio on {name}: timeline is {ratio:.1f}x dateparser, median of {args.repeat} interleaved pairs "
            f"(range {low:.1f}-{high:.1f}x; {verdict} the {TARGET_RATIO:.0f}x target)"
        )
    for name, ours_q, peer_q in quality_rows:
        print()
        print(f"quality on {name} (TempEval-3, percent; dateparser values are full dates, so its value F1 is low):")
        print(f"{'system':<11} {'rel-P':>6} {'rel-R':>6} {'rel-F1':>6} {'str-F1':>6} {'val-A':>6} {'val-F1':>6}")
        for label, s in (("timeline", ours_q), ("dateparser", peer_q)):
            print(
                f"{label:<11} {100 * s.relaxed_precision:>6.1f} {100 * s.relaxed_recall:>6.1f} "
                f"{100 * s.relaxed_f1:>6.1f} {100 * s.strict_f1:>6.1f} {100 * s.value_accuracy:>6.1f} "
                f"{100 * s.value_f1:>6.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
