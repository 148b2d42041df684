"""Names in a sentence: capitalized chunks, titles stripped, persons, actors (aliases and demonyms mapped through the
article's names), affiliations, coordinated names, and places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.events.lexicon import Rules
from timeline.events.tokens import Tok, is_plural, singular_of, tokenize
from timeline.text import Segment


@dataclass
class Names:
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


def name_chunks(toks: list[Tok], lo: int, hi: int, rules: Rules) -> list[tuple[int, int]]:
    """Capitalized name chunks [i, j) inside toks[lo:hi] (particles allowed inside)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        tok = toks[i]
        if tok.cap and tok.timex < 0 and tok.text not in rules.not_names and not tok.verb:
            if i == 0 and common_opener(tok, rules) and not (i + 1 < hi and toks[i + 1].cap):
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


def is_title(word: str, rules: Rules) -> bool:
    return word in rules.titles or word.rstrip(".") in rules.titles or singular_of(word, rules) in rules.titles


def _strip_titles(words: list[str], rules: Rules) -> list[str]:
    """Drop honorifics, office titles and a leading affiliation ("US Defense Secretary Pete Hegseth").

    A chunk that is only an office ("US Secretary of the Treasury", "NATO Defence Ministers") gives [].
    """
    if words and words[-1] in rules.org_words:
        return words
    if words and is_title(words[-1], rules):
        return []
    last_title = -1
    for k, w in enumerate(words[:-1]):
        if is_title(w, rules):
            last_title = k
    rest = words[last_title + 1 :]
    while len(rest) > 2 and rest[0] in rules.particles:  # "President of Ukraine Volodymyr Zelensky"
        rest = rest[2:]
    while rest and rest[0] in rules.particles:
        rest = rest[1:]
    if rest and all(is_title(w, rules) for w in rest):
        return []
    return rest or words


def is_person(name: str, rules: Rules) -> bool:
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


def _chunk_words(toks: list[Tok], i: int, j: int) -> list[str]:
    return [t.text for t in toks[i:j] if t.kind != "punct"]


def actor_name(toks: list[Tok], i: int, j: int, rules: Rules) -> str:
    """A name chunk as an actor: "" when it is only an office ("US Secretary of the Treasury")."""
    return " ".join(_strip_titles(_chunk_words(toks, i, j), rules))


def chunk_name(toks: list[Tok], i: int, j: int, rules: Rules) -> str:
    """A name chunk as shown in titles: its actor name, or the words as written when it is only an office."""
    return actor_name(toks, i, j, rules) or " ".join(_chunk_words(toks, i, j))


def actor_for(name: str, rules: Rules, names: Names) -> str:
    if name in rules.countries:
        return rules.countries[name]
    return names.full(name)


def is_affiliation(toks: list[Tok], j: int, rules: Rules) -> bool:
    """A chunk ending at j followed by lowercase office words and a name ("Nato secretary general Mark Rutte")."""
    if not (j < len(toks) and toks[j].low in rules.office_words and not toks[j].cap):
        return False
    k = j
    while k < len(toks) and ((toks[k].low in rules.office_words and not toks[k].cap) or toks[k].text == ","):
        k += 1
    return k < len(toks) and toks[k].cap and toks[k].timex < 0


def find_places(toks: list[Tok], lo: int, hi: int, rules: Rules) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for i, j in name_chunks(toks, lo, hi, rules):
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
            if toks[j - 1].possessive or (not venue and is_affiliation(toks, j, rules)):
                continue
            if end + 1 < hi and toks[end].text == "," and toks[end + 1].cap:
                m = [c for c in name_chunks(toks, end + 1, hi, rules) if c[0] == end + 1]
                if m and (m[0][1] >= hi or toks[m[0][1]].kind == "punct"):
                    end = m[0][1]  # "Moscow, Russia": the city; the country after it is part of the place, not an actor
            out.append((name, i, end))
        elif (
            known and name not in rules.countries and toks[i].text not in rules.countries and prep in rules.place_preps
        ):
            out.append((name, i, end))
    return out


def other_event_place(toks: list[Tok], a: int, b: int, t0: int, rules: Rules) -> bool:
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


def common_opener(tok: Tok, rules: Rules) -> bool:
    """Whether a sentence's capitalized first word is a common noun ("Shares of Apple rose"), not a name."""
    lemma, tense = rules.lex.forms.get(tok.low, ("", ""))
    if tok.text.isupper():
        return False
    return (tense == "third" and lemma != tok.low) or tok.low in rules.common_openers


