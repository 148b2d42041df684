"""Tagger entry points: find every temporal expression of a text and resolve it against its publication date.

1. every rule of the language (resources/<lang>/rules.toml, compiled once per language) runs over the
   lower-cased text, only around its anchors (the words or number shapes every match of the rule contains);
2. overlapping matches: the longest wins, then the earlier rule;
3. a match that touches a noise pattern (video lengths, money, percentages, file names) is dropped;
4. each kept match becomes a typed value (`extract`), then a TIMEX3 value (`anchor`, with the sentence's tense).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TypeGuard
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.models import Article, Granularity, Timex
from timeline.settings import Settings
from timeline.temporal.anchor import (
    DAY_GRANULARITIES,
    Resolved,
    bare_clock,
    bare_midnight,
    counted_on,
    needs_tense,
    representative_day,
    resolve,
    season_coming,
    season_from,
    season_nearest,
    season_over,
    turn_after,
    years_falling_on,
)
from timeline.temporal.context import after_speech_verb, cue_window, tense_at
from timeline.temporal.extract import country_holiday, extract
from timeline.temporal.parts import Calendar, ClockTime, Duration, Extracted, Parsed, Relative, SetOf, Shifted, Weekday
from timeline.temporal.resources import Lexicon, Rule, load_lexicon, lower_text
from timeline.temporal.value import DateValue

_REDO = 300  # characters past its window a rule's match may run (or a lookahead of it read)
_NOISE_REACH = 30  # characters around a candidate searched for noise (money, video lengths, file names)
_NOISY = re.compile(r"\d")  # besides durations and sets, only candidates with digits can be noise ...
_IN_PATH = re.compile(r"[/=_]")  # ... or words in a path or a query (after one of these)
_LIVE_BLOG_DAYS = 7  # a day header at most this many days before publication heads a live blog's entries
_WEEK_DAYS = 7  # a bare weekday is at most this many days from publication
_REFERENCE_REACH = 1500  # characters a named quarter stays the period under discussion
_MONTH_REFERENCE_REACH = 160  # ... and a named month, in its sentence
_ONE_QUARTER = "P3M"  # a span of three months ending with a quarter's last month is that quarter
_QUARTER = re.compile(r"^(?P<year>\d{4})-Q(?P<q>[1-4])$")
# a span of several quarters ("the first nine months", "the six months"): the text now compares years
_SEVERAL_QUARTERS = re.compile(r"^P(?:[69]M|[23]Q)$")
_ONE_YEAR = ("P1Y", "P12M")  # a span of a year ending with December is that calendar year


# a rule's window: (start, end, start of its last anchor); a match starts in [start, last anchor] and ends by `end`
Window = tuple[int, int, int]


def _rule_windows(lowered: str, lex: Lexicon, start: int) -> list[tuple[tuple[int, ...], list[Window]]]:
    """Groups of rules (those sharing their anchors) with the merged text windows around those anchors."""
    n = len(lowered)
    groups: dict[tuple[int, ...], list[Window]] = {}
    hits = [
        (m.start(), m.end(), lex.class_rules.get(m.lastgroup or "", ()))
        for m in lex.trigger_numbers.finditer(lowered, start)
    ]
    hits += [
        (m.start(), m.end(), lex.word_rules.get(m.group(), ())) for m in lex.trigger_words.finditer(lowered, start)
    ]
    hits.sort()
    for hs, he, indices in hits:
        if not indices:
            continue
        ws, we = max(start, hs - lex.reach_before), min(n, he + lex.reach_after)
        windows = groups.get(indices)
        if windows is None:
            groups[indices] = [(ws, we, hs)]
        elif ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(we, windows[-1][1]), hs)
        else:
            windows.append((ws, we, hs))
    return list(groups.items())


def _matches(rule: Rule, text: str, windows: list[Window], reach: int) -> list[re.Match[str]]:
    """Matches of one rule starting in its windows (at most `reach` before an anchor); a match that reaches a
    window's end is redone with room. Like `finditer` over each window, but no start after the window's last anchor
    is tried (such a match could not hold one)."""
    out: list[re.Match[str]] = []
    n = len(text)
    for ws, we, last in windows:
        if rule.requires is not None and rule.requires.search(text, ws, we) is None:
            continue
        pos = ws
        while pos <= last:
            found = rule.scan.match(text, pos, we)  # tries the starts pos ... pos + reach
            if found is None:
                pos += reach + 1
                continue
            s = found.end()
            if s > last:
                break
            # (matched with room past the window: a match may end past it, and a lookahead may read past it)
            m = rule.regex.match(text, s, min(n, we + _REDO))
            if m is None:
                pos = s + 1
                continue
            pos = m.end() if m.end() > s else s + 1
            cut = _line_of_its_own(text, m.start(), m.end())
            if cut is not None:  # "after 2 a.m.\nThursday 22 March\n": the day is a live blog's header
                shorter = rule.regex.match(text, s, cut)
                if shorter is None:
                    continue
                m = shorter
            out.append(m)
    return out


def _line_of_its_own(text: str, s: int, e: int) -> int | None:
    """Where text[s:e] should end when its last part is a line of its own (a day header after a line that ends
    with a clock): the line break before that line, with the spaces before it; else None."""
    br = text.rfind("\n", s, e)
    if br < 0:
        return None
    line_end = text.find("\n", e)
    if text[e : len(text) if line_end < 0 else line_end].strip():
        return None
    return len(text[s:br].rstrip()) + s


def _merged(windows: list[Window]) -> list[Window]:
    windows.sort()
    out: list[Window] = []
    for ws, we, last in windows:
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(we, out[-1][1]), max(last, out[-1][2]))
        else:
            out.append((ws, we, last))
    return out


def _is_noise(text: str, lex: Lexicon, s: int, e: int) -> bool:
    lo, hi = max(0, s - _NOISE_REACH), min(len(text), e + _NOISE_REACH)
    noise = lex.noise if _NOISY.search(text, lo, hi) else lex.noise_words  # most noise needs a digit
    for m in noise.finditer(text, lo, hi):
        if m.start() >= e:
            return False  # (matches come in order: none later reaches back into the expression)
        if m.end() > s:
            return True
    return False


_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w'’-]*)")
# a lower-case role and a first name before a word ("the forward Jack ") and an age in apposition after a surname
# (", 19,")
_ROLE_NAMED = re.compile(r"(?<![\w'’])(?P<role>[a-z]+)[ \t]+[A-Z][a-z]+[ \t]+$")
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3},")
# a kind of group, animal or vessel, maybe with capitalized words, ending where a name starts ("The band Grey ")
_GROUP_NAMED = re.compile(r"(?<![\w'’])(?P<group>[a-z]+)[ \t]+(?P<more>(?:[A-Z][\w'’-]*[ \t]+){0,2})$")
_LOWER_WORD_BEFORE = re.compile(r"[a-z][ \t]+$")  # a lower-case word ending right before ("quartet ")
_NAME_GOES_ON = re.compile(r"(?:['’]s)?[ \t]+[A-Z]")  # a capitalized word after the weekday ("Monday's Child")
_NAME_REACH = 40
_ABBREVIATION_MAX = 4  # characters of a word with a full stop that may be an abbreviation ("St.", "Mt.", "Gen.")
_NAME_END = re.compile(r"(?P<name>[A-Z][a-z]+)$")  # a capitalized word ending where a link of two names starts
# the one or two words before an expression, the first capitalized ("TGI", "Mail on")
_WORDS_BEFORE = re.compile(r"(?P<lead>[A-Za-z][\w'’.-]*(?:[ \t]+[a-z]+)?)[ \t]+$")


def _group_named(text: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether the word text[s:e] is in the name of a band, a horse or a ship, after its kind and a capitalized word
    ("The band Grey Tuesday", "The folk trio Early December") or before more of the name ("The gelding Monday's
    Child"; not "The band Tuesday announced a tour": words.toml [group_noun])."""
    group = _GROUP_NAMED.search(text, max(0, s - _NAME_REACH), s)
    return (
        group is not None
        and lex.lookup("group_noun", group["group"]) is not None
        and bool(group["more"] or _NAME_GOES_ON.match(text, e) is not None)
    )


