"""Titles of event mentions: the reading of a clause (subject, verb, object, phrase) and the title built from it."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.events.lexicon import Rules
from timeline.events.tokens import is_plural, singular_of


@dataclass(frozen=True)
class Reading:
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


def clip(words: str, n: int) -> str:
    parts = words.split()
    return " ".join(parts[:n])


def clip_title(words: str, rules: Rules) -> str:
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


def make_title(reading: Reading, rules: Rules, partner: str | None = None, singular_object: bool = False) -> str:
    obj = reading.object_text
    if singular_object and obj:
        head = obj.split()[-1]
        if is_plural(head.lower(), rules) and singular_of(head.lower(), rules) in rules.noun_predicates:
            obj = obj[: len(obj) - len(head)] + singular_of(head, rules)
    parts = [reading.subject, reading.verb_phrase, obj]
    if partner is not None:
        parts.append(partner if reading.direct else f"{reading.pp_prep} {partner}")
    elif reading.direct:
        parts.append(" and ".join(p for p, _, _ in reading.partners))
    elif reading.pp_text:
        parts.append(f"{reading.pp_prep} {reading.pp_text}")
    text = " ".join(p for p in parts if p).strip()
    return clip_title(text, rules)


def capitalize(title: str) -> str:
    """Upper-case the first letter unless the first word is already mixed case ("iPhone", "iOS")."""
    first = title.split(" ", 1)[0]
    return title if first != first.lower() else title[:1].upper() + title[1:]
