"""Event mentions: one per DATE/TIME expression that anchors an event, read from its sentence with rules.

For each resolved date the sentence is tokenized, verbs are found with a lexicon (`resources/<lang>/verbs.toml`),
and the date is attached to its governing verb: the nearest verb in its clause (a reporting verb makes a
statement, the verb of a reported clause an act), or the event noun it follows ("announcement Wednesday").
The title is built from that clause: subject + verb (present tense) + object head + one prepositional phrase.
A communication verb with coordinated partners ("calls with Putin and Zelenskiy") yields one mention per
partner. Actors are the names in the clause (titles stripped, demonyms mapped to countries, surnames linked to
full names seen in the same article); places come from place prepositions ("in Brussels") and a gazetteer.
Sentences without a date that name an event with at least two participants ("Trump’s call with Putin", "a call
between the two leaders", "X spoke with Y") give undated mentions (timex None) that de-duplication may join to a
dated event. A clause without a sensible title is dropped rather than titled badly: an "it"/"they" subject is
resolved to an earlier subject of the sentence or the mention is dropped, as are first-person subjects, empty
subjects and reduced relative clauses whose object is a gap; a short form defined in the article ("Mohammed bin
Salman (MBS)") is spelled out.
Editor rules (the `[editor]` table): "tell AUDIENCE (that) X" is "says X" (the audience skipped, the content read
before or after it; with no content the mention is dropped); a statement whose content is a raw quote is titled
with the quote's first clause, quoted ("says “we will not sign this deal”", an opening "I think that" dropped); a
reported clause whose pronoun subject is unknown ("suggested they might meet") drops the mention, while "they"/"it"
for the speaker or the audience, and a dummy "it is", are kept; verbs of thinking keep their clausal object;
partitive objects keep the counted noun ("series of victories"); possessives stay; time-measure phrases ("in a few
hours") are not kept; "during a press conference in Moscow, Russia" is shown "at press conference in Moscow"; a
statement noun with a "that" clause ("comments he made Monday that ...") is a statement of that clause; a definite
description ("the US president") is shown as the name it stands for in the same sentence; a speaking act with only a
generic audience ("spoke to reporters") and no named subject, and a passive of asking ("was pressed on"), are
dropped; a clipped title never ends in a function word.
All words live in the resource files; this module holds the method only.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from timeline.models import AnchorRole, Article, EventMention, MentionKind, Timex
from timeline.settings import Settings
from timeline.text import NOISE_KINDS, Segment, segment

# --------------------------------------------------------------------------- resources


@dataclass(frozen=True)
class _Rewrite:
    pattern: re.Pattern[str]
    replace: str

    def apply(self, word: str) -> str | None:
        return self.pattern.sub(self.replace, word) if self.pattern.fullmatch(word) else None


def _rewrite(rules: Sequence[_Rewrite], word: str) -> str:
    for rule in rules:
        out = rule.apply(word)
        if out is not None:
            return out
    return word


@dataclass(frozen=True)
class _Lexicon:
    forms: dict[str, tuple[str, str]]  # form -> (lemma, tense: base/third/past/ing)
    past_forms: dict[str, str]  # lemma -> simple past ("speak" -> "spoke")
    preterites: frozenset[str]  # simple past forms that are not participles ("rose", "spoke")
    third: tuple[_Rewrite, ...]
    irregular_third: dict[str, str]
    unknown_past: re.Pattern[str]
    unknown_ing: re.Pattern[str]
    reporting: frozenset[str]
    communication: frozenset[str]
    light: frozenset[str]
    auxiliary: frozenset[str]
    copula: str
    perfect: str
    do_support: str
    same_past: frozenset[str]
    restore_e: re.Pattern[str]
    undouble: re.Pattern[str]
    modals: frozenset[str]
    negations: frozenset[str]


@dataclass(frozen=True)
class _Editor:
    """What makes a title one an editor would keep (the `[editor]` table of mentions.toml)."""

    audience_verbs: dict[str, str]
    complementizers: frozenset[str]
    audience_nouns: frozenset[str]
    cognition: frozenset[str]
    partitive: frozenset[str]
    durations: frozenset[str]
    occasion_preps: dict[str, str]
    occasions: frozenset[str]
    definite: frozenset[str]
    quote_title: str
    quote_verb: str
    quote_ends: frozenset[str]
    quote_openers: frozenset[str]
    dummy_subjects: frozenset[str]
    noun_clause_verbs: dict[str, str]
    place_preposition: str
    question_verbs: frozenset[str]


def _editor(raw: dict[str, Any]) -> _Editor:
    return _Editor(
        audience_verbs=dict(raw["audience_verbs"]),
        complementizers=frozenset(raw["complementizers"]),
        audience_nouns=frozenset(raw["audience_nouns"]),
        cognition=frozenset(raw["cognition_verbs"]),
        partitive=frozenset(raw["partitive_nouns"]),
        durations=frozenset(raw["duration_nouns"]),
        occasion_preps=dict(raw["occasion_prepositions"]),
        occasions=frozenset(raw["occasion_nouns"]),
        definite=frozenset(raw["definite_determiners"]),
        quote_title=str(raw["quote_title"]),
        quote_verb=str(raw["quote_verb"]),
        quote_ends=frozenset(raw["quote_clause_ends"]),
        quote_openers=frozenset(raw["quote_openers"]),
        dummy_subjects=frozenset(raw["dummy_subjects"]),
        noun_clause_verbs=dict(raw["noun_clause_verbs"]),
        place_preposition=str(raw["place_preposition"]),
        question_verbs=frozenset(raw["question_verbs"]),
    )


@dataclass(frozen=True)
class _Rules:
    lex: _Lexicon
    when_words: frozenset[str]
    start_words: tuple[str, ...]
    end_words: tuple[str, ...]
    end_needs_start: frozenset[str]
    baseline: tuple[str, ...]
    infinitive: str
    lead_preps: frozenset[str]
    np_preps: frozenset[str]
    vague: frozenset[str]
    types: frozenset[str]
    determiners: frozenset[str]
    person_pronouns: frozenset[str]
    pronouns: frozenset[str]
    contraction_hosts: frozenset[str]
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    coordinators: frozenset[str]
    adverbs: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    titles: frozenset[str]
    office_words: frozenset[str]
    org_words: frozenset[str]
    name_suffixes: frozenset[str]
    countries: dict[str, str]
    country_names: frozenset[str]
    place_preps: frozenset[str]
    weak_place_preps: frozenset[str]
    venue_words: frozenset[str]
    gazetteer: frozenset[str]
    title_preps: frozenset[str]
    partner_preps: frozenset[str]
    noun_bound_preps: frozenset[str]
    max_object_words: int
    max_title_words: int
    max_content_words: int
    noun_predicates: dict[str, str]
    verb_predicates: dict[str, str]
    modal_present: dict[str, str]
    be_present: tuple[str, str]
    do_present: tuple[str, str]
    do_past: str
    agent_preposition: str
    change_preps: frozenset[str]
    conditional_verbs: frozenset[str]
    modal_spelled: dict[str, str]
    expletives: frozenset[str]
    genitive_preps: frozenset[str]
    not_word: str
    plural_pronouns: frozenset[str]
    relatives: frozenset[str]
    plural: re.Pattern[str]
    possessive_clitics: frozenset[str]
    first_person: frozenset[str]
    comma_closed: frozenset[str]
    copula: str
    negative_determiners: frozenset[str]
    event_nouns: dict[str, str]
    event_like: frozenset[str]
    editor: _Editor
    measure_words: frozenset[str] = frozenset()
    measure_suffixes: tuple[str, ...] = ()
    measures: frozenset[str] = frozenset()
    common_noun_suffixes: tuple[str, ...] = ()
    compound_separators: tuple[str, ...] = ()
    other_event_preps: tuple[tuple[str, ...], ...] = ()


def _load(name: str, language: str) -> dict[str, Any]:
    text = resources.files("timeline.events").joinpath("resources", language, name).read_text("utf-8")
    return tomllib.loads(text)


def _rewrites(items: list[dict[str, str]]) -> tuple[_Rewrite, ...]:
    return tuple(_Rewrite(re.compile(i["pattern"]), i["replace"]) for i in items)


def _lexicon(raw: dict[str, Any]) -> _Lexicon:
    morph, lex, classes = raw["morphology"], raw["lexicon"], raw["classes"]
    third, past, gerund = _rewrites(morph["third_person"]), _rewrites(morph["past"]), _rewrites(morph["gerund"])
    forms: dict[str, tuple[str, str]] = {}
    irregular: dict[str, dict[str, list[str]]] = lex["irregular"]
    irregular_third: dict[str, str] = {}
    past_forms: dict[str, str] = {}
    preterites: set[str] = set()
    for lemma in sorted(set(lex["regular"]) | set(irregular)):
        listed = irregular.get(lemma, {})
        forms.setdefault(lemma, (lemma, "base"))
        # Listed forms win over generated ones; a listed past replaces the regular -ed form.
        for tense, rules_ in (("third", third), ("past", past), ("ing", gerund)):
            for form in listed.get(tense) or [_rewrite(rules_, lemma)]:
                if form not in forms or (forms[form][1] == "base" and tense in listed):
                    forms[form] = (lemma, tense)
        irregular_third[lemma] = (listed.get("third") or [_rewrite(third, lemma)])[0]
        past_forms[lemma] = (listed.get("past") or [_rewrite(past, lemma)])[0]
        if len(listed.get("past", [])) >= 2:
            preterites.add(listed["past"][0])
    return _Lexicon(
        forms=forms,
        past_forms=past_forms,
        preterites=frozenset(preterites),
        third=third,
        irregular_third=irregular_third,
        unknown_past=re.compile(morph["unknown_past"]),
        unknown_ing=re.compile(morph["unknown_ing"]),
        reporting=frozenset(classes["reporting"]),
        communication=frozenset(classes["communication"]),
        light=frozenset(classes["light"]),
        auxiliary=frozenset(classes["auxiliary"]),
        copula=classes["copula"],
        perfect=classes["perfect"],
        do_support=classes["do_support"],
        same_past=frozenset(lex["same_past"]),
        restore_e=re.compile(morph["restore_e"]),
        undouble=re.compile(morph["undouble"]),
        modals=frozenset(classes["modals"]),
        negations=frozenset(classes["negations"]),
    )


@cache
def _rules(language: str) -> _Rules:
    verbs = _load("verbs.toml", language)
    raw = _load("mentions.toml", language)
    anchors, words, names, places, objects = raw["anchors"], raw["words"], raw["names"], raw["places"], raw["objects"]
    groups = raw["verb_groups"]
    return _Rules(
        lex=_lexicon(verbs),
        when_words=frozenset(anchors["when"]),
        start_words=tuple(sorted(anchors["start"], key=len, reverse=True)),
        end_words=tuple(sorted(anchors["end"], key=len, reverse=True)),
        end_needs_start=frozenset(anchors["end_needs_start"]),
        baseline=tuple(anchors["baseline"]),
        infinitive=words["infinitive_marker"],
        lead_preps=frozenset(anchors["lead_prepositions"]),
        np_preps=frozenset(words["np_prepositions"]),
        vague=frozenset(anchors["vague_values"]),
        types=frozenset(anchors["types"]),
        determiners=frozenset(words["determiners"]),
        person_pronouns=frozenset(words["pronouns_person"]),
        pronouns=frozenset(words["pronouns"]),
        contraction_hosts=frozenset(words["contraction_hosts"]),
        prepositions=frozenset(words["prepositions"]),
        subordinators=frozenset(words["subordinators"]),
        coordinators=frozenset(words["coordinators"]),
        adverbs=frozenset(words["adverbs"]),
        not_names=frozenset(words["not_names"]),
        particles=frozenset(words["name_particles"]),
        titles=frozenset(names["titles"]),
        office_words=frozenset(names["office_words"]),
        org_words=frozenset(names["org_words"]),
        name_suffixes=frozenset(names["name_suffixes"]),
        countries=dict(names["countries"]),
        country_names=frozenset(names["countries"].values()),
        place_preps=frozenset(places["prepositions"]),
        weak_place_preps=frozenset(places["weak_prepositions"]),
        venue_words=frozenset(places["venue_words"]),
        gazetteer=frozenset(places["gazetteer"]),
        title_preps=frozenset(objects["title_prepositions"]),
        partner_preps=frozenset(objects["partner_prepositions"]),
        noun_bound_preps=frozenset(objects["noun_bound_prepositions"]),
        max_object_words=int(objects["max_object_words"]),
        max_title_words=int(objects["max_title_words"]),
        max_content_words=int(objects["max_content_words"]),
        noun_predicates=dict(objects["predicates"]),
        verb_predicates=dict(objects["verb_predicates"]),
        modal_present=dict(groups["modal_present"]),
        be_present=(groups["be_present"][0], groups["be_present"][1]),
        do_present=(groups["do_present"][0], groups["do_present"][1]),
        do_past=groups["do_past"],
        agent_preposition=groups["agent_preposition"],
        change_preps=frozenset(groups["change_prepositions"]),
        conditional_verbs=frozenset(groups["conditional_verbs"]),
        modal_spelled=dict(groups["modal_spelled"]),
        expletives=frozenset(words["expletives"]),
        genitive_preps=frozenset(words["genitive_prepositions"]),
        not_word=groups["not_word"],
        plural_pronouns=frozenset(groups["plural_pronouns"]),
        relatives=frozenset(words["relatives"]),
        plural=re.compile(words["plural_suffix"]),
        possessive_clitics=frozenset(words["possessive_clitics"]),
        first_person=frozenset(words["first_person"]),
        comma_closed=frozenset(words["comma_closed"]),
        copula=verbs["classes"]["copula"],
        negative_determiners=frozenset(words["negative_determiners"]),
        event_nouns=dict(raw["event_nouns"]),
        event_like=frozenset(raw["event_like"]["nouns"]),
        editor=_editor(raw["editor"]),
        measure_words=frozenset(names["measure_words"]),
        measure_suffixes=tuple(names["measure_suffixes"]),
        measures=frozenset(names["measures"]),
        common_noun_suffixes=tuple(names["common_noun_suffixes"]),
        compound_separators=tuple(names["compound_separators"]),
        other_event_preps=tuple(tuple(p.split()) for p in places["other_event_prepositions"]),
    )


def verb_lemma(word: str, language: str) -> str:
    """The lemma of a known verb form ("held" -> hold, "says" -> say); other words unchanged."""
    return _rules(language).lex.forms.get(word, (word, ""))[0]


def known_verb(word: str, language: str) -> str:
    """The lemma of a verb form of the lexicon that carries content (not an auxiliary, modal or the copula), or ""."""
    lex = _rules(language).lex
    lemma = lex.forms.get(word, ("", ""))[0]
    if not lemma or lemma in lex.auxiliary or lemma in lex.modals or lemma == lex.copula or word in lex.auxiliary:
        return ""
    return lemma


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"(?P<neg_host>[A-Za-z]+)(?=n[’']t\b)"
    r"|(?P<neg>n[’']t)\b"
    r"|(?P<clitic>[’'](?:s|re|ve|d|ll|m))\b"
    r"|(?P<abbr>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>\w+(?:(?:[-–./]|[’'](?!(?:s|re|ve|d|ll|m)\b))\w+)*%?)"
    r"|(?P<punct>\S)"
)
_OPENING_QUOTES = frozenset("“‘«")
_SPACES = re.compile(r"(?P<space>\s+)")
_QUOTES = frozenset('“”"‘’«»')
_HARD_PUNCT = frozenset(';:—–()[]“”"«»')


@dataclass
class _Tok:
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


def _tokenize(text: str, offset: int, rules: _Rules) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        tok = _Tok(m.group(0), offset + m.start(), offset + m.end(), kind)
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
            and _plural(toks[-1].low, rules)
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
            toks[-1] = _Tok(prev.text + ".", prev.start, tok.end, "abbr")
            continue
        toks.append(tok)
    return toks


# --------------------------------------------------------------------------- verbs


def _plural(word: str, rules: _Rules) -> bool:
    return rules.plural.search(word) is not None


def _singular(word: str, rules: _Rules) -> str:
    return rules.plural.sub("", word) if _plural(word, rules) else word


def _third(lemma: str, rules: _Rules) -> str:
    return rules.lex.irregular_third.get(lemma) or _rewrite(rules.lex.third, lemma)


def _word_before(toks: list[_Tok], i: int, rules: _Rules) -> _Tok | None:
    j = i - 1
    while j >= 0 and (
        toks[j].low in rules.adverbs
        or toks[j].low in rules.lex.negations
        or toks[j].kind == "neg"
        or toks[j].text in _QUOTES
    ):
        j -= 1
    return toks[j] if j >= 0 else None


def _subject_like(toks: list[_Tok], p: int, rules: _Rules, auxiliary: bool = False) -> bool:
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


def _unknown_lemma(stem: str, lex: _Lexicon) -> str:
    """The lemma of an unknown -ed/-ing form's stem: "associat" -> associate, "wrapp" -> wrap."""
    doubled = lex.undouble.fullmatch(stem)
    if doubled is not None:
        return doubled.group("stem")
    return stem + "e" if lex.restore_e.search(stem) else stem


