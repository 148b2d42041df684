"""De-duplication: merge the mentions of one event (within and across articles) into one Event.

How it works (every word list and weight is data in `resources/<language>/dedupe.toml`):

1. Mention table (polars): one row per dated mention, with its interval, normalized predicate (synonyms mapped to
   one canonical form, inflections stemmed), its actors as identifying words (honorifics and stopwords dropped,
   spelling variants of name words folded: Zelensky / Zelenskiy), the words of its title other than the
   predicate, and its kind group (act or statement). Mentions whose expression has no interval (durations, vague
   references) cannot be placed and are skipped.
2. Candidate pairs (polars `join_where`): blocking by overlapping intervals, widened by the conflict tolerance.
3. Pair score = weighted sum of explainable features: predicate (same / synonym, or a statement whose words name
   the other's predicate: "says he spoke with"), actor overlap (two names match when one's words are all in the
   other's: "Putin" / "Vladimir Putin"), title-word Jaccard, temporal compatibility (same interval, one within the
   other, overlap) and kind. A pair with neither the same predicate nor `min_title_overlap` of its title words
   scores 0 (the same people on the same day are not one event by themselves).
   Two statements of one speaker (first actor) compare by what they say instead: the stems of the title words
   after the reporting verb, the speaker's name left out and a negative prefix folded ("unrealistic" ~ "not
   realistic"); shared words / words of the shorter content must reach `statements.min_content_overlap` (lower when
   the reported clauses share their first verb), and then count as the same predicate. Below that they stay apart.
   Hard blocks (never merge):
   - disjoint intervals, unless both are day-level, at most `conflict_tolerance_days` apart and the evidence is
     strong (same predicate, actors overlapping, and different articles or a caption/headline): a Conflict;
   - each mention has an actor the other lacks and their overlap is below `clash_below_overlap` (the "with whom"
     differs: a call with X vs a call with Y);
   - both mentions name participants and their predicates are known, not reporting verbs, and differ (a call vs a
     meeting of the same people).
4. Clustering: average linkage with cannot-links. Two clusters merge when the mean score over all their cross
   pairs reaches `settings.merge_threshold` and no cross pair is blocked or missing (missing = disjoint dates).
   Connected components would chain (day 1 - month - day 2, or A~B~C with A and C unrelated); average linkage
   with vetoes cannot, so two mentions on disjoint days never end up in one event through a coarse third one.
5. Event: the date with the best support (sources, then mentions whose interval contains it, then finer
   granularity) - so the most precise compatible date wins and a minority day becomes a Conflict; the title of an
   act before a statement's, then the one sharing most words with the other titles, then the most informative;
   all mentions and sources; confidence = support (1 - 0.5^sources * 0.9^(extra mentions)) * agreement (share of
   mentions agreeing with the kept date); merge reasons from the best pair of each merge.

6. Undated mentions (sentences naming an event with its participants but no date of their own, "Trump's call with
   Putin") never make an event; each joins the single best dated event when its predicate is the event's, it names
   every core participant of the event (actors named by at least `undated.core_share` of its mentions) and no one
   the event lacks, and its article was published on or after the event's start and within `undated.window_days`.
   Best = participant overlap, then the most recent start; a tie is ambiguous and the mention is left out. A joined
   mention counts as a source, is cited with time_text None, and adds a merge reason saying why.

Event.id = first 16 hex digits of sha1 over the event's key: its date (start, end, granularity), its canonical
predicate (the most common known one) and the last words of its core actors. Adding another article's mention of
the same event keeps the id (an iCalendar UID updates instead of duplicating); two events sharing a key are told
apart by adding the smallest mention id of each. Known limit: a key actor's spelling variant (Zelensky / Zelenskiy)
is folded only when both spellings are in the run.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from datetime import time as Time
from functools import cache
from importlib import resources
from typing import Any, TypeVar, get_args

import polars as pl

from timeline.events.lexicon import known_verb, verb_lemma
from timeline.ids import short_hash
from timeline.models import Article, Conflict, Event, EventMention, Granularity, MentionRef, Timex
from timeline.settings import Settings

_T = TypeVar("_T")
_GRANULARITY_RANK: dict[str, int] = {g: i for i, g in enumerate(get_args(Granularity))}
_WORD = re.compile(r"(?P<word>\w+(?:[.'’-]\w+)*)", re.UNICODE)
_SPACE = re.compile(r"(?P<space>\s+)")
_PUNCT = re.compile(r"(?P<punct>[^\w\s.'’-]+)")


# --------------------------------------------------------------------------- resources


@dataclass(frozen=True)
class DedupeResources:
    """The language data of de-duplication, read from `resources/<language>/dedupe.toml`."""

    weights: dict[str, float]
    contained: float
    overlap: float
    tolerance_days: int
    min_conflict_actor_overlap: float
    conflict_granularities: frozenset[str]
    conflict_kinds: frozenset[str]
    source_factor: float
    mention_factor: float
    kind_groups: dict[str, str]
    reported_groups: frozenset[str]
    reporting: frozenset[str]
    endings: tuple[tuple[str, str], ...]
    final_endings: tuple[str, ...]
    min_stem: int
    synonyms: dict[str, str]
    stem_synonyms: dict[str, str]
    stopwords: frozenset[str]
    honorifics: tuple[str, ...]
    clash_below_overlap: float
    fuzzy_min_length: int
    fuzzy_max_edits: int
    min_title_overlap: float
    cross_article_needs_actors: bool
    reasons: dict[str, str]
    undated_window_days: int
    undated_core_share: float
    undated_reason: str
    language: str = "en"
    statement_min_overlap: float = 1.0
    statement_min_overlap_same_predicate: float = 1.0
    negative_prefixes: tuple[str, ...] = ()
    min_prefixed_length: int = 0
    statement_min_shared: int = 2
    quote_marks: tuple[tuple[str, str], ...] = ()


@cache
def load_resources(language: str) -> DedupeResources:
    """Read (once per language) the de-duplication data file."""
    path = resources.files("timeline.events").joinpath("resources", language, "dedupe.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    preds = data["predicates"]
    endings = tuple(sorted(((str(e), str(r)) for e, r in preds["endings"]), key=lambda er: (-len(er[0]), er)))
    final_endings = tuple(preds["final_endings"])
    min_stem = int(preds["min_stem"])
    synonyms: dict[str, str] = {}
    stem_synonyms: dict[str, str] = {}
    for canonical, variants in sorted(preds["synonyms"].items()):
        for variant in [canonical, *variants]:
            synonyms.setdefault(_norm_text(variant), canonical)
            stem_synonyms.setdefault(_stem_text(_norm_text(variant), endings, final_endings, min_stem), canonical)
    temporal = data["temporal"]
    return DedupeResources(
        weights={k: float(v) for k, v in data["weights"].items()},
        contained=float(temporal["contained"]),
        overlap=float(temporal["overlap"]),
        tolerance_days=int(temporal["conflict_tolerance_days"]),
        min_conflict_actor_overlap=float(temporal["conflict_min_actor_overlap"]),
        conflict_granularities=frozenset(temporal["conflict_granularities"]),
        conflict_kinds=frozenset(temporal["conflict_kinds"]),
        source_factor=float(data["confidence"]["source_factor"]),
        mention_factor=float(data["confidence"]["mention_factor"]),
        kind_groups={kind: group for group, kinds in data["kinds"].items() if group != "title_last" for kind in kinds},
        reported_groups=frozenset(data["kinds"]["title_last"]),
        reporting=frozenset(_stem_text(_norm_text(v), endings, final_endings, min_stem) for v in preds["reporting"]),
        endings=endings,
        final_endings=final_endings,
        min_stem=min_stem,
        synonyms=synonyms,
        stem_synonyms=stem_synonyms,
        stopwords=frozenset(data["titles"]["stopwords"]),
        honorifics=tuple(sorted((_norm_text(h) for h in data["actors"]["honorifics"]), key=lambda s: (-len(s), s))),
        clash_below_overlap=float(data["actors"]["clash_below_overlap"]),
        fuzzy_min_length=int(data["actors"]["fuzzy_min_length"]),
        fuzzy_max_edits=int(data["actors"]["fuzzy_max_edits"]),
        min_title_overlap=float(data["evidence"]["min_title_overlap"]),
        cross_article_needs_actors=bool(data["evidence"].get("cross_article_needs_actors", False)),
        reasons=dict(data["reasons"]),
        undated_window_days=int(data["undated"]["window_days"]),
        undated_core_share=float(data["undated"]["core_share"]),
        undated_reason=str(data["undated"]["reason"]),
        language=language,
        statement_min_overlap=float(data["statements"]["min_content_overlap"]),
        statement_min_overlap_same_predicate=float(data["statements"]["min_content_overlap_same_predicate"]),
        negative_prefixes=tuple(sorted(data["statements"]["negative_prefixes"], key=lambda p: (-len(p), p))),
        min_prefixed_length=int(data["statements"]["min_prefixed_length"]),
        statement_min_shared=int(data["statements"]["min_shared_words"]),
        quote_marks=tuple((str(o), str(c)) for o, c in data["statements"]["quote_marks"]),
    )


# --------------------------------------------------------------------------- normalization


def _tx(m: EventMention) -> Timex:
    """The time expression of a dated mention (undated mentions never reach the dated code paths)."""
    assert m.timex is not None, m.id
    return m.timex


def _norm_text(text: str) -> str:
    """Casefold, drop punctuation other than inner dots/apostrophes/hyphens, collapse spaces."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.casefold())).strip()


