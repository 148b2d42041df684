"""Paragraphs and sentences with offsets, each marked body / headline / caption / bullet / byline / noise.

Newlines separate paragraphs. A paragraph's kind comes from the rules in `resources/<lang>/segmentation.toml`
(noise and byline patterns, photo-credit and caption cues, headline length); its sentences share that kind.
Offsets index the text given, so `text[s.start:s.end] == s.text` for every segment.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from timeline.models import Frozen

SegmentKind = Literal["body", "headline", "caption", "bullet", "byline", "noise"]
SegmentUnit = Literal["paragraph", "sentence"]

# Kinds whose text is not prose an event can be read from.
NOISE_KINDS: frozenset[str] = frozenset({"byline", "noise"})


class Segment(Frozen):
    """A paragraph or a sentence: `text == source[start:end]`, whitespace-trimmed."""

    unit: SegmentUnit
    kind: SegmentKind
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (a sentence carries its paragraph's index)
    rule: str = ""  # id of the rule that decided the kind ("" for plain body text)


@dataclass(frozen=True)
class _Rules:
    titles: frozenset[str]
    may_end: frozenset[str]
    openers: frozenset[str]
    closers: str
    opener_chars: str
    bullet: re.Pattern[str]
    headline_max_words: int
    question_headline_max_words: int
    final_punctuation: str
    noise: tuple[tuple[str, re.Pattern[str]], ...]
    byline: tuple[tuple[str, re.Pattern[str]], ...]
    credits: tuple[re.Pattern[str], ...]
    date_endings: tuple[re.Pattern[str], ...]
    caption_verbs: frozenset[str]
    after_headline_max_words: int
    name_description: re.Pattern[str]
    body_markers: tuple[re.Pattern[str], ...]
    caption_verb_window: int
    boundary: re.Pattern[str]


@cache
def _rules(language: str) -> _Rules:
    raw = tomllib.loads(
        resources.files("timeline.text").joinpath("resources", language, "segmentation.toml").read_text("utf-8")
    )
    sent, para, cap = raw["sentences"], raw["paragraphs"], raw["captions"]
    closers: str = sent["closers"]
    bullets = "|".join(re.escape(b) for b in sorted(para["bullets"], key=len, reverse=True))
    return _Rules(
        titles=frozenset(sent["titles"]),
        may_end=frozenset(sent["may_end"]),
        openers=frozenset(sent["openers"]),
        closers=closers,
        opener_chars=sent["openers_chars"],
        bullet=re.compile(rf"(?P<indent>\s*)(?P<marker>{bullets})\s+(?=\S)"),
        headline_max_words=int(para["headline_max_words"]),
        question_headline_max_words=int(para["question_headline_max_words"]),
        final_punctuation=para["final_punctuation"],
        noise=tuple((r["id"], re.compile(r["pattern"])) for r in raw.get("noise", [])),
        byline=tuple((r["id"], re.compile(r["pattern"])) for r in raw.get("byline", [])),
        credits=tuple(re.compile(p) for p in cap["credits"]),
        date_endings=tuple(re.compile(p) for p in cap["date_endings"]),
        caption_verbs=frozenset(cap["verbs"]),
        after_headline_max_words=int(cap["after_headline_max_words"]),
        name_description=re.compile(cap["name_description"]),
        body_markers=tuple(re.compile(p) for p in cap["body_markers"]),
        caption_verb_window=int(cap["verb_window"]),
        # Final punctuation (a run of . ! ? or an ellipsis), optional closing quotes/brackets, then whitespace.
        boundary=re.compile(rf"(?P<final>[.!?…]+)(?P<close>[{re.escape(closers)}]*)(?P<space>\s+)"),
    )


_WORD = re.compile(r"\w[\w’'.\-]*")
_LINE = re.compile(r"[^\n]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _token_before(text: str, pos: int) -> str:
    """The non-space run ending at `pos` (the word carrying a period)."""
    i = pos
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in '“"‘(«':
        i -= 1
    return text[i:pos]


def _is_boundary(text: str, m: re.Match[str], rules: _Rules) -> bool:
    final, close = m.group("final"), m.group("close")
    nxt_pos = m.end("space")
    if nxt_pos >= len(text):
        return False
    nxt = text[nxt_pos]
    next_word_m = _WORD.match(text, nxt_pos + (1 if nxt in rules.opener_chars else 0))
    next_word = next_word_m.group(0) if next_word_m else ""
    starts_upper = (
        nxt.isupper()
        or nxt.isdigit()
        or (nxt in rules.opener_chars and (not next_word or next_word[0].isupper() or next_word[0].isdigit()))
    )
    if not starts_upper:
        return False
    if final.startswith(".") and final not in ("...",) and not close:
        word = _token_before(text, m.start("final"))
        bare = word.rstrip(".")
        core = bare.lstrip("“\"‘'([")
        if core in rules.titles:
            return False
        if core in rules.may_end or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", core):
            return next_word in rules.openers
        if re.fullmatch(r"[A-Z]", core):  # an initial: "John F. Kennedy"
            return False
    return True


def _split_sentences(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    for m in rules.boundary.finditer(text, start, end):
        if _is_boundary(text, m, rules):
            s, e = _trim(text, cur, m.start("space"))
            if e > s:
                spans.append((s, e))
            cur = m.end("space")
    s, e = _trim(text, cur, end)
    if e > s:
        spans.append((s, e))
    return spans


def _is_headline(line: str, rules: _Rules) -> bool:
    words = _words(line)
    if not words:
        return False
    last = line.rstrip()[-1]
    if last == "?" and len(words) <= rules.question_headline_max_words:
        return True
    if last in rules.final_punctuation:
        return False
    return len(words) <= rules.headline_max_words and (line[0].isupper() or line[0] in rules.opener_chars)


def _quoted(line: str) -> bool:
    return any(q in line for q in '“”"')


def _caption_verb(words: list[str], rules: _Rules) -> bool:
    """A caption verb early in the line, right after a name or a plural noun ("Mark Rutte gives", "forces fire")."""
    for k, w in enumerate(words[: rules.caption_verb_window]):
        if k > 0 and w in rules.caption_verbs and (words[k - 1][:1].isupper() or words[k - 1].endswith("s")):
            return True
    return False


def _kind(line: str, previous: str | None, n_sentences: int, rules: _Rules) -> tuple[SegmentKind, str]:
    for rule_id, pattern in rules.noise:
        if pattern.search(line):
            return "noise", rule_id
    for rule_id, pattern in rules.byline:
        if pattern.search(line):
            return "byline", rule_id
    if any(p.search(line) for p in rules.credits):
        return "caption", "photo_credit"
    if _is_headline(line, rules):
        return "headline", "short_line"
    if n_sentences != 1 or _quoted(line) or any(p.search(line) for p in rules.body_markers):
        return "body", ""
    dated_end = any(p.search(line) for p in rules.date_endings)
    if dated_end and _caption_verb(_words(line), rules):
        return "caption", "caption_verb_date"
    if previous == "headline":
        if dated_end:
            return "caption", "after_headline_date"
        if len(_words(line)) <= rules.after_headline_max_words and rules.name_description.search(line):
            return "caption", "after_headline_name"
    return "body", ""


def segment(text: str, start: int = 0, language: str = "en") -> tuple[Segment, ...]:
    """Paragraphs (one per non-empty line) and their sentences, in text order, from offset `start`.

    Each paragraph is followed by its sentences. A bullet's marker is left out of its segments.
    """
    rules = _rules(language)
    out: list[Segment] = []
    previous: str | None = None
    index = 0
    for line_m in _LINE.finditer(text, start):
        ls, le = _trim(text, line_m.start(), line_m.end())
        if le <= ls:
            continue
        bullet = rules.bullet.match(text, ls, le)
        body_start = bullet.end() if bullet else ls
        line = text[body_start:le]
        spans = _split_sentences(text, body_start, le, rules)
        kind, rule_id = ("bullet", "bullet") if bullet else _kind(line, previous, len(spans), rules)
        out.append(
            Segment(unit="paragraph", kind=kind, start=body_start, end=le, text=line, paragraph=index, rule=rule_id)
        )
        for s, e in spans:
            out.append(
                Segment(unit="sentence", kind=kind, start=s, end=e, text=text[s:e], paragraph=index, rule=rule_id)
            )
        previous = kind
        index += 1
    return tuple(out)


def sentences(text: str, start: int = 0, language: str = "en") -> tuple[Segment, ...]:
    """Only the sentence segments of `segment`."""
    return tuple(s for s in segment(text, start, language) if s.unit == "sentence")
