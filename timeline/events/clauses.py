"""Clause reading: the subject left of a verb, the verb phrase, the object and one phrase after it, and the checks
that a reading makes a sensible title (pronoun subjects resolved, descriptions shown as names).
"""

from __future__ import annotations

from dataclasses import replace

from timeline.events.lexicon import Rules, TitleRules
from timeline.events.names import (
    Names,
    chunk_name,
    common_opener,
    find_places,
    group_noun,
    is_person,
    is_single_name,
    is_title,
    name_chunks,
    place_list,
    split_coordinated,
)
from timeline.events.titles import Reading, clip, make_title
from timeline.events.tokens import (
    OPENING_QUOTES,
    QUOTES,
    Tok,
    is_plural,
    plain_word,
    quoted_flags,
    shown_text,
    third_person,
)


def _apposition_after_name(toks: list[Tok], k: int, rules: Rules) -> bool:
    """Whether the comma at k opens a descriptive apposition after a name ("Mara Holt, chief executive of ...")."""
    return (
        k >= 1
        and k + 1 < len(toks)
        and toks[k].text == ","
        and toks[k - 1].cap
        and plain_word(toks[k + 1], rules)
        and not toks[k + 1].lemma
    )


def np_left(toks: list[Tok], v: int, rules: Rules) -> tuple[int, int]:
    """The subject span [lo, hi) ending before verb index v."""
    hi = v
    while hi > 0 and (
        toks[hi - 1].aux
        or toks[hi - 1].low in rules.adverbs
        or toks[hi - 1].low in rules.lex.negations
        or toks[hi - 1].kind == "neg"
        or toks[hi - 1].timex >= 0
        or toks[hi - 1].low in rules.lex.modals
        or (toks[hi - 1].text in OPENING_QUOTES and hi - 1 > 0 and toks[hi - 2].aux)
    ):
        hi -= 1  # verb group: auxiliaries, negation, adverbs, an opening quote ("does “not believe")
    while hi > 0 and toks[hi - 1].text in (",", "”", '"', "’", "“"):
        # skip an apposition or relative clause: "Mr Trump, who vowed ..., stated"
        j = hi - 1
        k = j - 1
        while k >= 0 and toks[k].text != "," and toks[k].text not in QUOTES:
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
                and (
                    (
                        toks[lo - 2].low in rules.genitive_preps
                        and (plain_word(toks[lo - 3], rules) or (lo - 3 == 0 and common_opener(toks[0], rules)))
                    )  # "Schools in the district": a common opener takes any noun-phrase preposition
                    or (toks[lo - 2].low in rules.np_preps and lo - 3 == 0 and common_opener(toks[0], rules))
                )
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
                and (not toks[lo - 2].cap or (lo - 2 == 0 and common_opener(toks[0], rules)))
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


def _display_subject(toks: list[Tok], lo: int, hi: int, rules: Rules, last_person: str) -> tuple[str, bool]:
    if lo >= hi:
        return "", False
    if hi - lo == 1 and toks[lo].low in rules.pronouns:
        low = toks[lo].low
        if low in rules.person_pronouns and last_person:
            return last_person, False
        return toks[lo].text, low in rules.plural_pronouns
    chunks = [(i, j) for i, j in name_chunks(toks, lo, hi, rules) if not (toks[j - 1].possessive and j < hi)]
    names = [chunk_name(toks, i, j, rules) for i, j in chunks]
    only_names = (
        chunks
        and not (lo == 0 and common_opener(toks[0], rules))
        and all(
            t.kind != "word" or t.cap or t.low in rules.coordinators or t.low in rules.particles for t in toks[lo:hi]
        )
    )
    if chunks and (only_names or (chunks[-1][1] == hi and not any(t.low in rules.prepositions for t in toks[lo:hi]))):
        ends = [n for (i, j), n in zip(chunks, names, strict=True) if j == hi or toks[j].low in rules.coordinators]
        if only_names:
            groups = split_coordinated(toks, lo, hi, rules)
            shown = [chunk_name(toks, i, j, rules) for i, j in groups]
            one = toks[lo].low
            initial_plural = hi - lo == 1 and is_plural(one, rules) and (lo == 0 or group_noun(toks, lo, hi, rules))
            return " and ".join(shown), len(shown) > 1 or initial_plural
        return ends[-1] if ends else names[-1], False
    words = [
        shown_text(t) if k + 1 < hi else t.text  # "the city’s mayor": the possessive stays
        for k, t in enumerate(toks[lo:hi], start=lo)
        if t.kind != "punct" and (t.low not in rules.determiners or t.low in rules.negative_determiners)
    ]
    preps = [i for i in range(lo + 1, hi) if toks[i].low in rules.np_preps and not toks[i].cap]
    head = toks[preps[0] - 1] if preps else toks[hi - 1]  # "shares of Apple": shares
    plural = is_plural(head.low, rules) and (not head.cap or head.text in rules.countries or toks.index(head) == 0)
    return " ".join(words), plural