def _stem_word(word: str, endings: Sequence[tuple[str, str]], final_endings: Sequence[str], min_stem: int) -> str:
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            word = word[: -len(ending)] + replacement
            break
    for ending in final_endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


def _stem_text(text: str, endings: Sequence[tuple[str, str]], final_endings: Sequence[str], min_stem: int) -> str:
    return " ".join(_stem_word(w, endings, final_endings, min_stem) for w in text.split())


def normalize_predicate(predicate: str, res: DedupeResources) -> str:
    """Canonical predicate: the synonym group's name when the word (or its stem) is listed, else the word's stem.

    Inflections compare equal through the stem ("launches", "launched" -> "launch"); the stem is only a key.
    """
    norm = _norm_text(predicate)
    if not norm or norm in res.synonyms:
        return res.synonyms.get(norm, norm)
    stem = _stem_text(norm, res.endings, res.final_endings, res.min_stem)
    return res.stem_synonyms.get(stem, stem)


def _is_reporting(predicate: str, res: DedupeResources) -> bool:
    norm = _norm_text(predicate)
    return bool(norm) and _stem_text(norm, res.endings, res.final_endings, res.min_stem) in res.reporting


def normalize_actor(name: str, res: DedupeResources) -> str:
    """Actor key: casefolded, punctuation dropped, leading honorifics removed ("President X" -> "x")."""
    norm = _norm_text(name)
    changed = True
    while changed:
        changed = False
        for honorific in res.honorifics:
            if norm.startswith(honorific + " "):
                norm = norm[len(honorific) + 1 :].strip()
                changed = True
                break
    return norm


def title_tokens(title: str, res: DedupeResources) -> tuple[str, ...]:
    """Content words of a title, casefolded, sorted and unique."""
    words = {m.group("word").casefold() for m in _WORD.finditer(title)}
    return tuple(sorted(w for w in words if w not in res.stopwords))


