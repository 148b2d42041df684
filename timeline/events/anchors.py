"""Anchoring a date to a word: the governing verb of its clause, or the event noun it follows."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.lexicon import Rules
from timeline.events.tokens import Tok, hard_clauses, plain_word, singular_of
from timeline.models import Timex


def _governing_verb(toks: list[Tok], t0: int, t1: int, rules: Rules) -> int | None:
    """The verb a date (tokens t0..t1) attaches to.

    A date right before a verb ("on Thursday said") takes it; otherwise a date closes its clause and takes the
    nearest verb on its left; a clause-initial date ("On Wednesday, ... Hegseth said") takes the next verb.
    """
    hard = hard_clauses(toks, rules)
    verbs = [i for i, t in enumerate(toks) if t.verb]
    if not verbs and not any(t.gerund for t in toks):
        return None

    def distance(i: int) -> int:
        lo, hi = (i, t0) if i < t0 else (t1, i)
        return sum(1 for t in toks[lo + 1 : hi] if t.low not in rules.adverbs and t.kind != "neg" and not t.aux)

    def weak(v: int) -> bool:  # a copula or an infinitive governs a date only when nothing else does
        return toks[v].lemma == rules.copula or (v > 0 and toks[v - 1].low == rules.infinitive)

    clause = {hard[t0], hard[t1]}
    left = [v for v in verbs if v < t0 and hard[v] in clause]
    gerund_left = [i for i, t in enumerate(toks) if t.gerund and i < t0 and hard[i] in clause]
    if gerund_left and all(v < max(gerund_left) for v in left) and all(weak(v) for v in left):
        left = [max(gerund_left)]
    right = [v for v in verbs if v > t1 and hard[v] in clause]
    close_right = [v for v in right if distance(v) <= 1 and not weak(v)]
    close_left = [v for v in left if distance(v) <= 1 and not weak(v)]
    if close_right and not close_left:
        return close_right[0]
    next_right = [v for v in close_right if distance(v) == 0 and v == t1 + 1]
    if next_right and all(toks[v].tense == "third" and distance(v) > 0 for v in close_left):
        return next_right[0]  # "A federal appeals court on Tuesday struck down": the date leads the verb after it
    if left:
        strong = [v for v in left if not weak(v)] or left
        top = max(strong)
        if any(_participle_before(toks, top, w, rules) for w in left):
            return None  # "signed a statement pledging to double trade by 2030": the date is the pledge's
        return max(strong)
    if right:
        strong = [v for v in right if not weak(v)] or right
        return min(strong)
    gerunds = [i for i, t in enumerate(toks) if t.gerund and i < t0 and hard[i] in clause]
    if gerunds:
        return max(gerunds)
    if all(v > t1 for v in verbs):
        return verbs[0]
    return max(v for v in verbs if v < t0)


def _participle_before(toks: list[Tok], top: int, w: int, rules: Rules) -> bool:
    """Whether verb w is an infinitive that a participle after verb `top` governs ("signed a statement pledging to
    double", "prompting Apple Corps to file"): a few words at most between the participle and the infinitive."""
    if w <= top or toks[w - 1].low != rules.infinitive:
        return False
    near = toks[max(top + 1, w - 1 - _PARTICIPLE_REACH) : w - 1]
    return any(t.tense == "ing" and not t.verb and not t.timex >= 0 for t in near)


_PARTICIPLE_REACH = 3  # words between a participle and its "to": "prompting Apple Corps to"


def _noun_event(toks: list[Tok], t0: int, rules: Rules) -> tuple[int, str] | None:
    """An event noun right before the date ("announcement Wednesday", "calls ... on Wednesday")."""
    k = t0 - 1
    if k >= 0 and toks[k].low in rules.lead_preps:
        k -= 1
    if k >= 0 and toks[k].low in rules.event_nouns and not toks[k].verb:
        return k, rules.event_nouns[toks[k].low]
    return None


def anchoring_timexes(inside: Sequence[Timex], rules: Rules) -> list[tuple[int, Timex]]:
    """The resolved DATE/TIME expressions that can anchor an event (not durations, sets or vague references); an
    anchored span ("[two days] later" after "Feb. 5") anchors its event on the day it reaches."""
    points = ((n, tx.reaches or tx) for n, tx in enumerate(inside))
    return [
        (n, tx)
        for n, tx in points
        if tx.type in rules.types and tx.interval is not None and tx.value not in rules.vague
    ]


def anchor(toks: list[Tok], t0: int, t1: int, rules: Rules) -> tuple[str, int]:
    """What a date (tokens t0..t1) dates: ("possessive", head noun) for "Thursday’s meeting", ("modifier", head
    noun) for a compound date before a noun ("third-quarter revenue"), ("noun", k) for "announcement Wednesday",
    ("verb", v) for its governing verb, or ("none", -1)."""
    if toks[t1].possessive:
        e = t1 + 1
        while (
            e < len(toks)
            and toks[e].kind in ("word", "abbr")
            and not toks[e].verb
            and not toks[e].aux
            and toks[e].lemma not in rules.lex.auxiliary  # "Tuesday's ruling was welcomed": the head is "ruling"
            and toks[e].low not in rules.lex.modals
            and not (toks[e].low in rules.prepositions and not toks[e].cap)
        ):
            e += 1
        if e > t1 + 1:
            return "possessive", e - 1
    nxt = t1 + 1
    if nxt < len(toks) and toks[nxt].low in rules.event_nouns and not toks[nxt].cap and not toks[nxt].verb:
        return "possessive", nxt  # a date before an event noun: "the November 1995 assassination"
    compound = t0 == t1 and any(sep in toks[t0].text for sep in rules.compound_separators)
    if compound and nxt < len(toks) and plain_word(toks[nxt], rules) and not toks[t0 - 1 if t0 else 0].possessive:
        e = nxt
        while e + 1 < len(toks) and plain_word(toks[e + 1], rules):
            e += 1
        return "modifier", e  # a compound date modifying a noun: "reported third-quarter revenue"
    before = t0 - 1 if t0 > 0 else -1
    determined = toks[t0].low in rules.determiners or (before >= 0 and toks[before].low in rules.determiners)
    if determined and nxt < len(toks) and plain_word(toks[nxt], rules):
        e = nxt
        while e + 1 < len(toks) and plain_word(toks[e + 1], rules):
            e += 1
        return "possessive", e  # a date modifying a noun phrase: "the 1956 uprising", "a third-quarter net loss"
    when = t1 + 1
    if when < len(toks) and toks[when].low in rules.when_words and not toks[when].cap:
        later = [i for i in range(when + 1, len(toks)) if toks[i].verb]
        hard = hard_clauses(toks, rules)
        if later and hard[later[0]] == hard[when + 1]:
            return "verb", later[0]  # "last month when he became ...": the date is the when-clause's time
    v = _governing_verb(toks, t0, t1, rules)
    phrase_noun = _phrase_event_noun(toks, t0, rules)
    if phrase_noun >= 0 and v is not None and v < phrase_noun and any(t.text == "," for t in toks[v:phrase_noun]):
        return "noun_phrase", phrase_noun  # "Pistorius said, ahead of a meeting of NATO defense ministers today"
    noun = _noun_event(toks, t0, rules)
    hard = hard_clauses(toks, rules)
    if noun is not None and (v is None or hard[v] not in (hard[t0], hard[t1])):
        return "noun", noun[0]
    return ("verb", v) if v is not None else ("none", -1)


def is_event_like(noun: str, rules: Rules) -> bool:
    """Whether a noun names an event: a listed event noun, or a verb used as a noun ("launch", "report")."""
    return (
        noun in rules.event_nouns
        or noun in rules.event_like
        or noun in rules.lex.forms
        or singular_of(noun, rules) in rules.lex.forms
        or noun in rules.noun_predicates
    )


def _phrase_event_noun(toks: list[Tok], t0: int, rules: Rules) -> int:
    """An event noun heading the noun phrase that ends right before the date ("a meeting of NATO defense ministers
    today"), inside a prepositional phrase; -1 when there is none. Only names, plain words and "of"-like
    prepositions may stand between the noun and the date."""
    k = t0 - 1
    while k >= 0 and t0 - k <= rules.max_title_words:
        t = toks[k]
        if t.low in rules.event_nouns and not t.cap and not t.verb:
            before = toks[k - 1] if k > 0 else None
            det = before is not None and before.low in rules.determiners and not before.cap
            prep = toks[k - 2] if det and k > 1 else before
            if prep is not None and prep.low in rules.prepositions and not prep.cap and k < t0 - 1:
                return k
            return -1
        if t.kind == "punct" or t.verb or t.aux or t.timex >= 0:
            return -1
        if not (t.cap or plain_word(t, rules) or t.low in rules.np_preps):
            return -1
        k -= 1
    return -1