def _earlier_subject(toks: list[Tok], lo: int, rules: Rules, last_person: str, names: Names) -> str:
    """The person a he/she at token lo stands for: the subject of the nearest earlier verb, else the last person."""
    for i in range(lo - 1, -1, -1):
        if toks[i].verb:
            a, b = np_left(toks, i, rules)
            if b - a == 1 and toks[a].low in rules.pronouns:
                return last_person
            subject, _ = _display_subject(toks, a, b, rules, last_person)
            if is_person(names.full(subject), rules) or is_single_name(subject, rules):
                return subject
            if subject[:1].isupper():
                return last_person
            # a common noun subject ("the president, illustrated"): look further back for a person
    return last_person


def _speaker(toks: list[Tok], rules: Rules, last_person: str, names: Names) -> str:
    """Who speaks the quotes of a sentence: the subject of a reporting verb outside the quotes."""
    quoted = quoted_flags(toks)
    for i, t in enumerate(toks):
        if t.verb and not quoted[i] and t.lemma in rules.lex.reporting:
            a, b = np_left(toks, i, rules)
            subject, _ = _display_subject(toks, a, b, rules, last_person)
            if is_person(names.full(subject), rules) or is_single_name(subject, rules):
                return subject
    return ""


def _verb_phrase(toks: list[Tok], v: int, plural: bool, rules: Rules, past: bool = False) -> str:
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
    return lemma if plural else third_person(lemma, rules)


