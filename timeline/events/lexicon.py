"""Resources for event mentions: the verb lexicon (`resources/<lang>/verbs.toml`) and the word lists and editor
rules (`resources/<lang>/mentions.toml`) loaded into frozen rule objects, cached per language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class _Rewrite:
    pattern: re.Pattern[str]
    replace: str

    def apply(self, word: str) -> str | None:
        return self.pattern.sub(self.replace, word) if self.pattern.fullmatch(word) else None


def rewrite(rules: Sequence[_Rewrite], word: str) -> str:
    for rule in rules:
        out = rule.apply(word)
        if out is not None:
            return out
    return word


@dataclass(frozen=True)
class Lexicon:
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
class Rules:
    lex: Lexicon
    when_words: frozenset[str]
    start_words: tuple[str, ...]
    end_words: tuple[str, ...]
    end_needs_start: frozenset[str]
    baseline: tuple[str, ...]
    change_links: frozenset[str]
    period_links: frozenset[str]
    change_words: frozenset[str]
    change_particles: frozenset[str]
    amount_words: frozenset[str]
    period_fillers: frozenset[str]
    record_words: frozenset[str]
    record_links: frozenset[str]
    record_window: int
    infinitive: str
    lead_preps: frozenset[str]
    np_preps: frozenset[str]
    vague: frozenset[str]
    types: frozenset[str]
    adjective_types: frozenset[str]
    determiners: frozenset[str]
    person_pronouns: frozenset[str]
    pronouns: frozenset[str]
    contraction_hosts: frozenset[str]
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    adverbial_subordinators: frozenset[str]
    linking_verbs: frozenset[str]
    currency_symbols: frozenset[str]
    compound_preps: frozenset[str]
    verb_particles: frozenset[str]
    bare_noun_complements: frozenset[str]
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
    common_openers: frozenset[str] = frozenset()
    compound_separators: tuple[str, ...] = ()
    other_event_preps: tuple[tuple[str, ...], ...] = ()


def _load(name: str, language: str) -> dict[str, Any]:
    text = resources.files("timeline.events").joinpath("resources", language, name).read_text("utf-8")
    return tomllib.loads(text)


def _rewrites(items: list[dict[str, str]]) -> tuple[_Rewrite, ...]:
    return tuple(_Rewrite(re.compile(i["pattern"]), i["replace"]) for i in items)


def _lexicon(raw: dict[str, Any]) -> Lexicon:
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
            for form in listed.get(tense) or [rewrite(rules_, lemma)]:
                if form not in forms or (forms[form][1] == "base" and tense in listed):
                    forms[form] = (lemma, tense)
        irregular_third[lemma] = (listed.get("third") or [rewrite(third, lemma)])[0]
        past_forms[lemma] = (listed.get("past") or [rewrite(past, lemma)])[0]
        if len(listed.get("past", [])) >= 2:
            preterites.add(listed["past"][0])
    return Lexicon(
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
        do_support=classes["do_support"],
        same_past=frozenset(lex["same_past"]),
        restore_e=re.compile(morph["restore_e"]),
        undouble=re.compile(morph["undouble"]),
        modals=frozenset(classes["modals"]),
        negations=frozenset(classes["negations"]),
    )


@cache
def load_rules(language: str) -> Rules:
    verbs = _load("verbs.toml", language)
    raw = _load("mentions.toml", language)
    anchors, words, names, places, objects = raw["anchors"], raw["words"], raw["names"], raw["places"], raw["objects"]
    groups = raw["verb_groups"]
    return Rules(
        lex=_lexicon(verbs),
        when_words=frozenset(anchors["when"]),
        start_words=tuple(sorted(anchors["start"], key=len, reverse=True)),
        end_words=tuple(sorted(anchors["end"], key=len, reverse=True)),
        end_needs_start=frozenset(anchors["end_needs_start"]),
        baseline=tuple(anchors["baseline"]),
        change_links=frozenset(anchors["change_links"]),
        period_links=frozenset(anchors["period_links"]),
        change_words=frozenset(anchors["change_words"]),
        change_particles=frozenset(anchors["change_particles"]),
        amount_words=frozenset(anchors["amount_words"]),
        period_fillers=frozenset(anchors["period_fillers"]),
        record_words=frozenset(anchors["record_words"]),
        record_links=frozenset(anchors["record_links"]),
        record_window=int(anchors["record_window"]),
        infinitive=words["infinitive_marker"],
        lead_preps=frozenset(anchors["lead_prepositions"]),
        np_preps=frozenset(words["np_prepositions"]),
        vague=frozenset(anchors["vague_values"]),
        types=frozenset(anchors["types"]),
        adjective_types=frozenset(anchors["adjective_types"]),
        determiners=frozenset(words["determiners"]),
        person_pronouns=frozenset(words["pronouns_person"]),
        pronouns=frozenset(words["pronouns"]),
        contraction_hosts=frozenset(words["contraction_hosts"]),
        prepositions=frozenset(words["prepositions"]),
        subordinators=frozenset(words["subordinators"]),
        adverbial_subordinators=frozenset(words["adverbial_subordinators"]),
        linking_verbs=frozenset(words["linking_verbs"]),
        currency_symbols=frozenset(words["currency_symbols"]),
        compound_preps=frozenset(words["compound_prepositions"]),
        verb_particles=frozenset(words["verb_particles"]),
        bare_noun_complements=frozenset(words["bare_noun_complements"]),
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
        common_openers=frozenset(names["common_openers"]),
        compound_separators=tuple(names["compound_separators"]),
        other_event_preps=tuple(tuple(p.split()) for p in places["other_event_prepositions"]),
    )


def verb_lemma(word: str, language: str) -> str:
    """The lemma of a known verb form ("held" -> hold, "says" -> say); other words unchanged."""
    return load_rules(language).lex.forms.get(word, (word, ""))[0]


def known_verb(word: str, language: str) -> str:
    """The lemma of a verb form of the lexicon that carries content (not an auxiliary, modal or the copula), or ""."""
    lex = load_rules(language).lex
    lemma = lex.forms.get(word, ("", ""))[0]
    if not lemma or lemma in lex.auxiliary or lemma in lex.modals or lemma == lex.copula or word in lex.auxiliary:
        return ""
    return lemma


@dataclass(frozen=True)
class Undated:
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
def load_undated_rules(language: str) -> Undated:
    raw = _load("mentions.toml", language)["undated"]
    frames = raw["frames"]
    return Undated(
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


@dataclass(frozen=True)
class TitleRules:
    resolvable: frozenset[str]
    singular: frozenset[str]
    unresolved: frozenset[str]
    verbless_place: str
    quote_verb: str
    joint_noun: str


@cache
def load_title_rules(language: str) -> TitleRules:
    raw = _load("mentions.toml", language)["titles"]
    return TitleRules(
        resolvable=frozenset(raw["resolvable_pronouns"]),
        singular=frozenset(raw["singular_pronouns"]),
        unresolved=frozenset(raw["unresolved_subjects"]),
        verbless_place=str(raw["verbless_place"]),
        quote_verb=str(raw["quote_verb"]),
        joint_noun=str(raw["joint_noun"]),
    )
