"""Tokens of a sentence for event mentions: tokenization, number and verb forms, verb/auxiliary marking with the
lexicon, and clause boundaries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events.lexicon import Lexicon, Rules, rewrite
from timeline.models import Timex
from timeline.text import Segment

_TOKEN = re.compile(
    r"(?P<neg_host>[A-Za-z]+)(?=n[’']t\b)"
    r"|(?P<neg>n[’']t)\b"
    r"|(?P<clitic>[’'](?:s|re|ve|d|ll|m))\b"
    r"|(?P<abbr>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>\w+(?:(?:[-–./]|[’'](?!(?:s|re|ve|d|ll|m)\b))\w+)*%?)"
    r"|(?P<punct>\S)"
)


OPENING_QUOTES = frozenset("“‘«")


SPACES = re.compile(r"(?P<space>\s+)")


QUOTES = frozenset('“”"‘’«»')


_HARD_PUNCT = frozenset(';:—–()[]“”"«»')


@dataclass
class Tok:
    text: str
    start: int
    end: int
    kind: str  # word / abbr / clitic / neg / neg_host / punct
    possessive: bool = False  # followed by a possessive ’s
    timex: int = -1  # index of the timex the token belongs to
    lemma: str = ""  # verb lemma when the token is read as a verb
    tense: str = ""  # base / third / past / ing
    verb: bool = False  # a finite (or modal-governed) verb that can govern a date
    aux: bool = False  # an auxiliary or modal of a following verb
    gerund: bool = False  # an -ing form after a preposition ("since sending troops"): governs only as a last resort

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.kind in ("word", "abbr") and self.text[:1].isupper()


def tokenize(text: str, offset: int, rules: Rules) -> list[Tok]:
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        tok = Tok(m.group(0), offset + m.start(), offset + m.end(), kind)
        if (
            kind == "clitic"
            and tok.low in rules.possessive_clitics
            and toks
            and toks[-1].kind in ("word", "abbr")
            and toks[-1].low not in rules.contraction_hosts
        ):
            toks[-1].possessive = True
            continue
        if (  # plural possessive: "ministers' meeting"
            kind == "punct"
            and tok.text in "’'"
            and toks
            and toks[-1].end == tok.start
            and is_plural(toks[-1].low, rules)
            and (m.end() >= len(text) or text[m.end()].isspace())
        ):
            toks[-1].possessive = True
            continue
        if (  # a company suffix keeps its period: "Apple Inc. said" is one name, not a sentence end
            kind == "punct"
            and tok.text == "."
            and toks
            and toks[-1].end == tok.start
            and toks[-1].kind == "word"
            and toks[-1].text in rules.name_suffixes
        ):
            prev = toks[-1]
            toks[-1] = Tok(prev.text + ".", prev.start, tok.end, "abbr")
            continue
        toks.append(tok)
    return toks


def is_plural(word: str, rules: Rules) -> bool:
    return rules.plural.search(word) is not None


def singular_of(word: str, rules: Rules) -> str:
    return rules.plural.sub("", word) if is_plural(word, rules) else word


def third_person(lemma: str, rules: Rules) -> str:
    return rules.lex.irregular_third.get(lemma) or rewrite(rules.lex.third, lemma)


def _word_before(toks: list[Tok], i: int, rules: Rules) -> Tok | None:
    j = i - 1
    while j >= 0 and (
        toks[j].low in rules.adverbs
        or toks[j].low in rules.lex.negations
        or toks[j].kind == "neg"
        or toks[j].text in QUOTES
    ):
        j -= 1
    return toks[j] if j >= 0 else None


def _subject_like(toks: list[Tok], p: int, rules: Rules, auxiliary: bool = False) -> bool:
    """Whether toks[p] can end a subject: a name, a pronoun, or a noun after a determiner/name/number.

    Before an auxiliary ("the vote has", "sales were") any plain noun can end a subject.
    """
    if p < 0:
        return False
    prev = toks[p]
    if prev.possessive or prev.verb or (prev.timex >= 0 and not prev.cap):
        return False
    if prev.text in rules.countries and prev.text not in rules.country_names:
        return False  # a demonym modifies the next word: "Russian attacks"
    if prev.cap or prev.low in rules.pronouns or prev.kind == "abbr":
        return True
    if prev.kind != "word" or prev.low in rules.prepositions or prev.low in rules.determiners:
        return False
    if auxiliary and prev.low not in rules.subordinators and not prev.verb:
        return True
    before = toks[p - 1] if p > 0 else None
    if prev.low in rules.lex.forms and rules.lex.forms[prev.low][1] != "third":
        # a noun that is also a verb ("phone", "vote") ends a subject only right after a determiner
        return (
            rules.lex.forms[prev.low][1] != "ing"
            and before is not None
            and (before.low in rules.determiners or before.possessive)
        )
    return before is not None and (
        before.low in rules.determiners
        or before.cap
        or before.possessive
        or before.text[:1].isdigit()
        or (before.kind == "word" and before.low not in rules.lex.forms and before.low not in rules.prepositions)
    )


def _unknown_lemma(stem: str, lex: Lexicon) -> str:
    """The lemma of an unknown -ed/-ing form's stem: "associat" -> associate, "wrapp" -> wrap."""
    doubled = lex.undouble.fullmatch(stem)
    if doubled is not None:
        return doubled.group("stem")
    return stem + "e" if lex.restore_e.search(stem) else stem