def content_tokens(mention: EventMention, res: DedupeResources) -> tuple[str, ...]:
    """Title words other than the predicate's (a shared verb is already the predicate feature)."""
    predicate = normalize_predicate(mention.predicate, res)
    words = title_tokens(mention.title, res)
    return tuple(w for w in words if not predicate or normalize_predicate(w, res) != predicate)


def _content_stem(word: str, res: DedupeResources) -> str:
    """A content word's comparison key: a negative prefix dropped from a long word ("unrealistic" -> realistic, the
    negation being carried by "not" in the other wording), then stemmed."""
    for prefix in res.negative_prefixes:
        if word.startswith(prefix) and len(word) >= res.min_prefixed_length:
            word = word[len(prefix) :]
            break
    return _stem_word(word, res.endings, res.final_endings, res.min_stem)


def _quoted_text(mention: EventMention, res: DedupeResources) -> str:
    """The quoted words of a statement's sentence when its title shows a quote (else ""): all quoted spans, a span
    left open running to the sentence's end, and one closed before any opening (the quote began in an earlier
    sentence: "We will not accept any talks without us,” Zelensky said")."""
    for opening, closing in res.quote_marks:
        if opening not in mention.title:
            continue
        spans = []
        rest = mention.sentence
        head, found, tail = rest.partition(closing)
        if found and opening not in head and (opening != closing or tail.count(opening) % 2 == 0):
            spans.append(head)
            rest = tail
        while opening in rest:
            inside = rest.split(opening, 1)[1]
            span, found, rest = inside.partition(closing)
            spans.append(span)
            if not found:
                break
        return " ".join(spans)
    return ""


def statement_content(mention: EventMention, res: DedupeResources) -> tuple[tuple[str, ...], str]:
    """What a statement says: the stems of its title's content words after the reporting verb, the speaker's name
    words left out, and the lemma of the reported clause's first verb (its predicate, "" when none is known).
    ("Pete Hegseth says NATO membership for Ukraine is unrealistic" -> (membership, nato, realistic, ukraine), "").
    A title that shows a (clipped) quote says what the whole quote in its sentence says: "Zelensky says “we will not
    accept any bilateral…”" -> (accept, any, bilateral, negotiation, ukraine, us, without), accept.
    """
    quoted = _quoted_text(mention, res)
    words = [m.group("word") for m in _WORD.finditer(quoted or mention.title)]
    folded = [w.casefold() for w in words]
    own = normalize_predicate(mention.predicate, res)
    verb_at = (
        -1
        if quoted
        else next(
            (
                i
                for i, w in enumerate(folded)
                if _is_reporting(lemma := verb_lemma(w, res.language), res)
                or (own and normalize_predicate(lemma, res) == own)
            ),
            -1,
        )
    )
    speaker = set(_raw_actor_words(mention.actors[0], res)) if mention.actors else set()
    rest = folded[verb_at + 1 :]
    stems = {
        stem
        for w in rest
        if w not in res.stopwords and (stem := _content_stem(w, res)) not in speaker and stem not in res.reporting
    }
    predicate = ""
    for w in rest:
        lemma = known_verb(w, res.language)
        if lemma:
            predicate = normalize_predicate(lemma, res)
            break
    return tuple(sorted(stems)), predicate


# --------------------------------------------------------------------------- tables


def _raw_actor_words(name: str, res: DedupeResources) -> set[str]:
    words = title_tokens(normalize_actor(name, res), res)
    return {_stem_word(w, res.endings, res.final_endings, res.min_stem) for w in words if w not in res.honorifics}