def read(
    toks: list[Tok],
    v: int,
    rules: Rules,
    last_person: str,
    names: Names,
    limit: int | None = None,
    past: bool = False,
) -> Reading:
    """Subject, verb phrase, object and one prepositional phrase of the clause governed by verb v."""
    lo, hi = np_left(toks, v, rules)
    if toks[v].gerund:  # "Since sending troops ..., the Russian leader has portrayed": the main clause's subject
        quoted = quoted_flags(toks)
        before_v = [i for i, t in enumerate(toks) if t.verb and i < v and not quoted[i]]
        main = before_v[-1:] or [
            i for i, t in enumerate(toks) if t.verb and i > v and toks[i - 1].low != rules.infinitive
        ]
        lo, hi = np_left(toks, main[0], rules) if main else (v, v)
    if hi - lo == 1 and toks[lo].low in rules.relatives and lo >= 1:
        end = lo - 1 if toks[lo - 1].text == "," else lo  # "Hegseth, who said" / "the phone which lives"
        ante = [c for c in name_chunks(toks, 0, end, rules) if c[1] == end]
        if ante:
            lo, hi = ante[-1]
        else:  # a plain noun phrase: "the phone which lives"
            start = end
            while start > 0 and plain_word(toks[start - 1], rules) and end - start < rules.max_object_words:
                start -= 1
            if start < end:
                lo, hi = start, end
    earlier = [i for i in range(v) if toks[i].verb]
    while lo >= hi and earlier:  # "held calls ... and afterwards announced": the first verb's subject
        lo, hi = np_left(toks, earlier.pop(), rules)
    subject, plural = _display_subject(toks, lo, hi, rules, _earlier_subject(toks, lo, rules, last_person, names))
    if hi - lo == 1 and toks[lo].low in rules.first_person and quoted_flags(toks)[lo]:
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
    after = toks[k + 1] if k + 1 < n else None
    if (
        k < n
        and toks[k].low in rules.verb_particles
        and not toks[k].cap
        and toks[k].timex < 0
        and not (after is not None and after.low in rules.prepositions and not after.cap)
    ):
        vp = f"{vp} {toks[k].low}"  # "struck down a state law": the particle belongs to the verb
        k += 1
    while k < n and (toks[k].low in rules.adverbs or toks[k].timex >= 0 or toks[k].text in QUOTES):
        if date_modifier(toks, k, rules):
            break  # "reported third-quarter revenue": the date qualifies the object
        k += 1
    if k + 1 < n and toks[k].low == rules.infinitive and toks[k + 1].lemma and not toks[k + 1].cap:
        vp = f"{vp} {toks[k].low} {toks[k + 1].lemma}"
        k += 2
    obj: list[Tok] = []
    partners: list[tuple[str, int, int]] = []
    direct = False
    clause = _clausal_complement(toks, v, k, n, rules, last_person, names) if lemma in rules.editor.cognition else None
    if clause is not None:  # "does not believe that membership is realistic": the clause is the object
        text, end = clause
        predicate = rules.verb_predicates.get(lemma, lemma)
        return Reading(subject, lo, plural, vp, predicate, text, "", (), False, "", end)
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
        for i0, i1 in split_coordinated(toks, k, e, rules):
            partners.append((chunk_name(toks, i0, i1, rules), i0, i1))
        if partners and partners[-1][2] < e and toks[partners[-1][2] - 1].text in rules.countries:
            partners = []  # "discussed Ukrainian and Russian claims": demonyms before a noun, not partners
        direct = bool(partners)
        if direct:
            k = e
    paired = 0  # "European and Ukrainian security": coordinated demonyms before one head
    while k < n and not direct:
        t = toks[k]
        if t.text in rules.currency_symbols and k + 1 < n and toks[k + 1].text[:1].isdigit() and toks[k + 1].timex < 0:
            obj.append(replace(toks[k + 1], text=t.text + toks[k + 1].text))  # "$17": the amount stays whole
            k += 2
            continue
        if date_modifier(toks, k, rules):
            obj.append(t)
            k += 1
            continue
        if t.kind == "punct" or t.verb or t.aux or (t.low in rules.prepositions and not t.cap) or t.timex >= 0:
            break
        if (
            t.low in rules.coordinators
            and obj
            and obj[-1].text in rules.countries
            and k + 2 < n
            and toks[k + 1].text in rules.countries
            and plain_word(toks[k + 2], rules)
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
        amount = obj[0].text.lstrip("".join(rules.currency_symbols))
        count = [obj[0]] if amount[:1].isdigit() else []
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
    object_text = " ".join(shown_text(t) if i + 1 < len(obj) else t.text for i, t in enumerate(obj))
    if lemma == rules.copula and hi - lo == 1 and toks[lo].low in rules.expletives and obj:
        vp = _verb_phrase(toks, v, is_plural(obj[-1].low, rules), rules, past)  # "there were attacks": agree
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
            if toks[j].text == "," and place_list(toks, j, n, rules):
                break  # "in Moscow, Russia, on Wednesday": the city says where
            if toks[j].text == "," and not (j + 1 < n and toks[j + 1].cap):
                adjectives = (  # "with an all-out, three-pronged invasion": a comma between modifiers
                    j + 2 < n
                    and "-" in toks[j - 1].text
                    and plain_word(toks[j + 1], rules)
                    and not toks[j + 1].lemma
                    and plain_word(toks[j + 2], rules)
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
            pp_prep, pp_text = shown_prep, phrase_text(toks, k + 1, j, rules)  # "during a press conference" -> at
            k = j
            while k < n and (toks[k].timex >= 0 or toks[k].low in rules.adverbs):
                k += 1
            place = [p for p in find_places(toks, k, n, rules) if p[1] == k + 1 and toks[k].low in rules.place_preps]
            if place:  # one place after the occasion: "at press conference in Moscow"
                pp_text = f"{pp_text} {toks[k].low} {place[0][0].split(',')[0]}"
                k = place[0][2]
            break
        if prep in rules.title_preps and j > k + 1:
            if direct:
                break
            pp_prep = prep
            if prep in rules.partner_preps:
                for i0, i1 in split_coordinated(toks, k + 1, j, rules):
                    partners.append((chunk_name(toks, i0, i1, rules), i0, i1))
            pp_text = phrase_text(toks, k + 1, j, rules)
            lead = " ".join(t.low for t in toks[k:j])
            if j + 1 < n and toks[j].low in rules.genitive_preps and lead in rules.compound_preps:
                of_word = toks[j].low  # "in front of supporters": "of" completes the preposition
                tail, j = _of_phrase(toks, j + 1, n, rules)
                pp_text = " ".join([pp_text, of_word, *(t.text for t in tail[: rules.max_object_words])])
            k = j
            break
        k = j
        hops += 1
    if lemma == rules.copula and pp_text and k + 1 < n and toks[k].low == rules.infinitive and toks[k + 1].lemma:
        tail, e = _of_phrase(toks, k + 2, n, rules)  # "it is not realistic for Ukraine to join NATO"
        pp_text = " ".join([pp_text, toks[k].low, toks[k + 1].lemma, *(t.text for t in tail[: rules.max_object_words])])
        k = e
    return Reading(
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


def date_modifier(toks: list[Tok], k: int, rules: Rules) -> bool:
    """Whether token k is a one-token compound date right before a plain noun ("third-quarter revenue")."""
    t = toks[k]
    return (
        t.timex >= 0
        and any(sep in t.text for sep in rules.compound_separators)
        and (k == 0 or toks[k - 1].timex != t.timex)
        and k + 1 < len(toks)
        and plain_word(toks[k + 1], rules)
    )


def _of_phrase(toks: list[Tok], lo: int, n: int, rules: Rules) -> tuple[list[Tok], int]:
    """The noun phrase after "of" (determiners and adverbs left out) and where it ends."""
    out: list[Tok] = []
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
    toks: list[Tok], v: int, k: int, n: int, rules: Rules, last_person: str, names: Names
) -> tuple[str, int] | None:
    """The clause a verb of thinking takes as its object ("believe that NATO membership is realistic",
    "expects prices will rise") as title text and its end, or None when no clause follows."""
    c = k + 1 if k < n and toks[k].low in rules.editor.complementizers else k
    quoted = quoted_flags(toks)
    inner = next((i for i in range(c, n) if toks[i].verb and quoted[i] == quoted[v]), None)
    if inner is None or any(t.kind == "punct" and t.text not in QUOTES for t in toks[c:inner]):
        return None
    if c == k and (k >= n or (toks[k].low in rules.prepositions and not toks[k].cap)):
        return None  # "believe in God": no clause
    r = read(toks, inner, rules, last_person, names, limit=n)
    if not r.subject or r.subject_lo < c or r.subject.lower() in rules.pronouns:
        return None
    return make_title(r, rules), r.end


def _reduced_relative(toks: list[Tok], v: int, lo: int, hi: int, rules: Rules) -> bool:
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


def _passive_reading(toks: list[Tok], v: int, lo: int, hi: int, subject: str, plural: bool, rules: Rules) -> Reading:
    """A reduced relative read as its clause: "a conference held by Apple" -> "Apple holds conference"; without an
    agent, "an agreement reached in 1991" -> "Agreement is reached"."""
    verb = toks[v]
    k = v + 1
    while k < len(toks) and (toks[k].low in rules.adverbs or toks[k].timex >= 0):
        k += 1
    if k < len(toks) and toks[k].low == rules.agent_preposition:
        e = phrase_end(toks, k + 1, rules)
        agent = clip(phrase_text(toks, k + 1, e, rules), rules.max_object_words + 2)
        if agent and agent.split()[0].lower() not in rules.pronouns:
            agent_plural = is_plural(agent.split()[-1].lower(), rules) and not agent.split()[-1][:1].isupper()
            vp = verb.lemma if agent_plural else third_person(verb.lemma, rules)
            obj = [t for t in toks[lo:hi] if not (t.low in rules.determiners and not t.cap)]
            obj_text = " ".join(t.text for t in obj[-(rules.max_object_words + 1) :])
            predicate = rules.verb_predicates.get(verb.lemma, verb.lemma)
            return Reading(agent, k + 1, agent_plural, vp, predicate, obj_text, "", (), False, "", e)
    vp = f"{rules.be_present[1 if plural else 0]} {verb.low}"
    predicate = rules.verb_predicates.get(verb.lemma, verb.lemma)
    return Reading(subject, lo, plural, vp, predicate, "", "", (), False, "", v + 1)


def phrase_end(toks: list[Tok], lo: int, rules: Rules) -> int:
    """End of the noun phrase starting at toks[lo]: the first punctuation, verb, auxiliary, date, or lower-case
    preposition or subordinator."""
    e = lo
    while e < len(toks) and not (
        toks[e].kind == "punct"
        or toks[e].verb
        or toks[e].aux
        or toks[e].timex >= 0
        or (toks[e].low in rules.prepositions and not toks[e].cap)
        or (toks[e].low in rules.subordinators and not toks[e].cap)
    ):
        e += 1
    return e


def phrase_text(toks: list[Tok], lo: int, hi: int, rules: Rules) -> str:
    """Words of toks[lo:hi] with names shown without their titles, determiners and commas dropped."""
    chunks = {i: j for i, j in name_chunks(toks, lo, hi, rules)}
    words: list[str] = []
    k = lo
    while k < hi:
        if k in chunks:
            words.append(chunk_name(toks, k, chunks[k], rules))
            k = chunks[k]
            continue
        t = toks[k]
        if t.kind != "punct" and not (t.low in rules.determiners and not t.cap) and t.text not in rules.titles:
            words.append(t.text)
        k += 1
    return " ".join(words)


def last_person_of(toks: list[Tok], rules: Rules, names: Names) -> str:
    """The subject of the sentence's first verb when it is a person (for he/she in the next sentences)."""
    verbs = [i for i, t in enumerate(toks) if t.verb]
    if not verbs:
        return ""
    lo, hi = np_left(toks, verbs[0], rules)
    subject, _ = _display_subject(toks, lo, hi, rules, "")
    full = names.full(subject)
    return subject if is_person(full, rules) or is_single_name(subject, rules) else ""


def _antecedent(toks: list[Tok], lo: int, rules: Rules, names: Names, tr: TitleRules) -> tuple[str, bool] | None:
    """What "it"/"they" at token lo stands for: the subject of the nearest earlier verb of the same sentence when it
    is a noun phrase (not a pronoun), a non-person for "it". Returns (subject, plural) or None."""
    pronoun = toks[lo].low
    for i in range(lo - 1, -1, -1):
        if not toks[i].verb:
            continue
        a, b = np_left(toks, i, rules)
        if a >= b or (b - a == 1 and toks[a].low in rules.pronouns):
            continue
        subject, plural = _display_subject(toks, a, b, rules, "")
        if not subject or subject.split()[0].lower() in rules.prepositions:
            continue
        person = is_person(names.full(subject), rules)
        if pronoun in tr.singular and (person or plural):
            continue
        if pronoun not in tr.singular and not plural and person:
            continue
        return subject, plural or pronoun not in tr.singular
    return None


def _described(toks: list[Tok], lo: int, subject: str, rules: Rules) -> str:
    """The name a definite description stands for: "the US president" after "US President Maria Soto" in the same
    sentence (every word of the description is a word of the named chunk); "" when there is none or several."""
    words = subject.lower().split()
    if not words or subject == subject.title() or lo < 1 or toks[lo - 1].low not in rules.editor.definite:
        return ""
    found = {
        chunk_name(toks, i, j, rules)
        for i, j in name_chunks(toks, 0, lo - 1, rules)
        if set(words) <= {t.low for t in toks[max(0, i - len(words)) : j]} and j - i >= 1
    }
    found.discard("")
    shown = [f for f in found if f.lower().split() != words]
    return shown[0] if len(shown) == 1 else ""


def _strip_leading_prepositions(subject: str, rules: Rules) -> str:
    """ "of American interventionist policy in Europe" -> "American interventionist policy in Europe"."""
    words = subject.split()
    while len(words) > 1 and words[0].lower() in rules.prepositions and words[0].islower():
        words = words[1:]
    return " ".join(words)


def _respell(toks: list[Tok], v: int, reading: Reading, plural: bool, rules: Rules) -> str:
    """The reading's verb phrase agreeing with a new subject, its complement kept ("helps to broker")."""
    old = _verb_phrase(toks, v, reading.plural, rules)
    rest = reading.verb_phrase[len(old) :] if reading.verb_phrase.startswith(old) else ""
    return _verb_phrase(toks, v, plural, rules) + rest


def sensible_subject(
    toks: list[Tok], v: int, reading: Reading, rules: Rules, names: Names, tr: TitleRules
) -> Reading | None:
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
        and plain_word(toks[lo - 2], rules)
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


def clean_clause(toks: list[Tok], v: int, reading: Reading, rules: Rules) -> bool:
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
        is_title(t.text, rules) or t.low in rules.office_words for t in toks[reading.subject_lo : shown[0]]
    )
    if shown and not titled:
        lo = shown[0]  # where the shown subject starts ("one Trump espoused": at Trump, not "Chief executive Holt")
    bare = not reading.object_text and not reading.partners and not reading.pp_text
    before = toks[lo - 1] if 0 < lo <= v else None
    if (
        bare
        and before is not None
        and (
            plain_word(before, rules)
            or (before.low in rules.relatives and not before.cap and lo >= 2 and plain_word(toks[lo - 2], rules))
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
        and plain_word(toks[lo - 2], rules)
    ):
        return False  # "a conflict that Russia started with ...": the object is a gap
    if bare and v > 0 and toks[v - 1].text == "," and toks[v].tense == "past" and reading.subject.islower():
        return False  # "..., illustrated last month" after a common noun: not what the noun did
    last = make_title(reading, rules).split()[-1:]
    if last and last[0].islower() and (last[0] in rules.prepositions or last[0] in rules.determiners):
        return False
    return not (toks[v].lemma == rules.copula and quoted_flags(toks)[v])