def _finite_aux(low: str, lex: Lexicon) -> bool:
    """A modal or a finite form of an auxiliary ("will", "are", "has"), which a finite verb never precedes."""
    entry = lex.forms.get(low)
    return low in lex.modals or (entry is not None and entry[0] in lex.auxiliary and entry[1] not in ("base", "ing"))


def _irregular_past(low: str, lex: Lexicon) -> bool:
    """A simple past that is no participle ("rose", "fell", "went"): only a finite verb, never a noun modifier."""
    return low in lex.preterites


def _tag_verbs(toks: list[Tok], rules: Rules) -> None:
    lex = rules.lex
    for i, tok in enumerate(toks):
        if tok.kind not in ("word", "clitic", "neg_host") or tok.timex >= 0:
            continue
        low = tok.low
        if tok.cap and i > 0 and not (toks[i - 1].kind == "punct" and toks[i - 1].text in QUOTES):
            continue
        entry = lex.forms.get(low)
        prev = _word_before(toks, i, rules)
        plow = prev.low if prev else ""
        aux_form = lex.forms.get(low, ("", ""))[0] in lex.auxiliary
        subject_like = _subject_like(toks, toks.index(prev) if prev is not None else -1, rules, aux_form)
        if entry is None and prev is not None and prev.lemma == lex.copula:
            g = lex.unknown_ing.fullmatch(low)
            if g is not None:
                stem = g.group("stem")
                entry = (_unknown_lemma(stem, lex), "ing")
        after_aux = prev is not None and prev.lemma in lex.auxiliary and prev.lemma != lex.do_support
        if entry is None:
            m = lex.unknown_past.fullmatch(low)
            if m is None or not (subject_like or plow == "," or after_aux) or low in rules.adverbs:
                continue
            stem = m.group("stem")
            entry = (_unknown_lemma(stem, lex), "past")
        lemma, tense = entry
        tok.lemma, tok.tense = lemma, tense
        if prev is not None and (prev.possessive or (plow in rules.determiners and plow not in rules.relatives)):
            continue  # "his call", "Trump’s call", "the talks"
        if prev is not None and plow in rules.prepositions and plow != rules.infinitive:
            tok.gerund = tense == "ing"
            continue  # "with calls", "after talks", "before calling"
        if tense == "base" and low in lex.same_past and subject_like:
            tok.tense = tense = "past"
        plural_subject = (  # a plural noun, lower-case or capitalized only as the sentence's first word
            subject_like and prev is not None and (not prev.cap or toks[0] is prev) and is_plural(plow, rules)
        )  # "Analysts expect a decision", "Russians fear ..."
        if tense == "base" and (
            prev is None
            or not (
                plural_subject
                or plow in lex.modals
                or plow == rules.infinitive
                or (prev.lemma == lex.do_support and prev.tense != "")
                or plow in rules.plural_pronouns
                or prev.kind in ("neg",)
            )
        ):
            continue
        if tense == "ing" and not (prev is not None and prev.lemma == lex.copula):
            tok.gerund = i > 0 and toks[i - 1].text == ","
            continue
        if tense == "third" and prev is not None and prev.verb and prev.lemma not in lex.auxiliary:
            continue  # "will complicate talks": a noun right after a verb is its object, not a second verb
        if tense == "past" and prev is not None and prev.verb and prev.lemma in rules.linking_verbs:
            continue  # "will remain closed": a participle after a linking verb is its complement
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tense == "third" and nxt is not None and nxt.kind == "word" and not nxt.cap and _finite_aux(nxt.low, lex):
            continue  # "Official results will be certified": an -s form before an auxiliary is the subject's noun
        if tense == "third" and nxt is not None and nxt.kind == "word" and _irregular_past(nxt.low, lex):
            continue  # "Oil prices rose": an -s form before a past-only verb form is the subject's noun
        if tense == "third" and (prev is None or not subject_like):
            continue  # "Prices rose": a sentence-initial -s form is the subject's noun, not a verb
        tok.verb = True
    # Auxiliaries: be/have/do or a modal followed by another verb within a few tokens.
    for i, tok in enumerate(toks):
        if tok.timex >= 0 or (tok.lemma not in lex.auxiliary and tok.low not in lex.modals):
            continue
        if tok.lemma in lex.auxiliary or tok.low in lex.modals:
            j = i + 1
            while j < len(toks) and (
                toks[j].low in rules.adverbs
                or toks[j].low in lex.negations
                or toks[j].kind == "neg"
                or toks[j].timex >= 0
                or toks[j].text in QUOTES
            ):
                j += 1
            if (
                j < len(toks)
                and toks[j].lemma
                and toks[j].kind == "word"
                and not toks[j].cap
                and (
                    toks[j].tense in ("past", "ing")
                    or ((tok.low in lex.modals or tok.lemma == lex.do_support) and toks[j].tense == "base")
                )
            ):
                tok.aux = True
                tok.verb = False
                toks[j].verb = True