def _within_edits(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b is at most `limit`."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def word_canon(names: Iterable[str], res: DedupeResources) -> dict[str, str]:
    """Spelling variants of name words folded into one: alphabetic words of at least `fuzzy_min_length` letters
    within `fuzzy_max_edits` of each other. A group only grows while all its words stay that close to each other
    (no chains: Person10 ~ Person11 ~ Person21), and each word maps to its group's alphabetically first word."""
    words = sorted({w for name in names for w in _raw_actor_words(name, res)})
    groups: list[list[str]] = []
    for word in words:
        if len(word) < res.fuzzy_min_length or not word.isalpha():
            continue
        for group in groups:
            if all(_within_edits(word, other, res.fuzzy_max_edits) for other in group):
                group.append(word)
                break
        else:
            groups.append([word])
    canon = {w: w for w in words}
    for group in groups:
        for word in group:
            canon[word] = group[0]
    return canon


def actor_words(name: str, res: DedupeResources, canon: dict[str, str] | None = None) -> tuple[str, ...]:
    """The words that identify an actor: its words (stemmed, spelling variants folded by `canon`) minus stopwords
    and single-word honorifics."""
    table = canon or {}
    return tuple(sorted({table.get(w, w) for w in _raw_actor_words(name, res)}))


def actors_match(a: str, b: str, res: DedupeResources) -> bool:
    """Same actor when one name's words are all in the other's ("Jobs" / "Apple CEO Steve Jobs")."""
    canon = word_canon((a, b), res)
    wa, wb = set(actor_words(a, res, canon)), set(actor_words(b, res, canon))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _mention_table(mentions: Sequence[EventMention], res: DedupeResources) -> pl.DataFrame:
    """One row per mention. `actors` holds each actor as its identifying words joined by spaces."""
    canon = word_canon((a for m in mentions for a in m.actors), res)
    rows = []
    for idx, m in enumerate(mentions):
        start, end = _interval(m)
        rows.append(
            {
                "idx": idx,
                "article_id": m.article_id,
                "start": start,
                "end": end,
                "fine": _tx(m).granularity in res.conflict_granularities,
                "kind": m.kind,
                "kind_group": res.kind_groups.get(m.kind, m.kind),
                "predicate": normalize_predicate(m.predicate, res),
                "reporting": _is_reporting(m.predicate, res),
                "actors": sorted({" ".join(w) for a in m.actors if (w := actor_words(a, res, canon))}),
                "title_preds": sorted({normalize_predicate(w, res) for w in title_tokens(m.title, res)}),
                "tokens": list(content_tokens(m, res)),
                "speaker": sorted(_raw_actor_words(m.actors[0], res)) if m.actors else [],
                "content": list(content[0]) if (content := statement_content(m, res)) else [],
                "content_pred": content[1],
            }
        )
    schema = pl.Schema(
        {
            "idx": pl.Int64(),
            "article_id": pl.String(),
            "start": pl.Date(),
            "end": pl.Date(),
            "fine": pl.Boolean(),
            "kind": pl.String(),
            "kind_group": pl.String(),
            "predicate": pl.String(),
            "reporting": pl.Boolean(),
            "actors": pl.List(pl.String),
            "tokens": pl.List(pl.String),
            "title_preds": pl.List(pl.String),
            "speaker": pl.List(pl.String),
            "content": pl.List(pl.String),
            "content_pred": pl.String(),
        }
    )
    return pl.DataFrame(rows, schema=schema, orient="row") if rows else pl.DataFrame(schema=schema)


def _jaccard(left: str, right: str) -> pl.Expr:
    inter = pl.col(left).list.set_intersection(pl.col(right)).list.len()
    union = pl.col(left).list.set_union(pl.col(right)).list.len()
    return pl.when(union > 0).then(inter / union).otherwise(0.0)


def _actor_matches(pairs: pl.DataFrame, table: pl.DataFrame, res: DedupeResources) -> pl.DataFrame:
    """Per candidate pair: how many actors of each side match an actor of the other side (`actors_match`)."""
    actors = (
        table.select("idx", pl.col("actors").alias("actor"))
        .explode("actor")
        .drop_nulls()
        .with_columns(words=pl.col("actor").str.split(" "))
    )
    right = actors.rename({"idx": "idx_r", "actor": "actor_r", "words": "words_r"})
    both = pairs.select("idx", "idx_r").join(actors, on="idx").join(right, on="idx_r")
    both = both.with_columns(
        match=(pl.col("words").list.set_difference(pl.col("words_r")).list.len() == 0)
        | (pl.col("words_r").list.set_difference(pl.col("words")).list.len() == 0)
    )
    keys_lr = ["idx", "idx_r"]
    left_n = (
        both.group_by([*keys_lr, "actor"])
        .agg(pl.col("match").any())
        .group_by(keys_lr)
        .agg(matched=pl.col("match").sum())
    )
    right_n = (
        both.group_by([*keys_lr, "actor_r"])
        .agg(pl.col("match").any())
        .group_by(keys_lr)
        .agg(matched_r=pl.col("match").sum())
    )
    return (
        pairs.join(left_n, on=keys_lr, how="left")
        .join(right_n, on=keys_lr, how="left")
        .with_columns(pl.col("matched").fill_null(0), pl.col("matched_r").fill_null(0))
    )


def candidate_pairs(table: pl.DataFrame, res: DedupeResources) -> pl.DataFrame:
    """Candidate pairs (blocking by overlapping intervals, widened by the tolerance) with their features and score."""
    tol = pl.duration(days=res.tolerance_days)
    left = table.with_columns(reach=pl.col("end") + tol)
    right = left.rename({c: f"{c}_r" for c in left.columns})
    pairs = left.join_where(
        right,
        pl.col("idx") < pl.col("idx_r"),
        pl.col("start") <= pl.col("reach_r"),
        pl.col("start_r") <= pl.col("reach"),
    )
    w = res.weights
    overlap = (pl.col("start") <= pl.col("end_r")) & (pl.col("start_r") <= pl.col("end"))
    same = (pl.col("start") == pl.col("start_r")) & (pl.col("end") == pl.col("end_r"))
    contains = (pl.col("start") <= pl.col("start_r")) & (pl.col("end") >= pl.col("end_r"))
    inside = (pl.col("start_r") <= pl.col("start")) & (pl.col("end_r") >= pl.col("end"))
    gap = (pl.max_horizontal("start", "start_r") - pl.min_horizontal("end", "end_r")).dt.total_days()
    known = (pl.col("predicate") != "") & ~pl.col("reporting")
    known_r = (pl.col("predicate_r") != "") & ~pl.col("reporting_r")
    pairs = _actor_matches(pairs, table, res)
    n_left, n_right = pl.col("actors").list.len(), pl.col("actors_r").list.len()
    n_both = n_left + n_right
    pairs = pairs.with_columns(
        overlap=overlap,
        same_interval=same,
        contained=overlap & (contains | inside),
        gap_days=pl.when(overlap).then(0).otherwise(gap),
        # same predicate, or a statement whose words name the other mention's predicate ("says they spoke")
        pred_same=(known & known_r & (pl.col("predicate") == pl.col("predicate_r")))
        | (pl.col("reporting") & known_r & pl.col("title_preds").list.contains(pl.col("predicate_r")))
        | (pl.col("reporting_r") & known & pl.col("title_preds_r").list.contains(pl.col("predicate"))),
        # different known predicates block only between full clauses (participants on both sides)
        pred_clash=known & known_r & (pl.col("predicate") != pl.col("predicate_r")) & (n_left > 0) & (n_right > 0),
        actor_common=pl.col("matched"),
        actor_j=pl.when(n_both > 0).then((pl.col("matched") + pl.col("matched_r")) / n_both).otherwise(0.0),
        title_j=_jaccard("tokens", "tokens_r"),
        # the "with whom" differs: each side has an actor the other lacks, and they share too little
        actor_clash=(n_left > pl.col("matched"))
        & (n_right > pl.col("matched_r"))
        & ((pl.col("matched") + pl.col("matched_r")) < res.clash_below_overlap * n_both),
        kind_same=pl.col("kind_group") == pl.col("kind_group_r"),
    )
    conflict_kinds = sorted(res.conflict_kinds)
    near_ok = (
        ~pl.col("overlap")
        & pl.col("fine")
        & pl.col("fine_r")
        & (pl.col("gap_days") <= res.tolerance_days)
        & pl.col("pred_same")
        & (pl.col("actor_common") > 0)
        & (pl.col("actor_j") >= res.min_conflict_actor_overlap)
        & (
            (pl.col("article_id") != pl.col("article_id_r"))
            | pl.col("kind").is_in(conflict_kinds)
            | pl.col("kind_r").is_in(conflict_kinds)
        )
    )
    time_f = (
        pl.when(pl.col("same_interval"))
        .then(1.0)
        .when(pl.col("contained"))
        .then(res.contained)
        .when(pl.col("overlap"))
        .then(res.overlap)
        .otherwise(0.0)
    )
    # Two statements of one speaker are one statement when what they say overlaps: their content words (not the
    # speaker's name, shared by all of that speaker's statements) replace the title words.
    reported = sorted(res.reported_groups)
    statements = (
        pl.col("kind_group").is_in(reported)
        & pl.col("kind_group_r").is_in(reported)
        & (pl.col("content").list.len() > 0)
        & (pl.col("content_r").list.len() > 0)
        & (pl.col("speaker").list.len() > 0)
        & (pl.col("speaker_r").list.len() > 0)
        & (
            (pl.col("speaker").list.set_difference(pl.col("speaker_r")).list.len() == 0)
            | (pl.col("speaker_r").list.set_difference(pl.col("speaker")).list.len() == 0)
        )
    )
    shared = pl.col("content").list.set_intersection(pl.col("content_r")).list.len()
    smaller = pl.min_horizontal(pl.col("content").list.len(), pl.col("content_r").list.len())
    # overlap coefficient: a shorter rewording of the same claim is contained in the longer one
    content_j = pl.when(shared >= res.statement_min_shared).then(shared / smaller).otherwise(0.0)
    same_content_pred = (pl.col("content_pred") != "") & (pl.col("content_pred") == pl.col("content_pred_r"))
    said_same = (content_j >= res.statement_min_overlap) | (
        same_content_pred & (content_j >= res.statement_min_overlap_same_predicate)
    )
    pairs = pairs.with_columns(
        statements=statements,
        said_same=statements & said_same,
        title_j=pl.when(statements).then(content_j).otherwise(pl.col("title_j")),
    )
    raw = (  # saying the same thing counts as the same predicate
        w["predicate"] * (pl.col("pred_same") | pl.col("said_same")).cast(pl.Float64)
        + w["actors"] * pl.col("actor_j")
        + w["title"] * pl.col("title_j")
        + w["time"] * time_f
        + w["kind"] * pl.col("kind_same").cast(pl.Float64)
    )
    evidence = (
        pl.when(pl.col("statements"))
        .then(pl.col("said_same"))
        .otherwise(pl.col("pred_same") | (pl.col("title_j") >= res.min_title_overlap))
    )
    if res.cross_article_needs_actors:  # strangers: different articles, neither naming any participant
        named = (pl.col("actors").list.len() > 0) | (pl.col("actors_r").list.len() > 0)
        evidence = evidence & ((pl.col("article_id") == pl.col("article_id_r")) | named)
    pairs = pairs.with_columns(near=near_ok, time_f=time_f, evidence=evidence)
    blocked = pl.col("actor_clash") | pl.col("pred_clash") | (~pl.col("overlap") & ~pl.col("near"))
    score = pl.when(blocked | ~pl.col("evidence")).then(0.0).otherwise(raw).round(6)
    return pairs.with_columns(blocked=blocked, score=score).select(
        "idx",
        "idx_r",
        "overlap",
        "same_interval",
        "contained",
        "near",
        "gap_days",
        "pred_same",
        "pred_clash",
        "actor_clash",
        "actor_common",
        "actor_j",
        "title_j",
        "kind_same",
        "time_f",
        "evidence",
        "blocked",
        "score",
    )


# --------------------------------------------------------------------------- clustering


@dataclass(frozen=True)
class _Link:
    """Sum of pair scores between two clusters, how many of their pairs are candidates, and whether one is blocked."""

    total: float
    present: int
    blocked: bool


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [groups[k] for k in sorted(groups)]


def _cluster(
    comp: Sequence[int], scores: dict[tuple[int, int], tuple[float, bool]], threshold: float
) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """Average linkage with cannot-links over the mentions of one component (`scores`: its candidate pairs).

    Returns (members, merge pairs) per cluster; a merge pair is the best-scoring cross pair of one merge step.
    """
    members: dict[int, list[int]] = {i: [i] for i in comp}
    merges: dict[int, list[tuple[int, int]]] = {i: [] for i in comp}
    links = {pair: _Link(score, 1, blocked) for pair, (score, blocked) in scores.items()}
    while True:
        best: tuple[float, int, int] | None = None
        for (a, b), link in links.items():
            if link.blocked or link.present < len(members[a]) * len(members[b]):
                continue
            avg = round(link.total / link.present, 9)
            if avg >= threshold and (best is None or (-avg, a, b) < (-best[0], best[1], best[2])):
                best = (avg, a, b)
        if best is None:
            break
        _, a, b = best
        pair = max(
            ((min(x, y), max(x, y)) for x in members[a] for y in members[b]),
            key=lambda p: (scores[p][0], -p[0], -p[1]),
        )
        members[a] = sorted(members[a] + members.pop(b))
        merges[a] = merges[a] + merges.pop(b) + [pair]
        new_links: dict[tuple[int, int], _Link] = {}
        for (x, y), link in links.items():
            if b not in (x, y) and a not in (x, y):
                new_links[(x, y)] = link
                continue
            if {x, y} == {a, b}:
                continue
            other = y if x in (a, b) else x
            key = (min(a, other), max(a, other))
            prev = new_links.get(key)
            if prev is None:
                new_links[key] = link
            else:
                new_links[key] = _Link(
                    prev.total + link.total, prev.present + link.present, prev.blocked or link.blocked
                )
        links = new_links
    return [(members[k], merges[k]) for k in sorted(members)]


# --------------------------------------------------------------------------- events


def _ref(m: EventMention) -> MentionRef:
    return MentionRef(
        mention_id=m.id,
        article_id=m.article_id,
        text=m.sentence,
        start=m.sentence_start,
        end=m.sentence_end,
        time_text=m.timex.text if m.timex else None,
        time_start=m.timex.start if m.timex else None,
        time_end=m.timex.end if m.timex else None,
        rule=m.timex.rule if m.timex else "",
    )


def _interval(m: EventMention) -> tuple[date, date]:
    interval = _tx(m).interval
    assert interval is not None, m.id
    return interval.start, interval.end


def _pick_date(group: Sequence[EventMention]) -> tuple[EventMention, list[EventMention], list[EventMention]]:
    """The best-supported date: (representative mention, mentions agreeing with it, mentions conflicting)."""

    def supporters(c: EventMention) -> list[EventMention]:
        cs, ce = _interval(c)
        return [m for m in group if _interval(m)[0] <= cs and ce <= _interval(m)[1]]

    def key(c: EventMention) -> tuple[int, int, int, int, date, str, str]:
        sup = supporters(c)
        cs, ce = _interval(c)
        return (
            -len({m.article_id for m in sup}),
            -len(sup),
            _GRANULARITY_RANK.get(_tx(c).granularity, len(_GRANULARITY_RANK)),
            (ce - cs).days,
            cs,
            _tx(c).value,
            c.id,
        )

    best = min(group, key=key)
    agree = supporters(best)
    agree_ids = {m.id for m in agree}
    return best, agree, [m for m in group if m.id not in agree_ids]


def _most_common(values: Iterable[_T]) -> _T | None:
    """The most frequent value (ties: smallest by its text)."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _majority_mod(mods: Sequence[str | None]) -> str | None:
    """The event's mod: the one most of its mentions of the kept date give, where giving none counts too; a tie
    with "none" is none ("met on Thursday" and "spoke later that day" (END) do not make the meeting late)."""
    counts = Counter(mods)
    if not counts:
        return None
    best = max(counts.values())
    tied = sorted((m for m, n in counts.items() if n == best), key=str)
    return None if None in tied else tied[0]


def _display_names(names: Sequence[str], res: DedupeResources) -> tuple[str, ...]:
    """One spelling per person/place: names whose words fall within one fuller name are grouped under it ("Trump",
    "President Trump" -> "Donald Trump"); each group shows its most frequent spelling (then the longest), groups
    ordered by support, then name. Names without identifying words are dropped."""
    canon = word_canon(names, res)
    words = {name.strip(): frozenset(actor_words(name, res, canon)) for name in names}
    sets = {w for w in words.values() if w}
    maximal = [t for t in sets if not any(t < u for u in sets)]
    by_key: dict[tuple[str, ...], Counter[str]] = {}
    for name in names:
        mine = words[name.strip()]
        if not mine:
            continue
        holders = [t for t in maximal if mine <= t]
        key = holders[0] if len(holders) == 1 else mine
        by_key.setdefault(tuple(sorted(key)), Counter())[name.strip()] += 1
    chosen = [(-sum(c.values()), min(c, key=lambda s: (-c[s], -len(s), s))) for _, c in sorted(by_key.items())]
    return tuple(name for _, name in sorted(chosen))


def _choose_title(group: Sequence[EventMention], res: DedupeResources, language: str) -> str:
    """An act's title before a statement's (it says what happened), then the one sharing most words with the other
    mentions' titles (verb forms counted by lemma: "held" = "holds"), then the most informative, then the shortest."""
    tokens = {m.id: {_content_stem(verb_lemma(w, language), res) for w in title_tokens(m.title, res)} for m in group}

    def centrality(m: EventMention) -> float:
        mine = tokens[m.id]
        total = 0.0
        for other in group:
            if other.id != m.id:
                union = mine | tokens[other.id]
                total += len(mine & tokens[other.id]) / len(union) if union else 0.0
        return round(total, 9)

    acts_first = {m.id: int(res.kind_groups.get(m.kind, m.kind) in res.reported_groups) for m in group}
    best = min(group, key=lambda m: (acts_first[m.id], -centrality(m), -len(tokens[m.id]), len(m.title), m.title, m.id))
    return best.title.strip()


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"


def _reason(a: EventMention, b: EventMention, row: dict[str, object], res: DedupeResources) -> str:
    t = res.reasons
    parts: list[str] = []
    if row["same_interval"]:
        parts.append(t["same_interval"].format(granularity=_tx(a).granularity, timex=_tx(a).value))
    elif row["contained"]:
        inner, outer = (a, b) if _interval(b)[0] <= _interval(a)[0] and _interval(a)[1] <= _interval(b)[1] else (b, a)
        parts.append(t["contained"].format(inner=_tx(inner).value, outer=_tx(outer).value))
    elif row["overlap"]:
        parts.append(t["overlap"].format(a=_tx(a).value, b=_tx(b).value))
    else:
        parts.append(t["near"].format(a=_tx(a).value, b=_tx(b).value, days=row["gap_days"]))
    if row["pred_same"]:
        named = b if _is_reporting(a.predicate, res) else a  # a statement shares the predicate its words name
        canonical = normalize_predicate(named.predicate, res)
        shown = canonical if canonical in res.synonyms else _norm_text(named.predicate)
        parts.append(t["predicate"].format(predicate=shown))
    common = sorted({x.strip() for x in a.actors if any(actors_match(x, y, res) for y in b.actors)})
    if float(str(row["actor_j"])) > 0:
        parts.append(t["actors"].format(actors=", ".join(common), overlap=_fmt(float(str(row["actor_j"])))))
    if float(str(row["title_j"])) > 0:
        parts.append(t["title"].format(overlap=_fmt(float(str(row["title_j"])))))
    if row["kind_same"]:
        parts.append(t["kind"].format(kind=res.kind_groups.get(a.kind, a.kind)))
    parts.append(t["score"].format(score=_fmt(float(str(row["score"])))))
    return t["separator"].join(parts)


def _conflicts(
    kept: EventMention, agree: Sequence[EventMention], losers: Sequence[EventMention], res: DedupeResources
) -> tuple[Conflict, ...]:
    groups: dict[tuple[str, date, date], list[EventMention]] = {}
    for m in losers:
        start, end = _interval(m)
        groups.setdefault((_tx(m).value, start, end), []).append(m)
    kept_sources = len({m.article_id for m in agree})
    out = []
    for (value, start, end), ms in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        note = res.reasons["conflict_note"].format(
            mentions=len(ms),
            sources=len({m.article_id for m in ms}),
            value=value,
            kept=_tx(kept).value,
            kept_mentions=len(agree),
            kept_sources=kept_sources,
        )
        out.append(Conflict(timex=value, start=start, end=end, mention_ids=tuple(sorted(m.id for m in ms)), note=note))
    return tuple(out)


def _known_predicates(group: Sequence[EventMention], res: DedupeResources) -> list[str]:
    """Canonical predicates of the mentions that name one (reporting verbs say nothing about the event)."""
    return [normalize_predicate(m.predicate, res) for m in group if m.predicate and not _is_reporting(m.predicate, res)]


def _key_predicate(group: Sequence[EventMention], res: DedupeResources) -> str:
    """The event's canonical predicate: the most common one of its mentions, known (non-reporting) ones first."""
    known = _known_predicates(group, res)
    return _most_common(known) or _most_common(normalize_predicate(m.predicate, res) for m in group) or ""


def _core_actors(group: Sequence[EventMention], res: DedupeResources, canon: dict[str, str]) -> list[tuple[str, ...]]:
    """Actors (as identifying words) named by at least `undated_core_share` of the mentions: who the event is about.

    Actors are grouped by word containment ("Trump" within "Donald Trump"); each group is shown by its fullest name.
    """
    per_mention = [{w for a in m.actors if (w := actor_words(a, res, canon))} for m in group]
    names = sorted({w for ws in per_mention for w in ws}, key=lambda w: (-len(w), w))
    groups: list[tuple[str, ...]] = []
    for words in names:
        if not any(set(words) <= set(g) for g in groups):
            groups.append(words)
    need = res.undated_core_share * len(group)
    return sorted(g for g in groups if sum(1 for ws in per_mention if any(set(w) <= set(g) for w in ws)) >= need)


def event_key(group: Sequence[EventMention], res: DedupeResources, canon: dict[str, str]) -> str:
    """What identifies an event across runs: its date (start/end/granularity), canonical predicate and core actors
    (by the last word of each name). Adding another article's mention of the same event keeps the key."""
    kept, _, _ = _pick_date(group)
    start, end = _interval(kept)
    actors = sorted({words[-1] for words in _core_actors(group, res, canon) if words})
    return "\n".join(
        [start.isoformat(), end.isoformat(), _tx(kept).granularity, _key_predicate(group, res), " ".join(actors)]
    )


def event_id(key: str, disambiguation: str = "") -> str:
    """Stable event id: sha1 of the event key (plus a disambiguating mention id when two events share the key),
    first 16 hex digits."""
    return short_hash(f"{key}\n{disambiguation}" if disambiguation else key)


def _build_event(
    group: Sequence[EventMention],
    undated: Sequence[EventMention],
    reasons: Sequence[str],
    event_id_: str,
    res: DedupeResources,
    language: str,
) -> Event:
    kept, agree, losers = _pick_date(group)
    start, end = _interval(kept)
    same_date = [m for m in agree if _interval(m) == (start, end)]
    mod = _majority_mod([_tx(m).mod for m in same_date])
    time: Time | None = _most_common(_tx(m).time for m in same_date if _tx(m).time is not None)
    everyone = [*group, *undated]
    n_sources = len({m.article_id for m in everyone})
    support = 1.0 - res.source_factor**n_sources * res.mention_factor ** (len(everyone) - n_sources)
    agreement = len(agree) / len(group)
    refs = sorted(
        (_ref(m) for m in everyone),
        key=lambda r: (r.article_id, r.start, -1 if r.time_start is None else r.time_start, r.mention_id),
    )
    return Event(
        id=event_id_,
        title=_choose_title(group, res, language),
        start=start,
        end=end,
        granularity=_tx(kept).granularity,
        timex=_tx(kept).value,
        mod=mod,
        time=time,
        actors=_display_names([a for m in everyone for a in m.actors], res),
        places=_display_names([p for m in everyone for p in m.places], res),
        sources=tuple(sorted({m.article_id for m in everyone})),
        mentions=tuple(refs),
        conflicts=_conflicts(kept, agree, losers, res),
        confidence=round(min(1.0, max(0.0, support * agreement)), 3),
        merge_reasons=tuple(dict.fromkeys(reasons)),
    )


def _join_undated(
    groups: Sequence[Sequence[EventMention]],
    undated: Sequence[EventMention],
    published: dict[str, date],
    res: DedupeResources,
    canon: dict[str, str],
) -> dict[int, list[tuple[EventMention, str]]]:
    """Which event (index into `groups`) each undated mention corroborates, with the merge reason.

    Joins the single best event whose predicate is the mention's, whose core participants the mention all names
    (and whose actors include all of the mention's), dated on or before the article's publication and at most
    `undated_window_days` earlier. Ties between the best events are ambiguous: the mention is left out.
    """
    info = []
    for group in groups:
        kept, _, _ = _pick_date(group)
        preds = set(_known_predicates(group, res))
        actors = {w for m in group for a in m.actors if (w := actor_words(a, res, canon))}
        info.append((_interval(kept)[0], preds, _core_actors(group, res, canon), actors))
    out: dict[int, list[tuple[EventMention, str]]] = {}
    for u in undated:
        pub = published.get(u.article_id)
        predicate = normalize_predicate(u.predicate, res)
        mine = [w for a in u.actors if (w := actor_words(a, res, canon))]
        if pub is None or not predicate or not mine:
            continue
        scored: list[tuple[float, int, int, list[str]]] = []
        for k, (start, preds, core, actors) in enumerate(info):
            days = (pub - start).days
            if predicate not in preds or not core or not 0 <= days <= res.undated_window_days:
                continue
            if not all(any(_words_match(c, w) for w in mine) for c in core):
                continue  # a core participant of the event is missing: another call (with someone else)
            if not all(any(_words_match(w, a) for a in actors) for w in mine):
                continue  # the mention names someone the event does not
            overlap = len(core) / len(set(mine) | set(core))
            shown = sorted({a.strip() for a in u.actors})
            scored.append((overlap, -days, k, shown))
        if not scored:
            continue
        scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
        best = scored[0]
        if len(scored) > 1 and scored[1][:2] == best[:2]:
            continue  # two equally good events: ambiguous
        reason = res.undated_reason.format(predicate=predicate, actors=", ".join(best[3]), days=-best[1])
        out.setdefault(best[2], []).append((u, reason))
    return out


def _words_match(a: Sequence[str], b: Sequence[str]) -> bool:
    return bool(a) and bool(b) and (set(a) <= set(b) or set(b) <= set(a))


def deduplicate(mentions: Sequence[EventMention], articles: Sequence[Article], settings: Settings) -> tuple[Event, ...]:
    """Merge the mentions of one event into one Event; events sorted by (start, end, title, id).

    Mentions are grouped by their own `article_id` (their sources); `articles` gives the publication dates that
    undated mentions are checked against. Mentions whose time expression has no interval are skipped; undated
    mentions only join a dated event. The result does not depend on input order.
    """
    res = load_resources(settings.language)
    unique = {m.id: m for m in sorted(mentions, key=lambda m: (m.id, m.model_dump_json()))}
    dated = [m for _, m in sorted(unique.items()) if m.timex is not None and m.timex.interval is not None]
    undated = [m for _, m in sorted(unique.items()) if m.timex is None]
    if not dated:
        return ()
    table = _mention_table(dated, res)
    pairs = candidate_pairs(table, res)
    # Components of the strong (mergeable) pairs bound the clusters; only pairs inside one are clustered.
    strong = pairs.filter(~pl.col("blocked") & (pl.col("score") >= settings.merge_threshold))
    comps = _components(len(dated), zip(strong["idx"].to_list(), strong["idx_r"].to_list(), strict=True))
    comp_of = pl.DataFrame(
        {"idx": [i for c in comps for i in c], "comp": [k for k, c in enumerate(comps) for _ in c]},
        schema={"idx": pl.Int64(), "comp": pl.Int64()},
    )
    inside = (
        pairs.join(comp_of, on="idx")
        .join(comp_of.rename({"idx": "idx_r", "comp": "comp_r"}), on="idx_r")
        .filter(pl.col("comp") == pl.col("comp_r"))
    )
    by_comp: dict[int, dict[tuple[int, int], dict[str, Any]]] = {}
    for r in inside.iter_rows(named=True):
        by_comp.setdefault(int(r["comp"]), {})[(int(r["idx"]), int(r["idx_r"]))] = r
    groups: list[list[EventMention]] = []
    group_reasons: list[list[str]] = []
    for k, comp in enumerate(comps):
        rows = by_comp.get(k, {})
        scores = {pair: (float(r["score"]), bool(r["blocked"])) for pair, r in rows.items()}
        for members, merged in _cluster(comp, scores, settings.merge_threshold):
            groups.append([dated[i] for i in members])
            group_reasons.append([_reason(dated[a], dated[b], rows[(a, b)], res) for a, b in merged])
    canon = word_canon((a for m in [*dated, *undated] for a in m.actors), res)
    published = {a.id: a.published for a in articles}
    joined = _join_undated(groups, undated, published, res, canon)
    keys = [event_key(g, res, canon) for g in groups]
    shared = Counter(keys)
    events = []
    for k, group in enumerate(groups):
        extra = joined.get(k, [])
        disambiguation = min(m.id for m in group) if shared[keys[k]] > 1 else ""
        events.append(
            _build_event(
                group,
                [u for u, _ in extra],
                [*group_reasons[k], *(r for _, r in extra)],
                event_id(keys[k], disambiguation),
                res,
                settings.language,
            )
        )
    return tuple(sorted(events, key=lambda e: (e.start, e.end, e.title, e.id)))