def _tag_verbs(toks: list[_Tok], rules: _Rules) -> None:
    lex = rules.lex
    for i, tok in enumerate(toks):
        if tok.kind not in ("word", "clitic", "neg_host") or tok.timex >= 0:
            continue
        low = tok.low
        if tok.cap and i > 0 and not (toks[i - 1].kind == "punct" and toks[i - 1].text in _QUOTES):
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
            subject_like and prev is not None and (not prev.cap or toks[0] is prev) and _plural(plow, rules)
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
                or toks[j].text in _QUOTES
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


# --------------------------------------------------------------------------- clauses


def _next_word(toks: list[_Tok], i: int, rules: _Rules) -> _Tok | None:
    j = i + 1
    while j < len(toks) and (toks[j].low in rules.adverbs or toks[j].kind == "neg"):
        j += 1
    return toks[j] if j < len(toks) else None


def _hard_clauses(toks: list[_Tok], rules: _Rules) -> list[int]:
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


def _governing_verb(toks: list[_Tok], t0: int, t1: int, rules: _Rules) -> int | None:
    """The verb a date (tokens t0..t1) attaches to.

    A date right before a verb ("on Thursday said") takes it; otherwise a date closes its clause and takes the
    nearest verb on its left; a clause-initial date ("On Wednesday, ... Hegseth said") takes the next verb.
    """
    hard = _hard_clauses(toks, rules)
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
    if left:
        strong = [v for v in left if not weak(v)] or left
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


# --------------------------------------------------------------------------- names


