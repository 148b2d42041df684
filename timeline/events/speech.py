"""Reported speech: the content of a statement (a reported clause, a quote's first clause, "tell AUDIENCE that X")."""

from __future__ import annotations

from dataclasses import replace

from timeline.events.clauses import phrase_text, read
from timeline.events.lexicon import Rules
from timeline.events.names import Names
from timeline.events.titles import make_title
from timeline.events.tokens import QUOTES, Tok, hard_clauses, quoted_flags


def _skip_audience(toks: list[Tok], k: int, rules: Rules) -> tuple[int, int]:
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


def verb_lemma_of(word: str, rules: Rules) -> str:
    return rules.lex.forms.get(word, ("", ""))[0]


def _sentence_initial_common(toks: list[Tok], rules: Rules) -> bool:
    """Whether the capitalized first word of a sentence is a determiner or pronoun before a lowercase word
    ("Some analysts", "These talks"), so it is lowercased inside a longer title."""
    first = toks[0]
    if not first.cap or first.text.isupper() or len(toks) < 2 or toks[1].cap:
        return False
    return first.low in rules.determiners or first.low in rules.pronouns or first.low in rules.common_openers


def told_what(toks: list[Tok], v: int, rules: Rules) -> bool:
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


def _quote_clause(toks: list[Tok], lo: int, hi: int, rules: Rules) -> str:
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


def statement_content(
    toks: list[Tok],
    v: int,
    subject_lo: int,
    rules: Rules,
    speaker: str,
    names: Names,
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
    if told_what(toks, v, rules):
        a = k
        k, heard = _skip_audience(toks, k, rules)  # "told journalists at the headquarters on Thursday that ..."
        audience = phrase_text(toks, a, heard, rules)
    hard = hard_clauses(toks, rules)
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
    if not before and not after_has_verb and s > 1 and toks[0].text in QUOTES:
        before = True
    spans = [(0, s - 1), (k, len(toks))] if before else [(k, len(toks))]
    quoted_before = before and any(t.text in QUOTES for t in (toks[0], toks[s - 1], toks[s - 2]))
    for lo, hi in spans:
        later = [i for i in range(lo, hi) if toks[i].verb]
        if not later or (lo == 0 and before and (toks[0].text in QUOTES or quoted_before)):
            continue
        if lo > 0 and not after_that and _adverbial_between(toks, lo, later[0], rules):
            continue  # "reported revenue of $1 billion, as demand held up": the verb is not what was reported
        r = read(toks, later[0], rules, speaker, names, limit=hi, past=True)
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
            if quoted_flags(toks)[r.subject_lo]:
                return _quote_clause(toks, lo, hi, rules), True, False
            return "", False, True  # "the president suggested they might meet": who "they" are is unknown
        title = make_title(r, rules)
        if pronoun.low in rules.person_pronouns and title.startswith(r.subject):
            title = pronoun.low + title[len(r.subject) :]  # "Haddad says he holds ..."
        elif r.subject_lo == 0 and _sentence_initial_common(toks, rules):
            title = title[:1].lower() + title[1:]  # "Some members agreed ..., Lund said" -> "Lund says some members"
        return title, False, False
    if not quoted_before:
        return "", False, False  # no reported clause: the caller titles the reporting verb with its object
    quote = _quote_clause(toks, 0, s - 1, rules)
    return quote, bool(quote), False


def _adverbial_between(toks: list[Tok], lo: int, hi: int, rules: Rules) -> bool:
    """Whether an adverbial subordinator ("as", "while", "after") stands between a reporting verb's object and the
    next verb: that verb heads an adverbial clause, not the reported one."""
    return any(
        t.kind == "word" and not t.cap and t.timex < 0 and t.low in rules.adverbial_subordinators for t in toks[lo:hi]
    )


def that_clause(toks: list[Tok], k: int, rules: Rules, speaker: str, names: Names) -> str:
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
    r = read(toks, inner, rules, speaker, names, past=True)
    low = r.subject.lower()
    dummy = low in rules.editor.dummy_subjects and toks[inner].lemma == rules.copula
    if not r.subject or r.subject_lo <= k or (low in rules.pronouns and not dummy and low not in rules.expletives):
        return ""
    return make_title(r, rules)