def _is_name(text: str, lowered: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether a capitalized expression is part of a name: "The Sunday Times", "Theresa May", "June Sarpong"
    (`lowered` is `lower_text(text)`)."""
    after = _WORD_AFTER.match(text, e, min(len(text), e + _NAME_REACH))
    next_word = after["word"] if after is not None else ""
    head = lex.name_suffix.sub("", next_word)  # "Easter Island's statues", "Lights'" before a closing quote
    if next_word[:1].isupper() and lex.lookup("name_head", head) is not None:
        return True
    lead = _WORDS_BEFORE.search(text, max(0, s - _NAME_REACH), s)  # "TGI Fridays", "The Mail on Sunday"
    if lead is not None and lead["lead"][:1].isupper():
        words, needs = lead["lead"].split(), text[s:e].lower()
        if any(lex.lookup("name_before", " ".join(words[i:])) in (1, needs) for i in range(len(words))):
            return True
    word = text[s:e]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if lex.kin_apposition_after.match(lowered, e) and lex.kin_apposition_before.search(
        lowered, max(0, s - _NAME_REACH), s
    ):
        return True  # a relative named in apposition: "survived by his wife, May, and two sons"
    if after is not None and _proper(next_word, lex) and _name_head_after(text, lex, after.end()):
        return True  # "Tuesday Market Place", "The Midnight Sun Cafe"
    titled = _TITLED.search(text, max(0, s - _NAME_REACH), s)
    if titled is not None and lex.lookup("honorific", titled["title"]) is not None:
        # a single word right after a title ("Mr Friday"), or after a title and a first name unless it is a weekday
        # ("Dr Anna Christmas"; but "Mr. Smith Friday declined to comment" is a day; not "Mr. Davison Feb. 1"), or one
        # after a title in British style ("Councillor Mark Tuesday chaired") or one always before a full name ("The
        # Rev. Peter Monday blessed"), or in apposition ("Dr Ifeoma Monday, a paediatrician")
        return (
            titled["first"] is None
            or lex.lookup("weekday", word) is None
            or (titled["stop"] is None and lex.lookup("honorific_british", titled["title"]) is not None)
            or lex.lookup("honorific_full_name", titled["title"]) is not None  # "The Rev. Peter Monday blessed"
            or _in_apposition(text, e, lex)
        )
    before = _WORD_BEFORE.search(text, max(0, s - _NAME_REACH), s)
    prev_word = before["word"] if before is not None else ""
    if _proper(next_word, lex) and lex.agent_before.search(lowered, max(0, s - _NAME_REACH), s):
        return True  # a passive's agent: "written by April Fenwick", "run by Sunday Adebayo"
    if _proper(next_word, lex) and _second_of_two_names(text, lowered, lex, s):
        return True  # "May Hollins and April Dunmore founded"
    if lex.lookup("weekday", word) is not None:  # "Tuesday Weld", "as Wednesday Addams"
        if _place_named(lowered, lex, s, e):
            return True  # "at Friday's on Route 9"
        role = _ROLE_NAMED.search(text, max(0, s - _NAME_REACH), s)
        if role is not None and lex.lookup("role_noun", role["role"]) is not None:
            return True  # a surname after a role and a first name: "signed the forward Jack Tuesday from Ferncliffe"
        if _group_named(text, lex, s, e):
            return True
        if after is not None and _proper(next_word, lex) and _AGE_AFTER.match(text, after.end()):
            return True  # a first name before a surname and an age: "the death of Sunday Okafor, 19, until"
        if prev_word.istitle() and lex.lookup("apposition_name_after", prev_word) and _in_apposition(text, e, lex):
            return True  # after a capitalized article, in apposition: "The Friday, a pub on Wharf Lane"
        if (
            before is not None
            and prev_word.istitle()
            and prev_word.isalpha()
            and lex.lookup("name_not_before", prev_word) is None
            and lex.lookup("name_article", prev_word) is None
            and cue_window(text, lex, before.start("word"), e)[0] == before.start("word")
            and lex.person_apposition_after.match(lowered, e) is not None
            and _in_apposition(text, e, lex)
        ):  # after a first name opening the sentence, in apposition: "Sam Tuesday, a carpenter from Ludlow, built"
            # (not "in Tokyo Monday, the Nikkei fell"; nor "Tokyo Monday, the Nikkei fell")
            return True
        return _weekday_first_name(prev_word, next_word, lex)
    if lex.lookup("holiday", word) is not None and after is not None:
        return _holiday_place_name(prev_word, head, text, after.end(), lex)
    if lex.lookup("clock_word", word) is not None:  # after an article, before a proper word: "The Midnight Ramblers"
        # (or capitalized inside its sentence, before one: "the favourite, Midnight Ledger, trained by")
        if not _proper(next_word, lex):
            return False
        article = bool(prev_word) and lex.lookup("name_article", prev_word) is not None
        return article or cue_window(text, lex, s, e)[0] != s
    if lex.lookup("month", word) is None and lex.lookup("season", word) is None:
        return False
    if lex.lookup("month", word) is not None and _group_named(text, lex, s, e):
        return True  # "The folk trio Early December played"
    if lex.lookup("name_next_verb", next_word) is not None:
        return True
    if (
        lex.lookup("month_modal", word)
        and lex.lookup("pronoun_subject", next_word)
        and cue_window(text, lex, s, e)[0] == s
    ):
        return True  # opening a sentence: "May we ask readers to check their postcodes?"
    if (
        lex.lookup("month_modal", word)
        and lex.modal_wish_after.match(lowered, e) is not None
        and cue_window(text, lex, s, e)[0] == s
    ):
        return True  # ... or a wish: "May the best team win"
    if head != next_word and _proper(head, lex):
        return True  # a possessive name: "in August Wilson's play"
    if after is not None and _proper(next_word, lex) and lex.person_apposition_after.match(lowered, after.end()):
        return True  # a first name before a surname and a person in apposition: "went to April Dunne, a nurse"
    if prev_word and lex.lookup("name_not_before", prev_word) is not None:
        # (a month: "In March Republicans"; a season is capitalized only in a name: "of Winter Harbor Capital")
        return lex.lookup("season", word) is not None and _proper(next_word, lex)
    if prev_word and (lex.lookup("name_article", prev_word) is not None or _possessive(prev_word, lex)):
        # (after an article or a possessive: "The Labor Department's October jobs report" is a date)
        return _proper(next_word, lex)
    # (a word ending its sentence is no part of the name: "fell on Thursday. Autumn as a whole was the third wettest";
    # a short one may be an abbreviation, "St.", unless it is a date word: "in May. Autumn", or not one that
    # cues.toml sentence_end knows: "shut for Memorial Day. May ends today")
    ended = prev_word.endswith(".") and (
        len(prev_word) > _ABBREVIATION_MAX
        or not _proper(prev_word[:-1], lex)
        or (before is not None and lex.sentence_end.match(text, before.end("word")) is not None)
    )
    return any(_proper(w, lex) for w in ("" if ended else prev_word, next_word))


def _second_of_two_names(text: str, lowered: str, lex: Lexicon, s: int) -> bool:
    """Whether text[s:] follows a capitalized word that is no date and a link of two names ("May Hollins and ";
    rules.toml name_list_link)."""
    lo = max(0, s - _NAME_REACH)
    link = lex.name_list_link.search(lowered, lo, s)
    name = _NAME_END.search(text, lo, link.start()) if link is not None else None
    return name is not None and _proper(name["name"], lex)


def _place_named(lowered: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether a weekday names a place: possessive after a preposition of place, with no noun after it ("at Friday's
    on Route 9")."""
    return bool(
        lex.place_before.search(lowered, max(0, s - _NAME_REACH), s)
        and lex.place_possessive_after.match(lowered, e, min(len(lowered), e + 8))
    )


def _name_head_after(text: str, lex: Lexicon, at: int) -> bool:
    """Whether the word at `at` (the second after an expression) is a capitalized name head ("Tuesday Market
    Place", "The Midnight Sun Cafe": words.toml [name_head])."""
    second = _WORD_AFTER.match(text, at, min(len(text), at + _NAME_REACH))
    head = lex.name_suffix.sub("", second["word"]) if second is not None else ""
    return head[:1].isupper() and lex.lookup("name_head", head) is not None


def _possessive(word: str, lex: Lexicon) -> bool:
    """Whether a word ends in a possessive or a closing quote ("Department's"; rules.toml name_suffix)."""
    suffix = lex.name_suffix.search(word)
    return suffix is not None and suffix.start() < len(word)


def _in_apposition(text: str, e: int, lex: Lexicon) -> bool:
    """Whether a noun phrase in apposition follows text[:e] ("Dr Ifeoma Monday, a paediatrician"; not a day's: "on
    Friday, a day after the vote"): rules.toml apposition_after."""
    return lex.apposition_after.match(lower_text(text[e : e + _NAME_REACH])) is not None


def _holiday_place_name(prev_word: str, next_word: str, text: str, next_end: int, lex: Lexicon) -> bool:
    """Whether a one-word holiday opens a name with the capitalized word after it ("Easter Langwell, a village",
    "Christmas Brook is"): not after a preposition or a determiner ("At Christmas Britain's shops", [name_not_before],
    [name_article]) unless a noun phrase in apposition follows ("moved to Easter Balgowan, a village near Crieff"),
    not before a word of time or an event ("Easter Weekend", "Christmas Trading": [unit], [part_of_day],
    [event_noun]), and not in a title-case line (the word after it is not capitalized)."""
    if not _proper(next_word, lex):
        return False
    if any(lex.lookup(table, next_word) is not None for table in ("unit", "part_of_day", "event_noun")):
        return False
    if prev_word and any(lex.lookup(table, prev_word) is not None for table in ("name_not_before", "name_article")):
        return _in_apposition(text, next_end, lex)
    following = _WORD_AFTER.match(text, next_end, min(len(text), next_end + _NAME_REACH))
    return following is None or not following["word"][:1].isupper()


def _number_names(text: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether a number after an article opens a name with the capitalized name head after it ("The 1999 Club, a
    charity", "the 1922 Committee"; words.toml [number_name_head], [name_article])."""
    after = _WORD_AFTER.match(text, e, min(len(text), e + _NAME_REACH))
    if after is None or not after["word"][:1].isupper():
        return False
    if lex.lookup("number_name_head", lex.name_suffix.sub("", after["word"])) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, s - _NAME_REACH), s)
    return before is not None and lex.lookup("name_article", before["word"]) is not None


# an article or a possessive, then two or three capitalized words, ending where a number starts ("The Arden Velo ")
_NAME_RUN = re.compile(r"(?<![\w'’])(?P<lead>[A-Za-z]+)[ \t]+(?P<names>(?:[A-Z][a-z]+[ \t]+){2,3})$")


def _number_in_a_name(text: str, lex: Lexicon, s: int) -> bool:
    """Whether a number ends a name begun by an article and two or more capitalized words ("The Arden Velo 2050
    goes on sale", "the Harlan Stag 2047"; words.toml [name_article]), none of them a month or a weekday."""
    run = _NAME_RUN.search(text, max(0, s - _NAME_REACH), s)
    if run is None or lex.lookup("name_article", run["lead"]) is None:
        return False
    return all(_proper(word, lex) for word in run["names"].split())


# two or three capitalized words and the word after them, starting where a number ends (" Halden Roamer was")
_NAME_RUN_AFTER = re.compile(r"[ \t]+(?P<names>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})(?:[ \t]+(?P<next>[a-z]+))?")


def _model_year(text: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether a year between an indefinite article or a possessive and two or three capitalized words is a model
    year ("His 2039 Halden Roamer was found burnt out", "a 2041 Corvane Tourer estate"; words.toml
    [model_year_article]), not an event's ("his 2019 World Cup medal", "their 2019 Hong Kong protests":
    [year_event_head])."""
    before = _WORD_BEFORE.search(text, max(0, s - _NAME_REACH), s)
    if before is None or lex.lookup("model_year_article", before["word"]) is None:
        return False
    after = _NAME_RUN_AFTER.match(text, e, min(len(text), e + _NAME_REACH))
    if after is None:
        return False
    names = after["names"].split()
    if not all(_proper(word, lex) for word in names):
        return False
    return not any(lex.lookup("year_event_head", word) is not None for word in (*names, after["next"] or ""))


def _weekday_first_name(prev_word: str, next_word: str, lex: Lexicon) -> bool:
    """Whether a capitalized weekday is a first name: before a capitalized word that is no date, no function word of
    a title-case headline ("Stocks Fall Tuesday After ...") and no noun of the day ("Sunday Mass", words.toml
    [weekday_noun]), and not after a word that makes it a date ("on Tuesday Smith said", "said Tuesday Obama")."""
    if not _proper(next_word, lex) or lex.lookup("weekday_noun", next_word) is not None:
        return False
    if lex.lookup("name_not_before", next_word) is not None or lex.lookup("name_article", next_word) is not None:
        return False
    if prev_word and lex.lookup("name_next_verb", prev_word) is not None:
        return False  # "said Tuesday Obama would visit": a speech verb's day
    return not (prev_word and lex.lookup("name_not_before", prev_word) is not None)


# a title, its full stop if any, and maybe a first name, ending where a word starts ("Dr Anna ", "Mr. ")
_TITLED = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]{1,10})(?P<stop>\.)?[ \t]+(?P<first>[A-Z][a-z]+[ \t]+)?$")
_GENRE_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w'’.-]*),?[ \t]+$")  # "her debut, 'The Orchard at Midnight'"
_QUOTE_OPEN = re.compile(r"(?<![\w'’])['‘\"“](?=\w)")  # a quotation opening: not an apostrophe ("Wilson's")
# ... and closing, also after the punctuation American style puts inside it ("the show, 'Dawn,' ran from 1994")
_QUOTE_CLOSE = re.compile(r"[\w.,!?]['’\"”](?![\w'’])")
_QUOTED_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_REACH = 80  # characters a title opened by an expression may run on
_SMALL_WORD = 4  # in a title, only words this long or shorter may stay lower-case ("Midnight at Harrow Hall")


def _is_title(text: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether an expression inside a quotation is (part of) the title of a work: "the film '28 Days Later'", "Ice
    Cube's comedy 'Friday'", "The novel 'Twelve Days of Autumn'" (the word before the quote is in words.toml
    [title_genre]), or a capitalized expression the quotation holds exactly, not after a speech verb
    ("'Independence Day' was a smash"), or one opening a quoted title in title case ("all eight episodes of
    'Midnight at Harrow Hall'"; not quoted speech: "'Friday is the deadline,' he said")."""
    closed = text[e : e + 1] in ("'", "’", '"', "”") and text[e + 1 : e + 2] not in (",", ".", ";", ":", "!", "?")
    if text[s].isupper() and s > 0 and _QUOTE_OPEN.match(text, s - 1):
        said = _WORD_BEFORE.search(text, max(0, s - 1 - _NAME_REACH), s - 1)
        # (not a quoted answer or word: "The deadline is 'Friday', he said", "He said 'Friday' was the deadline")
        if said is None or lex.lookup("name_next_verb", said["word"]) is None:
            if closed:
                return True
            close = _QUOTE_CLOSE.search(text, e - 1, min(len(text), s + _TITLE_REACH))
            if close is not None and _title_case(text[s : close.start() + 1]):
                return True
    lo = max(0, s - _NAME_REACH)
    opening = None
    for quote in _QUOTE_OPEN.finditer(text, lo, s + 1):
        opening = quote  # the last one before the expression
    if opening is None or _QUOTE_CLOSE.search(text, opening.end(), s) is not None:
        return False
    q = opening.start()
    before = _GENRE_BEFORE.search(text, max(0, q - _NAME_REACH), q)
    if before is not None and lex.lookup("title_genre", before["word"]) is not None:
        return True
    # inside a quoted title in title case that runs on into the sentence ("the premiere of 'Nine Nights in November'
    # and runs"; not quoted speech, closed by punctuation or followed by it: "'We Meet Again On Friday,' he said"),
    # or after a preposition ("A copy of 'Six Days in June', borrowed")
    # (with its genre in apposition, a title in sentence case: "repeats 'Born on the 29th', its documentary from 2060")
    close = _QUOTE_CLOSE.search(text, e - 1, min(len(text), e + _TITLE_REACH))
    if close is None or not text[close.start()].isalnum() or not text[opening.end()].isupper():
        return False
    if before is not None and lex.lookup("name_next_verb", before["word"]) is not None:
        return False
    genre = _genre_after(text, close.end(), lex) or _genre_before_aside(text, q, lex)
    return (
        text[close.end() : close.end() + 1] not in (",", ".", ";", ":", "!", "?")
        or (before is not None and lex.lookup("title_preposition", before["word"]) is not None)
        or genre
    ) and (genre or _title_case(text[opening.end() : close.start() + 1]))


_ASIDE_OPEN = re.compile(r",[ \t]+$")  # a quotation set off by a comma after a noun phrase


def _genre_before_aside(text: str, q: int, lex: Lexicon) -> bool:
    """Whether a quotation opening at `q` is set off by a comma after a noun phrase holding a title's genre, its
    title in apposition ("A painting by Lena Ostrova, 'Snow in March', sold for £4.2 million": words.toml
    [title_genre]; the noun phrase read back to `_NAME_REACH` characters)."""
    lo = max(0, q - _NAME_REACH)
    if _ASIDE_OPEN.search(text, lo, q) is None:
        return False
    return any(lex.lookup("title_genre", word) is not None for word in lower_text(text[lo:q]).split())


def _genre_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a quotation closing at `at` has a title's genre in apposition ("'Eight Days in December', the thriller
    series"; rules.toml title_apposition_after, words.toml [title_genre])."""
    m = lex.title_apposition_after.match(lower_text(text[at : at + _NAME_REACH]))
    return m is not None and any(lex.lookup("title_genre", word) is not None for word in m["words"].split())


def _title_case(quoted: str) -> bool:
    """Whether quoted words read as a title: two capitalized words or more, and no long word in lower case."""
    words = _QUOTED_WORD.findall(quoted)
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized >= 2 and all(w[0].isupper() for w in words if len(w) > _SMALL_WORD)


def _proper(word: str, lex: Lexicon) -> bool:
    """A capitalized word that is not itself a month or weekday."""
    return word[:1].isupper() and lex.lookup("month", word) is None and lex.lookup("weekday", word) is None


_LAST_WORD = re.compile(r"\s(?P<word>[A-Z][a-z]+)$")


def _capitalized_last_word(text: str, lex: Lexicon, s: int, e: int) -> int | None:
    """Where the last word of an expression starts when it is capitalized and the expression is lower-case or opens
    with an article ("the Winter", "The Winter" opening a sentence; not "Last Winter"), or is capitalized inside a
    sentence, after a lower-case word ("The jazz quartet Late Friday played")."""
    if (
        text[s].isupper()
        and lex.lookup("name_article", text[s:e].split(maxsplit=1)[0]) is None
        and not _LOWER_WORD_BEFORE.search(text, max(0, s - _NAME_REACH), s)
    ):
        return None
    last = _LAST_WORD.search(text, s, e)
    return last.start("word") if last is not None else None


def _in_game(p: Parsed, text: str, lowered: str, lex: Lexicon, s: int, e: int) -> bool:
    """Whether a bare half or quarter ("in the first half") is a game's: its sentence talks about a game."""
    if not isinstance(p, Calendar) or p.year is not None or p.year_offset is not None:
        return False
    lo, hi = cue_window(text, lex, s, e, lex.fallback_after)  # sentence ends are found in the cased text
    return (
        lex.game_period_cue.search(lowered, lo, hi) is not None
        or lex.game_score_cue.search(lowered, lo, hi) is not None
    )


def find_expressions(text: str, lex: Lexicon, start: int = 0, lowered: str | None = None) -> list[Extracted]:
    """Recognized, non-overlapping expressions of text[start:], sorted by offset (not yet anchored).

    Rules run on `lowered` (`lower_text(text)`, computed when not given): matching is case-insensitive.
    """
    if lowered is None:
        lowered = lower_text(text)
    candidates: list[tuple[int, int, int, int, re.Match[str]]] = []
    per_rule: dict[int, list[Window]] = {}
    for indices, windows in _rule_windows(lowered, lex, start):
        for index in indices:
            per_rule.setdefault(index, []).extend(windows)
    for order, windows in per_rule.items():
        rule = lex.rules[order]
        for m in _matches(rule, lowered, _merged(windows), lex.reach_before):
            if m.start() >= start:
                s, e = m.span()
                candidates.append((s - e, order, s, e, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[tuple[int, int]] = []
    kept: list[Extracted] = []
    for _, order, s, e, m in candidates:
        # the reported span (a `span` group, else the match) decides overlaps; extraction only runs for a
        # candidate that is still free (most overlapping ones never need their value)
        if m.re.groupindex.get("span") is not None and m.start("span") >= 0:
            s, e = m.span("span")
        if e <= s:
            continue
        i = bisect_left(taken, (s, e))
        if (i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        item = extract(m, lex.rules[order], lex, text)
        if item is None:
            continue
        if item.mod is not None and _quantity_compared(m, lowered, lex, s):
            s = m.end("approx")  # "8% more than a year earlier": the comparison is the quantity's
            s += len(lowered[s:e]) - len(lowered[s:e].lstrip())
            item = replace(item, start=s, mod=None)
        # (a duration, a set, a season, digits, or a word inside a path: "https://example.com/news/today-in-brief")
        may_be_noise = (
            isinstance(item.parsed, Duration | SetOf)
            or (isinstance(item.parsed, Calendar) and item.parsed.season is not None)
            or _NOISY.search(lowered, s, e)
            or _IN_PATH.match(lowered, max(0, s - 1))
        )
        if may_be_noise and _is_noise(lowered, lex, s, e):
            continue
        if text[s].isupper() and _is_name(text, lowered, lex, s, e):
            continue
        if isinstance(item.parsed, Relative) and lex.award_before.search(lowered, max(0, s - _NAME_REACH), s):
            continue  # "player of the month"
        if text[s].isdigit() and (
            _number_names(text, lex, s, e) or _number_in_a_name(text, lex, s) or _model_year(text, lex, s, e)
        ):
            continue  # "The 1999 Club", "The Arden Velo 2050"
        if (last := _capitalized_last_word(text, lex, s, e)) is not None and _is_name(text, lowered, lex, last, e):
            continue  # "the Winter Garden Theatre", "the Summer Olympics"
        if _is_title(text, lex, s, e):
            taken.insert(i, (s, e))  # the words of a title are none of them dates ("the tug 'Fourth of July'")
            continue
        if lex.rules[order].const("game_period") is True and _in_game(item.parsed, text, lowered, lex, s, e):
            continue
        taken.insert(i, (s, e))
        kept.append(item)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


_QUANTITY_REACH = 16  # characters before a modifier read for rules.toml quantity_before


def _quantity_compared(m: re.Match[str], lowered: str, lex: Lexicon, s: int) -> bool:
    """Whether the modifier opening a match ("more than") compares the quantity before it: "8% more than"."""
    if m.re.groupindex.get("approx") is None or m.start("approx") != s:
        return False
    return lex.quantity_before.search(lowered, max(0, s - _QUANTITY_REACH), s) is not None


def _compared(p: Relative, start: int, lowered: str, lex: Lexicon) -> bool:
    """Whether a plain "last year" at `start` is the compared-with period: "down from $21.4 million last year"."""
    if p.unit != "year" or p.offset != -1 or p.comparative or p.anaphoric:
        return False
    return lex.comparison_before.search(lowered, max(0, start - lex.comparison_reach), start) is not None


def _compares(p: Parsed) -> bool:
    """A year-ago counterpart ("a year earlier", "the 1988 period"): it does not change the period discussed."""
    return (isinstance(p, Relative) and p.comparative) or (isinstance(p, Calendar) and p.period_of_year)


def _open_year(p: Parsed) -> bool:
    """A month or month-day whose year the words leave open ("March", "4 January")."""
    return _year_unsaid(p) and p.month is not None and p.nth_weekday is None and not p.easter


def _month_day(p: Calendar) -> tuple[int, int]:
    return (p.month or 0, p.day or 0)


_MOVE_FROM_REACH = 40  # characters before a date read for cues.toml move_from_before


def _years_from_range_ends(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """A month (or month-day) without a year, linked as a range or list to a later date with a written year, takes
    that year, or the one before when it comes later in the calendar: "from March to November 2024" = 2024-03,
    "December and January 2025" = 2024-12. Chains run right to left ("March, April and May 2024"). So does a month
    or a holiday linked to one whose year is counted: "between Thanksgiving and Christmas Eve last year"."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        item, after = out[i].parsed, out[i + 1].parsed
        if not (isinstance(item, Calendar) and isinstance(after, Calendar) and after.month is not None):
            continue
        written, counted = after.year, after.year_offset  # a written year, or one counted from the anchor's
        if (written is None) == (counted is None):
            continue
        if not (_open_year(item) or (counted is not None and _open_holiday(item) and item.month is not None)):
            continue
        if lex.range_link.fullmatch(lowered, out[i].end, out[i + 1].start) is None:
            continue
        back = 1 if _month_day(item) > _month_day(after) else 0
        if back and lex.move_from_before.search(lowered, max(0, out[i].start - _MOVE_FROM_REACH), out[i].start):
            continue  # "moves from May to late April this year": a move, not a range
        if written is not None:
            out[i] = replace(out[i], parsed=replace(item, year=written - back))
        else:
            out[i] = replace(out[i], parsed=replace(item, year_offset=(counted or 0) - back))
    return out


def _decades_from_range_starts(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """A decade written by its digit after another decade it is linked to as a range or list is the next such decade
    after that one: "the 1920s and '30s" = 193, "the 1990s and '00s" = 200 (not the latest such decade begun)."""
    out = list(found)
    for i in range(1, len(out)):
        before, item = out[i - 1].parsed, out[i].parsed
        if not (isinstance(item, Calendar) and item.decade_digit is not None):
            continue
        if not (isinstance(before, Calendar) and before.decade is not None):
            continue
        if lex.range_link.fullmatch(lowered, out[i - 1].end, out[i].start) is None:
            continue
        decade = before.decade // 10 * 10 + item.decade_digit
        decade += 10 if decade <= before.decade else 0
        out[i] = replace(out[i], parsed=replace(item, decade=decade, decade_digit=None))
    return out


_BOUNDARY_REACH = 24  # characters before a date read for cues.toml boundary_before
_COUNT_FROM_BEFORE = 16  # characters before a length read for `count_from_not_after`


def _days_counted_from(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """A length and a day it is counted from are one expression, the day it reaches: "a month from Friday", "two
    weeks from today", "ten days from March 3" (not "closed for three days from Monday", a stretch, nor "ten years
    from March 3, 2001, to 2011", a range)."""
    out: list[Extracted] = []
    i = 0
    while i < len(found):
        item = found[i]
        base = found[i + 1].parsed if i + 1 < len(found) else None
        if (
            isinstance(item.parsed, Duration)
            and item.parsed.value.whole
            and isinstance(base, Calendar | Relative | Weekday)
            and _names_a_day(base)
            and (
                lex.count_from_link.fullmatch(lowered, item.end, found[i + 1].start) is not None
                or (
                    isinstance(base, Weekday)
                    and lex.count_on_weekday_link.fullmatch(lowered, item.end, found[i + 1].start) is not None
                )
                or (_today_or_tomorrow(base) and _SPACES.fullmatch(lowered, item.end, found[i + 1].start) is not None)
            )
            and lex.count_from_not_after.search(lowered, max(0, item.start - _COUNT_FROM_BEFORE), item.start) is None
            and not (
                i + 2 < len(found)
                and not isinstance(found[i + 2].parsed, Duration)  # (another count: "six weeks from Sunday, and
                # three months from Monday")
                and lex.range_link.fullmatch(lowered, found[i + 1].end, found[i + 2].start)
            )
        ):
            shifted = Shifted(base=base, by=item.parsed.value)
            out.append(replace(item, end=found[i + 1].end, parsed=shifted))
            i += 2
            continue
        out.append(item)
        i += 1
    return out


_SPACES = re.compile(r"[ \t]+")  # words right after one another


def _days_to_nearest(dow: int, d: date) -> int:
    """Days from `d` to the such weekday nearest it, three days either side at most (0 on its own weekday)."""
    return (dow - d.isoweekday() + 3) % 7 - 3


def _monday(d: date) -> date:
    """The Monday of the ISO week holding `d`."""
    return d - timedelta(days=d.isoweekday() - 1)


_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?:T[A-Z]{2}|T\d\d:\d\d)?")


def _today_or_tomorrow(p: Parsed | None) -> bool:
    """ "today" or "tomorrow" written right after a length: "a week today", "a fortnight tomorrow" (that day on)."""
    return isinstance(p, Relative) and p.unit == "day" and p.offset in (0, 1) and not p.anaphoric and p.clock is None


def _weekday_ranges_in_weeks_named(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """Two bare weekdays of a range right before a week are days of that week: "from Tuesday to Thursday next week"
    (the week stays an expression of its own; rules.toml weekday)."""
    out = list(found)
    for i in range(len(out) - 2):
        first, second, week = out[i].parsed, out[i + 1].parsed, out[i + 2].parsed
        if not (_bare_weekday(first) and _bare_weekday(second)):
            continue
        if not (isinstance(week, Relative) and week.unit == "week" and not week.anaphoric and week.span is None):
            continue
        if lex.range_link.fullmatch(lowered, out[i].end, out[i + 1].start) is None:
            continue
        if _SPACES.fullmatch(lowered, out[i + 1].end, out[i + 2].start) is None:
            continue
        out[i] = replace(out[i], parsed=replace(first, week_offset=week.offset))
        out[i + 1] = replace(out[i + 1], parsed=replace(second, week_offset=week.offset))
    return out


def _date_named_on_weekday(
    p: Weekday,
    start: int,
    last_dated: tuple[int, date] | None,
    last_day: tuple[int, date] | None,
    published: date,
    text: str,
    lex: Lexicon,
) -> date | None:
    """The date or holiday named last in a bare weekday's sentence, when the weekday names it: no other day between,
    within a week of publication either side, on that weekday ("Carnford's Fourth of July parade steps off at 10am on
    Sunday" said on a Tuesday is July 4); else None."""
    if last_dated is None or last_dated != last_day:
        return None
    named = last_dated[1]
    if named == published or abs((named - published).days) > _WEEK_DAYS or named.isoweekday() != p.dow:
        return None
    return named if lex.sentence_end.search(text, last_dated[0], start) is None else None


def _plain_weekday(p: Parsed) -> TypeGuard[Weekday]:
    """A weekday with no word of direction, week or shift, with or without a clock ("Tuesday", "Thursday at 10am";
    not "next Tuesday" nor "Tuesday week")."""
    return (
        isinstance(p, Weekday)
        and p.direction is None
        and p.week_offset is None
        and not p.anaphoric
        and not p.shift_days
        and not p.generic
    )


def _dated_day(p: Parsed) -> bool:
    """A day of the month named, with no clock ("Saturday, September 7", "Christmas Eve"); not a movable feast, a
    solstice nor a day counted from a holiday ("Easter", "the day after Thanksgiving")."""
    return (
        isinstance(p, Calendar)
        and p.month is not None
        and p.day is not None
        and p.clock is None
        and not _movable(p)
        and p.solar is None
        and not p.shift_days
    )


def _bare_weekday(p: Parsed) -> TypeGuard[Weekday]:
    """A plain weekday with no clock ("Tuesday")."""
    return _plain_weekday(p) and p.clock is None


def _names_a_day(p: Calendar | Relative | Weekday) -> bool:
    """Whether a value names one day ("Friday", "today", "March 3"), not a longer period or a clock time."""
    if isinstance(p, Weekday):
        return not p.generic and not p.week_of and p.clock is None
    if isinstance(p, Relative):
        return p.unit == "day" and not p.anaphoric and p.clock is None and p.span is None
    return p.day is not None and p.month is not None and p.clock is None


_CLAUSE_END = re.compile(r"\s*(?:[^\w\s'’]|$)")  # punctuation or the text's end next
# characters before an expression read for the preposition or the sentence start before it (cues.toml
# year_frame_open, season_habit_before: "In 2049, ...", "throughout winter")
_PREPOSITION_REACH = 12
_SUBJECT_REACH = 40  # ... and for the sentence start before a subject named with its year ("The flood of 2007")


def _years_from_year_after(
    found: list[Extracted], text: str, lowered: str, lex: Lexicon, published: date
) -> list[Extracted]:
    """A month-day without a year right before "next year" or "last year" is in that year: "from Aug. 3 to Aug. 27
    next year", "reopened on Oct. 6 last year" (both stay expressions of their own), and so is a month before "from
    next year" ("moves to September from next year": cues.toml count_from_link); so is a month-day or holiday
    right after "last year's" or "next year's" ("Last year's Easter parade"), and one right before "in" a year ("on
    St David's Day in 1998"); a month or holiday takes a year named in its clause, after it or opening the sentence
    ("The fair in June was called off in 2049", "Last year, sales in June rose", "The flood of 2007 peaked on June 24":
    `_year_framing`)."""
    out = list(found)
    for i in range(len(out) - 1):
        item, after = out[i].parsed, out[i + 1].parsed
        if not (isinstance(item, Calendar) and (_open_year(item) or _open_holiday(item))):
            continue  # (a movable holiday too: "a Black Friday robbery at the Orlan Mall in 2094")
        between = lowered[out[i].end : out[i + 1].start]
        if _year_anaphor(after) and item.day is not None and not between.strip():
            # "reached the summit on 19 August that year": in the year the anaphor names (both stay expressions)
            out[i] = replace(out[i], parsed=replace(item, year_offset=after.offset, anaphoric=True))
            continue
        if (
            _year_alone(after)
            and after.year is not None
            and lex.count_from_link.fullmatch(between) is not None
            and _CLAUSE_END.match(lowered, out[i + 1].end) is not None
        ):  # "will move to the first week of April from 2057" (not "rose in March from 2019 levels")
            out[i] = replace(out[i], parsed=replace(item, year=after.year))
            continue
        year_at = i + 1
        if (
            isinstance(after, Weekday)
            and i + 2 < len(out)
            and _names_a_year(out[i + 2].parsed)
            and lex.placed_date_link.match(lowered, out[i].end) is not None
        ):  # "Christmas Day falls on a Saturday next year": the year after the weekday it falls on
            year_at = i + 2
        link = _names_a_year(out[year_at].parsed) and lex.year_frame_after_link.fullmatch(
            lowered, out[i].end, out[year_at].start
        )
        framed = _year_framing(out[i], out[year_at], link["written"], published) if link else None
        if framed is not None:  # "Street parties at Hogmanay were cancelled last year", "The fair in June was
            # called off in 2049"
            out[i] = _framed_in_year(out[i], framed, text, lowered, lex, published)
            continue
        if not _plain_year(after) or after.offset == 0:
            continue
        # a month-day right before it; a month only with "from" ("moves to September from next year")
        if between.strip() if item.day is not None else lex.count_from_link.fullmatch(between) is None:
            continue
        out[i] = replace(out[i], parsed=replace(item, year=published.year + after.offset))
    for i in reversed(range(len(out) - 1)):  # "Its Boxing Day swim and its New Year's Eve fireworks were cancelled
        # last year": the first subject in the year the second is framed in
        item, after = out[i].parsed, out[i + 1].parsed
        if not (isinstance(after, Calendar) and after.year is not None and after != found[i + 1].parsed):
            continue
        if not (isinstance(item, Calendar) and (_open_year(item) or _open_holiday(item))):
            continue
        if lex.year_frame_pair_link.fullmatch(lowered, out[i].end, out[i + 1].start) is not None:
            out[i] = _framed_in_year(out[i], after.year, text, lowered, lex, published)
    for i in range(1, len(out)):  # "In 2049, the fair in June was called off", "Last year, street parties at ..."
        if not _names_a_year(out[i - 1].parsed):
            continue
        if lex.fiscal_year_named.search(lowered, out[i - 1].start, out[i - 1].end):
            continue  # a fiscal year frames no calendar year's months: "Its fiscal year ends on March 31"
        opening = lex.year_frame_open.search(lowered, max(0, out[i - 1].start - _PREPOSITION_REACH), out[i - 1].start)
        if (
            opening is not None
            and opening["written"] is None
            and _plain_year(out[i - 1].parsed)
            and lex.year_possessive_link.fullmatch(lowered, out[i - 1].end, out[i].start) is not None
            and (framed := _year_framing(out[i], out[i - 1], None, published)) is not None
        ):  # the subject's year opening the sentence: "Next year's festival runs from Aug. 6 to Aug. 30"
            out[i] = _framed_in_year(out[i], framed, text, lowered, lex, published)
            continue
        if opening is None:  # "The Candlewick flood of 2007 peaked on the night of June 24"
            opening = lex.year_frame_subject.search(
                lowered, max(0, out[i - 1].start - _SUBJECT_REACH), out[i - 1].start
            )
        if opening is None:
            out[i] = _framed_by_year_modifier(out[i - 1], out[i], text, lowered, lex, published)
            continue
        link = lex.year_frame_before_link.fullmatch(lowered, out[i - 1].end, out[i].start)
        if link is None:
            continue
        if link["next"] is not None and not (
            _year_alone(out[i - 1].parsed) and tense_at(text, lowered, lex, out[i].start, out[i].end) < 0
        ):  # the next sentence's month: a written year, a story told in the past
            continue
        # (a year opening a clause: "..., and in"; or set off after the subject: "The last such bans, in 2082,")
        written = opening["written"] or opening.groupdict().get("clause") or opening.groupdict().get("aside")
        framed = _year_framing(out[i], out[i - 1], written, published)
        if framed is not None:
            out[i] = _framed_in_year(out[i], framed, text, lowered, lex, published)
    for i in range(1, len(out)):  # "last year's Easter parade", "next year's Christmas market"
        before, item = out[i - 1].parsed, out[i].parsed
        if not (isinstance(item, Calendar) and _open_holiday(item)):
            continue
        if not _plain_year(before):
            continue
        if lex.possessive_link.fullmatch(lowered, out[i - 1].end, out[i].start) is None:
            continue
        out[i] = replace(out[i], parsed=replace(item, year=published.year + before.offset))
    for i in range(len(out) - 1):  # "on St David's Day in 1998"
        item, after = out[i].parsed, out[i + 1].parsed
        if not (isinstance(item, Calendar) and _open_holiday(item)) or not _year_alone(after):
            continue
        if lex.year_of_link.fullmatch(lowered, out[i].end, out[i + 1].start) is not None:
            out[i] = replace(out[i], parsed=replace(item, year=after.year))
    return out


def _framed_by_year_modifier(
    year: Extracted, item: Extracted, text: str, lowered: str, lex: Lexicon, published: date
) -> Extracted:
    """`item` in the year written before the noun of its clause's subject, with a schedule's verb between ("the 2069
    festival would take place over the last weekend of June": cues.toml year_modifier_before, year_modifier_link)."""
    if not _year_alone(year.parsed) or year.parsed.year is None:
        return item
    if lex.year_modifier_before.search(lowered, max(0, year.start - _PREPOSITION_REACH), year.start) is None:
        return item
    if lex.year_modifier_link.fullmatch(lowered, year.end, item.start) is None:
        return item
    framed = _year_framing(item, year, "", published)  # (the article stands for the "in" a written year needs)
    return item if framed is None else _framed_in_year(item, framed, text, lowered, lex, published)


def _names_a_year(p: Parsed) -> bool:
    """A year written out ("2049") or counted from the publication ("last year")."""
    return _year_alone(p) or _plain_year(p)


def _year_framing(item: Extracted, year: Extracted, written: str | None, published: date) -> int | None:
    """The year a month or holiday without one is in, from a year named in its clause (`written`: the "in" or
    "during" before it), or None: a year written out needs it ("The fair in June was called off in 2049"), a counted
    one has none ("Hogmanay street parties were cancelled last year")."""
    p, y = item.parsed, year.parsed
    if not (isinstance(p, Calendar) and _year_unsaid(p) and not p.anaphoric and not p.any_of):
        return None
    if p.month is None and not _day_of_a_year(p):
        return None
    if _year_alone(y):
        return y.year if written is not None else None
    if _plain_year(y) and y.span is None and written is None:
        return published.year + y.offset
    return None


def _framed_in_year(item: Extracted, year: int, text: str, lowered: str, lex: Lexicon, published: date) -> Extracted:
    """`item` in `year`, unless its tense tells the other way for certain ("will patrol on Halloween ... last year"; a
    weak future is the framed year's own: "In 2029 the vote was postponed to June 3" is 2029's June 3)."""
    side = (year > published.year) - (year < published.year)
    if not isinstance(item.parsed, Calendar) or side * tense_at(text, lowered, lex, item.start, item.end) < -1:
        return item
    return replace(item, parsed=replace(item.parsed, year=year))


def _that_opening_a_clause(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """A month or season after "that" which opens a reported clause is no anaphor, and "that" no part of it:
    "Analysts said on Friday that March had been the busiest month" tags "March" (cues.toml clause_that_before)."""
    out = list(found)
    for i, item in enumerate(out):
        p = item.parsed
        if not (isinstance(p, Calendar) and p.anaphoric and p.direction == 0 and p.year_offset is None):
            continue
        that = lex.clause_that.match(lowered, item.start, item.end)
        if that is None or not after_speech_verb(lex.clause_that_before, lowered, item.start):
            continue
        out[i] = replace(item, start=that.end(), parsed=replace(p, anaphoric=False, direction=None))
    return out


def _holidays_on_days_named(found: list[Extracted], published: date, lowered: str, lex: Lexicon) -> list[Extracted]:
    """A holiday said to fall on a day is on that day: "election day is June 2" (a primary's, not November's),
    "Whitsun falls on June 13 next year" (cues.toml holiday_date_link), in the one year near the publication a
    movable one falls on it ("Next year Easter falls on April 12" said in 2098: 2099), and so is a movable one with a
    day in apposition: "on Small Business Saturday, December 6" (holiday_date_apposition), or after it, set off by
    commas: "fixed Dec. 2, the Monday after Thanksgiving, for the retrial" (cues.toml aside_close after it). The date
    is written, not a holiday's: "shut on Election Day, Veterans Day, Thanksgiving, Christmas Day" is a list."""
    out = list(found)
    for i in range(len(out) - 1):
        item, day = out[i].parsed, out[i + 1].parsed
        if (
            isinstance(item, Calendar)
            and isinstance(day, Calendar)
            and _open_holiday(day)
            and _movable(day)
            and day.clock is None
            and _open_holiday(item)
            and not _movable(item)
            and not item.fixed_holiday
            and item.clock is None
            and lex.holiday_date_apposition.fullmatch(lowered, out[i].end, out[i + 1].start)
            and lex.aside_close.match(lowered, out[i + 1].end)
        ):  # the date the holiday set off after it falls on that year
            out[i + 1] = replace(out[i + 1], parsed=item)
            continue
        if not (
            isinstance(day, Calendar)
            and day.month is not None
            and day.day is not None
            and day.clock is None
            and not day.fixed_holiday
        ):
            continue  # (a holiday is no date in apposition: "Election Day, Veterans Day, Thanksgiving" is a list)
        linked = lex.holiday_date_link.fullmatch(lowered, out[i].end, out[i + 1].start) is not None
        if linked and isinstance(item, Calendar) and _holiday_in_year_named(item) and _year_unsaid(day):
            # "Easter next year falls on March 25": the day in the holiday's year
            out[i + 1] = replace(out[i + 1], parsed=replace(day, year=item.year, year_offset=item.year_offset))
            continue
        if not (isinstance(item, Calendar) and _open_holiday(item) and item.clock is None):
            continue
        fixed = item.month is not None and item.day is not None and not item.shift_days and item.weekday_step is None
        if fixed and (item.month, item.day) != (day.month, day.day):
            continue  # a fixed day is not another ("The last posting day for Christmas is Saturday 19 December")
        if linked or (_movable(item) and lex.holiday_date_apposition.fullmatch(lowered, out[i].end, out[i + 1].start)):
            if _movable(item) and _year_unsaid(day):
                near = range(published.year - 1, published.year + 2)
                if len(years := years_falling_on(item, day.month, day.day, near)) == 1:
                    day = replace(day, year=years[0])
                    out[i + 1] = replace(out[i + 1], parsed=day)
            out[i] = replace(out[i], parsed=day)
    return out


def _stretch_days_on_days_named(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """The nth day of a stretch said, later in its phrase, to fall on a weekday or a date is that day: "Rain washed
    out the second day of the Test in Durban on Friday" (cues.toml stretch_day_on_link)."""
    out = list(found)
    for i in range(len(out) - 1):
        item, day = out[i].parsed, out[i + 1].parsed
        if not (isinstance(item, Relative) and item.stretch_day and item.clock is None):
            continue
        if not (_bare_weekday(day) or (isinstance(day, Calendar) and day.day is not None and day.clock is None)):
            continue
        if lex.stretch_day_on_link.fullmatch(lowered, out[i].end, out[i + 1].start) is not None:
            out[i] = replace(out[i], parsed=day)
    return out


def _seasons_of_a_habit(found: list[Extracted], text: str, lowered: str, lex: Lexicon) -> list[Extracted]:
    """A season without an article in a sentence that tells a habit with a set is any year's: "The ferry to Skellan
    sails twice a day in winter" (XXXX-WI; cues.toml season_habit_before)."""
    sets = [item for item in found if isinstance(item.parsed, SetOf)]
    if not sets:
        return found
    out = list(found)
    for i, item in enumerate(out):
        p = item.parsed
        if not _open_season(p):
            continue
        if lex.season_habit_before.search(lowered, max(0, item.start - _PREPOSITION_REACH), item.start) is None:
            continue
        if any(c.isspace() for c in text[item.start : item.end]):
            continue  # the season alone, with no article ("in the winter" may be one winter)
        if any(lex.sentence_end.search(text, min(s.end, item.end), max(s.start, item.start)) is None for s in sets):
            out[i] = replace(item, parsed=replace(p, habitual=True))
    return out


def _holiday_in_year_named(p: Calendar) -> bool:
    """A holiday with its year said ("Easter next year", "Christmas 2046"), not one counted from the story."""
    return _day_of_a_year(p) and not p.anaphoric and (p.year is not None or p.year_offset is not None)


def _movable(p: Calendar) -> bool:
    """A holiday whose day moves from year to year (Thanksgiving, Easter, Diwali), not a fixed one nor a solstice."""
    return p.nth_weekday is not None or p.easter or p.observance is not None


def _plain_year(p: Parsed) -> TypeGuard[Relative]:
    """A year counted from the publication ("last year", "next year"), not from the story nor a year-ago counterpart."""
    return isinstance(p, Relative) and p.unit == "year" and not p.anaphoric and not p.comparative


def _year_anaphor(p: Parsed) -> TypeGuard[Relative]:
    """ "that year", "the following year": a year counted from the date named last."""
    return isinstance(p, Relative) and p.unit == "year" and p.anaphoric and p.span is None and not p.counted


def _in_a_year_named(p: Parsed) -> bool:
    """A year anaphor or a date in the year one names ("19 August that year", "August of the following year")."""
    return _year_anaphor(p) or (isinstance(p, Calendar) and p.anaphoric and p.year_offset is not None)


def _news_hook(point: tuple[date, Granularity], published: date) -> bool:
    """A day within a week of publication ("died on Sunday"): the story's news, not a year its history counts from."""
    return point[1] in DAY_GRANULARITIES and abs((point[0] - published).days) <= _HOOK_DAYS


def _year_alone(p: Parsed) -> TypeGuard[Calendar]:
    """A year and nothing finer ("1998")."""
    return isinstance(p, Calendar) and p.year is not None and p == Calendar(year=p.year)


def _open_season(p: Parsed) -> TypeGuard[Calendar]:
    """A season whose year the words leave open ("the summer", not "last summer" nor "the summer of 1976")."""
    return isinstance(p, Calendar) and p == Calendar(season=p.season, day_of=p.day_of) and p.season is not None


def _year_unsaid(p: Parsed) -> TypeGuard[Calendar]:
    """Calendar fields with no year, no year counted ("August last year") and no direction ("next March")."""
    return isinstance(p, Calendar) and p.year is None and p.year_offset is None and p.direction is None


def _open_holiday(p: Calendar) -> bool:
    """A month-day or holiday whose year the words leave open ("Christmas", "Thanksgiving", "Dec. 3")."""
    return _year_unsaid(p) and _day_of_a_year(p)


def _day_of_a_year(p: Calendar) -> bool:
    """A month-day or a holiday: a day that comes once a year."""
    return (
        (p.month is not None and p.day is not None)
        or p.nth_weekday is not None
        or p.easter
        or p.observance is not None
        or p.solar is not None
    )


def _bare_season(p: Calendar) -> bool:
    """A season with nothing more ("the autumn", not "the autumn of 2040", "autumn 1999")."""
    return p.season is not None and p.month is None and p.year is None


def _year_after(p: Calendar, first: date) -> int:
    """The year of a month(-day) that ends a range starting on `first`: the first one not before it."""
    return first.year + (1 if (p.month or 0, p.day or first.day) < (first.month, first.day) else 0)


def _year_before(p: Calendar, first: date) -> int:
    """The year of a month(-day) named as coming before the date `first`: the latest one before it."""
    return first.year - (1 if (p.month or 0, p.day or 0) >= (first.month, first.day) else 0)


def _day_year_before(item: Extracted, p: Calendar, first: date, published: date, reach: int | None) -> int | None:
    """The year of a month-day or holiday named as coming before the date `first`: the latest one before it (at most
    `reach` days before it, when given), or None."""
    for year in (first.year, first.year - 1):
        r = resolve(replace(item, parsed=replace(p, year=year)), published, 0)
        if r.interval is not None and r.interval.start < first:
            return year if reach is None or (first - r.interval.start).days <= reach else None
    return None


_BARE_COMMA = re.compile(r"\s*,\s*")


def _after_partner(
    item: Extracted, first: Extracted, first_resolved: Resolved, published: date, lowered: str, lex: Lexicon
) -> Extracted:
    """The second date of a range or list, fixed by the first one:
    - a month(-day) without a year is the first such date not before the first one ("from 12 September to 4
      January": the next January);
    - a bare weekday is the first such day after a first weekday ("next Tuesday and Wednesday", "from Monday to
      Friday", "arrives on Sunday for a visit that runs until Wednesday"; not after "from Sept. 14 to Thursday", a
      span of weeks, nor after a bare weekday that is the publication day's own: "met Wednesday and Thursday" may be
      last week's pair; "open on Monday and close on Friday");
    - a bare weekday that names the day just given is that day ("Father's Day on Sunday");
    - "next Saturday" after "this Saturday" is the one a week after it;
    - "next Friday" in apposition to a date on a Friday within two weeks ahead is that date ("Holocaust Memorial
      Day, next Friday"; "last Friday" likewise back), and so is "the following Monday" between commas after a
      movable holiday on a Monday ("Martin Luther King Jr. Day, the following Monday, is a county holiday");
    - a bare weekday listed after a weekday of a set is one too ("every Monday and Thursday")."""
    p = item.parsed
    if (
        isinstance(first.parsed, SetOf)
        and _WEEKDAY_SET.fullmatch(first.parsed.value)
        and _plain_weekday(p)
        and lex.set_list_link.fullmatch(lowered, first.end, item.start) is not None
    ):  # (with its own clock: "every Tuesday and Thursday at 10am")
        return replace(item, parsed=SetOf(f"XXXX-WXX-{p.dow}" + ("" if p.clock is None else p.clock.suffix())))
    if first_resolved.interval is None or not isinstance(first.parsed, Calendar | Weekday):
        return item
    day = first_resolved.interval.start
    if (
        isinstance(p, Calendar)
        and (_open_year(p) or _open_holiday(p))
        and ((isinstance(first.parsed, Calendar) and first.parsed.month is not None) or _plain_weekday(first.parsed))
        and first_resolved.granularity in ("day", "month")
        and lex.earlier_link.fullmatch(lowered, first.end, item.start) is not None
    ):  # "the next cut in November, after February's": the February before that November; "will resume on Monday,
        # after the Thanksgiving holiday": the Thanksgiving before that Monday
        # (after a weekday, only a holiday in the fortnight before it: "reopen on Wednesday, after the Christmas
        # holidays" said in November is no such pair)
        reach = _FORTNIGHT_DAYS if isinstance(first.parsed, Weekday) else None
        month = _open_year(p) and p.day is None and p.observance is None and p.solar is None
        year = _year_before(p, day) if month else _day_year_before(item, p, day, published, reach)
        return item if year is None else replace(item, parsed=replace(p, year=year))
    if _open_year(p) and isinstance(p, Calendar):
        if first_resolved.granularity not in ("day", "month") or not isinstance(first.parsed, Calendar):
            return item
        if first.parsed.month is None or lex.range_link.fullmatch(lowered, first.end, item.start) is None:
            return item
        year = _year_after(p, day)
        if year > day.year and (
            _BARE_COMMA.fullmatch(lowered, first.end, item.start)
            or lex.clause_break.search(lowered, first.end, item.start)
        ):  # an earlier day after a comma names another date, on its own ("before Christmas, Dec. 22"), and so does one
            # in a clause of its own ("on the summer bank holiday, and Juneteenth celebrations drew 30,000")
            return item
        return replace(item, parsed=replace(p, year=year))
    if (
        isinstance(p, Weekday)
        and p.direction == 1
        and isinstance(first.parsed, Weekday)
        and first.parsed.direction == 0
        and first.parsed.dow == p.dow
        and first_resolved.granularity in DAY_GRANULARITIES
    ):  # "will strike this Saturday and again next Saturday": the one after this one
        return replace(item, parsed=_on_day(day + timedelta(days=7), p.clock))
    if (
        isinstance(p, Weekday)
        and p.direction is not None
        and p.direction != 0
        and isinstance(first.parsed, Calendar)
        and first_resolved.granularity == "day"
        and day.isoweekday() == p.dow
        and 0 < (day - published).days * p.direction <= _FORTNIGHT_DAYS
        and lex.same_day_link.fullmatch(lowered, first.end, item.start) is not None
    ):  # "Holocaust Memorial Day, next Friday, will be marked": that day, which the weekday names
        return replace(item, parsed=_on_day(day, p.clock))
    if (
        isinstance(p, Weekday)
        and p.anaphoric
        and not p.shift_days
        and isinstance(first.parsed, Calendar)
        and _movable(first.parsed)
        and first_resolved.granularity == "day"
        and day.isoweekday() == p.dow
        and _BARE_COMMA.fullmatch(lowered, first.end, item.start)
        and lex.aside_close.match(lowered, item.end)
    ):  # "Martin Luther King Jr. Day, the following Monday, is a county holiday": in apposition, the day it names
        return replace(item, parsed=_on_day(day, p.clock))
    if not isinstance(p, Weekday) or p.direction is not None or p.anaphoric or p.shift_days or p.week_offset:
        return item
    if first_resolved.granularity not in DAY_GRANULARITIES:
        return item
    if (
        isinstance(first.parsed, Weekday)
        and first.parsed.direction is None
        and not needs_tense(first.parsed, published)
    ):
        return item  # a bare weekday that is the publication day's own
    if day.isoweekday() == p.dow and lex.same_day_link.fullmatch(lowered, first.end, item.start) is not None:
        ahead = 0
    elif (
        p.clock is not None and first.parsed.clock is not None and _BARE_COMMA.fullmatch(lowered, first.end, item.start)
    ):
        # the same instant in another zone ("at 10am local time on Friday, 11pm GMT on Thursday"), not a range
        ahead = _days_to_nearest(p.dow, day)
        if abs(ahead) > 1:
            return item
    elif (
        isinstance(first.parsed, Weekday)
        and (
            lex.range_link.fullmatch(lowered, first.end, item.start) is not None
            or (
                lex.range_end_link.fullmatch(lowered, first.end, item.start) is not None
                and lex.moved_to_link.fullmatch(lowered, first.end, item.start) is None  # ("postponed until Tuesday")
            )
        )
    ) or lex.pair_end_link.fullmatch(lowered, first.end, item.start) is not None:  # (after any day it opens on)
        ahead = (p.dow - day.isoweekday()) % 7 or 7
    elif day > published and lex.elliptic_day_link.fullmatch(lowered, first.end, item.start) is not None:
        # (the first such day after it, or the day before it)
        ahead = -1 if _days_to_nearest(p.dow, day) == -1 else (p.dow - day.isoweekday()) % 7 or 7
    else:
        return item
    target = day + timedelta(days=ahead)
    return replace(item, parsed=_on_day(target, p.clock))


def _weekday_of_another_week(item: Extracted, week: tuple[int, int, date, int], published: date) -> bool:
    """Whether a bare weekday on the publication day's own weekday follows a week named that is not this one ("next
    week ... Friday's on Saturday" said on a Saturday), or a Monday after a weekend ahead named ("the Labor Day weekend
    ..., with most showrooms also open on Monday" said on the Monday before)."""
    if not isinstance(item.parsed, Weekday) or item.parsed.dow != published.isoweekday():
        return False
    monday = week[2] + timedelta(days=_WEEK_DAYS if _monday_after_weekend(item.parsed, week[3]) else 0)
    return monday != _monday(published)


def _monday_after_weekend(p: Parsed, first_dow: int) -> bool:
    """Whether `p` is a Monday after a weekend named (a week whose days are counted from `first_dow`, Friday)."""
    return first_dow == _WEEKEND_FROM and isinstance(p, Weekday) and p.dow == 1


def _in_named_week(
    item: Extracted,
    week_start: int,
    week_end: int,
    monday: date,
    first_dow: int,
    text: str,
    lowered: str,
    lex: Lexicon,
    published: date,
    told: _TenseOnce,
) -> Extracted:
    """A bare weekday after a week or weekend named earlier in its sentence is that week's day: "Next week the
    Senate votes on Tuesday", "Fixtures this weekend: Leeds v Burnley (Saturday)", "a day late next week, so Friday's
    on Saturday"; unless its tense points the other way ("Last week the board said it would vote on Friday") or it is
    a report's day ("peaked in the week ending January 20, officials said on Thursday": cues.toml speech_day) or the
    week was named between commas ("Tickets for the festival, held over the second weekend of July, go on sale at 9am
    on Saturday": cues.toml aside_open, aside_close); a weekend's only from its Friday ("the festival, over the second
    weekend of July, sold out on Wednesday morning" is no day of July), or its Monday after it ("expect the Labor Day
    weekend to be their busiest, with most showrooms also open on Monday")."""
    p = item.parsed
    after_weekend = _monday_after_weekend(p, first_dow)
    if not _plain_weekday(p) or (p.dow < first_dow and not after_weekend):
        return item
    if lex.sentence_end.search(text, week_end, item.start) is not None:
        return item
    if lex.aside_close.match(lowered, week_end) and lex.aside_open.search(
        lowered, max(0, week_start - _ASIDE_REACH), week_start
    ):
        return item
    if after_speech_verb(lex.speech_day, lowered, item.start):
        return item
    day = monday + timedelta(days=p.dow - 1 + (_WEEK_DAYS if after_weekend else 0))
    tense = told()
    if ((tense > 0 and day < published) or (tense < 0 and day > published)) and not _names_event_with_it(
        item, lowered, lex
    ):
        return item
    if p.week_of:  # "this week ..., with showers likely midweek": that week
        weeks = (monday - _monday(published)).days // 7
        return replace(item, parsed=Relative(unit="week", offset=weeks))
    return replace(item, parsed=_on_day(day, p.clock))


_WEEKEND = "-WE"  # the TIMEX3 suffix of a weekend
_ASIDE_REACH = 40  # characters before a week named read for cues.toml aside_open
_FORTNIGHT_DAYS = 14  # how far a date in apposition to "next Friday" or "last Friday" may be
_SATURDAY = 6  # ISO weekday of a weekend's first day
_WEEKEND_FROM = 5  # the first weekday a weekend's days are counted from (Friday: "this weekend ... Friday night")
_LIST_REACH = 40  # characters before a date read for rules.toml day_list_before and cues.toml outlook_period_before
_BOOKED_REACH = 80  # ... and for cues.toml booked_period_before ("fixed the trial of the former bank chief for")


def _month_unsaid(p: Parsed) -> int | None:
    """The month of a month with no day, no year and no direction ("December"; not "Dec. 3", "December 2030", "next
    December"), else None."""
    return p.month if _year_unsaid(p) and p.day is None else None


def _data_period(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a month without a year is the period of the figures or report named after it ("December retail sales
    figures are due": cues.toml data_period_after) or before it ("figures for January to March are due":
    data_period_before): the latest such month begun, whatever the tense."""
    if _month_unsaid(item.parsed) is None:
        return False
    if lex.data_period_after.match(lowered, item.end) is not None:
        return True
    return lex.data_period_before.search(lowered, max(0, item.start - _LIST_REACH), item.start) is not None


_RECENT_MONTH_DAYS = 92  # a month described as a cause began at most this long before publication


def _recent_month_described(
    item: Extracted, published: date, told: Callable[[], int], lowered: str, lex: Lexicon
) -> bool:
    """Whether a month without a year, described as the cause of what is told ("would fall short of forecasts after
    an unusually warm October" said in November: cues.toml described_month_before), is the latest such month, begun
    within three months, whatever the tense short of a sure future ("after a busy December" said in November is
    still the coming one); one already over is the latest even then ("when the colours are expected to peak, a week
    later than last year because of a warm September" said in October)."""
    month = _month_unsaid(item.parsed)
    if month is None:
        return False
    if lex.described_month_before.search(lowered, max(0, item.start - _NAME_REACH), item.start) is None:
        return False
    year = published.year if month <= published.month else published.year - 1
    return (published - date(year, month, 1)).days <= _RECENT_MONTH_DAYS and (month != published.month or told() < 2)


def _booked_or_forecast(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a month-day or a month without a year ends the period of a forecast, which is not over: the first such
    day or month from the publication on, whatever the tense ("cut its profit forecast for the year to June 30" said
    in March is this June's; cues.toml outlook_period_before); so is a date without a year that bookings are for
    ("said bookings for the school holidays in August were running ahead": cues.toml booked_period_before), and so
    is a weekday tickets are for ("tickets for Saturday's derby have been sold")."""
    p, lo = item.parsed, max(0, item.start - _LIST_REACH)
    if not (_year_unsaid(p) or _plain_weekday(p)):  # ("All 2,098 tickets for Saturday's derby have been sold")
        return False
    # ("raised its guidance for the year to March": next March)
    dated = isinstance(p, Calendar) and (p.day is not None or p.month is not None)
    if dated and lex.outlook_period_before.search(lowered, lo, item.start) is not None:
        return True
    return lex.booked_period_before.search(lowered, max(0, item.start - _BOOKED_REACH), item.start) is not None


_CALAMITY_REACH = 24  # characters before a month read for cues.toml calamity_of_before


def _word_after_in(item: Extracted, lowered: str, lex: Lexicon, table: str) -> bool:
    """Whether the word right after an expression is one of words.toml `table` ("winter flu", "summer recess")."""
    after = _WORD_AFTER.match(lowered, item.end)
    return after is not None and lex.lookup(table, after["word"]) is not None


def _names_an_event(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a month-day or holiday without a year modifies an event noun ("the Nov. 5 election", "Christmas
    trading", words.toml [event_noun]), or a quarter or half a forecast ("Q3 guidance", [outlook_noun]) or a report
    is for ("an estimate for the fourth quarter", cues.toml period_report_before): the
    nearest such date or period, whatever the tense of the verb ("will certify the result of the Nov. 5 election"
    said in December is last month's; "Q3 guidance came in below expectations" said in June is this year's); so is
    a season or a month before a break ("Parliament returns from its summer recess" said in September, "its August
    recess": [season_break_noun])."""
    p = item.parsed
    if not _year_unsaid(p):
        return False
    if p.quarter is not None or p.half is not None:  # "Q3 guidance", "the fourth-quarter outlook"
        if lex.period_report_before.search(lowered, max(0, item.start - _LIST_REACH), item.start) is not None:
            return True  # "its first estimate for the fourth quarter is due on February 10"
        table = "outlook_noun"
    elif _open_holiday(p):
        table = "event_noun"  # a month-day or a holiday ("Thanksgiving dinner", "Black Friday deals")
    elif p.season is not None:
        table = "season_break_noun"  # a season's break ("returns from its summer recess")
    elif p.month is not None and p.day is None:  # a calamity's month ("a report on the floods of late November")
        if lex.calamity_of_before.search(lowered, max(0, item.start - _CALAMITY_REACH), item.start) is not None:
            return True
        if lex.period_report_before.search(lowered, max(0, item.start - _LIST_REACH), item.start) is not None:
            return True  # ... or a report's ("Figures for new-home sales in August are due on Tuesday")
        table = "season_break_noun"  # ... or a month's break ("Congress returns from its August recess")
    else:
        return False
    return _word_after_in(item, lowered, lex, table)


_EVENT_NEAR_DAYS = 92  # a dated event's nearest day this close to the anchor is the one meant, whatever the tense


def _event_day_near(item: Extracted, published: date) -> bool:
    """Whether the nearest day a dated event noun may be on lies within _EVENT_NEAR_DAYS of the anchor: "will
    certify the result of the Nov. 5 election" said in December is last month's; farther off, the tense decides
    ("the Christmas market opens on the last weekend of November" said in May is this year's)."""
    if not isinstance(item.parsed, Calendar) or item.parsed.month is None:
        return True  # a quarter, a half, a season or a movable feast: the nearest, whatever the distance
    span = resolve(item, published, 0).interval
    return span is None or min(abs((span.start - published).days), abs((span.end - published).days)) <= _EVENT_NEAR_DAYS


_LISTED_DAY = re.compile(r"(?P<day>\d{1,2})[^\W\d_]*")  # with an ordinal's letters


def _days_of_a_list(found: list[Extracted], lowered: str, lex: Lexicon) -> list[Extracted]:
    """Bare days listed right after a month-day, as expressions of their own in its month and year: "further
    stoppages on Nov. 14, 21 and 28" (rules.toml day_list), or before a day-first one: "on 27, 28 and 30 May"
    (day_list_before)."""
    out: list[Extracted] = []
    for i, item in enumerate(found):
        p = item.parsed
        if (
            not isinstance(p, Calendar)
            or p.month is None
            or p.day is None
            or p.clock is not None
            or p.nth_weekday is not None
            or p.easter
            or p.observance is not None
            or p.shift_days
            or p.week_of
        ):
            out.append(item)
            continue
        if lowered[item.start].isdigit():  # a day-first date: "27, 28 and 30 May"
            lo = max(out[-1].end if out else 0, item.start - _LIST_REACH)
            if (before := lex.day_list_before.search(lowered, lo, item.start)) is not None:
                out.extend(_listed_days(p, lowered, before.start(), item.start))
        out.append(item)
        listed = lex.day_list.match(lowered, item.end)
        if listed is not None and not (i + 1 < len(found) and listed.end() > found[i + 1].start):
            out.extend(_listed_days(p, lowered, item.end, listed.end()))
    return out


def _listed_days(p: Calendar, lowered: str, lo: int, hi: int) -> list[Extracted]:
    """The bare days of lowered[lo:hi], each an expression of its own in the month and year of `p`."""
    return [
        Extracted(
            start=m.start(),
            end=m.end(),
            rule="date_day_of_a_list",
            parsed=replace(p, day=int(m["day"]), weekday=None, weekday_step=None),
        )
        for m in _LISTED_DAY.finditer(lowered, lo, hi)
    ]


# how fine a granularity is: an anaphor of one unit counts from a date named at least that finely
_FINENESS: dict[str, int] = {
    "minute": 0,
    "hour": 0,
    "part_of_day": 0,
    "day": 0,
    "week": 1,
    "weekend": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half_year": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}


_COARSEST = max(_FINENESS.values()) + 1  # a granularity no anaphor counts from ("unknown")


def _anaphor_fineness(p: Parsed, last: Granularity | None) -> int | None:
    """How finely a date must be named for this anaphor to count from it: a day for "that evening" and "the Saturday
    before", a week for "that weekend", a month for "Earlier that month"; None for other values, for a bare clock ("at
    10 p.m.", which takes the day under discussion as it stands) and for a day alone ("that same day" after a month
    is a day of that month, not yet known: anchor's coarse-day pattern), unless it steps from a day past a year or
    longer named since (`last`): "go to the polls on Sunday in the first election since the 2035 coup, and results
    are expected the next day" is Monday."""
    if isinstance(p, Weekday):  # (one stepped from a week counts from the week: "the following Tuesday")
        return (1 if p.direction else 0) if p.anaphoric else None
    if not isinstance(p, Relative) or not p.anaphoric or p.span is not None or p.counted:
        return None
    if p.clock is not None and p.clock.hour is not None:
        return None
    if p.unit == "day" and p.clock is None:
        stepped = p.offset != 0 and _FINENESS.get(last or "", 0) >= _FINENESS["year"]
        return _FINENESS["day"] if stepped else None
    return _FINENESS.get(p.unit)


def _latest_point(
    points: list[tuple[date, Granularity]],
    *,
    fineness: int = _COARSEST,
    not_after: date = date.max,
    not_before: date = date.min,
) -> tuple[date, Granularity] | None:
    """The latest date that moved the story named at least this finely, within [`not_before`, `not_after`]."""
    for point in reversed(points):
        if not_before <= point[0] <= not_after and _FINENESS.get(point[1], _COARSEST) <= fineness:
            return point
    return None


def _in_the_order_the_text_allows(
    item: Extracted,
    p: Calendar,
    told: Callable[[], int],
    published: date,
    after: Extracted | None,
    lowered: str,
    lex: Lexicon,
) -> Extracted:
    """A numeric date whose month and day could swap, read day first when only that reading agrees with the weekday
    or holiday in apposition ("11/04/2039, Easter Monday" is April 11; cues.toml same_day_link), or else fits the
    tense: "signed on 06/02/2036" said on 2036-02-25 is Feb. 6 (June 2 is still ahead), "will open on 02/03/2036" said
    then is March 2; without a year, as if in the paper's year: "closed on 8/5" said on 2074-05-23 is May 8, "reopens
    on 5/8" then is August 5 (the US reading would need another year)."""
    if p.month is None or p.day is None or p.day > 12 or p.day == p.month:
        return item
    year = published.year if p.year is None else p.year
    written, swapped = date(year, p.month, p.day), date(year, p.day, p.month)
    day_first = replace(item, parsed=replace(p, month=p.day, day=p.month))
    if after is not None and lex.same_day_link.fullmatch(lowered, item.end, after.start) is not None:
        agrees = [_names_the_day(after, d, published) for d in (written, swapped)]
        if agrees[0] != agrees[1]:
            return day_first if agrees[1] else item
    tense = told()
    if tense == 0:
        return item

    def fits(d: date) -> bool:
        return d <= published if tense < 0 else d >= published

    return day_first if not fits(written) and fits(swapped) else item


def _names_the_day(after: Extracted, day: date, published: date) -> bool:
    """Whether a bare weekday or a holiday in apposition names `day` ("a Sunday", "Easter Monday")."""
    h = after.parsed
    if isinstance(h, Weekday):
        return _bare_weekday(h) and h.dow == day.isoweekday()
    if not (isinstance(h, Calendar) and _open_holiday(h) and h.clock is None):
        return False
    r = resolve(replace(after, parsed=replace(h, year=day.year)), published, 0)
    return r.interval is not None and r.granularity == "day" and r.interval.start == day


def _names_season_goods(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a holiday names the goods or customs of its season, not a day ("the Christmas market runs from that
    evening", "Christmas lights", words.toml [season_goods]): it does not move the story."""
    if not isinstance(item.parsed, Calendar) or lex.lookup("holiday", lowered[item.start : item.end]) is None:
        return False
    after = _WORD_AFTER.match(lowered, item.end)
    return after is not None and lex.lookup("season_goods", after["word"]) is not None


# one or two words after a day, the possessive's "'s" first or not ("Sunday's regional runoff", "the Sunday night
# concert")
_EVENT_AFTER = re.compile(r"[\x27’]s[ \t]+(?P<first>[a-z-]+)(?:[ \t]+(?P<second>[a-z]+))?")
_WORDS_AFTER = re.compile(r"[ \t]+(?P<first>[a-z-]+)(?:[ \t]+(?P<second>[a-z]+))?")


def _event_noun_in(m: re.Match[str] | None, lex: Lexicon, table: str = "event_noun") -> bool:
    """Whether one of the (at most two) words matched is an event's noun (words.toml [event_noun], or `table`)."""
    return m is not None and any(w and lex.lookup(table, w) is not None for w in (m["first"], m["second"]))


def _names_event_with_it(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a weekday names an event with the noun after it ("the Sunday night concert": cues.toml
    event_day_before, at most one word between): the sentence's tense is the event's neighbour's ("tickets ... sold
    out"), not the event's."""
    if lex.event_day_before.search(lowered, max(0, item.start - _ASIDE_REACH), item.start) is None:
        return False
    return _event_noun_in(_WORDS_AFTER.match(lowered, item.end), lex)


def _event_after(end: int, lowered: str, lex: Lexicon, table: str = "event_noun") -> bool:
    """Whether a possessive day names an event (at most one word between): "Sunday's regional runoff" is the coming
    one when nothing says otherwise, unlike "Thursday's closing price" (or, with `table` "result_noun", a result:
    "Friday night's win")."""
    return _event_noun_in(_EVENT_AFTER.match(lowered, end), lex, table)


def _the_week_ahead(
    item: Extracted,
    published: date,
    last: date | None,
    granularity: Granularity | None,
    text: str,
    lowered: str,
    lex: Lexicon,
    last_end: int,
) -> bool:
    """Whether "the week" or "the weekend" is that of a day ahead named just before (its expression ending at
    `last_end`), in the next week ("would ease on Tuesday before a second heatwave later in the week" said on a
    Sunday is the week of that Tuesday) or later in the same sentence ("opens on Saturday, Sept. 21, with free rides
    all weekend"; a week: "Showers are likely midweek, with sunshine returning by the weekend")."""
    p = item.parsed
    if not isinstance(p, Relative) or p.unit not in ("week", "weekend") or p.offset != 0 or not p.by_tense:
        return False
    if p.anaphoric or p.comparative or last is None or granularity not in (*DAY_GRANULARITIES, "week"):
        return False
    ahead = (last - published).days
    if ahead <= 0 or last.isocalendar()[:2] == published.isocalendar()[:2]:
        return False
    if (
        p.unit == "weekend"
        and last.isoweekday() < _SATURDAY <= published.isoweekday()
        and lex.remainder_of.match(lowered, item.start) is not None
    ):  # "cancelled for the rest of the weekend" after "until 6am on Monday", said on a Saturday: this weekend's
        return False
    if ahead <= 7 and granularity != "week":
        return True
    return lex.sentence_end.search(text, last_end, item.start) is None


def _weekday_after_a_day_ahead(
    item: Extracted,
    published: date,
    last: date | None,
    granularity: Granularity | None,
    text: str,
    lex: Lexicon,
    last_end: int,
) -> bool:
    """Whether a bare weekday under a weak future cue follows a day ahead named earlier in its sentence: then it is
    ahead too, not yesterday ("meet in Brussels from Thursday for a two-day summit, with a deal not expected before
    Friday afternoon" said on a Saturday)."""
    if not isinstance(item.parsed, Weekday) or item.parsed.possessive or last is None or last <= published:
        return False
    return granularity in DAY_GRANULARITIES and lex.sentence_end.search(text, last_end, item.start) is None


def _ends_a_run(start: int, lowered: str, lex: Lexicon) -> bool:
    """Whether the expression starting at `start` is the end of a run ("runs until Sunday evening"): a day named after
    it within the week is within the run (cues.toml run_end_before)."""
    return lex.run_end_before.search(lowered, max(0, start - _PREPOSITION_REACH), start) is not None


def _the_day_after(p: Weekday, last: date, granularity: Granularity | None) -> bool:
    """Whether the weekday `p` is the day after `last`, the day (not a coarser period) named before it."""
    return granularity in DAY_GRANULARITIES and last.isoweekday() % 7 + 1 == p.dow


_SMALL_HOURS_REACH = 200  # characters after a day named the night running on from it may be told of


def _small_hours_after(
    p: Weekday, start: int, last: date, granularity: Granularity | None, lowered: str, lex: Lexicon, last_end: int
) -> bool:
    """Whether a bare weekday after "the early hours of" or "early on" is the day after the day named just before,
    the night running on from it: "go to the polls on Thursday, February 18 ... with the result expected in the early
    hours of Friday" (cues.toml small_hours_before)."""
    if not _plain_weekday(p) or not _the_day_after(p, last, granularity):
        return False
    if start - last_end > _SMALL_HOURS_REACH or "\n\n" in lowered[last_end:start]:
        return False
    return lex.small_hours_before.search(lowered, max(0, start - _SMALL_HOURS_REACH), start) is not None


_AHEAD_DAYS = 7  # days ahead from which a day named is past the coming week


def _morning_after_a_day_ahead(
    p: Weekday,
    start: int,
    last: date,
    granularity: Granularity | None,
    last_end: int,
    published: date,
    text: str,
    lex: Lexicon,
) -> bool:
    """Whether a bare weekday morning is the morning after the day named last, a week or more ahead, in its sentence
    or the next: "go to the polls on Thursday, May 3, and counting starts on Friday morning" said 12 days before is
    May 4, not the coming Friday (told of the future: the caller checks)."""
    if not _plain_weekday(p) or p.clock is None or p.clock.part_of_day != _MORNING:
        return False
    if not _the_day_after(p, last, granularity):
        return False
    if (last - published).days < _AHEAD_DAYS:
        return False
    return _within_next_sentence(text, lex, last_end, start)


_HOOK_DAYS = 7  # days either side of publication a day named is the news itself ("died on Sunday")


def _within_next_sentence(text: str, lex: Lexicon, end: int, start: int) -> bool:
    """Whether text[start] is in the sentence of text[end], or in the next one, at most `_SMALL_HOURS_REACH` on."""
    ends = lex.sentence_end.finditer(text, end, start)
    return next(ends, None) is None or (next(ends, None) is None and start - end <= _SMALL_HOURS_REACH)


_STORY_REACH = 300  # characters "the year" or "the end of the month" stays the period named just before


def _story_period(item: Extracted, unit: str, named_end: int, words: re.Pattern[str], lowered: str) -> bool:
    """Whether a plain "the year" or "the end of the month" (the `words`: cues.toml story_year, story_month) soon
    after another such period named (ending at `named_end`) is that period: "Looking ahead to 2025: ... back at its
    target by the end of the year"; "peaked on June 19, 2030 ... stayed shut until the end of the month"."""
    p = item.parsed
    if not isinstance(p, Relative) or p.unit != unit or p.offset != 0 or p.anaphoric or p.comparative:
        return False
    return item.start - named_end <= _STORY_REACH and words.fullmatch(lowered, item.start, item.end) is not None


_DAY_NOUN_REACH = 8  # characters before a weekday read for cues.toml day_apposition_before ("day, ")


def _day_of_a_range(
    item: Extracted,
    first: tuple[Extracted, Resolved],
    last: tuple[Extracted, Resolved],
    text: str,
    lowered: str,
    lex: Lexicon,
) -> Extracted:
    """The nth day of a stretch of days named just before as a range, in its sentence, counted from the range's first
    day, ahead or over ("runs from December 26 to 28, with the feature chase on the second day": December 27); and a
    weekday in apposition to a day of it ("from August 17 to 20 ..., with the speech on its last day, Thursday":
    August 20; cues.toml day_apposition_before)."""
    p = item.parsed
    if isinstance(p, Relative) and p.stretch_day and p.clock is None:
        nth, dow = p.offset, None
    elif _bare_weekday(p) and lex.day_apposition_before.search(
        lowered, max(0, item.start - _DAY_NOUN_REACH), item.start
    ):
        nth, dow = 0, p.dow
    else:
        return item
    start, end = first[1].interval, last[1].interval
    if first[1].granularity != "day" or last[1].granularity != "day" or start is None or end is None:
        return item
    if lex.range_link.fullmatch(lowered, first[0].end, last[0].start) is None:
        return item
    if lex.sentence_end.search(text, last[0].end, item.start) is not None:
        return item
    if dow is not None:  # the day of the range on that weekday
        nth = (dow - start.start.isoweekday()) % 7
    day = start.start + timedelta(days=nth)
    return item if day > end.start else replace(item, parsed=_on_day(day, None))


def _count_link(day_end: int, length: Extracted, dated_start: int, lowered: str, lex: Lexicon) -> re.Match[str] | None:
    """The link between a whole length in apposition to a day ending at `day_end` and the date it is counted to or
    from, starting at `dated_start` ("on Tuesday, three weeks after Super Tuesday"; cues.toml count_apposition_link,
    count_side_link: group `after` when the date is the earlier one), or None."""
    if not isinstance(length.parsed, Duration) or not length.parsed.value.whole:
        return None
    if lex.count_apposition_link.fullmatch(lowered, day_end, length.start) is None:
        return None
    return lex.count_side_link.fullmatch(lowered, length.end, dated_start)


def _counted_from_day_before(
    item: Extracted, day: Extracted, day_resolved: Resolved, length: Extracted, lowered: str, lex: Lexicon
) -> Extracted:
    """A month-day, holiday or season without a year, counted from the day in apposition before it ("on Tuesday, three
    weeks after Super Tuesday": the Super Tuesday three weeks before that Tuesday; "from Monday 12 April, six months
    after the autumn campaign": the autumn before), takes the year that puts it nearest the day counted back (or on,
    after "before") from that day."""
    p = item.parsed
    if not _year_unsaid(p) or not (_day_of_a_year(p) or _bare_season(p)) or day_resolved.granularity != "day":
        return item
    link = _count_link(day.end, length, item.start, lowered, lex)
    if day_resolved.interval is None or link is None or not isinstance(length.parsed, Duration):
        return item
    target = counted_on(day_resolved.interval.start, length.parsed.value, -1 if link["after"] else 1)
    r = resolve(item, target, 0, None, None, None)  # the nearest such day to the day counted to
    if r.interval is None:
        return item
    return replace(item, parsed=replace(p, year=r.interval.start.year))


def _counted_from_event_of_day(
    item: Extracted,
    index: int,
    found: list[Extracted],
    last_day: tuple[int, date] | None,
    text: str,
    lowered: str,
    lex: Lexicon,
) -> Extracted:
    """A weekday in apposition to a length counted from the event of the day named before it, in its sentence ("play
    in Dublin on Saturday, February 4, and name their squad on Tuesday, 11 days before kick-off": January 24), when
    the day counted to is that weekday."""
    if last_day is None or not _plain_weekday(item.parsed) or index + 1 >= len(found):
        return item
    length = found[index + 1]
    if not isinstance(length.parsed, Duration) or not length.parsed.value.whole:
        return item
    if lex.count_apposition_link.fullmatch(lowered, item.end, length.start) is None:
        return item
    side = lex.count_event_side.match(lowered, length.end)
    if side is None or lex.sentence_end.search(text, last_day[0], item.start) is not None:
        return item
    target = counted_on(last_day[1], length.parsed.value, 1 if side["after"] else -1)
    if target.isoweekday() != item.parsed.dow:
        return item
    return replace(item, parsed=_on_day(target, item.parsed.clock))


def _counted_to_day_after(
    item: Extracted, index: int, found: list[Extracted], published: date, lowered: str, lex: Lexicon
) -> Extracted:
    """A weekday in apposition to a length counted to a month-day after it ("on Saturday, a fortnight before the
    opening match on 13 November": the Saturday nearest two weeks before November 13), when the count lands within a
    week of publication (the month-day in the year that puts it nearest)."""
    if not _plain_weekday(item.parsed) or index + 2 >= len(found):
        return item
    length, dated = found[index + 1], found[index + 2]
    p = dated.parsed
    if not isinstance(p, Calendar) or p.month is None or p.day is None or p.year_offset is not None:
        return item  # (a holiday takes its year from the day instead: "on Tuesday, three weeks after Super Tuesday")
    link = _count_link(item.end, length, dated.start, lowered, lex)
    if link is None or not isinstance(length.parsed, Duration):
        return item
    years = (p.year,) if p.year is not None else (published.year - 1, published.year, published.year + 1)
    days = [date(y, p.month, p.day) for y in years if p.day <= monthrange(y, p.month)[1]]
    counted = [counted_on(d, length.parsed.value, 1 if link["after"] else -1) for d in days]
    target = min(counted, key=lambda d: abs((d - published).days), default=None)
    if target is None or abs((target - published).days) > _WEEK_DAYS:
        return item
    day = resolve(replace(item, parsed=replace(item.parsed, clock=None)), target, 0, None, None, None)
    if day.interval is None:
        return item
    return replace(item, parsed=_on_day(day.interval.start, item.parsed.clock))


def _counted_back_from_now(
    item: Extracted, index: int, found: list[Extracted], published: date, lowered: str, lex: Lexicon
) -> Extracted:
    """A month-day or holiday without a year, counted from a length in apposition to a clause that names no day
    before the comma ("have until the end of next week to agree a programme, nearly seven weeks after the election of
    5 March"), takes the year that puts the day counted to within a week of publication, whatever the tense."""
    p = item.parsed
    if index < 1 or not _year_unsaid(p) or not _day_of_a_year(p):
        return item
    length = found[index - 1]
    comma = lowered.rfind(",", 0, length.start)
    if comma < 0 or (index >= 2 and lowered[found[index - 2].end : comma].strip() == ""):
        return item  # (a day right before the comma is counted from instead: _counted_from_day_before)
    link = _count_link(comma, length, item.start, lowered, lex)
    if link is None or not isinstance(length.parsed, Duration):
        return item
    sign = 1 if link["after"] else -1
    best: tuple[int, int] | None = None  # (days from publication, year)
    for year in (published.year - 1, published.year, published.year + 1):
        r = resolve(replace(item, parsed=replace(p, year=year)), published, 0, None, None, None)
        if r.interval is None or r.granularity != "day":
            continue
        gap = abs((counted_on(r.interval.start, length.parsed.value, sign) - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    if best is None or best[0] > _WEEK_DAYS:
        return item
    return replace(item, parsed=replace(p, year=best[1]))


def _clock_needs_tense(p: Parsed, published: date, last_point: date | None, entry_day: date | None) -> bool:
    """Whether a clock time with no day of its own depends on the tense: told in the past, it is not on a day ahead
    named last ("by Tuesday, the center said in its 5 a.m. advisory"), unless that day is its live-blog entry's ("1
    January / 7.30am The sun rose over Gisborne at 6.04am" in a paper of December 31), and a midnight is the one that
    began the day."""
    ahead = last_point is not None and last_point > published and last_point != entry_day
    return bare_clock(p) and (ahead or bare_midnight(p))


def _side_of_stamp(item: Extracted, stamp: tuple[int, date, time, int | None], lowered: str, lex: Lexicon) -> int:
    """-1 if `item` is a clock time with no day and no zone but the stamp's earlier in the day than a live blog's
    `stamp` just before it (its end, day, time and zone), 1 if later, else 0; a part of the day is earlier when it is
    over by the stamp's hour ("the morning" under "8:05 p.m.": words.toml [part_of_day_over_by])."""
    _, day, stamp_time, stamp_zone = stamp
    p = item.parsed
    if not bare_clock(p) or p.clock is None or (p.clock.hour is not None and p.clock.hour >= 24):
        return 0
    if p.clock.hour is None:
        over_by = lex.lookup("part_of_day_over_by", p.clock.part_of_day or "")
        return -1 if isinstance(over_by, int) and stamp_time.hour >= over_by else 0
    if item.rule in lex.line_stamp_rules:
        return 0
    if lex.zone_end.search(lowered, item.start, item.end) is not None and (
        stamp_zone is None or _zone_minutes(item, lowered, lex, day) != stamp_zone
    ):
        return 0  # a zone of its own ("23:10 BST ... at 01:00 BST" is the stamp's)
    clock, stamped = (p.clock.hour, p.clock.minute), (stamp_time.hour, stamp_time.minute)
    return (clock > stamped) - (clock < stamped)


_NIGHT = "TNI"  # the TIMEX3 part of day of a night
_MORNING = "MO"  # ... and of a morning
_NOON = 12


def _morning_after(p: Relative, night_end: int, start: int, text: str, lex: Lexicon) -> bool:
    """Whether a bare clock time at `start` is a morning hour in the sentence of a night named before it (ending at
    `night_end`): that night's next morning."""
    if p.clock is None or p.clock.hour is None or p.clock.hour >= _NOON:
        return False
    return lex.sentence_end.search(text, night_end, start) is None


def _later_day_in_sentence(
    entry_day: date,
    last_point: date | None,
    last_granularity: Granularity | None,
    last_end: int,
    start: int,
    text: str,
    lex: Lexicon,
) -> bool:
    """Whether the day named last (alone or with its clock), in the sentence of the clock at `start`, is after the
    live-blog entry's day: the clock is on it ("10:20 BST ... return on Monday, when a warning will be in force from
    09:00"; "11:05 p.m. EDT Polls open at 6 a.m. on Tuesday, November 5, and close at 7 p.m."), not on the day after
    the entry's."""
    return (
        last_point is not None
        and last_granularity in DAY_GRANULARITIES
        and last_point > entry_day
        and lex.sentence_end.search(text, last_end, start) is None
    )


def _day_linked_before(previous: tuple[Extracted, Resolved], start: int, lowered: str, lex: Lexicon) -> date | None:
    """The day named right before a bare clock at `start` and joined to it ("on Saturday, August 29, at 9.45pm":
    cues.toml day_clock_link), or None; not a day that only bounds a span or is counted from ("on Saturday 7 November,
    two days after Guy Fawkes Night, with gates opening at 5.30pm": cues.toml boundary_before)."""
    item, r = previous
    if r.granularity != "day" or r.interval is None or lex.day_clock_link.fullmatch(lowered, item.end, start) is None:
        return None
    return None if _bounds(item, lowered, lex) else r.interval.start


def _bounds(item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether a date only bounds a state or a span, or is a day a length is counted from, and does not move the
    story ("since August", "two days after Guy Fawkes Night": cues.toml boundary_before)."""
    return lex.boundary_before.search(lowered, max(0, item.start - _BOUNDARY_REACH), item.start) is not None


def _clock_day_before(
    p: Relative, previous: tuple[Extracted, Resolved], start: int, lowered: str, lex: Lexicon
) -> date | None:
    """The day of a clock time named just before a bare clock at `start`, not later than it and joined to it by "and"
    ("a piper at 7.30pm and haggis served at 8pm": cues.toml clock_chain_link), or None."""
    item, r = previous
    if r.time is None or r.interval is None or r.granularity not in ("hour", "minute"):
        return None
    if p.clock is None or p.clock.hour is None or p.clock.hour < r.time.hour:
        return None
    return r.interval.start if lex.clock_chain_link.fullmatch(lowered, item.end, start) is not None else None


_EVENING = 18  # a clock from this hour on, followed in its sentence by one before ...
_SMALL_HOURS_END = 6  # ... this hour, runs on into the next day


def _evening_before(
    p: Relative, previous: tuple[Extracted, Resolved] | None, start: int, text: str, lex: Lexicon
) -> date | None:
    """The day of an evening clock time named just before a bare small-hours clock at `start`, in its sentence (not a
    live-blog stamp): the bare clock is the next day's ("at 11.48pm on Saturday ... out by 2am"), or None."""
    if previous is None:
        return None
    item, r = previous
    if not _in_small_hours(p.clock) or item.rule in lex.line_stamp_rules:
        return None
    if r.time is None or r.time.hour < _EVENING or r.interval is None or r.granularity not in DAY_GRANULARITIES:
        return None
    return r.interval.start if lex.sentence_end.search(text, item.end, start) is None else None


def _clock_of_day(
    clock: tuple[Extracted, Resolved] | None, day: tuple[Extracted, Resolved]
) -> tuple[Extracted, Resolved] | None:
    """`clock`, when it is a time on the day `day` names, which has none of its own ("8pm on Holy Saturday")."""
    if clock is None or day[1].time is not None or day[1].interval is None or clock[1].interval is None:
        return None
    return clock if clock[1].interval.start == day[1].interval.start else None


def _evening_told_after_midnight(
    stamp: tuple[int, date, time, int | None], item: Extracted, lowered: str, lex: Lexicon
) -> bool:
    """Whether a live-blog entry stamped in the small hours tells, with a past verb before it that is not a report's
    (cues.toml entry_past), a clock later than its stamp: the evening before ("00:40 BST Sandbags ran out shortly
    after 11pm, the council says"; not "01:10 BST The operator says the last trains leave at 19:30")."""
    return stamp[2].hour < _SMALL_HOURS_END and lex.entry_past.search(lowered, stamp[0], item.start) is not None


def _in_small_hours(clock: ClockTime | None) -> bool:
    """Whether a clock time is before the end of the small hours (a midnight written as T24:00 is not)."""
    return clock is not None and clock.hour is not None and clock.hour < _SMALL_HOURS_END


def _on_day(d: date, clock: ClockTime | None) -> Calendar:
    """A day (with its clock time, if any) as an extracted value."""
    return Calendar(year=d.year, month=d.month, day=d.day, clock=clock)


def _has_clock(p: Parsed) -> bool:
    """A value with a clock hour ("6pm"), not only a part of the day ("that evening")."""
    return isinstance(p, Calendar | Weekday | Relative) and p.clock is not None and p.clock.hour is not None


def _clock_minutes(p: Parsed) -> int:
    """Minutes after midnight of a value's clock hour (0 without one)."""
    clock = p.clock if isinstance(p, Calendar | Weekday | Relative) else None
    return 0 if clock is None or clock.hour is None else clock.hour * 60 + clock.minute


def _day_named_after(
    index: int,
    found: list[Extracted],
    text: str,
    lowered: str,
    lex: Lexicon,
    published: date,
    last_point: date | None,
    last_granularity: Granularity | None,
    header_day: date | None,
    entry_zone: int | None,
) -> date | None:
    """The day a bare clock time is on when a day is named right after it ("11.30pm on Christmas Eve", "5 p.m. the
    previous day"), also across a clock range or a clock given in two zones ("from 7am to 10pm on Thursday, Jan. 16",
    "2 p.m. ET (1900 GMT) on Wednesday"); None when none is. A day word in an entry under a live blog's day header
    counts from that day, as it does alone ("21:10 ... from 4am until 11am tomorrow" under yesterday's header). A
    clock with no zone written is in `entry_zone`, the zone of the live-blog entry it stands in, if known."""
    clock, j = found[index], index + 1
    shift = 0  # days from the named day to the clock's: the day may be another zone's
    if j >= len(found):
        return None
    if lex.clock_pair_link.fullmatch(lowered, clock.end, found[j].start) and _has_clock(found[j].parsed):
        if not _has_clock(clock.parsed):
            return None  # a part of the day starts no range of clocks ("from 6pm that evening until noon on Friday")
        if bare_clock(found[j].parsed):  # "from 7am to 10pm on Thursday", "2 p.m. ET (1900 GMT) on Wednesday"
            first, clock, j = clock, found[j], j + 1
            if j >= len(found) or (link := lex.clock_day_link.fullmatch(lowered, clock.end, found[j].start)) is None:
                return None
            if lex.clock_zone_link.fullmatch(lowered, first.end, clock.start) and ")" not in link.group():
                # "10.30am local time (11.30pm GMT on Christmas Day)": the day is the other zone's
                shift = _day_shift_between(first, clock, entry_zone, lowered, lex, published)
        elif lex.clock_zone_link.fullmatch(lowered, clock.end, found[j].start):
            # "9 p.m. ET (0200 GMT Monday)": the day is the other zone's, which may differ from this clock's
            shift = _day_shift_between(clock, found[j], entry_zone, lowered, lex, published)
        elif _clock_minutes(clock.parsed) > _clock_minutes(found[j].parsed):
            shift = 1  # "from 8pm until 4am tomorrow": the range runs over midnight into the day of its end
    elif lex.clock_day_link.fullmatch(lowered, clock.end, found[j].start) is None:
        return None
    after = found[j]
    if not isinstance(after.parsed, Calendar | Weekday | Relative) or bare_clock(after.parsed):
        return None
    if _header_line(text, clock.end, after.start, after.end):
        return None  # "... since 6 p.m.\nSunday, Feb. 28\n": the next day header of a live blog
    tense = tense_at(text, lowered, lex, after.start, after.end) if needs_tense(after.parsed, published) else 0
    if header_day is not None and _live_blog_day(header_day, published) and _day_word(after.parsed):
        r = resolve(after, header_day, tense, None, last_point, last_granularity)
    else:
        r = resolve(after, published, tense, None, last_point, last_granularity)
    if r.granularity not in DAY_GRANULARITIES or r.interval is None:
        return None
    return r.interval.start - timedelta(days=shift)


def _header_line(text: str, before: int, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own, on a line after the one `before` is on (a day header)."""
    br = text.rfind("\n", before, start)
    if br < 0 or text[br + 1 : start].strip():
        return False
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def _named_day_in_other_zone(
    index: int,
    found: list[Extracted],
    lowered: str,
    lex: Lexicon,
    last_point: date | None,
    last_granularity: Granularity | None,
    last_end: int,
    entry_zone: int | None,
) -> Extracted | None:
    """The clock in another zone right after the bare clock found[index] ("11 p.m. ET (0300 GMT Sunday)"), put on
    its date, when its weekday is that of the day named shortly before, seen from the other zone ("set for
    October 14 ... at 11 p.m. ET (0300 GMT Sunday)": October 15); None otherwise."""
    if last_point is None or last_granularity != "day" or index + 1 >= len(found):
        return None
    clock, other = found[index], found[index + 1]
    p = other.parsed
    if not isinstance(p, Weekday) or p.clock is None or p.direction is not None or p.shift_days or p.week_offset:
        return None
    if lex.clock_zone_link.fullmatch(lowered, clock.end, other.start) is None:
        return None
    if clock.start - last_end > _STORY_REACH:
        return None
    day = last_point + timedelta(days=_day_shift_between(clock, other, entry_zone, lowered, lex, last_point))
    if day.isoweekday() != p.dow:
        return None
    return replace(other, parsed=_on_day(day, p.clock))


def _day_in_entry_zone(
    index: int,
    found: list[Extracted],
    lowered: str,
    lex: Lexicon,
    stamp: tuple[int, date, time, int | None],
    told: Callable[[], int],
) -> date | None:
    """The day of the bare clock found[index], in a zone of its own, when the same instant follows it in the zone of
    the live-blog entry it stands in (`stamp`: its end, day, time and zone): that clock is on the entry's day (the
    next one when earlier than the stamp and told of the future), and this one as many days before or after it as
    the zones put between them ("08:50 JST ... Wall Street closed at 4 p.m. ET (06:00 JST)": the day before the
    entry's); None otherwise."""
    entry_day, entry_zone = stamp[1], stamp[3]
    if index + 1 >= len(found) or entry_zone is None:
        return None
    clock, other = found[index], found[index + 1]
    if not bare_clock(other.parsed) or lex.clock_zone_link.fullmatch(lowered, clock.end, other.start) is None:
        return None
    mine = _zone_minutes(clock, lowered, lex, entry_day)
    if mine is None or mine == entry_zone or _zone_minutes(other, lowered, lex, entry_day) not in (None, entry_zone):
        return None
    if _side_of_stamp(other, stamp, lowered, lex) < 0 and told() > 0:
        entry_day += timedelta(days=1)  # "23:10 BST ... open at 9am JST (01:00 BST)": tomorrow's small hours
    return entry_day - timedelta(days=_zone_day_shift(clock.parsed, other.parsed, mine, entry_zone))


_MINUTES_A_DAY = 24 * 60


def _zone_day_shift(clock: Parsed, other: Parsed, mine_zone: int | None, their_zone: int | None) -> int:
    """Days from this clock's day to that of the same instant in another zone: 1 for "9 p.m. ET (0200 GMT Monday)",
    -1 for "2 a.m. JST (1700 GMT Monday)", 0 for "10 a.m. EST (1500 GMT Tuesday)". With both zones' UTC offsets
    known (minutes) and agreeing with the two clocks, their difference; else read from the clocks alone, the nearer
    way round the clock face (zones mostly differ by less than 12 hours; not "05:47 NZDT (16:47 GMT Thursday)")."""
    if not isinstance(clock, Calendar | Weekday | Relative) or not isinstance(other, Calendar | Weekday | Relative):
        return 0
    if clock.clock is None or clock.clock.hour is None or other.clock is None or other.clock.hour is None:
        return 0
    mine = clock.clock.hour * 60 + clock.clock.minute
    theirs = other.clock.hour * 60 + other.clock.minute
    difference = (theirs - mine + _MINUTES_A_DAY // 2) % _MINUTES_A_DAY - _MINUTES_A_DAY // 2
    if (
        mine_zone is not None
        and their_zone is not None
        and (mine + their_zone - mine_zone - theirs) % _MINUTES_A_DAY == 0
    ):
        difference = their_zone - mine_zone
    return (mine + difference) // _MINUTES_A_DAY


_FIXED_OFFSET = re.compile(r"(?P<sign>[+-])(?P<hours>\d\d)(?P<minutes>\d\d)?")  # words.toml [timezone] values


def _day_shift_between(
    clock: Extracted, other: Extracted, entry_zone: int | None, lowered: str, lex: Lexicon, on: date
) -> int:
    """`_zone_day_shift` of two clocks with the zones written in their spans, `clock`'s else `entry_zone` (the zone
    of the live-blog entry it stands in, if known); a zone whose offset changes with the season takes the one it has
    `on` that day."""
    mine = _zone_minutes(clock, lowered, lex, on)
    return _zone_day_shift(
        clock.parsed, other.parsed, entry_zone if mine is None else mine, _zone_minutes(other, lowered, lex, on)
    )


def _zone_minutes(item: Extracted, lowered: str, lex: Lexicon, on: date) -> int | None:
    """The UTC offset in minutes of the zone written in the item's span ("16:47 GMT Thursday": 0, "06:20 NZDT": 780;
    "4 p.m. ET": New York's `on` that day, at noon); None when none is, or its offset is unknown ("local time")."""
    m = lex.zone_named.search(lowered, item.start, item.end)
    offset = lex.lookup("timezone", m.group()) if m is not None else None
    if offset == "Z":
        return 0
    if isinstance(offset, str) and "/" in offset:  # words.toml [timezone]: a zone of the tz database
        try:
            delta = ZoneInfo(offset).utcoffset(datetime(on.year, on.month, on.day, 12))
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return None if delta is None else int(delta.total_seconds()) // 60
    fixed = _FIXED_OFFSET.fullmatch(offset) if isinstance(offset, str) else None
    if fixed is None:
        return None
    minutes = int(fixed["hours"]) * 60 + int(fixed["minutes"] or 0)
    return -minutes if fixed["sign"] == "-" else minutes


def tag_text(
    text: str, published: date, settings: Settings, *, start: int = 0, article_id: str = ""
) -> tuple[Timex, ...]:
    """Every temporal expression of text[start:], resolved against `published`, sorted by offset.

    Offsets are code-point offsets into the whole `text`.
    """
    lex = load_lexicon(settings.language)
    lowered = lower_text(text)
    found = find_expressions(text, lex, start, lowered)
    if not found:
        return ()
    found = _days_of_a_list(found, lowered, lex)
    found = _years_from_range_ends(_years_from_year_after(found, text, lowered, lex, published), lowered, lex)
    found = _holidays_on_days_named(_that_opening_a_clause(found, lowered, lex), published, lowered, lex)
    found = _seasons_of_a_habit(_stretch_days_on_days_named(found, lowered, lex), text, lowered, lex)
    found = _days_counted_from(_decades_from_range_starts(found, lowered, lex), lowered, lex)
    found = _weekday_ranges_in_weeks_named(found, lowered, lex)
    out: list[Timex] = []
    # the periods under discussion, by granularity, with the end offset where each was named: the latest quarter
    # named, the latest month named
    periods: dict[str, tuple[int, DateValue]] = {}
    last_point: date | None = None  # start of the latest date named (anchor of "the previous year")
    last_end = 0  # ... and where its expression ends
    # (end offset, day, time, UTC offset in minutes of its zone if written) of the latest live-blog stamp ("23:55 BST")
    stamp: tuple[int, date, time, int | None] | None = None
    last_granularity: Granularity | None = None
    previous: tuple[Extracted, Resolved] | None = None
    before_previous: tuple[Extracted, Resolved] | None = None  # ... and the one before it
    # (start and end offsets, Monday, its first weekday meant) of the latest week or weekend named
    week: tuple[int, int, date, int] | None = None
    year_named: tuple[int, int] | None = None  # (end offset, year) of the latest year named other than this one
    this_year_end: int | None = None  # end offset of the expression before when it is "this year" (or 2053 in 2053)
    fiscal_named: tuple[int, int] | None = None  # (end offset, year) of the latest fiscal year named
    # (end offset, year, month, whether its year is written) of the latest other month named
    month_named: tuple[int, int, int, bool, bool] | None = None  # (end, year, month, year written, a month's)
    # (end offset, first day, last day) of the latest season named that is not over
    season_named: tuple[int, date, date] | None = None
    header_day: date | None = None  # the latest day written on a line of its own (a live blog's day header)
    # (end offset, day) of the latest night named ("overnight", "Tuesday night")
    last_night: tuple[int, date] | None = None
    last_day: tuple[int, date] | None = None  # (end offset, day) of the latest day named
    last_dated: tuple[int, date] | None = None  # ... when a date or a holiday named it, not a weekday
    two_days: tuple[int, date] | None = None  # (end offset, first day) of the latest range of two days in a row
    # (end offset, day) of the latest day said to fall on a weekday ("Christmas Day falls on a Thursday")
    fall_day: tuple[int, date] | None = None
    points: list[tuple[date, Granularity]] = []  # the dates that moved the story, in order
    point_ends: list[int] = []  # ... and where their expressions end
    for index, item in enumerate(found):
        borrowed = False  # the day is the next expression's: that one moves the story, not this one
        told = _TenseOnce(text, lowered, lex, item.start, item.end)  # the sentence's tense at it, read when needed
        if item.rule in lex.not_in_past_rules and told() < 0:
            continue  # "He was soon released": shortly after the events told, no reference to the future
        if isinstance(item.parsed, Calendar):  # (a season's hemisphere before any year is counted for it)
            item = _as_country_keeps_it(item, item.parsed, text, lowered, lex)
            item = _in_the_south(item, text, lowered, lex)
        if previous is not None:
            item = _after_partner(item, *previous, published, lowered, lex)
        if before_previous is not None and previous is not None:
            item = _counted_from_day_before(item, *before_previous, previous[0], lowered, lex)
            item = _day_of_a_range(item, before_previous, previous, text, lowered, lex)
        item = _counted_to_day_after(item, index, found, published, lowered, lex)
        item = _counted_back_from_now(item, index, found, published, lowered, lex)
        item = _counted_from_event_of_day(item, index, found, last_day, text, lowered, lex)
        if (
            fall_day is not None
            and _plain_weekday(item.parsed)
            and lex.sentence_end.search(text, fall_day[0], item.start) is None
            and not after_speech_verb(lex.speech_day, lowered, item.start)
        ):  # "Christmas Day falls on a Thursday this year, so offices will close from Wednesday afternoon": the such
            # weekday nearest that day, whatever the tense (not the day of a report: "Bastille Day falls on a Saturday
            # this year, and the ministry said on Monday that the parade would start at 10am")
            near = fall_day[1] + timedelta(days=_days_to_nearest(item.parsed.dow, fall_day[1]))
            item = replace(item, parsed=_on_day(near, item.parsed.clock))
        elif week is not None and (
            needs_tense(item.parsed, published) or _weekday_of_another_week(item, week, published)
        ):
            item = _in_named_week(item, *week, text, lowered, lex, published, told)
        if isinstance(item.parsed, Relative) and bare_clock(item.parsed) and item.rule not in lex.line_stamp_rules:
            # "at 11.30pm on Christmas Eve", "by 5 p.m. the previous day": the clock is on the day named after it (not
            # a live-blog stamp, on its header's day: "07:30 Overnight the river peaked")
            bare = item.parsed
            # (the zone of the entry's stamp, for a clock with none: "06:20 NZDT ... at 05:47 (16:47 GMT Thursday)")
            entry_zone = stamp[3] if stamp is not None and text.find("\n", stamp[0], item.start) < 0 else None
            day = _day_named_after(
                index, found, text, lowered, lex, published, last_point, last_granularity, header_day, entry_zone
            )
            other_zone = _named_day_in_other_zone(
                index, found, lowered, lex, last_point, last_granularity, last_end, entry_zone
            )
            if other_zone is not None and last_point is not None:
                # "on Saturday, October 14, at 11 p.m. ET (0300 GMT Sunday)": the weekday in the other zone is the day
                # after the day named, not the coming Sunday
                day, found[index + 1] = last_point, other_zone
            if day is None and stamp is not None and entry_zone is not None:
                # "08:50 JST ... after Wall Street closed at 4 p.m. ET (06:00 JST)": the day before the entry's
                day = _day_in_entry_zone(index, found, lowered, lex, stamp, told)
            if day is not None:
                on_day = _on_day(day, item.parsed.clock)
                item, borrowed = replace(item, parsed=on_day), True
            elif (
                last_night is not None
                and _morning_after(bare, last_night[0], item.start, text, lex)
                and not after_speech_verb(lex.report_clock_before, lowered, item.start)
            ):  # "brought gusts of 84mph overnight, and 12,000 homes were still without power at 9am": the morning
                # after the night named before in the sentence (not a report's clock: "could reach Florida by Sunday
                # night, forecasters said in their 11 a.m. update")
                item = replace(item, parsed=_on_day(last_night[1] + timedelta(days=1), bare.clock))
            elif previous is not None and (linked := _day_linked_before(previous, item.start, lowered, lex)):
                # "return on Saturday, August 29, at 9.45pm": that day's, whatever the tense
                item = replace(item, parsed=_on_day(linked, bare.clock))
            elif previous is not None and (same := _clock_day_before(bare, previous, item.start, lowered, lex)):
                # "on Wednesday, with a piper at 7.30pm and haggis served at 8pm": the day of the clock before
                item = replace(item, parsed=_on_day(same, bare.clock))
            elif previous is not None and (
                evening := _evening_before(bare, previous, item.start, text, lex)
                or _evening_before(bare, _clock_of_day(before_previous, previous), item.start, text, lex)
            ):  # "called at 11.48pm on Saturday 11 July and the blaze was out by 2am": the small hours after it (also
                # after the day the evening clock is on: "a vigil from 8pm on Holy Saturday until 1am")
                item = replace(item, parsed=_on_day(evening + timedelta(days=1), bare.clock))
            elif (
                two_days is not None
                and two_days[0] == last_end
                and _within_next_sentence(text, lex, last_end, item.start)
            ):  # "peaks on the night of August 11-12 ... after midnight": the first day's, the second's small hours
                # (also in the next sentence: "peak on the night of December 13-14. A bright moon will spoil the view
                # after midnight")
                day_after = timedelta(days=int(_in_small_hours(bare.clock)))
                item = replace(item, parsed=_on_day(two_days[1] + day_after, bare.clock))
        if (
            _plain_weekday(item.parsed)
            and (named := _date_named_on_weekday(item.parsed, item.start, last_dated, last_day, published, text, lex))
            and (told_as := told()) >= 0
            and not (told_as > 0 and named < published)
        ):  # "Carnford's Fourth of July parade steps off at 10am on Sunday": that Sunday (not told in
            # the past: "Valentine's Day cards sold out on Friday" said two days before it is the Friday over; nor a day
            # gone told of the future: "City, who lost at Brentwood on Boxing Day, host Kingsbury on Saturday")
            item = replace(item, parsed=_on_day(named, item.parsed.clock))
        if (
            last_day is not None
            and _plain_weekday(item.parsed)
            and lex.earlier_event_link.fullmatch(lowered, last_day[0], item.start) is not None
        ):  # "will meet the champion on Saturday night after winning in three hours on Wednesday": the last such day
            # before the day named
            back = (last_day[1].isoweekday() - item.parsed.dow) % 7 or 7
            item = replace(item, parsed=_on_day(last_day[1] - timedelta(days=back), item.parsed.clock))
        if (
            isinstance(item.parsed, Relative)
            and item.parsed.by_tense
            and item.parsed.unit == "day"
            and item.parsed.clock is not None
            and two_days is not None
            and two_days[0] == last_end
            and lex.sentence_end.search(text, last_end, item.start) is None
        ):  # "from 6pm on Friday until 10am on Saturday, with 10cm possible overnight": the night between them
            item = replace(item, parsed=_on_day(two_days[1], item.parsed.clock))
        elif (
            isinstance(item.parsed, Relative)
            and item.parsed.by_tense
            and item.parsed.unit == "day"
            and item.parsed.clock is not None
            and item.parsed.clock.hour is None
            and last_day is not None
            and last_day[1] > published
            and lex.sentence_end.search(text, last_day[0], item.start) is None
            and lex.night_adverb_after.match(lowered, item.end) is not None
            and told() > 0
        ):  # "go to the polls on Thursday 7 May, and counting will start overnight": that day's night (not an
            # adjective: "The strike called for Saturday has been called off after overnight talks")
            item = replace(item, parsed=_on_day(last_day[1], item.parsed.clock))
        if (
            isinstance(item.parsed, Relative)
            and _the_week_ahead(item, published, last_point, last_granularity, text, lowered, lex, last_end)
            and told() >= 0
        ):  # (not told in the past: "adjourned on Monday until July 16 after a juror fell ill over the weekend")
            item = replace(item, parsed=replace(item.parsed, anaphoric=True))
        if (
            isinstance(item.parsed, Weekday)
            and last_point is not None
            and _small_hours_after(item.parsed, item.start, last_point, last_granularity, lowered, lex, last_end)
        ):
            night = last_point + timedelta(days=1)  # the day after the day named last
            item = replace(item, parsed=_on_day(night, item.parsed.clock))
        elif (
            isinstance(item.parsed, Weekday)
            and last_point is not None
            and _morning_after_a_day_ahead(
                item.parsed, item.start, last_point, last_granularity, last_end, published, text, lex
            )
            and told() > 0
        ):  # "go to the polls on Thursday, May 3, and counting starts on Friday morning": May 4
            item = replace(item, parsed=_on_day(last_point + timedelta(days=1), item.parsed.clock))
        if (
            last_point is not None
            and last_point.year // 10 != published.year // 10
            and _story_period(item, "decade", last_end, lex.story_decade, lowered)
            and (told() < 0 or lex.range_link.fullmatch(lowered, last_end, item.start) is not None)
        ):  # "founded in 1998 ... by the end of the decade it employed 300 people"; "from 1991 until the end of the
            # decade", a range from that year, whatever the tense
            item = replace(item, parsed=Calendar(decade=last_point.year // 10))
        elif (
            last_point is not None
            and last_point.year // 100 != published.year // 100
            and _story_period(item, "century", last_end, lex.story_century, lowered)
            and (told() < 0 or lex.range_link.fullmatch(lowered, last_end, item.start) is not None)
        ):  # "founded the company in 1968 and ran it until the end of the century": the 1900s
            item = replace(item, parsed=Calendar(century=last_point.year // 100))
        elif (
            isinstance(item.parsed, Relative)
            and item.parsed.turn
            and last_point is not None
            and lex.range_link.fullmatch(lowered, last_end, item.start) is not None
            and (turn := turn_after(item.parsed.unit, last_point.year)) is not None
        ):  # "from 1989 until the turn of the century": the first such turn after the range's start, whatever the tense
            item = replace(item, parsed=Calendar(year=turn))
        if fiscal_named is not None and _story_period(item, "year", fiscal_named[0], lex.story_fiscal_year, lowered):
            # "signed the budget for fiscal 2050 ... three weeks after the fiscal year began"
            item = replace(item, parsed=Calendar(year=fiscal_named[1]))
        elif (
            year_named is not None
            and _story_period(item, "year", year_named[0], lex.story_year, lowered)
            and ((told() >= 0) if year_named[1] > published.year else (told() <= 0))
        ):  # (unless told the other way: "The trial began in 2033, and its maker plans to seek approval before the
            # end of the year" is this year's)
            item = replace(item, parsed=Calendar(year=year_named[1], day_of=_day_of(item.parsed)))
        elif (
            year_named is not None
            and _bare_quarter(item.parsed)
            and item.start - year_named[0] <= _STORY_REACH
            and (fiscal_named is None or fiscal_named[0] != year_named[0])
            and year_named[1] > published.year
            and lex.quarter_report_after.match(lowered, item.end) is None
            and told() > 0
        ):  # a bare quarter told of the future soon after a year ahead named is that year's ("What to watch in 2030:
            # ... The landing is tentatively set for the fourth quarter"); not a fiscal year's, nor the quarter of a
            # report ("will report fourth-quarter results on Feb. 3": cues.toml quarter_report_after)
            item = replace(item, parsed=replace(item.parsed, year=year_named[1]))
        elif (
            year_named is not None
            and _open_season(item.parsed)
            and lex.year_apposition_link.fullmatch(lowered, year_named[0], item.start) is not None
        ):  # "She retired in 1986, the summer her county won the title": that year's summer
            item = replace(item, parsed=replace(item.parsed, year=year_named[1]))
        elif (
            _open_season(item.parsed)
            and lex.season_purpose_before.search(lowered, max(0, item.start - _NAME_REACH), item.start) is not None
            and (coming := season_coming(item.parsed.season or "", published)) is not None
        ):  # a season a thing is readied for is the coming one, whatever the tense ("has stockpiled grit for the
            # winter" said in October; "her final piece, on planting for the summer, appeared on 11 April")
            item = replace(item, parsed=replace(item.parsed, year=coming))
        elif (
            _open_season(item.parsed)
            and lex.season_over_before.search(lowered, max(0, item.start - _NAME_REACH), item.start) is not None
            and (over := season_over(item.parsed.season or "", published)) is not None
        ):  # a characterized season a thing follows is the latest one over ("will close on Sunday after a record
            # winter" said in October)
            item = replace(item, parsed=replace(item.parsed, year=over))
        elif _open_season(item.parsed) and _word_after_in(item, lowered, lex, "season_campaign_noun"):
            # a season's campaign is the one under way or the next ("The winter flu vaccine has been offered since
            # October 1" said in November)
            item = replace(item, parsed=replace(item.parsed, year=season_from(item.parsed.season or "", published)))
        elif _open_season(item.parsed) and _names_an_event(item, lowered, lex):
            # a season's break is the nearest ("their spring break begins the week after Easter" said in December)
            item = replace(item, parsed=replace(item.parsed, year=season_nearest(item.parsed.season or "", published)))
        elif (
            _open_season(item.parsed)
            and last_point is not None
            and last_point > published
            and last_granularity in DAY_GRANULARITIES
            and lex.sentence_end.search(text, last_end, item.start) is None
            and lex.season_time_before.search(lowered, max(0, item.start - _PREPOSITION_REACH), item.start) is not None
            and told() >= 0
        ):  # not told in the past, after a day ahead named in its sentence, the season holding it or the first after
            # it ("stage 'A Christmas Carol' from December 12 to December 23, and 'Twelfth Night' in the spring")
            item = replace(item, parsed=replace(item.parsed, year=season_from(item.parsed.season or "", last_point)))
        if (
            season_named is not None
            and isinstance(item.parsed, Calendar)
            and _open_year(item.parsed)
            and item.parsed.month is not None
            and lex.sentence_end.search(text, season_named[0], item.start) is None
            and (year := _year_in_season(item.parsed.month, item.parsed.day, *season_named[1:])) is not None
        ):  # a month or month-day after a season named in its sentence is the one inside that season ("India play a
            # five-Test series this summer, starting in Brisbane on December 6" said in May, of an Australian summer)
            item = replace(item, parsed=replace(item.parsed, year=year))
        day_alone = item.parsed if _day_alone(item.parsed) else None
        if (
            day_alone is not None
            and last_dated is not None
            and last_dated[1].day == day_alone.day
            and item.start - last_dated[0] <= _STORY_REACH
            and not (
                month_named is not None
                and month_named[0] > last_dated[0]
                and lex.sentence_end.search(text, month_named[0], item.start) is None
                and lex.sentence_end.search(text, last_dated[0], month_named[0]) is not None
            )
        ):  # a day of the month echoing the date named just before is that date ("a service from May 16 until the
            # end of September ... Fares rise by 5% on the 16th"), unless its own sentence named a month since ("the
            # recess, which ended on January 8. The Commons rises for its February recess on the 8th")
            item = replace(item, parsed=replace(day_alone, year=last_dated[1].year, month=last_dated[1].month))
            day_alone = None
        if month_named is not None and (
            (
                _story_period(item, "month", month_named[0], lex.story_month, lowered)
                # (an nth weekday of the month, only after a month: not "The Christmas tree is lit on the last
                # Thursday of the month" said in November)
                and (month_named[4] or not isinstance(item.parsed, Relative) or item.parsed.nth_weekday is None)
            )
            or (day_alone is not None and item.start - month_named[0] <= _STORY_REACH)
        ):
            # told in the past after an earlier month, or of the future after a later one
            side = (month_named[1], month_named[2]) > (published.year, published.month)
            # (a day alone in the present after a month ahead is on a schedule, "The Commons rises for its February
            # recess on the 8th", and so is anything in the month's own sentence not told in the past: "Bookings for
            # the second week of December are up 30%, and for the last fortnight of the month up 45%")
            if side:
                present_will_do = day_alone is not None or not lex.sentence_end.search(text, month_named[0], item.start)
                held_there = told() >= (0 if present_will_do else 1)
            else:
                held_there = told() < 0
            if held_there:
                if day_alone is not None:  # "in December, when a tax change takes effect on the 1st"
                    held = replace(day_alone, year=month_named[1], month=month_named[2])
                else:  # (with its nth weekday or weekend: "in November, on the first Tuesday of the month")
                    held = Calendar(year=month_named[1], month=month_named[2], day_of=_day_of(item.parsed))
                    p = item.parsed
                    if isinstance(p, Relative) and p.nth_weekday is not None:
                        weekend = p.nth_weekend
                        held = replace(held, nth_weekday=p.nth_weekday, week_of=weekend, weekend_of=weekend)
                item = replace(item, parsed=held)
        if (
            month_named is not None
            and month_named[0] == last_end
            and month_named[1] < published.year
            and isinstance(item.parsed, Calendar)
            and _open_year(item.parsed)
            and item.parsed.day is None
            and (item.parsed.month or 0) > month_named[2]
            and item.start - month_named[0] <= _STORY_REACH
            and month_named[3]
            and told() < 0
        ):  # told in the past after a month written with an earlier year, the story's date named last, a later month
            # is that year's: "The bank collapsed in March 2023. Within a week ..., and by May the crisis had spread"
            # (not after a year-ago counterpart: "in June, 9% more than a year earlier, and said bookings for August")
            item = replace(item, parsed=replace(item.parsed, year=month_named[1]))
        if (
            this_year_end is not None
            and _open_year(item.parsed)
            and isinstance(item.parsed, Calendar)
            and lex.sentence_end.search(text, this_year_end, item.start) is None
            and 0 <= told() < 2
        ):  # "This year is on course to be the warmest, with temperatures from January to November averaging 1.71C"
            # said in December: the months of that year, told in the present or a weak future (a "will" is sure they
            # are ahead; a past may be another year's: "growth this year ... from the 1.4% it had predicted in October")
            item = replace(item, parsed=replace(item.parsed, year=published.year))
        if isinstance(item.parsed, Weekday) and item.parsed.possessive and _event_after(item.end, lowered, lex):
            item = replace(item, parsed=replace(item.parsed, possessive=False))  # "Sunday's regional runoff"
        elif (
            isinstance(item.parsed, Weekday)
            and item.parsed.possessive
            and item.parsed.dow != published.isoweekday()
            and _event_after(item.end, lowered, lex, "result_noun")
        ):  # "24-9 after Friday night's win over Denver, visit Phoenix on Wednesday": a result's day is over
            item = replace(item, parsed=replace(item.parsed, direction=-1))
        if item.rule in lex.either_order_rules and isinstance(item.parsed, Calendar):
            after = found[index + 1] if index + 1 < len(found) else None
            item = _in_the_order_the_text_allows(item, item.parsed, told, published, after, lowered, lex)
        if isinstance(item.parsed, Relative) and _compared(item.parsed, item.start, lowered, lex):
            item = replace(item, parsed=replace(item.parsed, comparative=True))
        if (
            _plain_weekday(item.parsed)
            and item.parsed.dow == published.isoweekday()
            and index > 0
            and found[index - 1].end == last_end
            and last_point is not None
            and (
                _plain_weekday(found[index - 1].parsed)
                or (_dated_day(found[index - 1].parsed) and (last_point - published).days <= _WEEK_DAYS)
            )
            and _weekday_after_a_day_ahead(item, published, last_point, last_granularity, text, lex, last_end)
            and told() > 0
            and not _ends_a_run(found[index - 1].start, lowered, lex)
        ):  # the publication day's weekday after a weekday ahead named before it in its sentence is the first one
            # after that day ("travel to Welby on Saturday afternoon and host Ashby on Tuesday night" said on a Tuesday;
            # not after a holiday: "break up for Easter on Thursday" said on a Thursday), and so is one after a date
            # within the week ahead ("The women's final is on Saturday, September 7, and the men's on Sunday" said on
            # a Sunday)
            step = (item.parsed.dow - last_point.isoweekday()) % 7 or 7
            item = replace(item, parsed=_on_day(last_point + timedelta(days=step), item.parsed.clock))
        in_entry = stamp is not None and text.find("\n", stamp[0], item.start) < 0  # on the stamp's line
        entry_day = stamp[1] if stamp is not None and in_entry else None
        tense = 0
        needs = needs_tense(item.parsed, published) and not (
            _names_an_event(item, lowered, lex) and _event_day_near(item, published)
        )
        if needs or _clock_needs_tense(item.parsed, published, last_point, entry_day):
            tense = (
                # (a noun's weekday booked or entered for is ahead: "have entered Sunday's half-marathon")
                (2 if isinstance(item.parsed, Weekday) and item.parsed.possessive else 1)
                if _booked_or_forecast(item, lowered, lex)
                else -1
                if _data_period(item, lowered, lex) or _recent_month_described(item, published, told, lowered, lex)
                else told()
            )
            if tense == 1 and _weekday_after_a_day_ahead(
                item, published, last_point, last_granularity, text, lex, last_end
            ):
                tense = 2
        day_linked = index > 0 and lex.day_clock_link.fullmatch(lowered, found[index - 1].end, item.start)
        stamp_side = (
            _side_of_stamp(item, stamp, lowered, lex) if stamp is not None and in_entry and not day_linked else 0
        )
        after_stamp, before_stamp = stamp_side < 0, stamp_side > 0
        if (
            after_stamp
            and entry_day is not None
            and isinstance(item.parsed, Relative)
            and told() > 0
            and not _later_day_in_sentence(entry_day, last_point, last_granularity, last_end, item.start, text, lex)
        ):
            # "23:55 BST The first result is expected shortly after 1am": told of the future, a clock earlier than
            # the entry's stamp is the next day's (not one in another zone: "12:00 GMT ... a flat open at 9:30 a.m.
            # EDT"), counted from the stamp's day (not from a day named since: "begins at 8am tomorrow, and the first
            # trends are expected by 10am" under a 22:05 stamp is the same next day)
            item = replace(item, parsed=_on_day(entry_day + timedelta(days=1), item.parsed.clock))
        elif (
            before_stamp
            and entry_day is not None
            and isinstance(item.parsed, Relative)
            and (
                told() < -1
                or (told() < 0 and stamp is not None and _evening_told_after_midnight(stamp, item, lowered, lex))
            )
        ):
            # "00:30 EDT The storm has weakened since 8 p.m.": told in the past for certain, a clock later than the
            # entry's stamp is the day before's (not after a weak cue: "the operator says the last trains leave at
            # 19:30" at 08:40); under a stamp in the small hours any past will do, a later clock being that day's
            # evening ("00:40 BST Sandbags ran out shortly after 11pm, the council says")
            item = replace(item, parsed=_on_day(entry_day - timedelta(days=1), item.parsed.clock))
        elif entry_day is not None and not day_linked and told() < 0 and bare_midnight(item.parsed):
            # "Monday 2 September / 1.30am A tree fell shortly before midnight": told in the past, the midnight that
            # began the entry's day
            item = replace(item, parsed=_on_day(entry_day, ClockTime(hour=0, minute=0)))
        reference = _reference(periods, item, text, lex)
        if item.rule in lex.line_stamp_rules:  # a live-blog stamp: on the day of the last day header, else today,
            # whatever its entry's tense (a past told under a header dated the day after the paper's: "Tuesday 1
            # January / 1.25am NZDT Ambulance crews treated 14 people" in a paper of December 31)
            r = resolve(item, published, 0, None, header_day, "day" if header_day is not None else None)
        elif header_day is not None and _live_blog_day(header_day, published) and _day_word(item.parsed):
            # "until tomorrow" in an entry under "Monday 9 February": the day after the header's day
            r = resolve(item, header_day, tense, reference, last_point, last_granularity)
        else:
            story_point, story_granularity = _story_point(
                item,
                published,
                told,
                points,
                (last_point, last_granularity, last_end),
                point_ends[-2] if len(point_ends) >= 2 else None,
                entry_day,
                after_stamp,
                lowered,
                lex,
            )
            if (
                entry_day is not None
                and before_stamp
                and story_point is not None
                and story_point > entry_day
                and _in_a_clause_of_its_own(item, story_point, points, point_ends, lowered, lex)
            ):  # ... nor, in a live-blog entry, is a clock later than its stamp in a clause of its own after a day
                # ahead ("16:20 Schools will stay shut tomorrow, and a decision on the rest of the week is expected at
                # 6pm"): the entry's day
                story_point, story_granularity = entry_day, "day"
            r = resolve(item, published, tense, reference, story_point, story_granularity)
        if item.rule in lex.line_stamp_rules and r.interval is not None and r.time is not None:
            stamp = (item.end, r.interval.start, r.time, _zone_minutes(item, lowered, lex, r.interval.start))
        if r.value.endswith(_NIGHT) and r.interval is not None:
            last_night = (item.end, r.interval.start)
        elif r.granularity == "day" and r.interval is not None:
            # a day named since the night: "clear tonight but return on Monday, when a warning will be in force from
            # 09:00" is Monday's morning, not tonight's next
            last_night = None
        if (
            r.granularity in DAY_GRANULARITIES and r.interval is not None
        ):  # ("from 6pm on Friday until 10am on Saturday")
            if item.rule in lex.two_day_rules:  # "the night of October 3-4": one span for both days
                two_days = (item.end, r.interval.start)
            elif (
                last_day is not None
                and last_day[1] + timedelta(days=1) == r.interval.start
                and lex.range_link.fullmatch(lowered, last_day[0], item.start) is not None
            ):
                two_days = (item.end, last_day[1])
            last_day = (item.end, r.interval.start)
            written = found[index].parsed  # as written, not a weekday already put on its day
            if isinstance(written, Calendar) and _day_of_a_year(written):
                last_dated = last_day
        if r.granularity == "season" and r.interval is not None:  # (not one over: "down from 81% last summer")
            season_named = (item.end, r.interval.start, r.interval.end) if r.interval.end >= published else None
        if (said := _day_said_to_fall_on(r, index, found, lowered, lex)) is not None:
            fall_day = said
        if r.granularity == "day" and r.interval is not None and _alone_on_line(text, item.start, item.end):
            header_day = r.interval.start
        point = r.reaches or r  # "[two days] later" moves the story to the day it reaches
        # (a coarser date holding the day named last leaves the story on that day: "Trading resumes on Jan. 4, and a
        # ceremony marking the first trading day of 2030 will be held that morning")
        moves = point.granularity not in ("decade", "century") and not _holds(point, last_point, last_granularity)
        bounds = _bounds(item, lowered, lex)
        moves = moves and not bounds
        moves = moves and not _names_season_goods(item, lowered, lex)
        if point.interval is not None and moves and not borrowed:
            last_point, last_granularity, last_end = point.interval.start, point.granularity, item.end
            points.append((last_point, point.granularity))
            point_ends.append(item.end)
        periods = _periods_discussed(periods, item, r, previous, bounds, published, lowered, lex)
        fiscal = r.granularity == "year" and lex.fiscal_year_named.search(lowered, item.start, item.end) is not None
        # (a fiscal year is not the calendar year its months fall in: "fiscal 2090, which ends on March 31" said in
        # November 2090 is the March ahead)
        this_year = (
            r.granularity == "year"
            and r.interval is not None
            and r.interval.start.year == published.year
            and not fiscal
        )
        this_year_end = item.end if this_year else None
        # a turn names no year the story is in ("begins at the turn of the year; permits expire on the last day of the
        # year" said on Dec 30 is this year's last day)
        turn = isinstance(item.parsed, Relative) and item.parsed.turn
        if r.granularity == "year" and r.interval is not None and r.interval.start.year != published.year and not turn:
            year_named = (item.end, r.interval.start.year)
        elif year_named is not None and r.interval is not None and r.interval.start.year != year_named[1]:
            year_named = None  # a date in another year takes over
        if fiscal and r.interval is not None:
            fiscal_named = (item.end, r.interval.start.year)
        report_day = r.granularity == "day" and (
            (r.interval is not None and r.interval.start == published)
            or after_speech_verb(lex.speech_day, lowered, item.start)
        )
        if (month := _month_held(r)) is not None and not borrowed and not report_day:
            # (the publication day is the report's, not the story's: "fell in November, figures published on Thursday
            # showed, but ... at the end of the month" is November's end; so is a day after a speech verb: "brightest
            # in the second week of August, astronomers said on Tuesday, and visible until the end of the month")
            as_written = found[index].parsed
            written_year = isinstance(as_written, Calendar) and as_written.year is not None
            if month != (published.year, published.month):
                if not _first_as_limit(r, item, lowered, lex):
                    month_named = (item.end, *month, written_year, r.granularity == "month")
            elif not (
                r.interval is not None
                and r.interval.start > published
                and month_named is not None
                and (month_named[1], month_named[2]) < month
            ):  # (a day ahead this month leaves the story in a month over: "the deaths of two climbers in February
                # opens on Tuesday. The climbers were last seen on the 14th" is February's)
                month_named = None
        if r.granularity == "week" and r.interval is not None and not _compares(item.parsed):
            start_of_week = r.interval.start
            week = (item.start, item.end, _monday(start_of_week), _WEEKEND_FROM if r.value.endswith(_WEEKEND) else 1)
        if previous is not None and (moved := _moved_from(previous[0], item, r, published, lowered, lex)) is not None:
            out[-1] = _timex(moved, previous[0], text, article_id)  # "Thursday's match has been moved to Friday"
        out.append(_timex(r, item, text, article_id))
        before_previous, previous = previous, (item, r)
    return tuple(out)


def _day_said_to_fall_on(
    r: Resolved, index: int, found: list[Extracted], lowered: str, lex: Lexicon
) -> tuple[int, date] | None:
    """(end offset of the weekday, day) when a day is said to fall on a weekday, the day's own ("Independence Day
    falls on a Thursday", "New Year's Day is a Thursday": cues.toml holiday_date_link)."""
    if r.granularity != "day" or r.interval is None or index + 1 >= len(found):
        return None
    after = found[index + 1]
    p = after.parsed
    if not isinstance(p, Weekday) or p.dow != r.interval.start.isoweekday() or p.clock is not None:
        return None
    if lex.holiday_date_link.fullmatch(lowered, found[index].end, after.start) is None:
        return None
    return after.end, r.interval.start


def _moved_from(
    first: Extracted, item: Extracted, r: Resolved, published: date, lowered: str, lex: Lexicon
) -> Resolved | None:
    """The day of a bare weekday whose event is moved to the weekday `item` resolved as `r`: the such weekday before
    that day when the event is put off, after it when brought forward, else the nearest ("Thursday's match has been
    moved to Friday"; cues.toml moved_to_link), or None."""
    p, q = first.parsed, item.parsed
    if not (_bare_weekday(p) and isinstance(q, Weekday)) or p.dow == q.dow or not needs_tense(p, published):
        return None
    link = lex.moved_to_link.fullmatch(lowered, first.end, item.start)
    if r.granularity != "day" or r.interval is None or link is None:
        return None
    side = -1 if link["later"] else 1 if link["earlier"] else None
    counted = replace(p, direction=side, anaphoric=True, nearest=side is None, possessive=False)
    return resolve(replace(first, parsed=counted), published, 0, None, r.interval.start, "day")


def _steps_past_the_last(item: Extracted, last_end: int, prior_end: int | None, lowered: str, lex: Lexicon) -> bool:
    """Whether a step from a date counts from the date named before the last: the last is the length's or the
    anaphor's subject ("Mothering Sunday falls two weeks earlier", "and Giving Tuesday is the day after": cues.toml
    placed_date_link; not "today is the eighth day of", a day of a stretch), or it stands in a relative clause set off
    by commas since the one before ("tips off on Tuesday, October 22, and the Kestrels, who reached the finals in June,
    open at home the next day" is October 23: aside_link)."""
    p = item.parsed
    if not isinstance(p, Relative) or _step_from_last(p) == 0:
        return False
    if (p.counted or (p.anaphoric and not p.stretch_day)) and lex.placed_date_link.fullmatch(
        lowered, last_end, item.start
    ) is not None:
        return True
    if not p.anaphoric or prior_end is None:
        return False
    aside = lex.aside_link.fullmatch(lowered, prior_end, item.start)
    return aside is not None and aside.start("aside") < last_end <= aside.end("aside")


def _story_point(
    item: Extracted,
    published: date,
    told: _TenseOnce,
    points: list[tuple[date, Granularity]],
    last: tuple[date | None, Granularity | None, int],
    prior_end: int | None,
    entry_day: date | None,
    after_stamp: bool,
    lowered: str,
    lex: Lexicon,
) -> tuple[date | None, Granularity | None]:
    """The date an anaphor or a bare clock at `item` counts from: the date named last (`last`: its start, its
    granularity and where its expression ends), unless one of the rules below picks another point the story named
    (`points`; `prior_end` is where the one before the last ends); `entry_day` is the day of the live-blog entry it
    stands in."""
    last_point, last_granularity, last_end = last
    story_point, story_granularity = last_point, last_granularity
    if (
        len(points) >= 2
        and points[-1][0] == last_point
        and _steps_past_the_last(item, last_end, prior_end, lowered, lex)
    ):
        story_point, story_granularity = points[-2]
    elif (
        last_point is not None
        and last_point > published
        and last_point != entry_day  # (not a clock on an entry's day: "1 January / 7.30am The sun rose at 6.04am")
        and (_step_from_last(item.parsed) < 0 or bare_clock(item.parsed))
        and (past := _latest_point(points, not_after=published)) is not None
        and told() < 0
        and not after_speech_verb(lex.report_clock_before, lowered, item.start)
    ):  # told in the past, a step back is not from a date ahead ("voted on Monday to ban it from 2034. It
        # had been proposed two years earlier": from the vote), nor is a clock on it ("charged after a brawl late on
        # Saturday are due in court on Monday. Officers were called at 11.52pm": Saturday's; a report's clock is
        # today's: "formed on Monday could reach the coast by Saturday, the center said in its 5 a.m. advisory")
        story_point, story_granularity = past
    elif (
        entry_day is not None
        and after_stamp
        and bare_clock(item.parsed)
        and last_point is not None
        and last_point > entry_day
        and told() < 0
    ):  # ... nor, in a live-blog entry, is a clock earlier than its stamp on a day ahead named since ("11:40 p.m. PST
        # Orders will be reviewed at 6 a.m., officials said at a briefing at 11 p.m.": the entry's day)
        story_point, story_granularity = entry_day, "day"
    elif (
        last_point is not None
        and last_point < published
        and not after_stamp
        and ((step_on := _step_from_last(item.parsed) > 0) or bare_clock(item.parsed))
        and (ahead := _latest_point(points, not_before=published)) is not None
        and (
            told() >= 2
            if step_on
            else told() == 0 and lex.sentence_end.search(told.text, last_end, item.start) is not None
        )
    ):  # ... and told of the future for certain, a step on is not from a date over ("go to the polls on Sunday
        # in an election called five weeks ago. Results are expected the next day": from Sunday; not "was
        # delayed until the next day", where "until" is a weak cue), nor is a clock told in the present, in a sentence
        # after the one that named the date over ("the final on Saturday, July 31, sold out last Tuesday. Kick-off is
        # 17:30": the final's)
        story_point, story_granularity = ahead
    elif (
        entry_day is not None
        and isinstance(item.parsed, Relative)
        and item.parsed.anaphoric
        and item.parsed.unit == "day"
        and item.parsed.clock is not None
        and last_granularity not in DAY_GRANULARITIES
    ):  # a clock in a live-blog entry is on the entry's day, past a coarser date named since ("22:15 CET
        # Leaders are arguing over the 2043 budget; a deal is not expected before midnight")
        story_point, story_granularity = entry_day, "minute"
    elif (
        entry_day is not None
        and last_point is not None
        and last_point < entry_day
        and _clock_on_the_day(item.parsed)
        and told() > 0
    ):  # ... nor, in a live-blog entry, on a day before the entry's ("04:10 AEDT Residents who left on Tuesday night
        # should not return before midday")
        story_point, story_granularity = entry_day, "day"
    elif (
        last_point is not None
        and last_point < published
        and _clock_on_the_day(item.parsed)
        and (
            last_granularity is None
            or not _news_hook((last_point, last_granularity), published)
            or (entry_day is None and told() >= 2)
        )
        and told() >= 0
    ):  # a clock not told in the past is not on a month, a year or a day long over: it is on the latest day ahead
        # the story named, else today's ("go to the polls on Thursday, February 18, in a by-election called after a
        # death in December. Polls open at 7am"; "Pride is on Saturday 22 June, a fortnight later than last year. The
        # parade sets off at noon"; "99 years after the liberation on January 27, 1945. Candles will be lit in
        # the evening"; not a day of the past week, which may be a live blog's: "Thursday 21 February / 16:05 ... the
        # road will close at 8pm", unless told of the future for certain outside an entry: "for Sunday's Grand Prix
        # after qualifying was red-flagged on Saturday afternoon. The race starts at 15:00" is today's)
        ahead = _latest_point(points, fineness=_FINENESS["day"], not_before=published)
        story_point, story_granularity = ahead or (published, "day")
    elif (
        entry_day is None
        and last_point is not None
        and last_point < published
        and _clock_on_the_day(item.parsed)
        and (ahead := _latest_point(points, fineness=_FINENESS["day"], not_before=published + timedelta(days=1)))
        is not None
        and told() > 0
    ):  # ... nor, told of the future, on a day just over when the story named a day ahead before it ("play Scotland
        # next Sunday, after beating Wales on Saturday. Tickets for the game, which kicks off at 14:15": Sunday's)
        story_point, story_granularity = ahead
    elif (
        last_point is not None
        and last_granularity is not None
        and _in_a_year_named(item.parsed)
        and _news_hook((last_point, last_granularity), published)
        and (history := next((q for q in reversed(points) if not _news_hook(q, published)), None)) is not None
        and history[0].year != published.year
        and told() <= 0
    ):  # a year counted past the news to the history before it ("a member of the 1966 expedition, died on
        # Sunday. The climbers reached the summit on 19 August that year": 1966)
        story_point, story_granularity = history
    fineness = _anaphor_fineness(item.parsed, last_granularity)
    if fineness is not None and _FINENESS.get(last_granularity or "", 0) > fineness:
        # "at 5.30pm on Saturday, Nov. 19. Last year's switch-on drew 12,000 people, and the market runs from
        # that evening": an anaphor counts from the date named last at least as finely as its unit, past a
        # coarser period named since ("flowered on February 12 ... since records began in 1951. Earlier that
        # month" is February's)
        finer = _latest_point(points, fineness=fineness)
        if finer is not None:
            story_point, story_granularity = finer
    return story_point, story_granularity


_LIMIT_REACH = 60  # characters before a day's end read for the limit it is in


def _in_a_clause_of_its_own(
    item: Extracted,
    point: date,
    points: list[tuple[date, Granularity]],
    point_ends: list[int],
    lowered: str,
    lex: Lexicon,
) -> bool:
    """Whether the bare clock at `item` stands in a clause of its own, with a subject of its own, after the expression
    that named the story's `point` last (cues.toml entry_clause_of_its_own), a whole day or a limit's (cues.toml
    entry_limit_before)."""
    if not bare_clock(item.parsed):
        return False
    at = next((i for i in range(len(points) - 1, -1, -1) if points[i][0] == point), None)
    if at is None or lex.entry_clause_of_its_own.search(lowered, point_ends[at], item.start) is None:
        return False
    end = point_ends[at]
    return points[at][1] == "day" or lex.entry_limit_before.search(lowered, max(0, end - _LIMIT_REACH), end) is not None


class _TenseOnce:
    """`tense_at` for one expression, read on the first call and kept (most expressions never need it)."""

    __slots__ = ("end", "lex", "lowered", "start", "tense", "text")

    def __init__(self, text: str, lowered: str, lex: Lexicon, start: int, end: int) -> None:
        self.text, self.lowered, self.lex, self.start, self.end = text, lowered, lex, start, end
        self.tense: int | None = None

    def __call__(self) -> int:
        if self.tense is None:
            self.tense = tense_at(self.text, self.lowered, self.lex, self.start, self.end)
        return self.tense


def _reference(periods: dict[str, tuple[int, DateValue]], item: Extracted, text: str, lex: Lexicon) -> DateValue | None:
    """The period under discussion at `item`: a month named in its sentence just before, after the last quarter named,
    for "a year earlier" or "a year ago"; else the calendar year or the quarter named last, up to `_REFERENCE_REACH`
    before."""
    month, quarter, year = periods.get("month"), periods.get("quarter"), periods.get("year")
    if (
        month is not None
        and (quarter is None or month[0] > quarter[0])
        and item.start - month[0] <= _MONTH_REFERENCE_REACH
        and lex.sentence_end.search(text, month[0], item.start) is None
        and isinstance(item.parsed, Relative)
        and item.parsed.offset == -1
    ):
        return month[1]  # (the year-on-year comparison, not "41 years ago")
    # the period named last of a quarter and a year to December ("the deficit for the year to December 31 ... a year
    # earlier": the year before that one)
    latest = max((named for named in (quarter, year) if named is not None), key=lambda named: named[0], default=None)
    return latest[1] if latest is not None and item.start - latest[0] <= _REFERENCE_REACH else None


def _periods_discussed(
    periods: dict[str, tuple[int, DateValue]],
    item: Extracted,
    r: Resolved,
    previous: tuple[Extracted, Resolved] | None,
    bounds: bool,
    published: date,
    lowered: str,
    lex: Lexicon,
) -> dict[str, tuple[int, DateValue]]:
    """The periods a report discusses after `item` (`r` resolved), by granularity with where they were named: the
    quarter named last ("the three months to December" is the fourth quarter; a span of several quarters ends it) and
    the month named last, unless it ends a span (`bounds`: "the nine months to September"), is ahead or is one of
    several ("July and August"), or either is a year-ago counterpart; and the calendar year a span of a year to
    December ends ("the year to December 31", "the 12 months to December")."""
    if _compares(item.parsed):
        return periods
    if r.granularity == "quarter" and (q := _QUARTER.search(r.value)) is not None:
        return {**periods, "quarter": (item.end, DateValue("quarter", year=int(q["year"]), quarter=int(q["q"])))}
    if r.type == "DURATION" and _SEVERAL_QUARTERS.match(r.value):
        return {k: v for k, v in periods.items() if k != "quarter"}
    if r.granularity not in ("month", "day") or r.interval is None:
        return periods
    month = r.interval.start
    if bounds and previous is not None and previous[1].value in _ONE_YEAR and month.month == 12:
        return {**periods, "year": (item.end, DateValue("year", year=month.year))}
    if r.granularity != "month":
        return periods
    if bounds and previous is not None and previous[1].value == _ONE_QUARTER and month.month % 3 == 0:
        quarter = DateValue("quarter", year=month.year, quarter=month.month // 3)  # "the three months to December"
        return {**periods, "quarter": (item.end, quarter)}
    if previous is not None and lex.range_link.fullmatch(lowered, previous[0].end, item.start):
        return {k: v for k, v in periods.items() if k != "month"}  # "in July and August": no one month
    if bounds or month > published:  # a month ahead is a plan's, not a report's ("Bookings for January")
        return periods
    return {**periods, "month": (item.end, DateValue("month", year=month.year, month=month.month))}


_LINE_PUNCT = " \t\r:.,-–—*#"
_HEADER_SLACK = 20  # characters of punctuation and spaces a day header may have around its date


def _alone_on_line(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is all its line holds, but for punctuation and spaces (a day header: "Wednesday 12 Feb").
    Only the few characters a header may have around it are read, not the rest of a long line."""
    before = text[max(0, s - _HEADER_SLACK) : s]
    after = text[e : e + _HEADER_SLACK]
    line_start, line_end = before.rfind("\n"), after.find("\n")
    if (line_start < 0 and s > _HEADER_SLACK) or (line_end < 0 and e + _HEADER_SLACK < len(text)):
        return False
    rest = after if line_end < 0 else after[:line_end]
    return not before[line_start + 1 :].strip(_LINE_PUNCT) and not rest.strip(_LINE_PUNCT)


def _as_country_keeps_it(item: Extracted, p: Calendar, text: str, lowered: str, lex: Lexicon) -> Extracted:
    """A holiday another country keeps on another day, when its sentence names that country or its people
    ("Canadians marked Thanksgiving on Monday" is Canada's, the second Monday of October)."""
    by_country = lex.country_holidays.get(" ".join(lowered[item.start : item.end].split()))
    if by_country is None:
        return item
    lo, hi = cue_window(text, lex, item.start, item.end)
    for m in lex.country_word.finditer(lowered, lo, hi):
        kept = by_country.get(str(lex.lookup("country_word", m.group())))
        if kept is not None:
            return replace(item, parsed=country_holiday(p, kept))
    return item


_SOUTH_REACH = 400  # characters before a season read for its sentence and the one before it


def _in_the_south(item: Extracted, text: str, lowered: str, lex: Lexicon) -> Extracted:
    """A season after a place of the southern hemisphere where its sentence (or the one before) is set, opening it or
    after "in", is that hemisphere's: its months' season in TIMEX3's northern codes ("Sydney sweltered ... and
    forecasters expect a hot, dry spring" is September to November, 2054-FA; not a place only travelled to or played
    against: "flew to Cape Town in the spring of 1931", "the autumn Test against Argentina"; nor one named by a word
    only northern English uses: "the fall"; words.toml [southern_place], [season_south], [season_north_word], cues.toml
    place_setting_before); so is one right after "southern" (cues.toml south_season_before)."""
    p = item.parsed
    if not isinstance(p, Calendar) or p.season is None or p.south:
        return item
    southern = replace(item, parsed=replace(p, season=str(lex.lookup("season_south", p.season))))
    if any(
        m.end() >= item.start
        for m in lex.south_season_before.finditer(lowered, max(0, item.start - _PREPOSITION_REACH), item.end)
    ):
        return southern  # "the southern winter"
    if lex.season_north_word.search(lowered, item.start, item.end):
        return item  # "the fall": American English, not Australian
    lo = max(0, item.start - _SOUTH_REACH)
    ends = [m.end() for m in lex.sentence_end.finditer(text, lo, item.start + 1)]  # where sentences start
    if not ends and lo > 0:
        return item  # a sentence this long is no setting's
    cut = lo > 0 and len(ends) < 2  # the reach ends inside the sentence before: `lo` starts none
    if len(ends) >= 2:
        lo = ends[-2]  # the sentence before the season's
    paragraph = lowered.rfind("\n\n", lo, item.start)
    if paragraph >= 0:
        lo, cut = paragraph + 2, False  # ... in its paragraph
    for m in lex.southern_place.finditer(lowered, lo, item.start):
        opens = m.start() in ends or (m.start() == lo and not cut)
        if opens or lex.place_setting_before.search(lowered, lo, m.start()):
            return southern
    return item


def _day_alone(p: Parsed) -> TypeGuard[Calendar]:
    """A day of the month with no month ("on the 1st")."""
    return isinstance(p, Calendar) and p.day is not None and p.month is None and p.year is None and p.direction is None


def _bare_quarter(p: Parsed) -> TypeGuard[Calendar]:
    """A quarter with no year, no direction and no year counted ("the fourth quarter")."""
    return _year_unsaid(p) and p.quarter is not None and not p.period_of_year


def _day_of(p: Parsed) -> int | None:
    """The end of its period a value names ("the last day of the month": -1), if any."""
    return p.day_of if isinstance(p, Calendar | Relative) else None


def _clock_on_the_day(p: Parsed) -> bool:
    """A clock or a part of the day on the day under discussion ("at 7am", "in the evening")."""
    return isinstance(p, Relative) and p.anaphoric and p.unit == "day" and p.offset == 0 and p.clock is not None


def _step_from_last(p: Parsed) -> int:
    """The side of the date named last a date is counted to: -1 back ("two years earlier", "a day before"), 1 on
    ("the next day", "the following week"), 0 for any other value."""
    if not isinstance(p, Relative) or not p.anaphoric or p.span is not None:
        return 0
    return (p.offset > 0) - (p.offset < 0)


def _first_as_limit(r: Resolved, item: Extracted, lowered: str, lex: Lexicon) -> bool:
    """Whether `item` (`r` resolved) is a month's first day given as the limit of a stretch ("until Sept. 1"), which
    ends in the month before and names no month of the story."""
    if r.granularity != "day" or r.interval is None or r.interval.start.day != 1:
        return False
    return lex.limit_first_before.search(lowered, max(0, item.start - _PREPOSITION_REACH), item.start) is not None


def _month_held(r: Resolved) -> tuple[int, int] | None:
    """(year, month) of a day, a month, or a week or part of a month within one month ("the first week of January")."""
    if r.interval is None or r.granularity not in ("day", "month", "week", "part_of_day", "hour", "minute"):
        return None
    start, end = r.interval.start, r.interval.end
    return (start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None


def _live_blog_day(header: date, published: date) -> bool:
    """Whether a day header is a live blog's: at most a week before the publication day (not a chronology's), or the
    day after it, in a zone ahead of the paper's ("Monday 2 May / 7.30am NZST ... frost is likely tonight" in a paper
    of May 1)."""
    return published - timedelta(days=_LIVE_BLOG_DAYS) <= header <= published + timedelta(days=1)


def _day_word(p: Parsed) -> bool:
    """ "today", "tomorrow", "yesterday", "tonight", "this morning": a day counted from the day of writing."""
    return isinstance(p, Relative) and p.unit == "day" and not (p.anaphoric or p.comparative or p.span is not None)


def _year_in_season(month: int, day: int | None, first: date, last: date) -> int | None:
    """The one year that puts the month-day (or the month's middle) between `first` and `last`, else None."""
    years = [year for year in range(first.year, last.year + 1) if first <= representative_day(year, month, day) <= last]
    return years[0] if len(years) == 1 else None


def _holds(point: Resolved, last: date | None, granularity: Granularity | None) -> bool:
    """Whether `point` is a coarser date than the day named last and holds it."""
    if last is None or granularity not in DAY_GRANULARITIES or point.granularity in DAY_GRANULARITIES:
        return False
    return point.interval is not None and point.interval.start <= last <= point.interval.end


def _timex(r: Resolved, item: Extracted, text: str, article_id: str) -> Timex:
    return Timex(  # validated construction (pydantic-core) is faster than model_construct here
        article_id=article_id,
        start=item.start,
        end=item.end,
        text=text[item.start : item.end],
        type=r.type,
        value=r.value,
        mod=r.mod,
        granularity=r.granularity,
        interval=r.interval,
        time=r.time,
        rule=item.rule,
        reaches=_timex(r.reaches, item, text, article_id) if r.reaches is not None else None,
    )


def tag_article(article: Article, settings: Settings) -> tuple[Timex, ...]:
    return tag_text(article.text, article.published, settings, start=article.body_start, article_id=article.id)