@dataclass
class _Names:
    """Per-article name normalization: surnames and short forms link to the full names seen in the article."""

    by_last: dict[str, set[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # "MBS" -> "Mohammed bin Salman" from "... (MBS)"
    lowercase: set[str] = field(default_factory=set)  # words the article writes in lowercase ("the alliance")

    def add(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            self.by_last.setdefault(parts[-1], set()).add(name)

    def full(self, name: str) -> str:
        if name in self.aliases:
            return self.aliases[name]
        if " " in name:
            return name
        found = self.by_last.get(name, set())
        return next(iter(found)) if len(found) == 1 else name


def _chunks(toks: list[_Tok], lo: int, hi: int, rules: _Rules) -> list[tuple[int, int]]:
    """Capitalized name chunks [i, j) inside toks[lo:hi] (particles allowed inside)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        tok = toks[i]
        if tok.cap and tok.timex < 0 and tok.text not in rules.not_names and not tok.verb:
            if i == 0 and _common_opener(tok, rules) and not (i + 1 < hi and toks[i + 1].cap):
                i += 1  # "Prices rose", "Shares of Apple fell": a common noun opening the sentence
                continue
            j = i + 1
            while j < hi and not toks[j - 1].possessive:
                nxt = toks[j]
                if nxt.cap and nxt.timex < 0 and not nxt.verb and nxt.text not in rules.not_names:
                    j += 1
                elif nxt.low in rules.particles:  # "Secretary of the Treasury", "Mohammed bin Salman"
                    k = j
                    while k < hi and k < j + 2 and toks[k].low in rules.particles and not toks[k].cap:
                        k += 1
                    if k < hi and toks[k].cap and toks[k].timex < 0 and toks[k].text not in rules.not_names:
                        j = k + 1
                    else:
                        break
                else:
                    break
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _is_title(word: str, rules: _Rules) -> bool:
    return word in rules.titles or word.rstrip(".") in rules.titles or _singular(word, rules) in rules.titles


def _strip_titles(words: list[str], rules: _Rules) -> list[str]:
    """Drop honorifics, office titles and a leading affiliation ("US Defense Secretary Pete Hegseth").

    A chunk that is only an office ("US Secretary of the Treasury", "NATO Defence Ministers") gives [].
    """
    if words and words[-1] in rules.org_words:
        return words
    if words and _is_title(words[-1], rules):
        return []
    last_title = -1
    for k, w in enumerate(words[:-1]):
        if _is_title(w, rules):
            last_title = k
    rest = words[last_title + 1 :]
    while len(rest) > 2 and rest[0] in rules.particles:  # "President of Ukraine Volodymyr Zelensky"
        rest = rest[2:]
    while rest and rest[0] in rules.particles:
        rest = rest[1:]
    if rest and all(_is_title(w, rules) for w in rest):
        return []
    return rest or words


def _is_person(name: str, rules: _Rules) -> bool:
    parts = name.split()
    return (
        len(parts) >= 2
        and not any(p in rules.org_words for p in parts)
        and name not in rules.countries
        and name not in rules.country_names
        and name not in rules.gazetteer
        and all(p[:1].isupper() or p in rules.particles for p in parts)
        and not any(p.isupper() and len(p) > 1 for p in parts)
    )


def _chunk_name(toks: list[_Tok], i: int, j: int, rules: _Rules) -> str:
    """A name chunk as shown in titles: titles stripped, or the words as written when it is only an office."""
    words = [t.text for t in toks[i:j] if t.kind != "punct"]
    return " ".join(_strip_titles(words, rules) or words)


def _actor_name(toks: list[_Tok], i: int, j: int, rules: _Rules) -> str:
    """A name chunk as an actor: "" when it is only an office ("US Secretary of the Treasury")."""
    return " ".join(_strip_titles([t.text for t in toks[i:j] if t.kind != "punct"], rules))


def _actor(name: str, rules: _Rules, names: _Names) -> str:
    if name in rules.countries:
        return rules.countries[name]
    return names.full(name)


def _is_affiliation(toks: list[_Tok], j: int, rules: _Rules) -> bool:
    """A chunk ending at j followed by lowercase office words and a name ("Nato secretary general Mark Rutte")."""
    if not (j < len(toks) and toks[j].low in rules.office_words and not toks[j].cap):
        return False
    k = j
    while k < len(toks) and ((toks[k].low in rules.office_words and not toks[k].cap) or toks[k].text == ","):
        k += 1
    return k < len(toks) and toks[k].cap and toks[k].timex < 0


# --------------------------------------------------------------------------- places


def _places(toks: list[_Tok], lo: int, hi: int, rules: _Rules) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for i, j in _chunks(toks, lo, hi, rules):
        k = i - 1
        if k >= lo and toks[k].low in rules.determiners:
            k -= 1
        prep = toks[k].low if k >= lo else ""
        name = " ".join(t.text for t in toks[i:j])
        end = j
        venue = end < hi and toks[end].low in rules.venue_words
        if venue:
            name, end = f"{name} {toks[end].text}", end + 1
        known = name in rules.gazetteer or any(" ".join(t.text for t in toks[i:j]) == g for g in rules.gazetteer)
        if prep in rules.place_preps and (prep not in rules.weak_place_preps or known or venue):
            if toks[j - 1].possessive or (not venue and _is_affiliation(toks, j, rules)):
                continue
            if end + 1 < hi and toks[end].text == "," and toks[end + 1].cap:
                m = [c for c in _chunks(toks, end + 1, hi, rules) if c[0] == end + 1]
                if m and (m[0][1] >= hi or toks[m[0][1]].kind == "punct"):
                    end = m[0][1]  # "Moscow, Russia": the city; the country after it is part of the place, not an actor
            out.append((name, i, end))
        elif (
            known and name not in rules.countries and toks[i].text not in rules.countries and prep in rules.place_preps
        ):
            out.append((name, i, end))
    return out


def _other_event_place(toks: list[_Tok], a: int, b: int, t0: int, rules: _Rules) -> bool:
    """Whether the place toks[a:b] sits in a phrase naming another event that follows the anchoring date toks[t0]
    ("met in Brussels Thursday, before the Munich Security Conference in Germany"): the clause is already dated, the
    place is the other event's. A date after the phrase ("after the meeting at NATO headquarters in Brussels on
    Thursday") may date both, and the place is kept; an opening phrase set off by a comma ("Ahead of the summit in
    Rome, Lund met Soto on Monday") is the other event's too."""
    k = a - 1
    while k >= 0 and toks[k].kind != "punct" and not toks[k].verb:
        for prep in rules.other_event_preps:
            start = k - len(prep) + 1
            if start >= 0 and tuple(t.low for t in toks[start : k + 1]) == prep:
                opening = start == 0 or toks[start - 1].kind == "punct"
                closed = b < len(toks) and toks[b].text == "," and b < t0
                return t0 < start or (opening and closed)
        k -= 1
    return False


# --------------------------------------------------------------------------- titles


@dataclass(frozen=True)
class _Reading:
    subject: str
    subject_lo: int
    plural: bool
    verb_phrase: str
    predicate: str
    object_text: str
    pp_prep: str
    partners: tuple[tuple[str, int, int], ...]  # (display, token lo, token hi)
    direct: bool  # the partners are the direct object ("met X and Y"), not a "with" phrase
    pp_text: str
    end: int  # last token index used


def _quoted(toks: list[_Tok]) -> list[bool]:
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


def _common_opener(tok: _Tok, rules: _Rules) -> bool:
    """Whether a sentence's capitalized first word is a common noun ("Shares of Apple rose"), not a name."""
    lemma, tense = rules.lex.forms.get(tok.low, ("", ""))
    return tense == "third" and lemma != tok.low and not tok.text.isupper()


def _apposition_after_name(toks: list[_Tok], k: int, rules: _Rules) -> bool:
    """Whether the comma at k opens a descriptive apposition after a name ("Mara Holt, chief executive of ...")."""
    return (
        k >= 1
        and k + 1 < len(toks)
        and toks[k].text == ","
        and toks[k - 1].cap
        and _plain_word(toks[k + 1], rules)
        and not toks[k + 1].lemma
    )


def _np_left(toks: list[_Tok], v: int, rules: _Rules) -> tuple[int, int]:
    """The subject span [lo, hi) ending before verb index v."""
    hi = v
    while hi > 0 and (
        toks[hi - 1].aux
        or toks[hi - 1].low in rules.adverbs
        or toks[hi - 1].low in rules.lex.negations
        or toks[hi - 1].kind == "neg"
        or toks[hi - 1].timex >= 0
        or toks[hi - 1].low in rules.lex.modals
        or (toks[hi - 1].text in _OPENING_QUOTES and hi - 1 > 0 and toks[hi - 2].aux)
    ):
        hi -= 1  # verb group: auxiliaries, negation, adverbs, an opening quote ("does “not believe")
    while hi > 0 and toks[hi - 1].text in (",", "”", '"', "’", "“"):
        # skip an apposition or relative clause: "Mr Trump, who vowed ..., stated"
        j = hi - 1
        k = j - 1
        while k >= 0 and toks[k].text != "," and toks[k].text not in _QUOTES:
            k -= 1
        if toks[j].text == "," and k >= 0 and toks[k + 1].low in rules.relatives:
            hi = k
            continue
        if toks[j].text == "," and _apposition_after_name(toks, k, rules):
            hi = k  # a descriptive apposition after a name: "Mara Holt, chief executive of Orlen, resigned"
            break
        if toks[j].text == "," and k >= 0 and toks[k + 1].low in rules.determiners and not toks[k + 1].cap:
            hi = k  # a descriptive apposition: "Oleksandr Sokhatskyi, a financial consultant in Kyiv, told"
            break
        if toks[j].text == "," and k + 1 < j and any(t.cap for t in toks[k + 1 : j]):
            hi = j  # apposition: the name between the commas
            break
        hi = j
        break
    if hi > 1 and toks[hi - 1].text == ")":  # a parenthetical short form: "Mohammed bin Salman (MBS), has"
        opening = [i for i in range(hi - 2, max(-1, hi - 6), -1) if toks[i].text == "("]
        if opening:
            hi = opening[0]
    lo = hi
    while lo > 0:
        t = toks[lo - 1]
        if t.kind == "punct" or t.verb or t.aux or t.timex >= 0:
            break
        if lo == hi and t.low in rules.relatives and not t.cap:
            lo -= 1  # "Hegseth, who said": resolved to the name before the comma by the caller
            break
        if (
            t.low in rules.subordinators
            and (not t.cap or t.text in rules.not_names)
            and t.low not in rules.coordinators
        ):
            break
        if t.low in rules.prepositions and t.cap and t.text in rules.not_names:
            break
        if t.low in rules.coordinators:
            if lo < hi and lo - 2 >= 0 and toks[lo - 2].cap and toks[lo - 2].timex < 0:
                lo -= 1
                continue
            break
        if t.low in rules.negative_determiners and not t.cap:
            lo -= 1  # "no deal": the negation stays in the subject
            break
        if t.low in rules.determiners and not t.cap:
            if (
                lo - 3 >= 0
                and toks[lo - 2].low in rules.genitive_preps
                and (_plain_word(toks[lo - 3], rules) or (lo - 3 == 0 and _common_opener(toks[0], rules)))
                and not any(t.cap for t in toks[lo:hi])
            ):
                lo -= 2  # "sales of the phone": the determiner opens the "of" phrase, the subject goes on
                continue
            break
        if t.low in rules.particles and not t.cap and lo - 2 >= 0 and toks[lo - 2].cap and toks[lo].cap:
            lo -= 1  # a name particle: "President of Ukraine Volodymyr Zelensky"
            continue
        if t.low in rules.prepositions and not t.cap:
            if (
                t.low in rules.np_preps
                and lo - 2 >= 0
                and (not toks[lo - 2].cap or (lo - 2 == 0 and _common_opener(toks[0], rules)))
                and toks[lo - 2].kind == "word"
                and not toks[lo - 2].verb
                and toks[lo - 2].low not in rules.subordinators
                and toks[lo - 2].low not in rules.pronouns
            ):
                lo -= 1
                continue
            break
        if t.low in rules.pronouns and lo < hi:
            break
        lo -= 1
        if t.low in rules.pronouns:
            break
        if hi - lo >= 8:
            break
    return lo, hi


def _display_subject(toks: list[_Tok], lo: int, hi: int, rules: _Rules, last_person: str) -> tuple[str, bool]:
    if lo >= hi:
        return "", False
    if hi - lo == 1 and toks[lo].low in rules.pronouns:
        low = toks[lo].low
        if low in rules.person_pronouns and last_person:
            return last_person, False
        return toks[lo].text, low in rules.plural_pronouns
    chunks = [(i, j) for i, j in _chunks(toks, lo, hi, rules) if not (toks[j - 1].possessive and j < hi)]
    names = [_chunk_name(toks, i, j, rules) for i, j in chunks]
    only_names = (
        chunks
        and not (lo == 0 and _common_opener(toks[0], rules))
        and all(
            t.kind != "word" or t.cap or t.low in rules.coordinators or t.low in rules.particles for t in toks[lo:hi]
        )
    )
    if chunks and (only_names or (chunks[-1][1] == hi and not any(t.low in rules.prepositions for t in toks[lo:hi]))):
        ends = [n for (i, j), n in zip(chunks, names, strict=True) if j == hi or toks[j].low in rules.coordinators]
        if only_names:
            groups = _split_coordinated(toks, lo, hi, rules)
            shown = [_chunk_name(toks, i, j, rules) for i, j in groups]
            one = toks[lo].low
            initial_plural = hi - lo == 1 and _plural(one, rules) and (lo == 0 or _group_noun(toks, lo, hi, rules))
            return " and ".join(shown), len(shown) > 1 or initial_plural
        return ends[-1] if ends else names[-1], False
    words = [
        _shown(t) if k + 1 < hi else t.text  # "the city’s mayor": the possessive stays
        for k, t in enumerate(toks[lo:hi], start=lo)
        if t.kind != "punct" and (t.low not in rules.determiners or t.low in rules.negative_determiners)
    ]
    preps = [i for i in range(lo + 1, hi) if toks[i].low in rules.np_preps and not toks[i].cap]
    head = toks[preps[0] - 1] if preps else toks[hi - 1]  # "shares of Apple": shares
    plural = _plural(head.low, rules) and (not head.cap or head.text in rules.countries or toks.index(head) == 0)
    return " ".join(words), plural


def _split_coordinated(toks: list[_Tok], lo: int, hi: int, rules: _Rules) -> list[tuple[int, int]]:
    """Items of "A, B and C" as (lo, hi) spans of name chunks, appositions merged into their name."""
    out: list[tuple[int, int]] = []
    start = lo
    for k in range(lo, hi + 1):
        if k == hi or toks[k].text == "," or toks[k].low in rules.coordinators:
            items = [c for c in _chunks(toks, start, k, rules) if not _is_affiliation(toks, c[1], rules)]
            items = [c for c in items if not (toks[c[1] - 1].possessive and c[1] < k)]
            if items:
                out.append(items[-1])
            start = k + 1
    return out


def _earlier_subject(toks: list[_Tok], lo: int, rules: _Rules, last_person: str, names: _Names) -> str:
    """The person a he/she at token lo stands for: the subject of the nearest earlier verb, else the last person."""
    for i in range(lo - 1, -1, -1):
        if toks[i].verb:
            a, b = _np_left(toks, i, rules)
            if b - a == 1 and toks[a].low in rules.pronouns:
                return last_person
            subject, _ = _display_subject(toks, a, b, rules, last_person)
            if _is_person(names.full(subject), rules) or _is_single_name(subject, rules):
                return subject
            if subject[:1].isupper():
                return last_person
            # a common noun subject ("the president, illustrated"): look further back for a person
    return last_person


def _speaker(toks: list[_Tok], rules: _Rules, last_person: str, names: _Names) -> str:
    """Who speaks the quotes of a sentence: the subject of a reporting verb outside the quotes."""
    quoted = _quoted(toks)
    for i, t in enumerate(toks):
        if t.verb and not quoted[i] and t.lemma in rules.lex.reporting:
            a, b = _np_left(toks, i, rules)
            subject, _ = _display_subject(toks, a, b, rules, last_person)
            if _is_person(names.full(subject), rules) or _is_single_name(subject, rules):
                return subject
    return ""


def _verb_phrase(toks: list[_Tok], v: int, plural: bool, rules: _Rules, past: bool = False) -> str:
    """The verb group of verb v in the present tense ("had held" -> holds), or with `past` (reported content) a
    past or perfect act in the simple past ("they had spoken" -> they spoke)."""
    lex = rules.lex
    verb = toks[v]
    lemma = verb.lemma
    aux = [t for t in toks[max(0, v - 4) : v] if t.aux or t.low in lex.modals]
    negated = any(t.kind == "neg" or t.low in lex.negations for t in toks[max(0, v - 3) : v])
    modal = next((t.low for t in reversed(aux) if t.low in lex.modals), "")
    not_ = f" {rules.not_word}" if negated else ""
    if modal:
        m = (
            rules.modal_spelled.get(modal, modal)
            if lemma in rules.conditional_verbs
            else rules.modal_present.get(modal, modal)
        )
        if verb.tense == "past" and any(t.lemma == rules.copula for t in aux):  # "should not be formed"
            return f"{m}{not_} {rules.copula} {verb.low}"
        return f"{m}{not_} {lemma}"
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    opened = [c for c in range(v - 1) if _apposition_after_name(toks, c, rules)]
    reduced = (
        v > 0
        and toks[v - 1].text == ","
        and not opened  # "Mara Holt, chief executive of Orlen, resigned": the comma closes an apposition
        and verb.tense == "past"
        and not aux
        and nxt is not None
        and (nxt.timex >= 0 or (nxt.low in rules.prepositions and not nxt.cap))
    )
    be_aux = any(t.lemma == rules.copula for t in aux) or reduced
    if past and verb.tense == "past" and not be_aux and lemma != rules.copula:
        if negated:
            return f"{rules.do_past}{not_} {lemma}"
        return lex.past_forms.get(lemma, verb.low)
    if be_aux and verb.tense == "past":
        return f"{rules.be_present[1 if plural else 0]}{not_} {verb.low}"
    if lemma == rules.copula:
        return f"{rules.be_present[1 if plural else 0]}{not_}"
    if negated:
        return f"{rules.do_present[1 if plural else 0]}{not_} {lemma}"
    return lemma if plural else _third(lemma, rules)


def _read(
    toks: list[_Tok],
    v: int,
    rules: _Rules,
    last_person: str,
    names: _Names,
    limit: int | None = None,
    past: bool = False,
) -> _Reading:
    """Subject, verb phrase, object and one prepositional phrase of the clause governed by verb v."""
    lo, hi = _np_left(toks, v, rules)
    if toks[v].gerund:  # "Since sending troops ..., the Russian leader has portrayed": the main clause's subject
        quoted = _quoted(toks)
        before_v = [i for i, t in enumerate(toks) if t.verb and i < v and not quoted[i]]
        main = before_v[-1:] or [
            i for i, t in enumerate(toks) if t.verb and i > v and toks[i - 1].low != rules.infinitive
        ]
        lo, hi = _np_left(toks, main[0], rules) if main else (v, v)
    if hi - lo == 1 and toks[lo].low in rules.relatives and lo >= 1:
        end = lo - 1 if toks[lo - 1].text == "," else lo  # "Hegseth, who said" / "the phone which lives"
        ante = [c for c in _chunks(toks, 0, end, rules) if c[1] == end]
        if ante:
            lo, hi = ante[-1]
        else:  # a plain noun phrase: "the phone which lives"
            start = end
            while start > 0 and _plain_word(toks[start - 1], rules) and end - start < rules.max_object_words:
                start -= 1
            if start < end:
                lo, hi = start, end
    earlier = [i for i in range(v) if toks[i].verb]
    while lo >= hi and earlier:  # "held calls ... and afterwards announced": the first verb's subject
        lo, hi = _np_left(toks, earlier.pop(), rules)
    subject, plural = _display_subject(toks, lo, hi, rules, _earlier_subject(toks, lo, rules, last_person, names))
    if hi - lo == 1 and toks[lo].low in rules.first_person and _quoted(toks)[lo]:
        speaker = _speaker(toks, rules, last_person, names)  # "“I thought ...,” Trump said": I = Trump
        if speaker:
            subject, plural = speaker, False
    vp = _verb_phrase(toks, v, plural, rules, past)
    lemma = toks[v].lemma
    n = limit if limit is not None else len(toks)
    if _reduced_relative(toks, v, lo, hi, rules):  # "a press conference held by Apple on Friday"
        return _passive_reading(toks, v, lo, hi, subject, plural, rules)
    # object noun phrase (after an infinitive complement: "agreed to commit 2%")
    k = v + 1
    while k < n and (toks[k].low in rules.adverbs or toks[k].timex >= 0 or toks[k].text in _QUOTES):
        k += 1
    if k + 1 < n and toks[k].low == rules.infinitive and toks[k + 1].lemma and not toks[k + 1].cap:
        vp = f"{vp} {toks[k].low} {toks[k + 1].lemma}"
        k += 2
    obj: list[_Tok] = []
    partners: list[tuple[str, int, int]] = []
    direct = False
    clause = _clausal_complement(toks, v, k, n, rules, last_person, names) if lemma in rules.editor.cognition else None
    if clause is not None:  # "does not believe that membership is realistic": the clause is the object
        text, end = clause
        predicate = rules.verb_predicates.get(lemma, lemma)
        return _Reading(subject, lo, plural, vp, predicate, text, "", (), False, "", end)
    if lemma in rules.lex.communication and k < n and toks[k].cap and toks[k].timex < 0:
        e = k
        while e < n and not (
            (toks[e].kind == "punct" and toks[e].text != ",")
            or toks[e].verb
            or toks[e].timex >= 0
            or (toks[e].low in rules.prepositions and not toks[e].cap and toks[e].low not in rules.particles)
        ):
            e += 1
        while e > k and toks[e - 1].text == ",":
            e -= 1
        for i0, i1 in _split_coordinated(toks, k, e, rules):
            partners.append((_chunk_name(toks, i0, i1, rules), i0, i1))
        if partners and partners[-1][2] < e and toks[partners[-1][2] - 1].text in rules.countries:
            partners = []  # "discussed Ukrainian and Russian claims": demonyms before a noun, not partners
        direct = bool(partners)
        if direct:
            k = e
    paired = 0  # "European and Ukrainian security": coordinated demonyms before one head
    while k < n and not direct:
        t = toks[k]
        if t.kind == "punct" or t.verb or t.aux or (t.low in rules.prepositions and not t.cap) or t.timex >= 0:
            break
        if (
            t.low in rules.coordinators
            and obj
            and obj[-1].text in rules.countries
            and k + 2 < n
            and toks[k + 1].text in rules.countries
            and _plain_word(toks[k + 2], rules)
        ):
            obj.append(t)
            paired += 2
            k += 1
            continue
        if t.low in rules.subordinators and not t.cap:
            break
        if t.low in rules.lex.modals:
            break
        if (t.low not in rules.determiners and t.low not in rules.adverbs) or t.cap:
            obj.append(t)
        k += 1
    small = [i for i in range(1, len(obj)) if obj[i].tense == "base" and obj[i - 1].cap and not obj[i].cap]
    if small:  # a small clause: "to see Russia rejoin the Group": the name and its verb stay
        obj = obj[small[0] - 1 : small[0] + 1 + rules.max_object_words]
    elif (
        len(obj) > rules.max_object_words + paired
    ):  # the head and its nearest modifier, a leading count ("74 attacks")
        count = [obj[0]] if obj[0].text[:1].isdigit() else []
        obj = count + obj[-(rules.max_object_words + paired) :]
    if (
        obj
        and obj[-1].low in rules.editor.partitive
        and not obj[-1].cap
        and k + 1 < n
        and toks[k].low in rules.genitive_preps
    ):
        tail, e = _of_phrase(toks, k + 1, n, rules)
        if tail:  # "a whole series of victories": the counted noun is the object
            obj = [obj[-1], toks[k], *tail[-rules.max_object_words :]]
            k = e
    if lemma == rules.copula and not obj and k < n and toks[k].kind == "word" and toks[k].timex < 0:
        obj = [toks[k]]  # a copula's complement: "no deal was near"
        k += 1
    if not obj and not direct and lo >= 1 and hi - lo == 1 and toks[lo].low in rules.pronouns:
        prev = toks[lo - 1]
        if (
            prev.kind == "word"
            and not prev.cap
            and not prev.verb
            and not prev.aux
            and prev.low not in rules.prepositions
            and prev.low not in rules.subordinators
            and prev.low not in rules.determiners
            and prev.low not in rules.pronouns
        ):
            obj = [prev]  # "comments he made": the noun before the pronoun is the object
    object_text = " ".join(_shown(t) if i + 1 < len(obj) else t.text for i, t in enumerate(obj))
    if lemma == rules.copula and hi - lo == 1 and toks[lo].low in rules.expletives and obj:
        vp = _verb_phrase(toks, v, _plural(obj[-1].low, rules), rules, past)  # "there were attacks": agree
    predicate = rules.verb_predicates.get(lemma, lemma)
    head = obj[-1].low if obj else ""
    if lemma in rules.lex.light and obj:
        two = f"{obj[-2].low} {head}" if len(obj) >= 2 else ""
        predicate = rules.noun_predicates.get(two) or rules.noun_predicates.get(head) or head
    # prepositional phrases: skip ones not kept in titles, keep the first kept one
    pp_prep, pp_text = "", ""
    hops = 0
    while k < n and hops < 3:
        while k < n and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
            k += 1
        if k >= n or not (toks[k].low in rules.prepositions and not toks[k].cap):
            break
        prep = toks[k].low
        j = k + 1
        while j < n and not (toks[j].kind == "punct" and toks[j].text not in (",",)) and not toks[j].verb:
            if toks[j].timex >= 0 or (toks[j].low in rules.prepositions and toks[j].low not in rules.coordinators):
                break
            if toks[j].low in rules.subordinators and toks[j].low not in rules.coordinators:
                break
            if toks[j].text == "," and _place_list(toks, j, n, rules):
                break  # "in Moscow, Russia, on Wednesday": the city says where
            if toks[j].text == "," and not (j + 1 < n and toks[j + 1].cap):
                adjectives = (  # "with an all-out, three-pronged invasion": a comma between modifiers
                    j + 2 < n
                    and "-" in toks[j - 1].text
                    and _plain_word(toks[j + 1], rules)
                    and not toks[j + 1].lemma
                    and _plain_word(toks[j + 2], rules)
                )
                if not adjectives:
                    break
            j += 1
        while j > k + 1 and toks[j - 1].text == ",":
            j -= 1
        if hops and prep in rules.noun_bound_preps:
            break  # "during a visit to a plant": after a skipped phrase, "to"/"of" complete its noun, not the verb
        if j > k + 1 and toks[j - 1].low in rules.editor.durations:
            k = j  # "in a few dramatic hours": a measure of time, not where or with whom
            hops += 1
            continue
        shown_prep = rules.editor.occasion_preps.get(prep, "")
        if shown_prep and j > k + 1 and toks[j - 1].low in rules.editor.occasions and not direct:
            pp_prep, pp_text = shown_prep, _phrase(toks, k + 1, j, rules)  # "during a press conference" -> at
            k = j
            while k < n and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
                k += 1
            place = [p for p in _places(toks, k, n, rules) if p[1] == k + 1 and toks[k].low in rules.place_preps]
            if place:  # one place after the occasion: "at press conference in Moscow"
                pp_text = f"{pp_text} {toks[k].low} {place[0][0].split(',')[0]}"
                k = place[0][2]
            break
        if prep in rules.title_preps and j > k + 1:
            if direct:
                break
            pp_prep = prep
            if prep in rules.partner_preps:
                for i0, i1 in _split_coordinated(toks, k + 1, j, rules):
                    partners.append((_chunk_name(toks, i0, i1, rules), i0, i1))
            pp_text = _phrase(toks, k + 1, j, rules)
            k = j
            break
        k = j
        hops += 1
    if lemma == rules.copula and pp_text and k + 1 < n and toks[k].low == rules.infinitive and toks[k + 1].lemma:
        tail, e = _of_phrase(toks, k + 2, n, rules)  # "it is not realistic for Ukraine to join NATO"
        pp_text = " ".join([pp_text, toks[k].low, toks[k + 1].lemma, *(t.text for t in tail[: rules.max_object_words])])
        k = e
    return _Reading(
        subject=subject,
        subject_lo=lo,
        plural=plural,
        verb_phrase=vp,
        predicate=predicate,
        object_text=object_text,
        pp_prep=pp_prep,
        partners=tuple(partners),
        direct=direct,
        pp_text=pp_text,
        end=k,
    )


def _shown(tok: _Tok) -> str:
    """A word as shown inside a title, its possessive kept ("country’s east", "ministers’ meeting")."""
    if not tok.possessive:
        return tok.text
    return f"{tok.text}’" if tok.text.endswith("s") else f"{tok.text}’s"


def _place_list(toks: list[_Tok], j: int, n: int, rules: _Rules) -> bool:
    """Whether the comma at j continues a place with its country ("Moscow, Russia," / "Moscow, Russia")."""
    if j < 1 or j + 1 >= n or not toks[j - 1].cap:
        return False
    nxt = toks[j + 1]
    before = " ".join(t.text for t in toks[max(0, j - 2) : j])
    if toks[j - 1].text in rules.country_names or before in rules.country_names:
        return False  # "France, Germany": a list of countries, not a city and its country
    after = toks[j + 2] if j + 2 < n else None
    if (
        after is not None
        and after.text == ","
        and j + 3 < n
        and (toks[j + 3].cap or toks[j + 3].low in rules.coordinators)
    ):
        return False  # "Lyon, France, Lisbon and ...": a list goes on
    return nxt.text in rules.country_names and (
        after is None or after.kind == "punct" or after.timex >= 0 or after.low in rules.prepositions
    )


def _of_phrase(toks: list[_Tok], lo: int, n: int, rules: _Rules) -> tuple[list[_Tok], int]:
    """The noun phrase after "of" (determiners and adverbs left out) and where it ends."""
    out: list[_Tok] = []
    e = lo
    while e < n:
        t = toks[e]
        if t.kind == "punct" or t.verb or t.aux or t.timex >= 0 or (t.low in rules.prepositions and not t.cap):
            break
        if t.low in rules.subordinators and not t.cap:
            break
        if (t.low not in rules.determiners and t.low not in rules.adverbs) or t.cap:
            out.append(t)
        e += 1
    return out, e


def _clausal_complement(
    toks: list[_Tok], v: int, k: int, n: int, rules: _Rules, last_person: str, names: _Names
) -> tuple[str, int] | None:
    """The clause a verb of thinking takes as its object ("believe that NATO membership is realistic",
    "expects prices will rise") as title text and its end, or None when no clause follows."""
    c = k + 1 if k < n and toks[k].low in rules.editor.complementizers else k
    quoted = _quoted(toks)
    inner = next((i for i in range(c, n) if toks[i].verb and quoted[i] == quoted[v]), None)
    if inner is None or any(t.kind == "punct" and t.text not in _QUOTES for t in toks[c:inner]):
        return None
    if c == k and (k >= n or (toks[k].low in rules.prepositions and not toks[k].cap)):
        return None  # "believe in God": no clause
    r = _read(toks, inner, rules, last_person, names, limit=n)
    if not r.subject or r.subject_lo < c or r.subject.lower() in rules.pronouns:
        return None
    return _title(r, rules), r.end


def _reduced_relative(toks: list[_Tok], v: int, lo: int, hi: int, rules: _Rules) -> bool:
    """Whether past-form verb v right after a noun phrase that is itself an object (of a preposition or a verb)
    is a participle modifying that noun ("violated an agreement reached in 1991", "at a conference held by Apple"):
    then the noun is what the act was done to, not who did it."""
    verb = toks[v]
    if verb.tense != "past" or hi != v or lo >= hi or verb.lemma == rules.copula or toks[v - 1].aux:
        return False
    if verb.low in rules.lex.preterites or verb.lemma in rules.lex.reporting:
        return False  # "rose", "spoke": a finite verb, never a participle; "said" opens reported speech
    if any(t.kind == "punct" or t.low in rules.pronouns for t in toks[lo:hi]):
        return False
    b = lo - 1
    while b >= 0 and toks[b].low in rules.determiners and not toks[b].cap:
        b -= 1
    if b < 0:
        return False
    before = toks[b]
    preposition = (
        before.low in rules.prepositions
        and not before.cap
        and before.low not in rules.subordinators
        and before.low not in rules.genitive_preps  # "sales of the phone rose": "of" continues a subject
    )
    if not (preposition or (before.verb and before.lemma != rules.copula)):
        return False
    k = v + 1
    while k < len(toks) and toks[k].low in rules.adverbs:
        k += 1
    if k >= len(toks):
        return True
    nxt = toks[k]
    if nxt.low in rules.change_preps or (
        nxt.low == rules.agent_preposition and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()
    ):
        return False  # "declined to 3.8 percent", "increased by 16 percent": a change of amount, intransitive
    return nxt.timex >= 0 or nxt.kind == "punct" or (nxt.low in rules.prepositions and not nxt.cap)


def _passive_reading(toks: list[_Tok], v: int, lo: int, hi: int, subject: str, plural: bool, rules: _Rules) -> _Reading:
    """A reduced relative read as its clause: "a conference held by Apple" -> "Apple holds conference"; without an
    agent, "an agreement reached in 1991" -> "Agreement is reached"."""
    verb = toks[v]
    k = v + 1
    while k < len(toks) and (toks[k].low in rules.adverbs or toks[k].timex >= 0):
        k += 1
    if k < len(toks) and toks[k].low == rules.agent_preposition:
        e = k + 1
        while e < len(toks) and not (
            toks[e].kind == "punct"
            or toks[e].verb
            or toks[e].aux
            or toks[e].timex >= 0
            or (toks[e].low in rules.prepositions and not toks[e].cap)
            or (toks[e].low in rules.subordinators and not toks[e].cap)
        ):
            e += 1
        agent = _clip(_phrase(toks, k + 1, e, rules), rules.max_object_words + 2)
        if agent and agent.split()[0].lower() not in rules.pronouns:
            agent_plural = _plural(agent.split()[-1].lower(), rules) and not agent.split()[-1][:1].isupper()
            vp = verb.lemma if agent_plural else _third(verb.lemma, rules)
            obj = [t for t in toks[lo:hi] if not (t.low in rules.determiners and not t.cap)]
            obj_text = " ".join(t.text for t in obj[-(rules.max_object_words + 1) :])
            predicate = rules.verb_predicates.get(verb.lemma, verb.lemma)
            return _Reading(agent, k + 1, agent_plural, vp, predicate, obj_text, "", (), False, "", e)
    vp = f"{rules.be_present[1 if plural else 0]} {verb.low}"
    predicate = rules.verb_predicates.get(verb.lemma, verb.lemma)
    return _Reading(subject, lo, plural, vp, predicate, "", "", (), False, "", v + 1)


def _phrase(toks: list[_Tok], lo: int, hi: int, rules: _Rules) -> str:
    """Words of toks[lo:hi] with names shown without their titles, determiners and commas dropped."""
    chunks = {i: j for i, j in _chunks(toks, lo, hi, rules)}
    words: list[str] = []
    k = lo
    while k < hi:
        if k in chunks:
            words.append(_chunk_name(toks, k, chunks[k], rules))
            k = chunks[k]
            continue
        t = toks[k]
        if t.kind != "punct" and not (t.low in rules.determiners and not t.cap) and t.text not in rules.titles:
            words.append(t.text)
        k += 1
    return " ".join(words)


def _clip(words: str, n: int) -> str:
    parts = words.split()
    return " ".join(parts[:n])


def _clip_title(words: str, rules: _Rules) -> str:
    """A title cut to the maximum length without a dangling function word at the cut ("... forces in")."""
    parts = words.split()
    if len(parts) <= rules.max_title_words:
        return words
    parts = parts[: rules.max_title_words]
    lex = rules.lex
    while len(parts) > 2:
        last = parts[-1].lower()
        function = (
            last in rules.prepositions
            or last in rules.determiners
            or last in rules.coordinators
            or last in rules.subordinators
            or last == rules.infinitive
            or last in lex.modals
            or lex.forms.get(last, ("", ""))[0] in lex.auxiliary
        )
        if not function:
            break
        parts.pop()
    return " ".join(parts)


def _title(reading: _Reading, rules: _Rules, partner: str | None = None, singular_object: bool = False) -> str:
    obj = reading.object_text
    if singular_object and obj:
        head = obj.split()[-1]
        if _plural(head.lower(), rules) and _singular(head.lower(), rules) in rules.noun_predicates:
            obj = obj[: len(obj) - len(head)] + _singular(head, rules)
    parts = [reading.subject, reading.verb_phrase, obj]
    if partner is not None:
        parts.append(partner if reading.direct else f"{reading.pp_prep} {partner}")
    elif reading.direct:
        parts.append(" and ".join(p for p, _, _ in reading.partners))
    elif reading.pp_text:
        parts.append(f"{reading.pp_prep} {reading.pp_text}")
    text = " ".join(p for p in parts if p).strip()
    return _clip_title(text, rules)


# --------------------------------------------------------------------------- mentions


def _anchor_role(text: str, sent: Segment, timex: Timex, rules: _Rules) -> AnchorRole:
    before = text[sent.start : timex.start].lower()
    own = timex.text.lower()
    words = re.findall(r"[\w’']+", before)
    tail2 = " ".join(words[-2:])
    for role, vocab in (("start", rules.start_words), ("end", rules.end_words)):
        for w in vocab:
            if own.startswith(w + " ") or tail2 == w or (words and words[-1] == w):
                if w in rules.end_needs_start and not any(s in words for s in rules.start_words):
                    continue
                return "start" if role == "start" else "end"
    return "at"


def _is_baseline(text: str, sent: Segment, timex: Timex, rules: _Rules) -> bool:
    """Whether the date follows a comparison cue ("compared to the previous year"): a baseline dates no event."""
    words = re.findall(r"[\w’'.]+", text[sent.start : timex.start].lower())
    while words and words[-1] in rules.determiners:
        words.pop()
    tail = " ".join(words[-3:])
    return any(tail == cue or tail.endswith(" " + cue) for cue in rules.baseline)


def _capitalize(title: str) -> str:
    """Upper-case the first letter unless the first word is already mixed case ("iPhone", "iOS")."""
    first = title.split(" ", 1)[0]
    return title if first != first.lower() else title[:1].upper() + title[1:]


def _mention_id(article_id: str, timex: Timex, part: int) -> str:
    key = f"{article_id}:{timex.start}:{timex.end}:{part}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _sentence_names(toks: list[_Tok], rules: _Rules) -> list[tuple[str, int, int]]:
    out = []
    for i, j in _chunks(toks, 0, len(toks), rules):
        if _is_affiliation(toks, j, rules) and j < len(toks):
            continue
        name = _actor_name(toks, i, j, rules)
        if name:
            out.append((name, i, j))
    return out


def _collect_names(sents: Sequence[Segment], text: str, rules: _Rules) -> _Names:
    names = _Names()
    for s in sents:
        toks = _tokenize(s.text, s.start, rules)
        names.lowercase.update(t.text for t in toks if t.kind == "word" and t.text[:1].islower())
        for name, _, j in _sentence_names(toks, rules):
            if _is_person(name, rules):
                names.add(name)
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
                short = toks[j + 1].text
                if short.isupper() and len(short) >= 2 and len(name.split()) >= 2 and short not in names.aliases:
                    names.aliases[short] = name  # "Crown Prince Mohammed bin Salman (MBS)"
    return names


def _actors(
    toks: list[_Tok],
    lo: int,
    hi: int,
    places: list[tuple[str, int, int]],
    exclude: set[int],
    rules: _Rules,
    names: _Names,
) -> list[str]:
    place_toks = {k for _, a, b in places for k in range(a, b)}
    out: list[str] = []
    for i, j in _chunks(toks, lo, hi, rules):
        if any(k in place_toks or k in exclude for k in range(i, j)):
            continue
        if _is_affiliation(toks, j, rules) or _measured(toks, i, j, rules):
            continue
        name = _actor_name(toks, i, j, rules)
        if not name or name in rules.gazetteer or (j == i + 1 and _common_word(toks, i, rules, names)):
            continue
        actor = _actor(name, rules, names)
        if actor not in out:
            out.append(actor)
    for t in toks[lo:hi]:  # demonyms before common nouns: "Ukrainian soldiers" -> Ukraine
        if t.text in rules.countries and t.text[0].isupper():
            idx = toks.index(t)
            if idx + 1 < len(toks) and toks[idx + 1].kind == "word" and not toks[idx + 1].cap:
                c = rules.countries[t.text]
                if c not in out and toks[idx + 1].low not in rules.office_words:
                    out.append(c)
    return out


def _measured(toks: list[_Tok], i: int, j: int, rules: _Rules) -> bool:
    """A measure, not a participant: a known measure ("GDP") or the thing after "5% of" / "2 percent of"."""
    if " ".join(t.text for t in toks[i:j]) in rules.measures:
        return True
    if i < 2 or toks[i - 1].low not in rules.genitive_preps:
        return False
    amount = toks[i - 2]
    return amount.low in rules.measure_words or amount.text.endswith(rules.measure_suffixes)


def _common_word(toks: list[_Tok], i: int, rules: _Rules, names: _Names) -> bool:
    """Whether a one-word capitalized chunk is a common word, not a name: a compound adjective ("Russian-occupied",
    "Paris-based"), a word the article also writes in lowercase ("the Alliance's headquarters" beside "the
    alliance"), or a sentence's first word that is a known verb form, office word or agent noun ("Spending rose",
    "Ministers met", "Regulators said")."""
    tok = toks[i]
    text = tok.text
    if text.isupper() or text in rules.countries or text in rules.country_names or names.full(text) != text:
        return False
    last = (
        re.split("|".join(re.escape(c) for c in rules.compound_separators), text)[-1]
        if rules.compound_separators
        else ""
    )
    if last != text and last.isalpha() and last.islower():
        return True
    if tok.low in names.lowercase:
        return True
    if i > 0 and not (i == 1 and toks[0].kind == "punct"):
        return False
    singular = _singular(tok.low, rules)
    return (
        tok.low in rules.lex.forms
        or singular in rules.office_words
        or (_plural(tok.low, rules) and tok.low.endswith(rules.common_noun_suffixes))
    )


def _skip_audience(toks: list[_Tok], k: int, rules: _Rules) -> tuple[int, int]:
    """After "told": past the audience ("journalists", "a news conference"), its prepositional phrases and dates,
    and a "that" opening the content. Returns (where the content starts, where the audience ends)."""
    n = len(toks)
    while k < n and toks[k].kind != "punct" and not toks[k].verb and toks[k].timex < 0:
        if toks[k].low in rules.subordinators or (toks[k].low in rules.prepositions and not toks[k].cap):
            break
        k += 1
    heard = k
    while k < n:
        if toks[k].timex >= 0 or toks[k].low in rules.adverbs:
            k += 1
        elif toks[k].low in rules.prepositions and not toks[k].cap and toks[k].low not in rules.subordinators:
            k += 1
            while k < n and toks[k].kind != "punct" and not toks[k].verb and toks[k].timex < 0:
                if toks[k].low in rules.subordinators or (toks[k].low in rules.prepositions and not toks[k].cap):
                    break
                k += 1
        else:
            break
    if k < n and toks[k].low in rules.editor.complementizers:
        k += 1
    return k, heard


def verb_lemma_of(word: str, rules: _Rules) -> str:
    return rules.lex.forms.get(word, ("", ""))[0]


def _sentence_initial_common(toks: list[_Tok], rules: _Rules) -> bool:
    """Whether the capitalized first word of a sentence is a determiner or pronoun before a lowercase word
    ("Some analysts", "These talks"), so it is lowercased inside a longer title."""
    first = toks[0]
    if not first.cap or first.text.isupper() or len(toks) < 2 or toks[1].cap:
        return False
    return first.low in rules.determiners or first.low in rules.pronouns


def _told_what(toks: list[_Tok], v: int, rules: _Rules) -> bool:
    """Whether verb v tells an audience something ("told reporters (that) ..."), not to do something ("told
    customers to hold the phone": an instruction, titled with its object as before)."""
    if toks[v].lemma not in rules.editor.audience_verbs:
        return False
    k = v + 1
    while k < len(toks) and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
        k += 1
    _, heard = _skip_audience(toks, k, rules)
    while heard < len(toks) and (toks[heard].timex >= 0 or toks[heard].low in rules.adverbs):
        heard += 1
    to_do = heard < len(toks) and toks[heard].low == rules.infinitive
    return not (to_do and any(t.lemma for t in toks[heard + 1 : heard + 3]))  # "to (either) hold"


def _quote_clause(toks: list[_Tok], lo: int, hi: int, rules: _Rules) -> str:
    """The first clause of a raw quote ("And we know the crown prince, and ..." -> we know the crown prince)."""
    ed = rules.editor
    words: list[str] = []
    for t in toks[lo:hi]:
        if t.text in ed.quote_ends and words:
            break
        if t.kind == "punct" or t.timex >= 0:
            continue
        if not words and t.low in ed.quote_openers:
            continue
        words.append(t.text if t.kind != "clitic" or not words else words.pop() + t.text)
    ed_words = [w.lower() for w in words[:3]]
    if len(words) > 3 and ed_words[0] in rules.first_person and verb_lemma_of(ed_words[1], rules) in ed.cognition:
        words = words[3:] if ed_words[2] in ed.complementizers else words[2:]  # "I think (that) no one will ..."
    first = words[0] if words else ""
    if first[:1].isupper() and first.lower() not in rules.first_person and not first[1:2].isupper():
        low = first.lower()
        if low in rules.pronouns or low in rules.lex.forms or low in rules.determiners:
            words[0] = low  # a quote inside a title starts lowercase unless it opens with a name
    if len(words) > rules.max_content_words:
        cut = words[: rules.max_content_words]
        while len(cut) > 2 and (cut[-1].lower() in rules.prepositions or cut[-1].lower() in rules.determiners):
            cut.pop()
        return " ".join(cut) + "…"
    return " ".join(words)


def _content(
    toks: list[_Tok],
    v: int,
    subject_lo: int,
    rules: _Rules,
    speaker: str,
    names: _Names,
    plural_speaker: bool = False,
    thing_speaker: bool = False,
) -> tuple[str, bool, bool]:
    """What a reporting verb reports, as a short clause title (he/she in it stand for the speaker), whether it is
    only a raw quote (then its first clause, quoted), and whether the mention should be dropped (the reported clause
    has a pronoun subject that cannot be shown: "suggested they might meet")."""
    k = v + 1
    while k < len(toks) and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
        k += 1
    audience = ""
    if _told_what(toks, v, rules):
        a = k
        k, heard = _skip_audience(toks, k, rules)  # "told journalists at the headquarters on Thursday that ..."
        audience = _phrase(toks, a, heard, rules)
    hard = _hard_clauses(toks, rules)
    s = subject_lo
    while s > 0 and toks[s - 1].low in rules.determiners:
        s -= 1
    before = (
        s > 1
        and toks[s - 1].text in (",", "”", '"', "’")
        and (k >= len(toks) or (hard[k] == hard[v] and toks[k].text in (",", ".", "”")))
    )
    after_that = toks[k - 1].low in rules.editor.complementizers
    closing = {"”", '"', "’"}
    quote_ends = s > 1 and (toks[s - 1].text in closing or (toks[s - 1].text == "," and toks[s - 2].text in closing))
    if quote_ends and not after_that and not any(t.verb for t in toks[k:]):
        before = True  # “... without us,” Zelensky said Thursday during a visit: the quote is what was said
    if audience and s > 1 and toks[s - 1].text in (",", "”", '"', "’") and not after_that:
        before = True  # "..., Kallas told journalists at the headquarters of ...": what was told comes first
    after_has_verb = any(t.verb for t in toks[k:])
    if not before and not after_has_verb and s > 1 and toks[0].text in _QUOTES:
        before = True
    spans = [(0, s - 1), (k, len(toks))] if before else [(k, len(toks))]
    quoted_before = before and any(t.text in _QUOTES for t in (toks[0], toks[s - 1], toks[s - 2]))
    for lo, hi in spans:
        later = [i for i in range(lo, hi) if toks[i].verb]
        if not later or (lo == 0 and before and (toks[0].text in _QUOTES or quoted_before)):
            continue
        r = _read(toks, later[0], rules, speaker, names, limit=hi, past=True)
        if not (r.subject and r.subject_lo >= lo):
            continue
        pronoun = toks[r.subject_lo]
        low = r.subject.lower()
        shown = (
            (low in rules.editor.dummy_subjects and toks[later[0]].lemma == rules.copula)
            or low in rules.expletives
            or (low in rules.plural_pronouns and plural_speaker)  # "Trump and Putin announced they will ..."
            or (low in rules.editor.dummy_subjects and thing_speaker)  # "IBM announced that it will ..."
            or pronoun.low in rules.person_pronouns
            or low not in rules.pronouns
        )
        if not shown and audience and low in rules.editor.dummy_subjects | rules.plural_pronouns:
            r = replace(r, subject=audience)  # "warned NATO that it could no longer rely on ...": it = NATO
            shown = True
        if not shown and low in rules.editor.dummy_subjects:
            shown = True  # "Solvarra said that it would buy ...": it is the speaker (or a dummy); shown as "it"
        if not shown:
            if _quoted(toks)[r.subject_lo]:
                return _quote_clause(toks, lo, hi, rules), True, False
            return "", False, True  # "the president suggested they might meet": who "they" are is unknown
        title = _title(r, rules)
        if pronoun.low in rules.person_pronouns and title.startswith(r.subject):
            title = pronoun.low + title[len(r.subject) :]  # "Haddad says he holds ..."
        elif r.subject_lo == 0 and _sentence_initial_common(toks, rules):
            title = title[:1].lower() + title[1:]  # "Some members agreed ..., Lund said" -> "Lund says some members"
        return title, False, False
    if not quoted_before:
        return "", False, False  # no reported clause: the caller titles the reporting verb with its object
    quote = _quote_clause(toks, 0, s - 1, rules)
    return quote, bool(quote), False


def _that_clause(toks: list[_Tok], k: int, rules: _Rules, speaker: str, names: _Names) -> str:
    """The clause a statement noun introduces ("comments he made on Monday that the strike was unlawful"), as title
    text, or "" when none follows at token k or its subject is a pronoun that cannot be shown."""
    n = len(toks)
    while k < n and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
        k += 1
    if k >= n or toks[k].low not in rules.editor.complementizers:
        return ""
    inner = next((i for i in range(k + 1, n) if toks[i].verb), None)
    if inner is None:
        return ""
    r = _read(toks, inner, rules, speaker, names, past=True)
    low = r.subject.lower()
    dummy = low in rules.editor.dummy_subjects and toks[inner].lemma == rules.copula
    if not r.subject or r.subject_lo <= k or (low in rules.pronouns and not dummy and low not in rules.expletives):
        return ""
    return _title(r, rules)


def _known_place(place: str, rules: _Rules) -> str:
    """A place phrase cut to the known place it opens with: "Oval Office of the White House" -> Oval Office."""
    for name in sorted(rules.gazetteer, key=lambda g: (-len(g), g)):
        rest = place[len(name) :].split()
        if place.startswith(name) and rest and rest[0] in rules.genitive_preps:
            return name
    return place


def _occasion_with(toks: list[_Tok], rules: _Rules) -> tuple[str, str] | None:
    """In a verbless caption, "during a meeting with the mayor": the occasion's verb (meet) and the partner."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.low not in rules.editor.occasion_preps:
            continue
        j = i + 1
        while j < n and (toks[j].low in rules.determiners or _plain_word(toks[j], rules)) and not toks[j].cap:
            if toks[j].low in rules.event_nouns:
                break
            j += 1
        if j >= n or toks[j].low not in rules.event_nouns or j + 1 >= n or toks[j + 1].low not in rules.partner_preps:
            continue
        e = j + 2
        while e < n and not (
            toks[e].kind == "punct"
            or toks[e].timex >= 0
            or toks[e].verb
            or (toks[e].low in rules.prepositions and not toks[e].cap and toks[e].low not in rules.genitive_preps)
        ):
            e += 1
        partner = _phrase(toks, j + 2, e, rules)
        if partner:
            return rules.event_nouns[toks[j].low], partner
    return None


def _noun_event(toks: list[_Tok], t0: int, rules: _Rules) -> tuple[int, str] | None:
    """An event noun right before the date ("announcement Wednesday", "calls ... on Wednesday")."""
    k = t0 - 1
    if k >= 0 and toks[k].low in rules.lead_preps:
        k -= 1
    if k >= 0 and toks[k].low in rules.event_nouns and not toks[k].verb:
        return k, rules.event_nouns[toks[k].low]
    return None


def extract_mentions(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[EventMention, ...]:
    """One mention per event anchored by a resolved DATE/TIME expression, in text order."""
    rules = _rules(settings.language)
    segs = segment(article.text, article.body_start, settings.language)
    sents = [s for s in segs if s.unit == "sentence"]
    names = _collect_names([s for s in sents if s.kind not in NOISE_KINDS], article.text, rules)
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out: list[EventMention] = []
    last_person = ""
    recent: tuple[str, ...] = ()  # persons named so far, most recent last ("the two leaders")
    for sent in sents:
        inside = [t for t in ordered if sent.start <= t.start and t.end <= sent.end]
        toks = _prepare(sent, inside, rules)
        if sent.kind not in NOISE_KINDS:
            anchoring = _anchoring(inside, rules)
            for n, tx in anchoring:
                out.extend(_mentions_for(article, sent, toks, n, tx, rules, names, last_person, settings.language))
            if not anchoring and sent.kind in _undated_rules(settings.language).kinds:
                out.extend(_undated_mentions(article, sent, toks, rules, names, last_person, recent, settings.language))
            recent = _recent_persons(toks, rules, names, recent)
        if sent.kind in ("body", "bullet"):
            last_person = _last_person(toks, rules, names) or last_person
    order = {m.id: n for n, m in enumerate(out)}
    return tuple(sorted(out, key=lambda m: (m.sentence_start, m.timex.start if m.timex else -1, order[m.id])))


def _prepare(sent: Segment, inside: Sequence[Timex], rules: _Rules) -> list[_Tok]:
    """Tokens of a sentence with the date tokens (and their leading preposition) marked and verbs tagged."""
    toks = _tokenize(sent.text, sent.start, rules)
    for n, tx in enumerate(inside):
        covered = [k for k, tok in enumerate(toks) if tok.start < tx.end and tok.end > tx.start]
        for k in covered:
            toks[k].timex = n
        if covered and covered[0] > 0 and toks[covered[0] - 1].low in rules.lead_preps:
            toks[covered[0] - 1].timex = n
    _tag_verbs(toks, rules)
    return toks


def _anchoring(inside: Sequence[Timex], rules: _Rules) -> list[tuple[int, Timex]]:
    """The resolved DATE/TIME expressions that can anchor an event (not durations, sets or vague references)."""
    return [
        (n, tx)
        for n, tx in enumerate(inside)
        if tx.type in rules.types and tx.interval is not None and tx.value not in rules.vague
    ]


def _plain_word(tok: _Tok, rules: _Rules) -> bool:
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


def _anchor(toks: list[_Tok], t0: int, t1: int, rules: _Rules) -> tuple[str, int]:
    """What a date (tokens t0..t1) dates: ("possessive", head noun) for "Thursday’s meeting", ("noun", k) for
    "announcement Wednesday", ("verb", v) for its governing verb, or ("none", -1)."""
    if toks[t1].possessive:
        e = t1 + 1
        while (
            e < len(toks)
            and toks[e].kind in ("word", "abbr")
            and not toks[e].verb
            and not (toks[e].low in rules.prepositions and not toks[e].cap)
        ):
            e += 1
        if e > t1 + 1:
            return "possessive", e - 1
    nxt = t1 + 1
    if nxt < len(toks) and toks[nxt].low in rules.event_nouns and not toks[nxt].cap and not toks[nxt].verb:
        return "possessive", nxt  # a date before an event noun: "the November 1995 assassination"
    before = t0 - 1 if t0 > 0 else -1
    determined = toks[t0].low in rules.determiners or (before >= 0 and toks[before].low in rules.determiners)
    if determined and nxt < len(toks) and _plain_word(toks[nxt], rules):
        e = nxt
        while e + 1 < len(toks) and _plain_word(toks[e + 1], rules):
            e += 1
        return "possessive", e  # a date modifying a noun phrase: "the 1956 uprising", "a third-quarter net loss"
    when = t1 + 1
    if when < len(toks) and toks[when].low in rules.when_words and not toks[when].cap:
        later = [i for i in range(when + 1, len(toks)) if toks[i].verb]
        hard = _hard_clauses(toks, rules)
        if later and hard[later[0]] == hard[when + 1]:
            return "verb", later[0]  # "last month when he became ...": the date is the when-clause's time
    v = _governing_verb(toks, t0, t1, rules)
    phrase_noun = _phrase_event_noun(toks, t0, rules)
    if phrase_noun >= 0 and v is not None and v < phrase_noun and any(t.text == "," for t in toks[v:phrase_noun]):
        return "noun_phrase", phrase_noun  # "Pistorius said, ahead of a meeting of NATO defense ministers today"
    noun = _noun_event(toks, t0, rules)
    hard = _hard_clauses(toks, rules)
    if noun is not None and (v is None or hard[v] not in (hard[t0], hard[t1])):
        return "noun", noun[0]
    return ("verb", v) if v is not None else ("none", -1)


def _event_like(noun: str, rules: _Rules) -> bool:
    """Whether a noun names an event: a listed event noun, or a verb used as a noun ("launch", "report")."""
    return (
        noun in rules.event_nouns
        or noun in rules.event_like
        or noun in rules.lex.forms
        or _singular(noun, rules) in rules.lex.forms
        or noun in rules.noun_predicates
    )


def _phrase_event_noun(toks: list[_Tok], t0: int, rules: _Rules) -> int:
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
        if not (t.cap or _plain_word(t, rules) or t.low in rules.np_preps):
            return -1
        k -= 1
    return -1


def anchor_words(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[tuple[Timex, int, int], ...]:
    """For each anchoring date outside noise lines: the offsets of the word it dates (verb or event noun).

    The same attachment `extract_mentions` uses; exposed for evaluation against annotated corpora.
    """
    rules = _rules(settings.language)
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out: list[tuple[Timex, int, int]] = []
    for sent in segment(article.text, article.body_start, settings.language):
        if sent.unit != "sentence" or sent.kind in NOISE_KINDS:
            continue
        inside = [t for t in ordered if sent.start <= t.start and t.end <= sent.end]
        toks = _prepare(sent, inside, rules)
        for n, tx in _anchoring(inside, rules):
            idx = [i for i, t in enumerate(toks) if t.timex == n]
            if idx:
                _, k = _anchor(toks, idx[0], idx[-1], rules)
                if k >= 0:
                    out.append((tx, toks[k].start, toks[k].end))
    return tuple(out)


def _last_person(toks: list[_Tok], rules: _Rules, names: _Names) -> str:
    """The subject of the sentence's first verb when it is a person (for he/she in the next sentences)."""
    verbs = [i for i, t in enumerate(toks) if t.verb]
    if not verbs:
        return ""
    lo, hi = _np_left(toks, verbs[0], rules)
    subject, _ = _display_subject(toks, lo, hi, rules, "")
    full = names.full(subject)
    return subject if _is_person(full, rules) or _is_single_name(subject, rules) else ""


def _is_single_name(name: str, rules: _Rules) -> bool:
    return (
        bool(name)
        and " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and name not in rules.countries
        and name not in rules.country_names
        and name not in rules.gazetteer
        and name not in rules.org_words
        and name not in rules.not_names
    )


def _mentions_for(
    article: Article,
    sent: Segment,
    toks: list[_Tok],
    n: int,
    tx: Timex,
    rules: _Rules,
    names: _Names,
    last_person: str,
    language: str,
) -> list[EventMention]:
    tr = _title_rules(language)
    idx = [i for i, t in enumerate(toks) if t.timex == n]
    if not idx or not any(t.timex < 0 and t.kind in ("word", "abbr") for t in toks):
        return []  # a dateline: the sentence is only the date
    t0, t1 = idx[0], idx[-1]
    if _is_baseline(article.text, sent, tx, rules):
        return []
    role = _anchor_role(article.text, sent, tx, rules)
    places = _places(toks, 0, len(toks), rules)
    place_names = [p for p, a, b in places if not _other_event_place(toks, a, b, t0, rules)]

    def make(title: str, kind: MentionKind, predicate: str, actors: list[str], part: int) -> EventMention:
        return EventMention(
            id=_mention_id(article.id, tx, part),
            article_id=article.id,
            sentence=sent.text,
            sentence_start=sent.start,
            sentence_end=sent.end,
            timex=tx,
            anchor_role=role,
            kind=kind,
            title=_capitalize(title),
            predicate=predicate,
            actors=tuple(actors),
            places=tuple(dict.fromkeys(place_names)),
        )

    all_actors = _actors(toks, 0, len(toks), places, set(), rules, names)
    if sent.kind == "headline":
        words = [t.text for t in toks if t.timex < 0 and t.kind in ("word", "abbr")]
        return [make(_clip(" ".join(words), rules.max_title_words), "headline", "", all_actors, 0)]
    joint = _joint_noun(toks, t0, t1, rules, names, _undated_rules(language))
    if joint is not None:  # "talks later this week between Sandu and Ruiz": the date is the talks'
        noun, partners = joint
        predicate0 = rules.event_nouns.get(noun, noun)
        title0 = tr.joint_noun.format(partners=" and ".join(partners), noun=noun)
        kind2: MentionKind = "caption" if sent.kind == "caption" else "act"
        actors2 = partners + [a for a in all_actors if a not in partners]
        return [make(title0, kind2, rules.verb_predicates.get(predicate0, predicate0), actors2, 0)]
    how, at = _anchor(toks, t0, t1, rules)
    if how == "possessive":  # "Thursday’s Nato defence ministers' meeting"
        head = toks[at].low
        if not _event_like(head, rules):
            return []  # "the 2011 version", "today's glitches": the date modifies a thing, not an event
        predicate = rules.event_nouns.get(head, head)
        kind0: MentionKind = "caption" if sent.kind == "caption" else "act"
        return [make(_phrase(toks, t1 + 1, at + 1, rules), kind0, predicate, all_actors, 0)]
    if how == "noun_phrase":  # "ahead of a meeting of NATO defense ministers today"
        lemma = rules.event_nouns[toks[at].low]
        kind1: MentionKind = "caption" if sent.kind == "caption" else "act"
        actors1 = _actors(toks, at, t0, places, set(), rules, names)
        return [make(_phrase(toks, at, t0, rules), kind1, rules.verb_predicates.get(lemma, lemma), actors1, 0)]
    v = at if how == "verb" else None
    if how == "noun":
        k, lemma = at, rules.event_nouns[toks[at].low]
        j = k
        while (
            j > 0
            and not toks[j - 1].possessive
            and toks[j - 1].kind == "word"
            and not toks[j - 1].cap
            and toks[j - 1].low not in rules.determiners
            and toks[j - 1].low not in rules.prepositions
        ):
            j -= 1
        owner = ""
        if j > 0 and toks[j - 1].possessive:
            ch = [c for c in _chunks(toks, 0, j, rules) if c[1] == j]
            owner = _chunk_name(toks, ch[-1][0], ch[-1][1], rules) if ch else toks[j - 1].text
        title = f"{owner} {_third(lemma, rules)}".strip() if owner else " ".join(t.text for t in toks[j : k + 1])
        said = rules.editor.noun_clause_verbs.get(lemma, "")
        content = _that_clause(toks, t1 + 1, rules, owner, names) if said and owner else ""
        if content:  # "Pires’s announcement Monday that the port would close"
            title = _clip_title(f"{owner} {_third(said, rules)} {content}", rules)
        kind: MentionKind = (
            "caption" if sent.kind == "caption" else ("statement" if lemma in rules.lex.reporting else "act")
        )
        return [make(title, kind, rules.verb_predicates.get(lemma, lemma), all_actors, 0)]
    if v is None:
        persons = [
            _chunk_name(toks, i, j, rules)
            for i, j in _chunks(toks, 0, t0, rules)
            if not toks[j - 1].possessive and not _is_affiliation(toks, j, rules)
        ]
        subject = persons[0] if persons else ""
        words = [t.text for t in toks if t.timex < 0 and t.kind in ("word", "abbr")]
        title = subject or _clip(" ".join(words), rules.max_content_words)
        if place_names and subject:
            title = tr.verbless_place.format(
                subject=subject, be=rules.be_present[0], place=_known_place(place_names[0], rules)
            )
        occasion = _occasion_with(toks, rules) if subject else None
        if occasion is not None:  # "Ana Lund during a meeting with the mayor in Oslo" -> Ana Lund meets mayor
            lemma3, partner = occasion
            title = f"{subject} {_third(lemma3, rules)} {partner}"
            if place_names and place_names[0] not in partner:
                title = f"{title} {rules.editor.place_preposition} {place_names[0]}"
        kind = "caption" if sent.kind == "caption" else "act"
        return [make(title, kind, "", all_actors, 0)]
    verb = toks[v]
    fixed = _sensible_subject(toks, v, _read(toks, v, rules, last_person, names), rules, names, tr)
    if fixed is None:
        return []  # no sensible title: an unresolved pronoun or no subject (fewer, better events)
    reading = fixed
    subject_actors = _actors(toks, reading.subject_lo, v, places, set(), rules, names)
    lo_tok = toks[reading.subject_lo] if reading.subject_lo < len(toks) else None
    common = (
        lo_tok is not None and lo_tok.text == reading.subject and _common_word(toks, reading.subject_lo, rules, names)
    )
    if not subject_actors and _is_single_name(reading.subject, rules) and not common:
        subject_actors = [_actor(reading.subject, rules, names)]
    elif not subject_actors and reading.subject == last_person and last_person:
        subject_actors = [names.full(last_person)]
    elif not subject_actors and reading.subject in names.aliases.values():
        subject_actors = [reading.subject]  # "he" or a short form resolved to a full name seen in the article
    if verb.lemma in rules.lex.reporting:
        speaker = (
            reading.subject
            if _is_person(names.full(reading.subject), rules) or _is_single_name(reading.subject, rules)
            else last_person
        )
        thing = not (
            _is_person(names.full(reading.subject), rules)
            or _is_single_name(reading.subject, rules)
            or any(w.lower() in rules.office_words - rules.particles for w in reading.subject.split())
        )  # "police said they found": they = the police; "the president suggested they meet": unknown
        content, raw_quote, drop = _content(
            toks, v, reading.subject_lo, rules, speaker, names, reading.plural or thing, thing and not reading.plural
        )
        if drop:
            return []
        ed = rules.editor
        said = ed.audience_verbs.get(verb.lemma, "") if _told_what(toks, v, rules) else ""
        if said and reading.verb_phrase in (verb.lemma, _third(verb.lemma, rules)):
            reading = replace(reading, verb_phrase=said if reading.plural else _third(said, rules))
        if raw_quote:  # only quoted words, no clause: the quote's first clause, quoted
            verb_form = ed.quote_verb if reading.plural else _third(ed.quote_verb, rules)
            title = ed.quote_title.format(subject=reading.subject, verb=verb_form, quote=content)
        elif content:
            title = _clip_title(f"{reading.subject} {reading.verb_phrase} {content}".strip(), rules)
        elif said:
            return []  # "told a news conference": the audience, and no content to show
        elif not reading.object_text and not reading.partners:  # "Zelensky said Thursday during a visit to ..."
            title = f"{reading.subject} {tr.quote_verb if reading.plural else _third(tr.quote_verb, rules)}"
        else:
            title = _title(reading, rules)
        kind = "caption" if sent.kind == "caption" else "statement"
        actors = subject_actors + [a for a in all_actors if a not in subject_actors]
        return [make(title, kind, rules.verb_predicates.get(verb.lemma, verb.lemma), actors, 0)]
    if not _clean_clause(toks, v, reading, rules):
        return []  # the clause reads badly as a title (object gap, dangling preposition, quoted opinion)
    if verb.lemma in rules.editor.question_verbs and reading.verb_phrase.split()[0] in rules.be_present:
        return []  # "Trump was pressed by a reporter on ...": being asked is not the event, the answer is
    said = rules.editor.noun_clause_verbs.get(reading.predicate, "") if verb.lemma in rules.lex.light else ""
    content = _that_clause(toks, max(reading.end, t1 + 1), rules, reading.subject, names) if said else ""
    if content:  # "comments he made on Monday that the strike was unlawful": a statement of what was said
        title = _clip_title(f"{reading.subject} {_third(said, rules)} {content}", rules)
        actors = subject_actors + [a for a in all_actors if a not in subject_actors]
        kind = "caption" if sent.kind == "caption" else "statement"
        return [make(title, kind, rules.verb_predicates.get(said, said), actors, 0)]
    if (
        verb.lemma in rules.lex.communication
        and reading.pp_prep in rules.partner_preps
        and reading.pp_text.split()[-1:] in ([w] for w in rules.editor.audience_nouns)
        and not subject_actors
    ):
        return []  # "ministers spoke to reporters": no one named, no partner, and what was said is elsewhere
    hard = _hard_clauses(toks, rules)
    c_lo = min(reading.subject_lo, t0)
    c_hi = max(t1 + 1, reading.end)
    while c_hi < len(toks) and hard[c_hi] in (hard[v], hard[t1]):
        c_hi += 1
    clause_actors = _actors(toks, c_lo, c_hi, places, set(), rules, names)
    kind = "caption" if sent.kind == "caption" else "act"
    comm = verb.lemma in rules.lex.communication or reading.predicate in rules.noun_predicates.values()
    partner_toks = {k for _, a, b in reading.partners for k in range(a, b)}
    if comm and len(reading.partners) >= 2:
        out = []
        for part, (partner, a, b) in enumerate(reading.partners):
            others = partner_toks - set(range(a, b))
            actors = subject_actors + [
                x for x in _actors(toks, c_lo, c_hi, places, others, rules, names) if x not in subject_actors
            ]
            out.append(make(_title(reading, rules, partner, True), kind, reading.predicate, actors, part))
        return out
    actors = subject_actors + [a for a in clause_actors if a not in subject_actors]
    return [make(_title(reading, rules), kind, reading.predicate, actors, 0)]


# --------------------------------------------------------------------------- undated (corroborating) mentions


@dataclass(frozen=True)
class _Undated:
    kinds: frozenset[str]
    nouns: dict[str, str]
    verbs: frozenset[str]
    partner_preps: frozenset[str]
    joint_preps: frozenset[str]
    group_references: dict[str, int]
    compound_separators: tuple[str, ...]
    possessive_pronouns: frozenset[str]
    max_modifier_words: int
    min_participants: int


@cache
def _undated_rules(language: str) -> _Undated:
    raw = _load("mentions.toml", language)["undated"]
    frames = raw["frames"]
    return _Undated(
        kinds=frozenset(raw["kinds"]),
        nouns=dict(raw["nouns"]),
        verbs=frozenset(frames["verbs"]),
        partner_preps=frozenset(frames["partner_prepositions"]),
        joint_preps=frozenset(frames["joint_prepositions"]),
        group_references={str(k): int(v) for k, v in frames["group_references"].items()},
        compound_separators=tuple(frames["compound_separators"]),
        possessive_pronouns=frozenset(frames["possessive_pronouns"]),
        max_modifier_words=int(frames["max_modifier_words"]),
        min_participants=int(frames["min_participants"]),
    )


def _joint_noun(
    toks: list[_Tok], t0: int, t1: int, rules: _Rules, names: _Names, und: _Undated
) -> tuple[str, list[str]] | None:
    """A meeting noun dated by the date right after it and followed by its joint participants ("talks later this
    week between A and B"): (noun, participants), else None."""
    k = t0 - 1
    while k >= 0 and toks[k].low in rules.adverbs and toks[k].timex < 0:
        k -= 1
    if k < 0 or toks[k].low not in und.nouns or toks[k].cap or toks[k].verb:
        return None
    prep, partners, _ = _partner_names(toks, t1 + 1, rules, und)
    people = _distinct([names.full(p) for p in partners])
    if prep not in und.joint_preps or len(people) < und.min_participants:
        return None
    return toks[k].low, people


def _undated_id(article_id: str, start: int, end: int, part: int) -> str:
    key = f"{article_id}:{start}:{end}:undated:{part}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _person_before(toks: list[_Tok], k: int, rules: _Rules, names: _Names, last_person: str, und: _Undated) -> str:
    """The person a possessive pronoun at token k stands for: the last person named before it (not a name owned by
    another possessive pronoun: "his Truth Social platform"), else the last person of the earlier sentences."""
    found = ""
    for i, j in _chunks(toks, 0, k, rules):
        if i > 0 and toks[i - 1].low in und.possessive_pronouns:
            continue
        name = _actor_name(toks, i, j, rules)
        if name and (_is_person(names.full(name), rules) or _is_single_name(name, rules)):
            found = name
    return found or last_person


def _partner_names(toks: list[_Tok], k: int, rules: _Rules, und: _Undated) -> tuple[str, list[str], int]:
    """The participants after a partner preposition at token k: (preposition, names, end token)."""
    if k >= len(toks) or toks[k].low not in und.partner_preps or toks[k].cap:
        return "", [], k
    e = k + 1
    while e < len(toks) and not (
        (toks[e].kind == "punct" and toks[e].text != ",")
        or toks[e].verb
        or toks[e].aux
        or toks[e].timex >= 0
        or (toks[e].low in rules.prepositions and not toks[e].cap and toks[e].low not in rules.particles)
        or (toks[e].low in rules.subordinators and toks[e].low not in rules.coordinators and not toks[e].cap)
        or (toks[e].text == "," and not (e + 1 < len(toks) and toks[e + 1].cap))
    ):
        e += 1
    while e > k + 1 and (toks[e - 1].text == "," or toks[e - 1].low in rules.coordinators):
        e -= 1
    commas = [i for i in range(k + 1, e) if toks[i].text == ","]
    if commas and not any(toks[i].low in rules.coordinators for i in range(commas[-1], e)):
        e = commas[0]  # "this call between A and B, Russian Foreign Minister C said": no list, an apposition
    out: list[str] = []
    for i0, i1 in _split_coordinated(toks, k + 1, e, rules):
        if _demonym_only(toks, i0, i1, rules):
            continue
        name = _actor_name(toks, i0, i1, rules)
        if name:
            out.append(name)
    return toks[k].low, out, e


def _owner_names(
    toks: list[_Tok], lo: int, rules: _Rules, und: _Undated, names: _Names, last_person: str
) -> tuple[list[str], int]:
    """Participants named before an event noun starting at token lo: a possessive owner ("Trump’s call"), a name
    modifier ("Trump’s Putin call") or a compound ("the Trump-Putin call"). Returns (names, first token)."""
    out: list[str] = []
    k = lo - 1
    seen = 0
    first = lo
    while k >= 0 and seen <= und.max_modifier_words:
        t = toks[k]
        if t.low in und.possessive_pronouns and not t.cap:
            person = _person_before(toks, k, rules, names, last_person, und)
            if person:
                out.insert(0, person)
                first = k
            break
        if t.cap and t.timex < 0 and not t.verb:
            chunk = [c for c in _chunks(toks, 0, k + 1, rules) if c[1] == k + 1]
            i0 = chunk[-1][0] if chunk else k
            parts = [t.text]
            for sep in und.compound_separators:
                if sep in t.text and i0 == k:
                    parts = [p for p in t.text.split(sep) if p]
            if len(parts) > 1 and all(p[:1].isupper() for p in parts):
                out[:0] = parts
            else:
                name = _actor_name(toks, i0, k + 1, rules)
                if name and not (i0 == k and t.text in rules.countries and t.text not in rules.country_names):
                    out.insert(0, name)
            first = i0
            if toks[k].possessive:
                break
            k = i0 - 1
            seen += 1
            continue
        if t.kind == "punct" and t.text not in _QUOTES and t.text != ",":
            break
        if t.kind == "word" and (t.verb or t.aux or t.low in rules.prepositions or t.low in rules.determiners):
            break
        if t.kind == "word" and t.low in rules.subordinators:
            break
        seen += 1
        k -= 1
    return out, first


def _demonym_only(toks: list[_Tok], i0: int, i1: int, rules: _Rules) -> bool:
    """A lone demonym before a common noun ("the Russian leader") names no participant."""
    return (
        i1 - i0 == 1
        and toks[i0].text in rules.countries
        and toks[i0].text not in rules.country_names
        and i1 < len(toks)
        and not toks[i1].cap
    )


def _group_noun(toks: list[_Tok], i0: int, i1: int, rules: _Rules) -> bool:
    """A one-word capitalized plural after a determiner ("some Ukrainians", "many Democrats"): a group of unnamed
    people, not a named participant."""
    return (
        i1 - i0 == 1
        and i0 > 0
        and toks[i0 - 1].low in rules.determiners
        and not toks[i0 - 1].possessive
        and _plural(toks[i0].low, rules)
        and not toks[i0].text.isupper()
    )


def _distinct(actors: Sequence[str]) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a and a not in out:
            out.append(a)
    return out


def _recent_persons(toks: list[_Tok], rules: _Rules, names: _Names, recent: tuple[str, ...]) -> tuple[str, ...]:
    """`recent` with the persons (full names) of this sentence appended in text order, each once, most recent last."""
    out = list(recent)
    for name, _, _ in _sentence_names(toks, rules):
        full = names.full(name)
        if _is_person(full, rules):
            if full in out:
                out.remove(full)
            out.append(full)
    return tuple(out[-8:])


def _group_reference(toks: list[_Tok], k: int, hi: int, und: _Undated, recent: Sequence[str]) -> list[str]:
    """ "between the two leaders" / "both leaders": the last persons named, as many as the phrase counts."""
    words = " ".join(t.low for t in toks[k:hi] if t.kind == "word")
    for phrase, count in und.group_references.items():
        if (words == phrase or words.startswith(phrase + " ")) and len(recent) >= count:
            rest = words[len(phrase) :].split()
            if len(rest) == 1 and not toks[hi - 1].cap:
                return list(recent[-count:])
    return []


def _light_verb_subject(toks: list[_Tok], lo: int, rules: _Rules, names: _Names, last_person: str) -> list[str]:
    """Participants of "X and Y had a phone conversation": the subject of a light verb governing the noun at lo."""
    j = lo - 1
    while j >= 0 and (_plain_word(toks[j], rules) or toks[j].low in rules.determiners or toks[j].low in rules.adverbs):
        j -= 1
    if j < 0 or not toks[j].verb or toks[j].lemma not in rules.lex.light:
        return []
    a, b = _np_left(toks, j, rules)
    found = _actors(toks, a, b, [], set(), rules, names)
    if not found and b - a == 1 and toks[a].low in rules.person_pronouns and last_person:
        found = [last_person]
    return found


def _undated_mentions(
    article: Article,
    sent: Segment,
    toks: list[_Tok],
    rules: _Rules,
    names: _Names,
    last_person: str,
    recent: Sequence[str],
    language: str,
) -> list[EventMention]:
    """Mentions of an event named with its participants in a sentence that gives no date of its own."""
    und = _undated_rules(language)
    out: list[EventMention] = []
    used: set[int] = set()

    def add(lo: int, hi: int, predicate: str, actors: list[str], title: str, part: int) -> None:
        full = _distinct([_actor(a, rules, names) for a in actors])
        if len(full) < und.min_participants:
            return
        out.append(
            EventMention(
                id=_undated_id(article.id, toks[lo].start, toks[hi - 1].end, part),
                article_id=article.id,
                sentence=sent.text,
                sentence_start=sent.start,
                sentence_end=sent.end,
                timex=None,
                kind="caption" if sent.kind == "caption" else "act",
                title=_capitalize(title),
                predicate=predicate,
                actors=tuple(full),
            )
        )

    for k, tok in enumerate(toks):
        if tok.kind != "word" or tok.cap or tok.verb or tok.aux:
            continue
        two = f"{toks[k - 1].low} {tok.low}" if k > 0 else ""
        lo = k - 1 if two in und.nouns else k
        noun = two if two in und.nouns else tok.low
        if noun not in und.nouns or (k + 1 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].low in und.nouns):
            continue
        owners, first = _owner_names(toks, lo, rules, und, names, last_person)
        if not owners:
            owners = _light_verb_subject(toks, lo, rules, names, last_person)
        prep, partners, end = _partner_names(toks, k + 1, rules, und)
        if not partners and prep in und.joint_preps:
            partners = _group_reference(toks, k + 2, end, und, recent)
        text = _SPACES.sub(" ", article.text[toks[first].start : toks[max(end, k + 1) - 1].end]).strip()
        if len(partners) > 1 and owners and prep not in und.joint_preps:
            # "X’s calls with A and B": one mention per partner, as for dated mentions
            for part, partner in enumerate(partners):
                add(first, max(end, k + 1), und.nouns[noun], [*owners, partner], text, part)
        else:  # "a call between A and B", "A’s call with B", "the A-B call"
            add(first, max(end, k + 1), und.nouns[noun], owners + partners, text, 0)
        used.update(range(first, max(end, k + 1)))
    for v, tok in enumerate(toks):
        if not tok.verb or tok.lemma not in und.verbs or v in used:
            continue
        reading = _read(toks, v, rules, last_person, names)
        subject = _actors(toks, reading.subject_lo, v, [], set(), rules, names)
        spans = _chunks(toks, reading.subject_lo, v, rules)
        if spans and all(_group_noun(toks, a, b, rules) for a, b in spans):
            subject = []  # "some Ukrainians who spoke with CNN": a group of unnamed people is no participant
        elif (
            not subject
            and reading.subject
            and (_is_person(names.full(reading.subject), rules) or _is_single_name(reading.subject, rules))
        ):
            subject = [reading.subject]
        partners = [p for p, a, b in reading.partners if not _demonym_only(toks, a, b, rules)]
        if reading.object_text or (not reading.direct and reading.pp_prep not in und.partner_preps):
            partners = []  # "calls concessions to Moscow": an object that is not a participant
        predicate = rules.verb_predicates.get(tok.lemma, tok.lemma)
        lo = min(reading.subject_lo, v)
        hi = max(reading.end, v + 1)
        for part, partner in enumerate(partners):
            add(lo, min(hi, len(toks)), predicate, [*subject, partner], _title(reading, rules, partner), part + 1)
    return out


# --------------------------------------------------------------------------- title quality


@dataclass(frozen=True)
class _TitleRules:
    resolvable: frozenset[str]
    singular: frozenset[str]
    unresolved: frozenset[str]
    verbless_place: str
    quote_verb: str
    joint_noun: str


@cache
def _title_rules(language: str) -> _TitleRules:
    raw = _load("mentions.toml", language)["titles"]
    return _TitleRules(
        resolvable=frozenset(raw["resolvable_pronouns"]),
        singular=frozenset(raw["singular_pronouns"]),
        unresolved=frozenset(raw["unresolved_subjects"]),
        verbless_place=str(raw["verbless_place"]),
        quote_verb=str(raw["quote_verb"]),
        joint_noun=str(raw["joint_noun"]),
    )


def _antecedent(toks: list[_Tok], lo: int, rules: _Rules, names: _Names, tr: _TitleRules) -> tuple[str, bool] | None:
    """What "it"/"they" at token lo stands for: the subject of the nearest earlier verb of the same sentence when it
    is a noun phrase (not a pronoun), a non-person for "it". Returns (subject, plural) or None."""
    pronoun = toks[lo].low
    for i in range(lo - 1, -1, -1):
        if not toks[i].verb:
            continue
        a, b = _np_left(toks, i, rules)
        if a >= b or (b - a == 1 and toks[a].low in rules.pronouns):
            continue
        subject, plural = _display_subject(toks, a, b, rules, "")
        if not subject or subject.split()[0].lower() in rules.prepositions:
            continue
        person = _is_person(names.full(subject), rules)
        if pronoun in tr.singular and (person or plural):
            continue
        if pronoun not in tr.singular and not plural and person:
            continue
        return subject, plural or pronoun not in tr.singular
    return None


def _described(toks: list[_Tok], lo: int, subject: str, rules: _Rules) -> str:
    """The name a definite description stands for: "the US president" after "US President Maria Soto" in the same
    sentence (every word of the description is a word of the named chunk); "" when there is none or several."""
    words = subject.lower().split()
    if not words or subject == subject.title() or lo < 1 or toks[lo - 1].low not in rules.editor.definite:
        return ""
    found = {
        _chunk_name(toks, i, j, rules)
        for i, j in _chunks(toks, 0, lo - 1, rules)
        if set(words) <= {t.low for t in toks[max(0, i - len(words)) : j]} and j - i >= 1
    }
    found.discard("")
    shown = [f for f in found if f.lower().split() != words]
    return shown[0] if len(shown) == 1 else ""


def _strip_leading_prepositions(subject: str, rules: _Rules) -> str:
    """ "of American interventionist policy in Europe" -> "American interventionist policy in Europe"."""
    words = subject.split()
    while len(words) > 1 and words[0].lower() in rules.prepositions and words[0].islower():
        words = words[1:]
    return " ".join(words)


def _respell(toks: list[_Tok], v: int, reading: _Reading, plural: bool, rules: _Rules) -> str:
    """The reading's verb phrase agreeing with a new subject, its complement kept ("helps to broker")."""
    old = _verb_phrase(toks, v, reading.plural, rules)
    rest = reading.verb_phrase[len(old) :] if reading.verb_phrase.startswith(old) else ""
    return _verb_phrase(toks, v, plural, rules) + rest


def _sensible_subject(
    toks: list[_Tok], v: int, reading: _Reading, rules: _Rules, names: _Names, tr: _TitleRules
) -> _Reading | None:
    """The reading with a titleable subject: "it"/"they" resolved inside the sentence, a leading preposition
    dropped, a short form ("MBS") spelled out; None when no sensible subject exists."""
    subject = reading.subject.strip()
    if not subject:
        return None
    lo = reading.subject_lo
    if (
        not reading.object_text
        and subject.islower()
        and 2 <= lo < v
        and toks[lo - 1].low in rules.determiners
        and not toks[lo - 1].cap
        and _plain_word(toks[lo - 2], rules)
    ):
        return None  # a reduced relative clause ("the borders the country enjoyed after ..."): its object is a gap
    if subject.lower() in tr.unresolved:
        if subject.lower() not in tr.resolvable or reading.subject_lo >= len(toks):
            return None
        ante = _antecedent(toks, reading.subject_lo, rules, names, tr)
        if ante is None:
            return None
        subject, plural = ante
        return replace(reading, subject=subject, plural=plural, verb_phrase=_respell(toks, v, reading, plural, rules))
    described = _described(toks, lo, subject, rules)
    if described:  # "... US President Maria Soto ..., the US president said": the name said before
        return replace(reading, subject=described, plural=False, verb_phrase=_respell(toks, v, reading, False, rules))
    stripped = _strip_leading_prepositions(subject, rules)
    if stripped != subject:
        return replace(reading, subject=stripped)
    if subject in names.aliases:  # one named actor: singular, whatever the short form looks like ("MBS")
        full = names.aliases[subject]
        return replace(reading, subject=full, plural=False, verb_phrase=_respell(toks, v, reading, False, rules))
    return reading


def _clean_clause(toks: list[_Tok], v: int, reading: _Reading, rules: _Rules) -> bool:
    """Whether an act's clause makes a sensible title. Not when:
    - its object is a gap: a relative clause on a noun before the subject ("the viewpoint is one Trump espoused",
      "the regions that Russia annexed in 2022") and no object or partner was read;
    - it is a reduced participle clause after a comma with nothing after the verb ("..., illustrated last month");
    - its title ends in a preposition or determiner ("Pokrovsk is under");
    - it is a quoted opinion: a copula inside quotes ("they’re probably good today")."""
    lo = reading.subject_lo
    first = reading.subject.split()[:1]
    shown = [j for j in range(lo, v) if first and toks[j].text == first[0]]
    titled = shown and all(
        _is_title(t.text, rules) or t.low in rules.office_words for t in toks[reading.subject_lo : shown[0]]
    )
    if shown and not titled:
        lo = shown[0]  # where the shown subject starts ("one Trump espoused": at Trump, not "Chief executive Holt")
    bare = not reading.object_text and not reading.partners and not reading.pp_text
    before = toks[lo - 1] if 0 < lo <= v else None
    if (
        bare
        and before is not None
        and (
            _plain_word(before, rules)
            or (before.low in rules.relatives and not before.cap and lo >= 2 and _plain_word(toks[lo - 2], rules))
        )
    ):
        return False
    if (
        not reading.object_text
        and not reading.partners
        and before is not None
        and before.low in rules.relatives
        and not before.cap
        and lo >= 2
        and _plain_word(toks[lo - 2], rules)
    ):
        return False  # "a conflict that Russia started with ...": the object is a gap
    if bare and v > 0 and toks[v - 1].text == "," and toks[v].tense == "past" and reading.subject.islower():
        return False  # "..., illustrated last month" after a common noun: not what the noun did
    last = _title(reading, rules).split()[-1:]
    if last and last[0].islower() and (last[0] in rules.prepositions or last[0] in rules.determiners):
        return False
    return not (toks[v].lemma == rules.copula and _quoted(toks)[v])
