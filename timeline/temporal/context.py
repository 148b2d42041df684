"""Sentence context of an expression: its sentence bounds and the direction its tense points to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.temporal.resources import Lexicon

_SPEECH_REACH = 24  # characters before an expression read for a speech verb (cues.toml modal_subject, speech_day)
_PHRASE_REACH = 48  # ... and for a speech verb and "that the" (cues.toml modal_phrase_before)
_CUE_OVERHANG = 32  # characters a cue that starts inside its window may run past it ("has been called off")
_AFTER_WEIGHT = 2  # a cue after the expression counts as this many times farther than one before it
_ASIDE_CLOSE = re.compile(r",\s")  # a comma closing an aside (not one inside a number: "£5,000")


def cue_window(text: str, lex: Lexicon, start: int, end: int, after: int | None = None) -> tuple[int, int]:
    """The part of text[start:end]'s sentence searched for tense cues: at most the configured reach each side
    (`after` overrides the reach after the expression)."""
    return _window_start(text, lex, start), _window_end(text, lex, end, lex.window_after if after is None else after)[0]


def _window_start(text: str, lex: Lexicon, start: int) -> int:
    """Where the cue window before an expression at `start` begins: the configured reach back, or its sentence's
    start (up to the expression's first character: a sentence end is known by the capital after it), or the start
    of its clause after a semicolon (cues.toml clause_start)."""
    lo = max(0, start - lex.window_before)
    for m in lex.sentence_end.finditer(text, lo, min(len(text), start + 1)):
        lo = m.end()
    for m in lex.clause_start.finditer(text, lo, start):
        lo = m.end()
    return lo


def _window_end(text: str, lex: Lexicon, end: int, reach: int) -> tuple[int, int]:
    """Where the cue window after an expression ending at `end` ends (`reach` on, or the sentence's end), and where
    a cue that starts inside it may end: a cue is read whole ("has been called off", not its "been"), up to
    `_CUE_OVERHANG` past the window and not past the sentence's end. One search for both."""
    hi = min(len(text), end + reach)
    far = min(len(text), hi + _CUE_OVERHANG)
    stop = lex.sentence_end.search(text, end, far)
    if stop is None:
        return hi, far
    return min(hi, stop.start()), stop.start()


def after_speech_verb(verb_before: re.Pattern[str], lowered: str, start: int) -> bool:
    """Whether `verb_before` (a speech verb's pattern anchored at its end: cues.toml modal_subject, speech_day) ends
    right where the expression at `start` begins ("officials said on [Thursday]")."""
    return verb_before.search(lowered, max(0, start - _SPEECH_REACH), start) is not None


def tense_at(text: str, lowered: str, lex: Lexicon, start: int, end: int) -> int:
    """-1 (past), -2 (certain past: a past verb right before the expression, "was founded in March"), +1 (future),
    +2 (certain future: a modal "will") or 0: the tense cue nearest to text[start:end] inside its sentence and window.

    `lowered` is `lower_text(text)`; cues are matched there, sentence ends in `text`. When the window holds no
    cue, the rest of the sentence (up to the configured fallback reach) is searched: "In January, a week after
    ..., the doctor was shot" takes its tense from the main verb far after the expression.
    """
    subject = lex.modal_subject_after.match(lowered, end)
    if subject is not None and (
        after_speech_verb(lex.modal_subject, lowered, start)
        or lex.clause_subject_before.search(lowered, max(0, start - _PHRASE_REACH), start)
    ):  # "said St Patrick's Day would be", "the premier says, and Friday could be": the date is the modal's subject
        return 2 if subject["certain"] else 1
    if lex.expected_subject_after.match(lowered, end) and lex.expected_subject_before.search(
        lowered, max(0, start - _PHRASE_REACH), start
    ):
        return 2  # "expects Sunday to be its busiest day of the return rush"
    subject = lex.modal_phrase_after.match(lowered, end)
    if subject is not None and lex.modal_phrase_before.search(lowered, max(0, start - _PHRASE_REACH), start):
        return 2 if subject["certain"] else 1  # "told MPs on Wednesday that the spring budget would be delivered"
    if lex.event_aside_before.search(lowered, max(0, start - _PHRASE_REACH), start) and lex.aside_close.match(
        lowered, end
    ):
        return 0  # "The festival, held over the last weekend of June, sold out": when it is held, not when it sold
    lo = _window_start(text, lex, start)
    if start != lo and _past_when_clause_after(text, lowered, lex, end):
        return -1  # "expect profit to fall from the second quarter, when a one-time gain lifted results"
    if lex.fronted_before.fullmatch(lowered, lo, start):
        if lex.fronted_modal_after.match(lowered, end):
            return 1  # "Overnight, temperatures may fall to minus 5C, the forecaster said on Thursday"
        if _fronted_past(lowered, lex, end):
            return -2  # "In January, the new mayor promised to clear the backlog"
    direction = _nearest_cue(text, lowered, lex, start, end, (lo, *_window_end(text, lex, end, lex.window_after)))
    if direction == 0 and lex.fallback_after > lex.window_after:
        window = (lo, *_window_end(text, lex, end, lex.fallback_after))
        # a cue that far away only suggests the tense: "After the mildest February on record, forecasters say a
        # cold snap will arrive" (a month just over is still the one meant)
        direction = max(-1, min(1, _nearest_cue(text, lowered, lex, start, end, window)))
    if direction == 0 and _headline_future(text, lowered, lex, start, end):
        direction = 1
    return direction


_NOUN_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+")  # one word after an -ed form, up to the word after it


def _past_cue(lex: Lexicon, m: re.Match[str]) -> bool:
    """Whether the cue `m` tells a past for what comes before it."""
    cue = lex.cue_of(m)
    return not cue.neutral and (cue.after if cue.after is not None else cue.direction) < 0


def _fronted_past(lowered: str, lex: Lexicon, end: int) -> bool:
    """Whether a comma, a short subject and a past verb follow the expression that opens its sentence at `end`."""
    subject = lex.fronted_subject_after.match(lowered, end)
    if subject is None:
        return False
    cues = lex.cues.finditer(lowered, end + 1, subject.end() + _PHRASE_REACH)
    m = next(cues, None)
    if m is None:
        return False
    if m.start() != subject.end() and lex.fronted_subject_after.fullmatch(lowered, end, m.start()) is None:
        return False  # the first cue after it is not the subject's verb
    noun = _NOUN_AFTER.match(lowered, m.end())
    if lex.participle_form.fullmatch(m.group()) and noun is not None:
        # an -ed adjective before its noun, with the verb right after ("the Holt haunted house opens"); else the -ed
        # form is the verb ("approved plans for a road")
        verb = next(cues, None)
        if verb is not None and verb.start() == noun.end() and lex.fronted_adjective_verb.fullmatch(verb.group()):
            subject_ends = lex.fronted_subject_after.fullmatch(lowered, end, verb.start()) is not None
            return subject_ends and _past_cue(lex, verb)
    return _past_cue(lex, m)


_HEADLINE_REACH = 150  # a line longer than this around the expression is no headline


def _headline_future(text: str, lowered: str, lex: Lexicon, start: int, end: int) -> bool:
    """Whether the expression's line is a headline (short, no closing full stop) that speaks of the future."""
    line_start = text.rfind("\n", max(0, start - _HEADLINE_REACH), start) + 1
    line_end = text.find("\n", end, end + _HEADLINE_REACH)
    line_end = len(text) if line_end < 0 and len(text) - end < _HEADLINE_REACH else line_end
    if line_end < 0 or (line_start == 0 and start > _HEADLINE_REACH):
        return False
    if text[line_start:line_end].rstrip()[-1:] in (".", "!", "?", '"', "”", "'", "’"):
        return False
    return lex.headline_future.search(lowered, line_start, start) is not None


def _cues_around(lowered: str, lex: Lexicon, lo: int, hi: int, start: int, end: int) -> Iterator[re.Match[str]]:
    """The cues of lowered[lo:hi] outside the expression lowered[start:end]; one that runs into it is cut where it
    begins ("voted 7-4 on Thursday to scrap ...": for Thursday, "voted" is a past verb, not a decision's start)."""
    for m in lex.cues.finditer(lowered, lo, hi):
        if m.start() < start < m.end():
            yield from lex.cues.finditer(lowered, m.start(), start)
        elif not (m.start() < end and m.end() > start):
            yield m


def _in_closed_relative_clause(
    lowered: str, lex: Lexicon, lo: int, m: re.Match[str], direction: int, start: int
) -> bool:
    """Whether the cue `m` before the expression at `start` stands in a relative clause closed before it: by a new
    clause ("starts on Thursday at Ravensmoor, where he won in 2044, and the first group tees off at 6.40am"), or, for
    a cue of the future, by a comma ("sent its budget for fiscal 2057, which begins on October 1, to Congress on
    Monday"; a past one tells the same story: "The minister, who was appointed last September, quit on Saturday")."""
    if lex.clause_break.search(lowered, m.end(), start) and lex.relative_clause_open.search(lowered, lo, m.start()):
        return True
    return (
        direction > 0
        and lowered.find(",", m.end(), start) >= 0
        and lex.relative_clause_open.search(lowered, lo, m.end()) is not None
    )


_ASIDE_REACH = 60  # characters from the comma opening a verbless aside to the expression in it


def _date_aside(lowered: str, lex: Lexicon, lo: int, start: int) -> bool:
    """Whether the expression at `start` is all of an aside set off by a comma right after a noun (cues.toml
    date_aside_open): ", in January," before the noun's verb."""
    return lex.date_aside_open.search(lowered, max(lo, start - _ASIDE_REACH), start) is not None


def _in_aside(text: str, lex: Lexicon, lo: int, start: int) -> bool:
    """Whether the expression at `start` ends a verbless aside set off by a comma right after a name (cues.toml
    name_aside_open; matched on the text as written, the name's capital before the comma)."""
    opened = lex.name_aside_open.search(text, max(lo, start - _ASIDE_REACH), start)
    if opened is None:
        return False
    name = text.rfind(" ", lo, opened.start()) + 1
    return text[name : name + 1].isupper()


_PARTICIPLE_ASIDE_REACH = 80  # characters from a participle opening an aside to the comma closing it
_ASIDE_OPEN_REACH = 4  # characters before a cue read for the comma that opens its aside


def _opens_aside(lowered: str, lex: Lexicon, m: re.Match[str]) -> bool:
    """Whether the cue `m` comes right after the comma that opens an aside (cues.toml participle_aside_open)."""
    return lex.participle_aside_open.search(lowered, max(0, m.start() - _ASIDE_OPEN_REACH), m.start()) is not None


def _participle_aside_after(text: str, lowered: str, lex: Lexicon, m: re.Match[str]) -> int:
    """Where the aside that the past participle `m` opens after a comma closes (its closing comma, in its sentence
    and at most `_PARTICIPLE_ASIDE_REACH` on), or -1 when `m` opens none ("The party, cancelled last year because of
    gales, will be ...")."""
    if not lex.participle_form.fullmatch(m.group()):
        return -1
    if not _opens_aside(lowered, lex, m):
        return -1
    return _closing_comma(text, lowered, lex, m.end())


def _closing_comma(text: str, lowered: str, lex: Lexicon, at: int) -> int:
    """The comma that closes an aside opened before `at`: the first one after it in its sentence, at most
    `_PARTICIPLE_ASIDE_REACH` on; -1 when there is none."""
    close = lowered.find(",", at, at + _PARTICIPLE_ASIDE_REACH)
    return close if close < 0 or lex.sentence_end.search(text, at, close) is None else -1


def _past_when_clause_after(text: str, lowered: str, lex: Lexicon, end: int) -> bool:
    """Whether a "when" clause set off by a comma right after the expression at `end` tells of it in the past: its
    first cue, before the clause closes, is a past verb (cues.toml when_clause_after)."""
    when = lex.when_clause_after.match(lowered, end)
    if when is None:
        return False
    hi, _ = _window_end(text, lex, when.end(), _PARTICIPLE_ASIDE_REACH)
    close = lowered.find(",", when.end(), hi)
    for m in lex.cues.finditer(lowered, when.end(), hi if close < 0 else close):
        cue = lex.cue_of(m)
        if not cue.neutral:
            return cue.direction < 0
    return False


def _aside_after_expression(text: str, lowered: str, lex: Lexicon, lo: int, start: int, end: int) -> int:
    """Where an aside right after the expression lowered[start:end] closes, whose cues are not the expression's, or
    -1 when none opens there: a length counted from another event in apposition (cues.toml counted_aside_after: "from
    May 19, seven years after they were convicted"), or a relative clause set off by a comma after the subject opening
    its sentence at `lo` (cues.toml relative_aside_after: "March, when new number plates go on sale, accounted for";
    not "switches on Sunday, when the clocks go back"), closed by its comma in its sentence at most
    `_PARTICIPLE_ASIDE_REACH` on."""
    if lex.counted_aside_after.match(lowered, end) is not None:  # to its closing comma or its sentence's end
        hi, _ = _window_end(text, lex, end, lex.fallback_after)
        close = lowered.find(",", end + 1, hi)
        return hi if close < 0 else close
    if start != lo or lex.relative_aside_after.match(lowered, end) is None:
        return -1
    return _closing_comma(text, lowered, lex, end + 1)


def _qualifies_subject(lowered: str, lex: Lexicon, lo: int, m: re.Match[str] | None) -> bool:
    """Whether the cue `m` is a past participle right after the noun that opens its sentence, which it qualifies
    (cues.toml participle_subject_before: "Three men charged over a raid")."""
    return (
        m is not None
        and lex.participle_form.fullmatch(m.group()) is not None
        and lex.participle_subject_before.fullmatch(lowered, lo, m.start()) is not None
    )


def _nearest_cue(text: str, lowered: str, lex: Lexicon, start: int, end: int, window: tuple[int, int, int]) -> int:
    lo, hi, limit = window  # a cue starts in [lo, hi) and ends by `limit`
    best: tuple[int, int] | None = None  # (distance, direction)
    before = False  # whether the nearest cue is before the expression
    nearest_before: tuple[int, int] | None = None  # (distance, direction) of the cue right before it
    nearest_before_cue: re.Match[str] | None = None  # ... and that cue
    before_that: tuple[int, int] | None = None  # ... and of the one before that
    in_relative: bool | None = None  # whether the expression stands in a relative clause (read when needed)
    aside_end = _aside_after_expression(text, lowered, lex, lo, start, end)  # where an aside after the expression
    # closes: its cues do not count
    for m in _cues_around(lowered, lex, lo, limit, start, end):
        if m.start() >= hi:
            break
        if text[m.start()].isupper() and m.start() != lo:
            continue  # a name ("United", "Will"), not a verb
        cue = lex.cue_of(m)
        if cue.neutral or (cue.after_only and m.start() < end) or end <= m.start() < aside_end:
            continue
        if cue.adjacent and m.end() != start:
            continue  # "reopens on Monday after its Christmas closure": the holiday's own, not a day after it
        if m.start() >= end and cue.direction < 0 and (close := _participle_aside_after(text, lowered, lex, m)) > 0:
            aside_end = close  # "Edinburgh's Hogmanay street party, cancelled last year because of gales, will be
            continue  # limited": the aside after it tells of the subject's past, not of the expression
        if (
            m.start() >= end
            and (cue.before_only or lex.clause_break.search(lowered, end, m.end()))
            and not (_ASIDE_CLOSE.fullmatch(lowered, end, m.start()) and _date_aside(lowered, lex, lo, start))
        ):
            continue  # after the expression, a cue beyond a quote or parenthesis does not count (but the verb after
            # an aside that is only the date does: "The last Test at Kingsmead, in January, was washed out")
        if (
            m.start() >= end
            and nearest_before is not None
            and lowered.find(",", start - nearest_before[0], start) < 0
            and lex.coordinated_verb_link.fullmatch(lowered, end, m.start())
        ):
            continue  # ... nor a verb coordinated with the one before it ("raised it on Wednesday and now expects")
        if m.start() >= end and lowered.find(",", end, m.start()) >= 0:
            if in_relative is None:
                in_relative = lex.relative_clause_open.search(lowered, lo, start) is not None or _in_aside(
                    text, lex, lo, start
                )
            if in_relative:
                continue  # ... nor, from inside a relative clause or a name's aside, one beyond the comma closing it
        if cue.in_clause and m.end() <= start and lex.clause_break.search(lowered, m.end(), start):
            continue
        if m.end() <= start and _in_closed_relative_clause(lowered, lex, lo, m, cue.direction, start):
            continue
        if (
            cue.direction == -1
            and m.start() >= end
            and lex.participle_form.fullmatch(m.group())
            and not lex.participle_object_after.match(lowered, m.end())
            and lex.participle_noun_before.search(lowered, max(end, m.start() - _PHRASE_REACH), m.start())
        ):
            continue  # "a payment in their February pay packets, under a deal agreed on Monday": the deal's past
        if (
            cue.direction == -1
            and m.start() > end
            and lowered[end : m.start()].isspace()
            and lex.participle_phrase_after.match(lowered, end)
        ):
            continue  # "appears before magistrates on Wednesday charged with dangerous driving"
        if (
            cue.direction == -1
            and m.end() <= start
            and _ASIDE_CLOSE.search(lowered, m.end(), start) is not None
            and _opens_aside(lowered, lex, m)
        ):
            continue  # "The asteroid, found in May, passes closest on 2 September": the aside's past, closed
        if (
            cue.direction == -1
            and m.end() <= start
            and lex.participle_form.fullmatch(m.group())
            and lex.coordinated_state_before.search(lowered, lo, m.start()) is not None
        ):
            continue  # "will be open on Monday ... but closed on New Year's Day": a state, no past
        if cue.direction == -2 and cue.before_only and lex.past_certain_scope_end.search(lowered, m.end(), start):
            continue  # "since 2040, with a matinee at 3pm"
        if cue.direction == 1 and cue.before_only and lex.limit_scope_end.match(lowered, m.start(), start):
            continue  # "signed a contract until June 2059 with Denby on Friday"
        # cues before the expression weigh more; ties go to the specific (future) cue
        distance = start - m.end() if m.end() <= start else (m.start() - end) * _AFTER_WEIGHT
        direction = cue.after if m.start() >= end and cue.after is not None else cue.direction
        if m.end() <= start:  # cues come in text order: the last one before the expression is the nearest
            before_that, nearest_before, nearest_before_cue = nearest_before, (distance, direction), m
        if best is None or distance < best[0] or (distance == best[0] and direction > best[1]):
            best = (distance, direction)
            before = m.end() <= start
    # a past verb right before it wins over any cue after it ("that began on Monday will end"), and so does "since" at
    # any distance in its window ("since opening in March, closes")
    if nearest_before is not None:
        distance, direction = nearest_before
        if direction == -2 or (direction < 0 and distance <= lex.certain_past_reach):
            return -2
        if (
            direction < 0
            and lowered.find(",", start - distance, start) < 0
            and (
                _qualifies_subject(lowered, lex, lo, nearest_before_cue)
                or lex.relative_clause_open.search(lowered, lo, start - distance) is not None
                or (
                    nearest_before_cue is not None
                    and lex.restrictive_relative_before.search(lowered, lo, nearest_before_cue.start()) is not None
                )
            )
        ):  # ... and so is one in the relative clause the expression stands in ("The mayor, who took office in January,
            # said", "a crash that killed two cyclists on Saturday night appears"), or in the participle's phrase
            # that qualifies the sentence's subject ("Three men charged over a raid on New Year's Eve will stand
            # trial"): a clause that tells what is done
            return -2
    if best is None:
        return 0
    if before and best[1] == 1 and before_that is not None and before_that[1] == 2:
        return 2  # a weak future cue right after a sure one: "will last until Tuesday", "is expected to last until"
    if (
        not before
        and best[1] == 1
        and nearest_before is not None
        and nearest_before[1] == 2
        and lowered.find(",", end, end + best[0] // _AFTER_WEIGHT) < 0
    ):  # ... or after the expression in its clause, a sure one before it: "opens on Saturday and runs until May"
        return 2
    if (
        nearest_before is not None
        and nearest_before[1] > 0
        and not before
        and lex.attribution_after.match(lowered, end)
        and not lex.attribution_event_link.search(lowered, start - nearest_before[0], start)
    ):
        return nearest_before[1]  # "will defend her title in March, her coach said on Monday": not the report's
    if best[1] < 0 and not before and best[0] <= _AFTER_WEIGHT * lex.certain_past_after_reach:  # "January brought"
        return -2
    return best[1]