def _next_word(toks: list[Tok], i: int, rules: Rules) -> Tok | None:
    j = i + 1
    while j < len(toks) and (toks[j].low in rules.adverbs or toks[j].kind == "neg"):
        j += 1
    return toks[j] if j < len(toks) else None


def hard_clauses(toks: list[Tok], rules: Rules) -> list[int]:
    """Clause ids split at subordinators, ; : — quotes and brackets, and at "and"/"or" before a verb or pronoun."""
    ids: list[int] = []
    h = 0
    open_sub = False  # inside a subordinate clause that the next comma closes ("after the takeover in 1948, made")
    for i, tok in enumerate(toks):
        if tok.kind == "punct" and (tok.text in _HARD_PUNCT or (tok.text == "," and open_sub)):
            h += 1
            open_sub = False
        elif tok.kind == "word" and tok.timex < 0 and i > 0 and not tok.cap:
            if tok.low in rules.coordinators:
                nxt = _next_word(toks, i, rules)
                if nxt is not None and (nxt.verb or nxt.aux or nxt.low in rules.pronouns):
                    h += 1
            elif tok.low in rules.subordinators:
                h += 1
                open_sub = tok.low in rules.comma_closed
        ids.append(h)
    return ids


def quoted_flags(toks: list[Tok]) -> list[bool]:
    """Whether each token is inside curly/straight double quotes."""
    out: list[bool] = []
    inside = False
    for t in toks:
        if t.text == "“" or (t.text == '"' and not inside):
            inside = True
            out.append(True)
            continue
        if t.text == "”" or (t.text == '"' and inside):
            inside = False
        out.append(inside)
    return out


def shown_text(tok: Tok) -> str:
    """A word as shown inside a title, its possessive kept ("country’s east", "ministers’ meeting")."""
    if not tok.possessive:
        return tok.text
    return f"{tok.text}’" if tok.text.endswith("s") else f"{tok.text}’s"


def prepare(sent: Segment, inside: Sequence[Timex], rules: Rules) -> list[Tok]:
    """Tokens of a sentence with the date tokens (and their leading preposition) marked and verbs tagged."""
    toks = tokenize(sent.text, sent.start, rules)
    for n, tx in enumerate(inside):
        covered = [k for k, tok in enumerate(toks) if tok.start < tx.end and tok.end > tx.start]
        k0 = covered[0] if len(covered) == 1 else -1
        nxt = toks[k0 + 1] if 0 <= k0 < len(toks) - 1 else None
        if tx.type in rules.adjective_types and nxt is not None and not toks[k0].cap and nxt.kind == "word":
            continue  # "its hourly wage": a one-word frequency is an adjective of the noun phrase
        for k in covered:
            toks[k].timex = n
        if covered and covered[0] > 0 and toks[covered[0] - 1].low in rules.lead_preps:
            toks[covered[0] - 1].timex = n
    _tag_verbs(toks, rules)
    return toks


def plain_word(tok: Tok, rules: Rules) -> bool:
    """A lowercase content word that can sit inside a noun phrase (no verb, preposition, determiner, conjunction)."""
    return (
        tok.kind == "word"
        and not tok.cap
        and not tok.verb
        and not tok.aux
        and tok.timex < 0
        and tok.low not in rules.prepositions
        and tok.low not in rules.determiners
        and tok.low not in rules.subordinators
        and tok.low not in rules.coordinators
        and tok.low not in rules.adverbs
        and tok.low not in rules.pronouns
        and tok.low not in rules.lex.modals
    )
