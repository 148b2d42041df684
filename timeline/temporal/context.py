"""Sentence context of an expression: its sentence bounds and the direction its tense points to."""

from __future__ import annotations

import re

from timeline.temporal.resources import Lexicon

_CLAUSE_BREAK = re.compile(r"[()\[\]\"“”]|''")  # a quotation or parenthesis closes the clause


def cue_window(text: str, lex: Lexicon, start: int, end: int) -> tuple[int, int]:
    """The part of text[start:end]'s sentence searched for tense cues: at most the configured reach each side."""
    lo = max(0, start - lex.window_before)
    for m in lex.sentence_end.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + lex.window_after)
    stop = lex.sentence_end.search(text, end, hi)
    return lo, (stop.start() if stop is not None else hi)


def tense_at(text: str, lowered: str, lex: Lexicon, start: int, end: int) -> int:
    """-1 (past), +1 (future) or 0: the tense cue nearest to text[start:end] inside its sentence and window.

    `lowered` is `lower_text(text)`; cues are matched there, sentence ends in `text`.
    """
    lo, hi = cue_window(text, lex, start, end)
    best: tuple[int, int] | None = None  # (distance, direction)
    for m in lex.cues.finditer(lowered, lo, hi):
        if m.start() < end and m.end() > start:
            continue  # inside the expression itself
        if text[m.start()].isupper() and m.start() != lo:
            continue  # a name ("United", "Will"), not a verb
        cue = lex.cue_kinds[int((m.lastgroup or "c0")[1:])]
        if m.start() >= end and (cue.before_only or _CLAUSE_BREAK.search(text, end, m.start())):
            continue  # after the expression, a cue beyond a quote or parenthesis does not count
        # cues before the expression weigh more; ties go to the specific (future) cue
        distance = start - m.end() if m.end() <= start else (m.start() - end) * 2
        if best is None or distance < best[0] or (distance == best[0] and cue.direction > best[1]):
            best = (distance, cue.direction)
    return 0 if best is None else best[1]