def split_coordinated(toks: list[Tok], lo: int, hi: int, rules: Rules) -> list[tuple[int, int]]:
    """Items of "A, B and C" as (lo, hi) spans of name chunks, appositions merged into their name."""
    out: list[tuple[int, int]] = []
    start = lo
    for k in range(lo, hi + 1):
        if k == hi or toks[k].text == "," or toks[k].low in rules.coordinators:
            items = [c for c in name_chunks(toks, start, k, rules) if not is_affiliation(toks, c[1], rules)]
            items = [c for c in items if not (toks[c[1] - 1].possessive and c[1] < k)]
            if items:
                out.append(items[-1])
            start = k + 1
    return out


def place_list(toks: list[Tok], j: int, n: int, rules: Rules) -> bool:
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


def _sentence_names(toks: list[Tok], rules: Rules) -> list[tuple[str, int, int]]:
    out = []
    for i, j in name_chunks(toks, 0, len(toks), rules):
        if is_affiliation(toks, j, rules) and j < len(toks):
            continue
        name = actor_name(toks, i, j, rules)
        if name:
            out.append((name, i, j))
    return out


def collect_names(sents: Sequence[Segment], text: str, rules: Rules) -> Names:
    names = Names()
    for s in sents:
        toks = tokenize(s.text, s.start, rules)
        names.lowercase.update(t.text for t in toks if t.kind == "word" and t.text[:1].islower())
        for name, _, j in _sentence_names(toks, rules):
            if is_person(name, rules):
                names.add(name)
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
                short = toks[j + 1].text
                if short.isupper() and len(short) >= 2 and len(name.split()) >= 2 and short not in names.aliases:
                    names.aliases[short] = name  # "Crown Prince Mohammed bin Salman (MBS)"
    return names


def actors_in(
    toks: list[Tok],
    lo: int,
    hi: int,
    places: list[tuple[str, int, int]],
    exclude: set[int],
    rules: Rules,
    names: Names,
) -> list[str]:
    place_toks = {k for _, a, b in places for k in range(a, b)}
    out: list[str] = []
    for i, j in name_chunks(toks, lo, hi, rules):
        if any(k in place_toks or k in exclude for k in range(i, j)):
            continue
        if is_affiliation(toks, j, rules) or _measured(toks, i, j, rules):
            continue
        name = actor_name(toks, i, j, rules)
        if not name or name in rules.gazetteer or (j == i + 1 and common_word(toks, i, rules, names)):
            continue
        actor = actor_for(name, rules, names)
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


def _measured(toks: list[Tok], i: int, j: int, rules: Rules) -> bool:
    """A measure, not a participant: a known measure ("GDP") or the thing after "5% of" / "2 percent of"."""
    if " ".join(t.text for t in toks[i:j]) in rules.measures:
        return True
    if i < 2 or toks[i - 1].low not in rules.genitive_preps:
        return False
    amount = toks[i - 2]
    return amount.low in rules.measure_words or amount.text.endswith(rules.measure_suffixes)


def common_word(toks: list[Tok], i: int, rules: Rules, names: Names) -> bool:
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
    singular = singular_of(tok.low, rules)
    return (
        tok.low in rules.lex.forms
        or singular in rules.office_words
        or (is_plural(tok.low, rules) and tok.low.endswith(rules.common_noun_suffixes))
    )


def known_place(place: str, rules: Rules) -> str:
    """A place phrase cut to the known place it opens with: "Oval Office of the White House" -> Oval Office."""
    for name in sorted(rules.gazetteer, key=lambda g: (-len(g), g)):
        rest = place[len(name) :].split()
        if place.startswith(name) and rest and rest[0] in rules.genitive_preps:
            return name
    return place


def is_single_name(name: str, rules: Rules) -> bool:
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


def group_noun(toks: list[Tok], i0: int, i1: int, rules: Rules) -> bool:
    """A one-word capitalized plural after a determiner ("some Ukrainians", "many Democrats"): a group of unnamed
    people, not a named participant."""
    return (
        i1 - i0 == 1
        and i0 > 0
        and toks[i0 - 1].low in rules.determiners
        and not toks[i0 - 1].possessive
        and is_plural(toks[i0].low, rules)
        and not toks[i0].text.isupper()
    )


def recent_persons(toks: list[Tok], rules: Rules, names: Names, recent: tuple[str, ...]) -> tuple[str, ...]:
    """`recent` with the persons (full names) of this sentence appended in text order, each once, most recent last."""
    out = list(recent)
    for name, _, _ in _sentence_names(toks, rules):
        full = names.full(name)
        if is_person(full, rules):
            if full in out:
                out.remove(full)
            out.append(full)
    return tuple(out[-8:])
