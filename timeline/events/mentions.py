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
A date that is a comparison baseline dates nothing ("compared to the previous year", "up 8% from a year earlier",
"higher than a year ago", "over the same period last year", "the first ... since 2015"); a compound date before a noun
("third-quarter revenue") qualifies the object, not an event of its own; a date-modified event noun alone ("Tuesday's
ruling") takes its named owner or its "of" phrase, or is dropped, as is a body sentence whose verb went unread.
All words live in the resource files; this module holds the method only.

This module holds the public entry points and the flow per date; the parts live in `lexicon` (resources),
`tokens` (tokenization, verb marking), `names` (actors, aliases, places), `titles` (a reading and its title),
`clauses` (subject, verb, object; sensible subjects), `anchors` (the word a date anchors), `speech` (reported
speech, quotes) and `undated` (undated corroborating mentions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.events.anchors import anchor, anchoring_timexes, is_event_like
from timeline.events.clauses import clean_clause, last_person_of, phrase_end, phrase_text, read, sensible_subject
from timeline.events.lexicon import Rules, load_rules, load_title_rules, load_undated_rules
from timeline.events.names import (
    Names,
    actor_for,
    actors_in,
    chunk_name,
    collect_names,
    common_word,
    find_places,
    is_affiliation,
    is_person,
    is_single_name,
    known_place,
    name_chunks,
    other_event_place,
    recent_persons,
)
from timeline.events.speech import statement_content, that_clause, told_what
from timeline.events.titles import capitalize, clip, clip_title, make_title
from timeline.events.tokens import Tok, hard_clauses, plain_word, prepare, shown_text, third_person
from timeline.events.undated import joint_noun_partners, undated_mentions
from timeline.ids import short_hash
from timeline.models import AnchorRole, Article, EventMention, MentionKind, Timex
from timeline.settings import Settings
from timeline.text import NOISE_KINDS, Segment, segment


def extract_mentions(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[EventMention, ...]:
    """One mention per event anchored by a resolved DATE/TIME expression, in text order."""
    rules = load_rules(settings.language)
    segs = segment(article.text, article.body_start, settings.language)
    sents = [s for s in segs if s.unit == "sentence"]
    names = collect_names([s for s in sents if s.kind not in NOISE_KINDS], article.text, rules)
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out: list[EventMention] = []
    last_person = ""
    recent: tuple[str, ...] = ()  # persons named so far, most recent last ("the two leaders")
    for sent in sents:
        inside = [t for t in ordered if sent.start <= t.start and t.end <= sent.end]
        toks = prepare(sent, inside, rules)
        if sent.kind not in NOISE_KINDS:
            anchoring = anchoring_timexes(inside, rules)
            for n, tx in anchoring:
                out.extend(_mentions_for(article, sent, toks, n, tx, rules, names, last_person, settings.language))
            if not anchoring and sent.kind in load_undated_rules(settings.language).kinds:
                out.extend(undated_mentions(article, sent, toks, rules, names, last_person, recent, settings.language))
            recent = recent_persons(toks, rules, names, recent)
        if sent.kind in ("body", "bullet"):
            last_person = last_person_of(toks, rules, names) or last_person
    order = {m.id: n for n, m in enumerate(out)}
    return tuple(sorted(out, key=lambda m: (m.sentence_start, m.timex.start if m.timex else -1, order[m.id])))


def anchor_words(article: Article, timexes: Sequence[Timex], settings: Settings) -> tuple[tuple[Timex, int, int], ...]:
    """For each anchoring date outside noise lines: the offsets of the word it dates (verb or event noun).

    The same attachment `extract_mentions` uses; exposed for evaluation against annotated corpora.
    """
    rules = load_rules(settings.language)
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out: list[tuple[Timex, int, int]] = []
    for sent in segment(article.text, article.body_start, settings.language):
        if sent.unit != "sentence" or sent.kind in NOISE_KINDS:
            continue
        inside = [t for t in ordered if sent.start <= t.start and t.end <= sent.end]
        toks = prepare(sent, inside, rules)
        for n, tx in anchoring_timexes(inside, rules):
            idx = [i for i, t in enumerate(toks) if t.timex == n]
            if idx:
                _, k = anchor(toks, idx[0], idx[-1], rules)
                if k >= 0:
                    out.append((tx, toks[k].start, toks[k].end))
    return tuple(out)


def _mentions_for(
    article: Article,
    sent: Segment,
    toks: list[Tok],
    n: int,
    tx: Timex,
    rules: Rules,
    names: Names,
    last_person: str,
    language: str,
) -> list[EventMention]:
    tr = load_title_rules(language)
    idx = [i for i, t in enumerate(toks) if t.timex == n]
    if not idx or not any(t.timex < 0 and t.kind in ("word", "abbr") for t in toks):
        return []  # a dateline: the sentence is only the date
    t0, t1 = idx[0], idx[-1]
    if _is_baseline(article.text, sent, tx, rules):
        return []
    role = _anchor_role(article.text, sent, tx, rules)
    places = find_places(toks, 0, len(toks), rules)
    place_names = [p for p, a, b in places if not other_event_place(toks, a, b, t0, rules)]

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
            title=capitalize(title),
            predicate=predicate,
            actors=tuple(actors),
            places=tuple(dict.fromkeys(place_names)),
        )

    all_actors = actors_in(toks, 0, len(toks), places, set(), rules, names)
    if sent.kind == "headline":
        words = [t.text for t in toks if t.timex < 0 and t.kind in ("word", "abbr")]
        return [make(clip(" ".join(words), rules.max_title_words), "headline", "", all_actors, 0)]
    joint = joint_noun_partners(toks, t0, t1, rules, names, load_undated_rules(language))
    if joint is not None:  # "talks later this week between Sandu and Ruiz": the date is the talks'
        noun, partners = joint
        predicate0 = rules.event_nouns.get(noun, noun)
        title0 = tr.joint_noun.format(partners=" and ".join(partners), noun=noun)
        kind2: MentionKind = "caption" if sent.kind == "caption" else "act"
        actors2 = partners + [a for a in all_actors if a not in partners]
        return [make(title0, kind2, rules.verb_predicates.get(predicate0, predicate0), actors2, 0)]
    how, at = anchor(toks, t0, t1, rules)
    if how == "modifier" and toks[at].low not in rules.event_nouns:
        return []  # "third-quarter revenue": the period qualifies what is reported; the report has its own date
    if how in ("possessive", "modifier"):  # "Thursday’s Nato defence ministers' meeting"
        head = toks[at].low
        if not is_event_like(head, rules):
            return []  # "the 2011 version", "today's glitches": the date modifies a thing, not an event
        predicate = rules.event_nouns.get(head, head)
        kind0: MentionKind = "caption" if sent.kind == "caption" else "act"
        shown = phrase_text(toks, t1 + 1, at + 1, rules)
        if len(shown.split()) < 2 and not any(t.cap for t in toks[t1 + 1 : at + 1]):
            owned = [c for c in name_chunks(toks, 0, t0, rules) if c[1] == t0 and toks[t0 - 1].possessive]
            if owned:  # "Iraq's August 1990 invasion": the named owner says whose
                i0, i1 = owned[0]
                shown = " ".join([*(t.text for t in toks[i0 : i1 - 1]), shown_text(toks[i1 - 1]), shown])
            else:
                shown = _with_complement(toks, at, shown, rules)
            if not shown:
                return []  # "Tuesday's ruling was welcomed": a bare noun ("Ruling") says too little to be a title
        return [make(shown, kind0, predicate, all_actors, 0)]
    if how == "noun_phrase":  # "ahead of a meeting of NATO defense ministers today"
        lemma = rules.event_nouns[toks[at].low]
        kind1: MentionKind = "caption" if sent.kind == "caption" else "act"
        actors1 = actors_in(toks, at, t0, places, set(), rules, names)
        return [make(phrase_text(toks, at, t0, rules), kind1, rules.verb_predicates.get(lemma, lemma), actors1, 0)]
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
            ch = [c for c in name_chunks(toks, 0, j, rules) if c[1] == j]
            owner = chunk_name(toks, ch[-1][0], ch[-1][1], rules) if ch else toks[j - 1].text
        title = f"{owner} {third_person(lemma, rules)}".strip() if owner else " ".join(t.text for t in toks[j : k + 1])
        said = rules.editor.noun_clause_verbs.get(lemma, "")
        content = that_clause(toks, t1 + 1, rules, owner, names) if said and owner else ""
        if content:  # "Pires’s announcement Monday that the port would close"
            title = clip_title(f"{owner} {third_person(said, rules)} {content}", rules)
        kind: MentionKind = (
            "caption" if sent.kind == "caption" else ("statement" if lemma in rules.lex.reporting else "act")
        )
        return [make(title, kind, rules.verb_predicates.get(lemma, lemma), all_actors, 0)]
    if v is None:
        persons = [
            chunk_name(toks, i, j, rules)
            for i, j in name_chunks(toks, 0, t0, rules)
            if not toks[j - 1].possessive and not is_affiliation(toks, j, rules)
        ]
        subject = persons[0] if persons else ""
        words = [t.text for t in toks if t.timex < 0 and t.kind in ("word", "abbr")]
        title = subject or clip(" ".join(words), rules.max_content_words)
        if place_names and subject:
            title = tr.verbless_place.format(
                subject=subject, be=rules.be_present[0], place=known_place(place_names[0], rules)
            )
        occasion = _occasion_with(toks, rules) if subject else None
        if occasion is not None:  # "Ana Lund during a meeting with the mayor in Oslo" -> Ana Lund meets mayor
            lemma3, partner = occasion
            title = f"{subject} {third_person(lemma3, rules)} {partner}"
            if place_names and place_names[0] not in partner:
                title = f"{title} {rules.editor.place_preposition} {place_names[0]}"
        if sent.kind == "body" and occasion is None and not (place_names and subject):
            return []  # a body sentence whose verb went unread: a bare name or word list is no title ("Carrow")
        kind = "caption" if sent.kind == "caption" else "act"
        return [make(title, kind, "", all_actors, 0)]
    verb = toks[v]
    fixed = sensible_subject(toks, v, read(toks, v, rules, last_person, names), rules, names, tr)
    if fixed is None:
        return []  # no sensible title: an unresolved pronoun or no subject (fewer, better events)
    reading = fixed
    subject_actors = actors_in(toks, reading.subject_lo, v, places, set(), rules, names)
    lo_tok = toks[reading.subject_lo] if reading.subject_lo < len(toks) else None
    common = (
        lo_tok is not None and lo_tok.text == reading.subject and common_word(toks, reading.subject_lo, rules, names)
    )
    if not subject_actors and is_single_name(reading.subject, rules) and not common:
        subject_actors = [actor_for(reading.subject, rules, names)]
    elif not subject_actors and reading.subject == last_person and last_person:
        subject_actors = [names.full(last_person)]
    elif not subject_actors and reading.subject in names.aliases.values():
        subject_actors = [reading.subject]  # "he" or a short form resolved to a full name seen in the article
    if verb.lemma in rules.lex.reporting:
        speaker = (
            reading.subject
            if is_person(names.full(reading.subject), rules) or is_single_name(reading.subject, rules)
            else last_person
        )
        thing = not (
            is_person(names.full(reading.subject), rules)
            or is_single_name(reading.subject, rules)
            or any(w.lower() in rules.office_words - rules.particles for w in reading.subject.split())
        )  # "police said they found": they = the police; "the president suggested they meet": unknown
        content, raw_quote, drop = statement_content(
            toks, v, reading.subject_lo, rules, speaker, names, reading.plural or thing, thing and not reading.plural
        )
        if drop:
            return []
        ed = rules.editor
        said = ed.audience_verbs.get(verb.lemma, "") if told_what(toks, v, rules) else ""
        if said and reading.verb_phrase in (verb.lemma, third_person(verb.lemma, rules)):
            reading = replace(reading, verb_phrase=said if reading.plural else third_person(said, rules))
        if raw_quote:  # only quoted words, no clause: the quote's first clause, quoted
            verb_form = ed.quote_verb if reading.plural else third_person(ed.quote_verb, rules)
            title = ed.quote_title.format(subject=reading.subject, verb=verb_form, quote=content)
        elif content:
            title = clip_title(f"{reading.subject} {reading.verb_phrase} {content}".strip(), rules)
        elif said:
            return []  # "told a news conference": the audience, and no content to show
        elif not reading.object_text and not reading.partners:  # "Zelensky said Thursday during a visit to ..."
            title = f"{reading.subject} {tr.quote_verb if reading.plural else third_person(tr.quote_verb, rules)}"
        else:
            title = make_title(reading, rules)
        kind = "caption" if sent.kind == "caption" else "statement"
        actors = subject_actors + [a for a in all_actors if a not in subject_actors]
        return [make(title, kind, rules.verb_predicates.get(verb.lemma, verb.lemma), actors, 0)]
    if not clean_clause(toks, v, reading, rules):
        return []  # the clause reads badly as a title (object gap, dangling preposition, quoted opinion)
    if verb.lemma in rules.editor.question_verbs and reading.verb_phrase.split()[0] in rules.be_present:
        return []  # "Trump was pressed by a reporter on ...": being asked is not the event, the answer is
    said = rules.editor.noun_clause_verbs.get(reading.predicate, "") if verb.lemma in rules.lex.light else ""
    content = that_clause(toks, max(reading.end, t1 + 1), rules, reading.subject, names) if said else ""
    if content:  # "comments he made on Monday that the strike was unlawful": a statement of what was said
        title = clip_title(f"{reading.subject} {third_person(said, rules)} {content}", rules)
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
    hard = hard_clauses(toks, rules)
    c_lo = min(reading.subject_lo, t0)
    c_hi = max(t1 + 1, reading.end)
    while c_hi < len(toks) and hard[c_hi] in (hard[v], hard[t1]):
        c_hi += 1
    clause_actors = actors_in(toks, c_lo, c_hi, places, set(), rules, names)
    kind = "caption" if sent.kind == "caption" else "act"
    comm = verb.lemma in rules.lex.communication or reading.predicate in rules.noun_predicates.values()
    partner_toks = {k for _, a, b in reading.partners for k in range(a, b)}
    if comm and len(reading.partners) >= 2:
        out = []
        for part, (partner, a, b) in enumerate(reading.partners):
            others = partner_toks - set(range(a, b))
            actors = subject_actors + [
                x for x in actors_in(toks, c_lo, c_hi, places, others, rules, names) if x not in subject_actors
            ]
            out.append(make(make_title(reading, rules, partner, True), kind, reading.predicate, actors, part))
        return out
    actors = subject_actors + [a for a in clause_actors if a not in subject_actors]
    return [make(make_title(reading, rules), kind, reading.predicate, actors, 0)]


def _with_complement(toks: list[Tok], at: int, noun: str, rules: Rules) -> str:
    """A bare event noun with the phrase after it that says what it is about ("assassination of Rabin"), or ""."""
    k = at + 1
    if k >= len(toks) or toks[k].low not in rules.bare_noun_complements or toks[k].cap:
        return ""
    e = phrase_end(toks, k + 1, rules)
    words = [  # the head and its nearest modifiers, a possessive kept ("women’s clinic")
        shown_text(t) if i + 1 < e else t.text
        for i, t in enumerate(toks[k + 1 : e], start=k + 1)
        if t.kind != "punct" and not (t.low in rules.determiners and not t.cap)
    ][-rules.max_object_words :]
    return f"{noun} {toks[k].low} {' '.join(words)}" if words else ""


def _occasion_with(toks: list[Tok], rules: Rules) -> tuple[str, str] | None:
    """In a verbless caption, "during a meeting with the mayor": the occasion's verb (meet) and the partner."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.low not in rules.editor.occasion_preps:
            continue
        j = i + 1
        while j < n and (toks[j].low in rules.determiners or plain_word(toks[j], rules)) and not toks[j].cap:
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
        partner = phrase_text(toks, j + 2, e, rules)
        if partner:
            return rules.event_nouns[toks[j].low], partner
    return None


def _anchor_role(text: str, sent: Segment, timex: Timex, rules: Rules) -> AnchorRole:
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


def _is_baseline(text: str, sent: Segment, timex: Timex, rules: Rules) -> bool:
    """Whether the date is a comparison baseline, which dates no event: after a comparison cue ("compared to the
    previous year"), after a change word and a link ("up 8% from a year earlier", "higher than a year ago"), or
    after "since" closing a record ("the first by a foreign leader since 2015")."""
    before = text[sent.start : timex.start].lower()
    words = re.findall(r"[\w’'.%$]+", before)
    while words and words[-1] in rules.determiners:
        words.pop()
    tail = " ".join(words[-3:])
    if any(tail == cue or tail.endswith(" " + cue) for cue in rules.baseline):
        return True
    own = re.findall(r"[\w’']+", timex.text.lower())
    return _after_change(words, own, rules) or _after_record(before, rules)


def _is_amount(word: str, rules: Rules) -> bool:
    return word in rules.amount_words or bool(re.fullmatch(r"[$€£]?\d[\d.,]*%?", word.rstrip(".")))


def _after_change(words: list[str], own: list[str], rules: Rules) -> bool:
    """A change word, an optional amount, a link and period words before the date: "up 8% from", "down from the same
    period" (the period words may be the date's own: "the same period last year")."""
    links_all = rules.change_links | rules.period_links
    k = len(words)
    while k > 0 and (words[k - 1] in rules.period_fillers or words[k - 1] in rules.determiners):
        k -= 1
    period = any(w in rules.period_fillers for w in words[k:] + own)
    link_here = words[k - 1] in rules.change_links or (period and words[k - 1] in rules.period_links) if k else False
    lead = k > 1 and words[k - 1] in rules.lead_preps and not link_here
    if lead and (_is_amount(words[k - 2], rules) or words[k - 2] in links_all):
        k -= 1  # "down from 2.6% in April", "higher than on Tuesday": the date's own preposition
    while k > 0 and _is_amount(words[k - 1], rules):
        k -= 1
    links = rules.change_links | rules.period_links if period else rules.change_links
    if k == 0 or words[k - 1] not in links:
        return False
    k -= 1
    while k > 0 and (_is_amount(words[k - 1], rules) or words[k - 1] in rules.adverbs):
        k -= 1
    change = words[k - 1].rstrip(".") if k > 0 else ""
    if change in rules.change_particles and k > 1:
        lemma = rules.lex.forms.get(words[k - 2], ("", ""))[0]
        if lemma and lemma != rules.copula and lemma not in rules.change_words:
            return False  # "have come down from mid-October": a particle of a motion verb, and a start
    return change in rules.change_words


def _after_record(before: str, rules: Rules) -> bool:
    """ "since" right before the date, with a record word ("first", "highest") shortly before it in the same stretch."""
    stretch = re.findall(r"[\w’'.]+", re.split(r"[,;:]", before)[-1])
    if not stretch or stretch[-1] not in rules.record_links:
        return False
    return any(w in rules.record_words for w in stretch[-1 - rules.record_window : -1])


def _mention_id(article_id: str, timex: Timex, part: int) -> str:
    return short_hash(f"{article_id}:{timex.start}:{timex.end}:{part}")
