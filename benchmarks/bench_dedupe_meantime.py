"""Measure de-duplication on MEANTIME (NewsReader, Wikinews, CAT XML with cross-document event instances).

    python benchmarks/bench_dedupe_meantime.py [/work/shared/corpora/meantime-apple] [--threshold 0.5 ...]

Mentions are built from the gold annotation, the way the mention extractor would give them:
- one EventMention per gold EVENT_MENTION; sentence = its sentence's tokens joined by spaces;
- predicate = the gold `pred` lemma (or the surface words when empty); kind = statement for reporting verbs;
- actors = the surface text of its HAS_PARTICIPANT Arg0..Arg4 entity mentions that are names (NAM, PRE.NAM), as
  the extractor gives named actors; places = Argm-LOC; title = Arg0 + event words + Arg1 (any non-pronoun);
- date = the gold TIMEX3 it is anchored to by a TLINK (IS_INCLUDED, SIMULTANEOUS, INCLUDES, DURING, BEGINS, ENDS
  and their inverses), its value turned into an inclusive interval; failing that, the anchor of an event it is
  SIMULTANEOUS with or included in (TLINK between events).
Three mention sets are scored: `directly anchored` (TLINK to a TIMEX3), `anchored` (also through events: the fair
test) and `all` (every mention; the unanchored ones get the document creation day: a stress test, many of those
dates are wrong).

Gold: two mentions are the same event when they REFER_TO the same EVENT (within a document) or to EVENTs with the
same cross-document `instance_id`. Scores are pairwise precision / recall / F1 of "same event" decisions over all
pairs of scored mentions, also split into within- and cross-document pairs, with trivial baselines.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from timeline.events import deduplicate
from timeline.events.dedupe import _stem_word, load_resources, normalize_predicate
from timeline.models import EventMention, Granularity, Interval, MentionKind, Timex
from timeline.settings import Settings

DEFAULT_CORPUS = Path("/work/shared/corpora/meantime-apple")
ANCHOR_RELS = frozenset(
    {"IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "DURING_INV", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}
)
ACTOR_ROLES = frozenset({"Arg0", "Arg1", "Arg2", "Arg3", "Arg4"})
NAMED = frozenset({"NAM", "PRE.NAM"})  # actors are named participants, as the mention extractor gives them
PLACE_ROLES = frozenset({"Argm-LOC"})

DAY = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<clock>[\d:]+))?$")
MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
YEAR = re.compile(r"^(?P<y>\d{4})$")
WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})$")
QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
HALF = re.compile(r"^(?P<y>\d{4})-H(?P<h>[12])$")
FISCAL = re.compile(r"^FY(?P<y>\d{4})$")


@dataclass(frozen=True)
class GoldMention:
    mention: EventMention
    cluster: str  # gold event key: cross-doc instance id, or doc#EVENT, or doc#mention for unlinked ones
    anchored: bool  # dated by a TIMEX3 through TLINKs (directly or via simultaneous / including events)
    direct: bool  # dated by a TLINK straight to a TIMEX3


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def value_interval(value: str, dct: date) -> tuple[Interval, Granularity] | None:
    """Gold TIMEX3 value -> inclusive interval (None for durations, vague and underspecified values)."""
    if value == "PRESENT_REF":
        return Interval(start=dct, end=dct), "day"
    if m := DAY.match(value):
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
        return Interval(start=d, end=d), ("minute" if m["clock"] else "day")
    if m := MONTH.match(value):
        y, mo = int(m["y"]), int(m["m"])
        return Interval(start=date(y, mo, 1), end=month_end(y, mo)), "month"
    if m := WEEK.match(value):
        start = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        return Interval(start=start, end=start + timedelta(days=6)), "week"
    if m := QUARTER.match(value):
        y, q = int(m["y"]), int(m["q"])
        return Interval(start=date(y, 3 * q - 2, 1), end=month_end(y, 3 * q)), "quarter"
    if m := HALF.match(value):
        y, h = int(m["y"]), int(m["h"])
        return Interval(start=date(y, 6 * h - 5, 1), end=month_end(y, 6 * h)), "half_year"
    if m := YEAR.match(value) or FISCAL.match(value):
        y = int(m["y"])
        return Interval(start=date(y, 1, 1), end=date(y, 12, 31)), "year"
    return None


def read_document(path: Path, settings: Settings) -> list[GoldMention]:
    root = ET.parse(path).getroot()
    doc = root.get("doc_id") or path.stem
    tokens = {t.get("t_id", ""): (int(t.get("sentence", "0")), t.text or "") for t in root.findall("token")}
    order = [t.get("t_id", "") for t in root.findall("token")]
    text_parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence = -1
    for tid in order:
        sentence, word = tokens[tid]
        if text_parts:
            sep = "\n" if sentence != prev_sentence else " "
            text_parts.append(sep)
            pos += 1
        offsets[tid] = (pos, pos + len(word))
        text_parts.append(word)
        pos += len(word)
        prev_sentence = sentence
    text = "".join(text_parts)
    sentence_span: dict[int, tuple[int, int]] = {}
    for tid in order:
        s = tokens[tid][0]
        a, b = offsets[tid]
        lo, hi = sentence_span.get(s, (a, b))
        sentence_span[s] = (min(lo, a), max(hi, b))

    markables = root.find("Markables")
    relations = root.find("Relations")
    assert markables is not None and relations is not None

    def anchors(el: ET.Element) -> list[str]:
        return [a.get("t_id", "") for a in el.findall("token_anchor")]

    def surface(tids: Sequence[str]) -> str:
        return " ".join(tokens[t][1] for t in tids if t in tokens)

    event_mentions = {el.get("m_id", ""): el for el in markables.findall("EVENT_MENTION") if anchors(el)}
    entity_mentions = {
        el.get("m_id", ""): el
        for el in markables.findall("ENTITY_MENTION")
        if anchors(el) and el.get("syntactic_type") != "PRO"
    }
    events = {el.get("m_id", ""): el.get("instance_id") or "" for el in markables.findall("EVENT")}
    timexes = {el.get("m_id", ""): el for el in markables.findall("TIMEX3")}
    dct_el = next((t for t in timexes.values() if t.get("functionInDocument") == "CREATION_TIME"), None)
    assert dct_el is not None, path
    dct = date.fromisoformat((dct_el.get("value") or "")[:10])

    cluster: dict[str, str] = {}
    for rel in relations.findall("REFERS_TO"):
        target = rel.find("target")
        tgt = target.get("m_id", "") if target is not None else ""
        if tgt not in events:
            continue
        key = events[tgt] or f"{doc}#{tgt}"
        for src in rel.findall("source"):
            if src.get("m_id", "") in event_mentions:
                cluster[src.get("m_id", "")] = key

    anchor: dict[str, str] = {}
    for rel in sorted(relations.findall("TLINK"), key=lambda r: r.get("r_id", "")):
        if rel.get("reltype") not in ANCHOR_RELS:
            continue
        src_el, tgt_el = rel.find("source"), rel.find("target")
        if src_el is None or tgt_el is None:
            continue
        src_id, tgt_id = src_el.get("m_id") or "", tgt_el.get("m_id") or ""
        if src_id in event_mentions and tgt_id in timexes:
            ev, tx = src_id, tgt_id
        elif tgt_id in event_mentions and src_id in timexes:
            ev, tx = tgt_id, src_id
        else:
            continue
        if timexes[tx].get("type") not in ("DATE", "TIME"):
            continue
        if value_interval(timexes[tx].get("value") or "", dct) is None:
            continue
        is_dct = timexes[tx].get("functionInDocument") == "CREATION_TIME"
        if ev not in anchor or (timexes[anchor[ev]].get("functionInDocument") == "CREATION_TIME" and not is_dct):
            anchor[ev] = tx
    direct = set(anchor)
    # Through event-event TLINKs: an event simultaneous with, or included in, an anchored event shares its anchor.
    inner_outer: list[tuple[str, str]] = []
    for rel in relations.findall("TLINK"):
        src_el, tgt_el = rel.find("source"), rel.find("target")
        if src_el is None or tgt_el is None:
            continue
        first, second = src_el.get("m_id") or "", tgt_el.get("m_id") or ""
        if first not in event_mentions or second not in event_mentions:
            continue
        rt = rel.get("reltype")
        if rt in ("SIMULTANEOUS", "IS_INCLUDED", "DURING"):
            inner_outer.append((first, second))
        if rt in ("SIMULTANEOUS", "INCLUDES", "DURING_INV"):
            inner_outer.append((second, first))
    changed = True
    while changed:
        changed = False
        for inner, outer in sorted(inner_outer):
            if inner not in anchor and outer in anchor:
                anchor[inner] = anchor[outer]
                changed = True

    args: dict[str, list[tuple[str, str]]] = {}
    for rel in relations.findall("HAS_PARTICIPANT"):
        src_el, tgt_el = rel.find("source"), rel.find("target")
        if src_el is None or tgt_el is None:
            continue
        args.setdefault(src_el.get("m_id", ""), []).append((rel.get("sem_role") or "", tgt_el.get("m_id", "")))

    res = load_resources(settings.language)

    def stem(word: str) -> str:
        return " ".join(_stem_word(w, res.endings, res.final_endings, res.min_stem) for w in word.casefold().split())

    out: list[GoldMention] = []
    for mid, el in sorted(event_mentions.items(), key=lambda kv: int(kv[0])):
        tids = anchors(el)
        words = surface(tids)
        pred = el.get("pred") or words
        roles = sorted(args.get(mid, []))
        actors = tuple(
            dict.fromkeys(
                surface(anchors(entity_mentions[e]))
                for r, e in roles
                if r in ACTOR_ROLES and e in entity_mentions and entity_mentions[e].get("syntactic_type") in NAMED
            )
        )
        places = tuple(
            dict.fromkeys(
                surface(anchors(entity_mentions[e])) for r, e in roles if r in PLACE_ROLES and e in entity_mentions
            )
        )
        arg0 = [surface(anchors(entity_mentions[e])) for r, e in roles if r == "Arg0" and e in entity_mentions]
        arg1 = [surface(anchors(entity_mentions[e])) for r, e in roles if r == "Arg1" and e in entity_mentions]
        title = " ".join([*arg0[:1], words, *arg1[:1]])
        sentence_no = tokens[tids[0]][0]
        s_start, s_end = sentence_span[sentence_no]
        tx_id = anchor.get(mid)
        tx_el = timexes[tx_id] if tx_id else dct_el
        resolved = value_interval(tx_el.get("value") or "", dct)
        assert resolved is not None
        interval, granularity = resolved
        tx_tids = anchors(tx_el)
        t_start = offsets[tx_tids[0]][0] if tx_tids else 0
        t_end = offsets[tx_tids[-1]][1] if tx_tids else 0
        kind: MentionKind = "statement" if stem(pred) in res.reporting else "act"
        timex = Timex(
            article_id=doc,
            start=t_start,
            end=t_end,
            text=text[t_start:t_end],
            type="DATE",
            value=tx_el.get("value") or "",
            granularity=granularity,
            interval=interval,
            rule="gold",
        )
        mention = EventMention(
            id=f"{doc}:{offsets[tids[0]][0]:06d}:{mid}",
            article_id=doc,
            sentence=text[s_start:s_end],
            sentence_start=s_start,
            sentence_end=s_end,
            timex=timex,
            kind=kind,
            title=title,
            predicate=pred,
            actors=actors,
            places=places,
        )
        out.append(GoldMention(mention, cluster.get(mid, f"{doc}#{mid}"), tx_id is not None, mid in direct))
    return out


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(gold: Sequence[GoldMention], same: Callable[[int, int], bool], scope: str) -> Score:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        cross = gold[i].mention.article_id != gold[j].mention.article_id
        if (scope == "within" and cross) or (scope == "cross" and not cross):
            continue
        g = gold[i].cluster == gold[j].cluster
        p = same(i, j)
        tp += g and p
        fp += p and not g
        fn += g and not p
    return Score(tp, fp, fn)


def report(name: str, gold: Sequence[GoldMention], same: Callable[[int, int], bool]) -> None:
    cells = []
    for scope in ("all", "within", "cross"):
        s = pairwise(gold, same, scope)
        cells.append(f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} ({s.tp:4d}/{s.tp + s.fp:5d}/{s.tp + s.fn:4d})")
    print(f"  {name:<34} " + "  ".join(cells))


def same_label(labels: Sequence[str]) -> Callable[[int, int], bool]:
    return lambda i, j: labels[i] == labels[j]


def evaluate(corpus: str, label: str, gold: Sequence[GoldMention], thresholds: Sequence[float], base: Settings) -> None:
    """Print the baselines' and de-duplication's pairwise scores on one mention set."""
    res = load_resources(base.language)
    ms = [g.mention for g in gold]
    positives = pairwise(gold, lambda i, j: True, "all").tp
    cross_pos = pairwise(gold, lambda i, j: True, "cross").tp
    print(
        f"\nMEANTIME {corpus}: {label} mentions = {len(ms)} from {len({m.article_id for m in ms})} "
        f"articles; gold same-event pairs = {positives} ({cross_pos} cross-document)"
    )
    heads = ("all pairs  P R F1 (tp/pred/gold)", "within-doc", "cross-doc")
    print(f"  {'':<34} " + "  ".join(f"{h:<34}" for h in heads))
    interval = [(m.timex.interval.start, m.timex.interval.end) if m.timex.interval else None for m in ms]
    lemma = [normalize_predicate(m.predicate, res) for m in ms]
    report("baseline: same day/interval", gold, lambda i, j: interval[i] == interval[j])
    report("baseline: same predicate (synonyms)", gold, lambda i, j: lemma[i] == lemma[j])
    both = [(p, d) for p, d in zip(lemma, interval, strict=True)]
    report("baseline: same predicate + interval", gold, lambda i, j: both[i] == both[j])
    for threshold in thresholds:
        started = time.perf_counter()
        events = deduplicate(ms, [], base.model_copy(update={"merge_threshold": threshold}))
        elapsed = time.perf_counter() - started
        event_of = {r.mention_id: e.id for e in events for r in e.mentions}
        ev = [event_of[m.id] for m in ms]
        name = f"deduplicate t={threshold} ({len(events)} ev, {elapsed:.2f}s)"
        report(name, gold, same_label(ev))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--threshold", type=float, action="append", help="merge thresholds (default 0.3 0.4 0.5 0.7)")
    opts = parser.parse_args(argv)
    thresholds = opts.threshold or [0.3, 0.4, 0.5, 0.7]
    files = sorted(opts.corpus.rglob("*.xml"))
    if not files:
        print(f"no .xml files under {opts.corpus}", file=sys.stderr)
        return 2
    base = Settings()
    everything = [g for f in files for g in read_document(f, base)]
    sets = (
        ("directly anchored", [g for g in everything if g.direct]),
        ("anchored", [g for g in everything if g.anchored]),
        ("all", everything),
    )
    for label, gold in sets:
        evaluate(opts.corpus.name, label, sorted(gold, key=lambda g: g.mention.id), thresholds, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
