"""Which word does each date anchor? `timeline.events.mentions` against a nearest-verb peer, on TBAQ-cleaned.

TimeBank/AQUAINT link events to time expressions with TLINKs. For every DATE/TIME expression (gold span and
value, not the document date) that is linked to at least one EVENT in the same sentence, a system is right when
the word it attaches the date to overlaps one of those linked events. Both systems see the same gold expressions,
the same sentences and the same verb lexicon; the peer takes the nearest verb (token distance, either side).
Also prints mentions/s of `extract_mentions` over the same documents.

    python benchmarks/bench_mentions_timebank.py [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.events.lexicon import load_rules
from timeline.events.mentions import anchor_words, extract_mentions
from timeline.models import Article, DateSource, Interval, Timex
from timeline.settings import Settings
from timeline.text import sentences

ROOT = Path(__file__).resolve().parent.parent
VAGUE = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]
    links: dict[int, list[tuple[int, int]]]  # timex start -> linked event spans


def _read(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    dct_el = next(el for el in root.iter("TIMEX3") if el.get("functionInDocument") == "CREATION_TIME")
    dct = date.fromisoformat((dct_el.get("value") or "")[:10])
    text_el = root.find("TEXT")
    assert text_el is not None
    parts: list[str] = []
    spans: dict[str, tuple[int, int, ET.Element]] = {}

    def walk(node: ET.Element) -> None:
        start = sum(len(p) for p in parts)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        end = sum(len(p) for p in parts)
        key = node.get("eid") or node.get("tid")
        if key:
            spans[key] = (start, end, node)

    walk(text_el)
    text = "".join(parts)
    instance = {el.get("eiid"): el.get("eventID") for el in root.iter("MAKEINSTANCE")}
    timexes: list[Timex] = []
    for key, (s, e, el) in spans.items():
        value = el.get("value") or ""
        if el.tag != "TIMEX3" or el.get("type") not in ("DATE", "TIME") or value in VAGUE or not value[:1].isdigit():
            continue
        timexes.append(
            Timex(
                article_id=path.stem,
                start=s,
                end=e,
                text=text[s:e],
                type="DATE" if el.get("type") == "DATE" else "TIME",
                value=value,
                granularity="unknown",
                interval=Interval(start=dct, end=dct),  # only needs to be resolved; the value is not scored here
                rule=key,
            )
        )
    by_tid = {t.rule: t for t in timexes}
    links: dict[int, list[tuple[int, int]]] = {}
    for link in root.iter("TLINK"):
        pairs = [
            (link.get("relatedToTime"), instance.get(link.get("eventInstanceID"))),
            (link.get("timeID"), instance.get(link.get("relatedToEventInstance"))),
        ]
        for tid, eid in pairs:
            if tid in by_tid and eid in spans:
                links.setdefault(by_tid[tid].start, []).append(spans[eid][:2])
    return Doc(path.stem, text, dct, tuple(sorted(timexes, key=lambda t: t.start)), links)


def _peer(text: str, sent_start: int, sent_end: int, timex: Timex) -> tuple[int, int] | None:
    """Nearest verb form (same lexicon) by word distance."""
    forms = load_rules("en").lex.forms
    words = [(m.start() + sent_start, m.end() + sent_start) for m in WORD.finditer(text[sent_start:sent_end])]
    inside = [i for i, (s, e) in enumerate(words) if s < timex.end and e > timex.start]
    if not inside:
        return None
    lo, hi = inside[0], inside[-1]
    best: tuple[int, int] | None = None
    best_d = 10**9
    for i, (s, e) in enumerate(words):
        if lo <= i <= hi or text[s:e].lower() not in forms:
            continue
        d = lo - i if i < lo else i - hi
        if d < best_d:
            best, best_d = (s, e), d
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "tbaq-cleaned")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = sorted(args.corpus.rglob("*.tml"))
    if args.limit:
        files = files[: args.limit]
    docs = [_read(p) for p in files]
    settings = Settings()
    scored = ours_ok = peer_ok = 0
    for doc in docs:
        article = Article(
            id=doc.name, path=doc.name, published=doc.dct, published_from=DateSource.CORPUS, text=doc.text
        )
        ours = {t.start: (s, e) for t, s, e in anchor_words(article, doc.timexes, settings)}
        for sent in sentences(doc.text):
            for t in doc.timexes:
                if not (sent.start <= t.start and t.end <= sent.end):
                    continue
                gold = [(s, e) for s, e in doc.links.get(t.start, []) if sent.start <= s and e <= sent.end]
                if not gold:
                    continue
                scored += 1
                mine = ours.get(t.start)
                peer = _peer(doc.text, sent.start, sent.end, t)
                ours_ok += mine is not None and any(s < mine[1] and mine[0] < e for s, e in gold)
                peer_ok += peer is not None and any(s < peer[1] and peer[0] < e for s, e in gold)
    t0 = time.perf_counter()
    n_mentions = 0
    for doc in docs:
        article = Article(
            id=doc.name, path=doc.name, published=doc.dct, published_from=DateSource.CORPUS, text=doc.text
        )
        n_mentions += len(extract_mentions(article, doc.timexes, settings))
    secs = time.perf_counter() - t0
    print(f"documents: {len(docs)}  dates linked to an event in their sentence: {scored}")
    print(
        f"anchor accuracy  timeline: {ours_ok / max(scored, 1):.3f}  nearest-verb peer: {peer_ok / max(scored, 1):.3f}"
    )
    print(f"ratio timeline/peer: {ours_ok / max(peer_ok, 1):.2f}")
    print(f"extract_mentions: {n_mentions} mentions in {secs:.2f} s ({len(docs) / secs:.0f} documents/s)")


if __name__ == "__main__":
    main()
