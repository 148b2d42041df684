"""Undated corroborating mentions: sentences without a date that name an event with at least two participants."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.clauses import np_left, read
from timeline.events.lexicon import Rules, Undated, load_undated_rules
from timeline.events.names import (
    Names,
    actor_for,
    actor_name,
    actors_in,
    group_noun,
    is_person,
    is_single_name,
    name_chunks,
    split_coordinated,
)
from timeline.events.titles import capitalize, make_title
from timeline.events.tokens import QUOTES, SPACES, Tok, plain_word
from timeline.ids import short_hash
from timeline.models import Article, EventMention
from timeline.text import Segment


def joint_noun_partners(
    toks: list[Tok], t0: int, t1: int, rules: Rules, names: Names, und: Undated
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
    return short_hash(f"{article_id}:{start}:{end}:undated:{part}")


def _person_before(toks: list[Tok], k: int, rules: Rules, names: Names, last_person: str, und: Undated) -> str:
    """The person a possessive pronoun at token k stands for: the last person named before it (not a name owned by
    another possessive pronoun: "his Truth Social platform"), else the last person of the earlier sentences."""
    found = ""
    for i, j in name_chunks(toks, 0, k, rules):
        if i > 0 and toks[i - 1].low in und.possessive_pronouns:
            continue
        name = actor_name(toks, i, j, rules)
        if name and (is_person(names.full(name), rules) or is_single_name(name, rules)):
            found = name
    return found or last_person


def _partner_names(toks: list[Tok], k: int, rules: Rules, und: Undated) -> tuple[str, list[str], int]:
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
    for i0, i1 in split_coordinated(toks, k + 1, e, rules):
        if _demonym_only(toks, i0, i1, rules):
            continue
        name = actor_name(toks, i0, i1, rules)
        if name:
            out.append(name)
    return toks[k].low, out, e


def _owner_names(
    toks: list[Tok], lo: int, rules: Rules, und: Undated, names: Names, last_person: str
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
            chunk = [c for c in name_chunks(toks, 0, k + 1, rules) if c[1] == k + 1]
            i0 = chunk[-1][0] if chunk else k
            parts = [t.text]
            for sep in und.compound_separators:
                if sep in t.text and i0 == k:
                    parts = [p for p in t.text.split(sep) if p]
            if len(parts) > 1 and all(p[:1].isupper() for p in parts):
                out[:0] = parts
            else:
                name = actor_name(toks, i0, k + 1, rules)
                if name and not (i0 == k and t.text in rules.countries and t.text not in rules.country_names):
                    out.insert(0, name)
            first = i0
            if toks[k].possessive:
                break
            k = i0 - 1
            seen += 1
            continue
        if t.kind == "punct" and t.text not in QUOTES and t.text != ",":
            break
        if t.kind == "word" and (t.verb or t.aux or t.low in rules.prepositions or t.low in rules.determiners):
            break
        if t.kind == "word" and t.low in rules.subordinators:
            break
        seen += 1
        k -= 1
    return out, first


def _demonym_only(toks: list[Tok], i0: int, i1: int, rules: Rules) -> bool:
    """A lone demonym before a common noun ("the Russian leader") names no participant."""
    return (
        i1 - i0 == 1
        and toks[i0].text in rules.countries
        and toks[i0].text not in rules.country_names
        and i1 < len(toks)
        and not toks[i1].cap
    )


def _distinct(actors: Sequence[str]) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a and a not in out:
            out.append(a)
    return out


def _group_reference(toks: list[Tok], k: int, hi: int, und: Undated, recent: Sequence[str]) -> list[str]:
    """ "between the two leaders" / "both leaders": the last persons named, as many as the phrase counts."""
    words = " ".join(t.low for t in toks[k:hi] if t.kind == "word")
    for phrase, count in und.group_references.items():
        if (words == phrase or words.startswith(phrase + " ")) and len(recent) >= count:
            rest = words[len(phrase) :].split()
            if len(rest) == 1 and not toks[hi - 1].cap:
                return list(recent[-count:])
    return []


def _light_verb_subject(toks: list[Tok], lo: int, rules: Rules, names: Names, last_person: str) -> list[str]:
    """Participants of "X and Y had a phone conversation": the subject of a light verb governing the noun at lo."""
    j = lo - 1
    while j >= 0 and (plain_word(toks[j], rules) or toks[j].low in rules.determiners or toks[j].low in rules.adverbs):
        j -= 1
    if j < 0 or not toks[j].verb or toks[j].lemma not in rules.lex.light:
        return []
    a, b = np_left(toks, j, rules)
    found = actors_in(toks, a, b, [], set(), rules, names)
    if not found and b - a == 1 and toks[a].low in rules.person_pronouns and last_person:
        found = [last_person]
    return found


def undated_mentions(
    article: Article,
    sent: Segment,
    toks: list[Tok],
    rules: Rules,
    names: Names,
    last_person: str,
    recent: Sequence[str],
    language: str,
) -> list[EventMention]:
    """Mentions of an event named with its participants in a sentence that gives no date of its own."""
    und = load_undated_rules(language)
    out: list[EventMention] = []
    used: set[int] = set()

    def add(lo: int, hi: int, predicate: str, actors: list[str], title: str, part: int) -> None:
        full = _distinct([actor_for(a, rules, names) for a in actors])
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
                title=capitalize(title),
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
        text = SPACES.sub(" ", article.text[toks[first].start : toks[max(end, k + 1) - 1].end]).strip()
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
        reading = read(toks, v, rules, last_person, names)
        subject = actors_in(toks, reading.subject_lo, v, [], set(), rules, names)
        spans = name_chunks(toks, reading.subject_lo, v, rules)
        if spans and all(group_noun(toks, a, b, rules) for a, b in spans):
            subject = []  # "some Ukrainians who spoke with CNN": a group of unnamed people is no participant
        elif (
            not subject
            and reading.subject
            and (is_person(names.full(reading.subject), rules) or is_single_name(reading.subject, rules))
        ):
            subject = [reading.subject]
        partners = [p for p, a, b in reading.partners if not _demonym_only(toks, a, b, rules)]
        if reading.object_text or (not reading.direct and reading.pp_prep not in und.partner_preps):
            partners = []  # "calls concessions to Moscow": an object that is not a participant
        predicate = rules.verb_predicates.get(tok.lemma, tok.lemma)
        lo = min(reading.subject_lo, v)
        hi = max(reading.end, v + 1)
        for part, partner in enumerate(partners):
            add(lo, min(hi, len(toks)), predicate, [*subject, partner], make_title(reading, rules, partner), part + 1)
    return out
