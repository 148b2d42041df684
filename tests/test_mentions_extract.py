"""Event mentions read from sentences with hand-built time expressions (independent of the temporal engine)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pytest

from timeline.events import extract_mentions
from timeline.events.mentions import anchor_words
from timeline.models import Article, DateSource, EventMention, Granularity, Interval, Timex, TimexType
from timeline.settings import Settings

PUBLISHED = date(2025, 3, 6)  # a Thursday


def _interval(value: str) -> Interval | None:
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    year = int(parts[0])
    if len(parts) == 1:
        return Interval(start=date(year, 1, 1), end=date(year, 12, 31))
    month = int(parts[1])
    if len(parts) == 2:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return Interval(start=date(year, month, 1), end=date.fromordinal(nxt.toordinal() - 1))
    day = date(year, month, int(parts[2]))
    return Interval(start=day, end=day)


def tx(text: str, phrase: str, value: str, *, type_: TimexType = "DATE", nth: int = 1) -> Timex:
    """A Timex for the nth occurrence of `phrase` in `text` (offsets found by search, value given by hand)."""
    at = -1
    for _ in range(nth):
        at = text.index(phrase, at + 1)
    by_parts: dict[int, Granularity] = {1: "year", 2: "month", 3: "day"}
    granularity: Granularity = by_parts.get(len(value.split("-")), "unknown") if value[0].isdigit() else "unknown"
    return Timex(
        article_id="a",
        start=at,
        end=at + len(phrase),
        text=phrase,
        type=type_,
        value=value,
        granularity=granularity,
        interval=_interval(value) if type_ in ("DATE", "TIME") else None,
        rule="test",
    )


def run(text: str, dates: Sequence[tuple[str, ...]]) -> tuple[EventMention, ...]:
    types: dict[str, TimexType] = {"DATE": "DATE", "TIME": "TIME", "DURATION": "DURATION", "SET": "SET"}
    timexes = [tx(text, d[0], d[1], type_=types[d[2] if len(d) > 2 else "DATE"]) for d in dates]
    article = Article(id="a", path="a.txt", published=PUBLISHED, published_from=DateSource.COMMAND_LINE, text=text)
    return extract_mentions(article, timexes, Settings())


@dataclass(frozen=True)
class Expect:
    title: str
    kind: str = "act"
    role: str = "at"
    time: str = ""
    actors: tuple[str, ...] | None = None  # exact actors when given
    has_actors: tuple[str, ...] = ()
    places: tuple[str, ...] | None = None
    predicate: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    dates: list[tuple[str, ...]]
    expect: list[Expect] = field(default_factory=list)


CASES: list[Case] = [
    Case(
        "two_calls_in_one_sentence_split",
        "Mr Trump held lengthy phone calls with Mr Putin and Ukraine’s leader, Volodymyr Zelenskiy, on Wednesday.",
        [("Wednesday", "2025-03-05")],
        [
            Expect("Trump holds phone call with Putin", predicate="call", actors=("Trump", "Putin")),
            Expect(
                "Trump holds phone call with Volodymyr Zelenskiy",
                predicate="call",
                actors=("Trump", "Volodymyr Zelenskiy"),
            ),
        ],
    ),
    Case(
        "coordinated_direct_object_of_meeting_verb_splits",
        "Mr Alvarez would meet Vice President Ana Ruiz and Foreign Minister Li Wei in Geneva on Friday.",
        [("Friday", "2025-03-07")],
        [
            Expect("Alvarez will meet Ana Ruiz", has_actors=("Alvarez", "Ana Ruiz"), places=("Geneva",)),
            Expect("Alvarez will meet Li Wei", has_actors=("Alvarez", "Li Wei"), places=("Geneva",)),
        ],
    ),
    Case(
        "statement_and_reported_act_get_their_own_dates",
        "Defence Secretary Mara Quist said on Thursday that Mr Okafor spoke with Mr Lindqvist on Wednesday.",
        [("Thursday", "2025-03-06"), ("Wednesday", "2025-03-05")],
        [
            Expect("Mara Quist says Okafor spoke with Lindqvist", kind="statement", time="Thursday", predicate="say"),
            Expect("Okafor speaks with Lindqvist", time="Wednesday", has_actors=("Okafor", "Lindqvist")),
        ],
    ),
    Case(
        "date_before_reporting_verb_makes_statement",
        "President Nadia Petrova on Thursday said Moldova would not accept a deal negotiated without it.",
        [("Thursday", "2025-03-06")],
        [Expect("Nadia Petrova says Moldova will not accept deal", kind="statement", has_actors=("Nadia Petrova",))],
    ),
    Case(
        "said_date_then_clause_without_that",
        "Mr Haddad said Wednesday he had held a phone call with Prime Minister Omar Khalil.",
        [("Wednesday", "2025-03-05")],
        [Expect("Haddad says he held phone call with Omar Khalil", kind="statement")],
    ),
    Case(
        "reported_content_before_speaker",
        "The army has retreated from the city, the governor’s spokesman Ivan Marek said on Monday.",
        [("on Monday", "2025-03-03")],
        [Expect("Ivan Marek says army retreated from city", kind="statement")],
    ),
    Case(
        "since_anchors_start",
        "Since 2014, member countries have agreed to spend 2% of their output on defence.",
        [("2014", "2014")],
        [Expect("Member countries agree to spend 2% on defence", role="start")],
    ),
    Case(
        "from_until_anchor_start_and_end",
        "The country kept its borders from 1991 until 2014, when its neighbour seized the peninsula.",
        [("1991", "1991"), ("2014", "2014")],
        [
            Expect("Country keeps borders", role="start", time="1991"),
            Expect("Country keeps borders", role="end", time="2014"),
        ],
    ),
    Case(
        "places_with_preposition_and_venue",
        "Defence ministers met at NATO headquarters in Brussels on Thursday.",
        [("Thursday", "2025-03-06")],
        [Expect("Defence ministers meet at NATO headquarters", places=("NATO headquarters", "Brussels"))],
    ),
    Case(
        "unseen_place_name_after_in",
        "Farmers blocked roads in Zlatograd on Tuesday.",
        [("Tuesday", "2025-03-04")],
        [Expect("Farmers block roads in Zlatograd", places=("Zlatograd",))],
    ),
    Case(
        "city_before_its_country_keeps_the_city",
        "The summit opened in Lima, Peru, on Friday.",
        [("Friday", "2025-03-07")],
        [Expect("Summit opens in Lima Peru", places=("Lima",))],
    ),
    Case(
        "surname_linked_to_full_name_seen_earlier",
        "Chilean President Gabriel Boric arrived late. Mr Boric signed the treaty on Monday.",
        [("Monday", "2025-03-03")],
        [Expect("Boric signs treaty", actors=("Gabriel Boric",))],
    ),
    Case(
        "honorifics_and_titles_stripped",
        "US Defense Secretary Pete Hegseth visited the base on Friday.",
        [("Friday", "2025-03-07")],
        [Expect("Pete Hegseth visits base", actors=("Pete Hegseth",))],
    ),
    Case(
        "demonym_before_common_noun_maps_to_country",
        "Ukrainian forces fired drones at the depot on Tuesday.",
        [("Tuesday", "2025-03-04")],
        [Expect("Ukrainian forces fire drones at depot", has_actors=("Ukraine",))],
    ),
    Case(
        "country_alias_maps_to_country",
        "The U.S. imposed new tariffs on Monday.",
        [("Monday", "2025-03-03")],
        [Expect("U.S. imposes new tariffs", actors=("United States",))],
    ),
    Case(
        "pronoun_subject_resolved_to_previous_person",
        "Prime Minister Ilse Varga arrived in Rome. She met Pope Leo on Monday.",
        [("Monday", "2025-03-03")],
        [Expect("Ilse Varga meets Leo", has_actors=("Ilse Varga", "Leo"))],
    ),
    Case(
        "relative_pronoun_subject_resolved_to_name",
        "Talks stalled after comments from envoy Rafael Soto, who said Tuesday that no deal was near.",
        [("Tuesday", "2025-03-04")],
        [Expect("Rafael Soto says no deal is near", kind="statement")],
    ),
    Case(
        "first_person_in_quotes_is_the_speaker",
        "“I met the envoy on Monday,” Raul Castro said.",
        [("Monday", "2025-03-03")],
        [Expect("Raul Castro meets envoy")],
    ),
    Case(
        "opening_quote_inside_verb_group",
        "The envoy said on Monday that the US does “not believe” the plan.",
        [("Monday", "2025-03-03")],
        [Expect("Envoy says US does not believe plan", kind="statement", actors=("United States",))],
    ),
    Case(
        "passive_after_modal_kept",
        "Ms Lund said on Thursday that a deal should not be formed in secret.",
        [("Thursday", "2025-03-06")],
        [Expect("Lund says deal should not be formed in secret", kind="statement")],
    ),
    Case(
        "tell_audience_without_content_dropped",
        "Secretary General Ana Lund told a news conference on Thursday.",
        [("Thursday", "2025-03-06")],
        [],
    ),
    Case(
        "tell_audience_content_before_is_said",
        "The members agreed on a new budget, Secretary General Ana Lund told a news conference on Thursday.",
        [("Thursday", "2025-03-06")],
        [Expect("Ana Lund says members agreed on new budget", kind="statement", actors=("Ana Lund",))],
    ),
    Case(
        "tell_audience_that_is_say",
        "Ana Lund told reporters in Oslo on Thursday that the budget would pass.",
        [("Thursday", "2025-03-06")],
        [Expect("Ana Lund says budget will pass", kind="statement")],
    ),
    Case(
        "closing_quote_after_verb_keeps_phrase",
        "Mr Ito has “effectively surrendered” to Mr Sato, the adviser Jun Mori said on Monday.",
        [("Monday", "2025-03-03")],
        [Expect("Jun Mori says Ito surrendered to Sato", kind="statement")],
    ),
    Case(
        "relative_which_after_lowercase_name",
        "The phone supports iAd, which goes live on July 1.",
        [("July 1", "2025-07-01")],
        [Expect("iAd goes live")],
    ),
    Case(
        "dateline_only_sentence_skipped",
        "June 9, 2008\nThe phone went on sale.",
        [("June 9, 2008", "2008-06-09")],
        [],
    ),
    Case(
        "event_noun_before_date",
        "President Amara Diallo’s announcement Wednesday that elections would be delayed surprised many.",
        [("Wednesday", "2025-03-05")],
        [Expect("Amara Diallo announces elections will be delayed", kind="statement", predicate="announce")],
    ),
    Case(
        "possessive_date_names_the_event",
        "Speaking before Thursday’s defence ministers' meeting in Brussels, the minister urged calm.",
        [("Thursday", "2025-03-06")],
        [Expect("Defence ministers meeting", predicate="meet", places=("Brussels",))],
    ),
    Case(
        "clause_initial_date_attaches_to_main_verb",
        "On Wednesday, in his opening remarks, the minister said that the plan was ready.",
        [("Wednesday", "2025-03-05")],
        [Expect("Minister says plan is ready", kind="statement")],
    ),
    Case(
        "coordinated_verbs_share_subject",
        "The council approved the budget on Monday and later adjourned.",
        [("Monday", "2025-03-03")],
        [Expect("Council approves budget")],
    ),
    Case(
        "passive_voice_kept",
        "Three drones were shot down on Sunday.",
        [("Sunday", "2025-03-02")],
        [Expect("Three drones are shot down")],
    ),
    Case(
        "negation_kept",
        "The court did not rule on the appeal on Friday.",
        [("Friday", "2025-02-28")],
        [Expect("Court does not rule on appeal")],
    ),
    Case(
        "durations_and_vague_references_do_not_anchor",
        "The war has lasted three years and recently the talks resumed.",
        [("three years", "P3Y", "DURATION"), ("recently", "PAST_REF")],
        [],
    ),
    Case(
        "sets_do_not_anchor",
        "The ministers meet every Monday.",
        [("every Monday", "XXXX-WXX-1", "SET")],
        [],
    ),
]


def _check(m: EventMention, e: Expect) -> None:
    assert m.title == e.title
    assert m.kind == e.kind
    assert m.anchor_role == e.role
    if e.time:
        assert m.timex.text == e.time
    if e.actors is not None:
        assert m.actors == e.actors
    for a in e.has_actors:
        assert a in m.actors
    if e.places is not None:
        assert m.places == e.places
    if e.predicate is not None:
        assert m.predicate == e.predicate


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_mentions_extract_case(case: Case) -> None:
    mentions = run(case.text, case.dates)
    assert [m.title for m in mentions] == [e.title for e in case.expect]
    for m, e in zip(mentions, case.expect, strict=True):
        _check(m, e)
        assert case.text[m.sentence_start : m.sentence_end] == m.sentence
        assert m.sentence_start <= m.timex.start < m.timex.end <= m.sentence_end


def test_mentions_extract_unresolved_value_skipped() -> None:
    text = "The ministers met on the day in question."
    t = tx(text, "the day", "XXXX-XX-XX").model_copy(update={"interval": None})
    article = Article(id="a", path="a.txt", published=PUBLISHED, published_from=DateSource.COMMAND_LINE, text=text)
    assert extract_mentions(article, [t], Settings()) == ()


def test_mentions_dated_by_the_day_an_anchored_span_reaches() -> None:
    text = "The bill cleared the House on Feb. 5. Two days later the Senate approved the bill."
    reached = tx(text, "Two days", "2025-02-07")
    span = tx(text, "Two days", "P2D", type_="DURATION").model_copy(update={"reaches": reached})
    article = Article(id="a", path="a.txt", published=PUBLISHED, published_from=DateSource.COMMAND_LINE, text=text)
    mentions = extract_mentions(article, [tx(text, "Feb. 5", "2025-02-05"), span], Settings())
    by_value = {m.timex.value: m for m in mentions}
    assert "2025-02-07" in by_value
    assert by_value["2025-02-07"].timex.text == "Two days"
    assert "Senate" in by_value["2025-02-07"].actors or "approve" in by_value["2025-02-07"].title.lower()


# (id, text, date phrase, value, expected kind)
KIND_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "caption_line_after_headline",
        "Farmers protest in Paris\n\nFarmer Jean Roux speaks to reporters in Paris on Tuesday.\n\nThe protest grew.",
        "Tuesday",
        "2025-03-04",
        "caption",
    ),
    (
        "headline_with_date",
        "Leaders to meet in Oslo on Friday\n\nThe summit will be short.",
        "Friday",
        "2025-03-07",
        "headline",
    ),
    ("body_act", "The summit opened in Oslo on Friday.", "Friday", "2025-02-28", "act"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "kind"), [c[1:] for c in KIND_CASES], ids=[c[0] for c in KIND_CASES]
)
def test_mentions_extract_kind(text: str, phrase: str, value: str, kind: str) -> None:
    (m,) = run(text, [(phrase, value)])
    assert m.kind == kind


NOISE_CASES: list[tuple[str, str, str, str]] = [
    ("video_duration_line", "The talks began.\n04:22 - Source: CNN\n", "04:22", "2025-03-06T04:22"),
    ("audio_player_line", "The talks began.\nListen | 20:19\n", "20:19", "2025-03-06T20:19"),
    ("image_file_name", "The talks began.\n20250212-leaders_split.jpg\n", "20250212", "2025-02-12"),
    ("byline", "The talks began.\nAnn Lee reported on Monday and contributed reporting.\n", "Monday", "2025-03-03"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), [c[1:] for c in NOISE_CASES], ids=[c[0] for c in NOISE_CASES])
def test_mentions_extract_noise_lines_skipped(text: str, phrase: str, value: str) -> None:
    at = text.index(phrase)
    day = date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    t = Timex(
        start=at,
        end=at + len(phrase),
        text=phrase,
        type="TIME" if "T" in value else "DATE",
        value=value,
        granularity="minute" if "T" in value else "day",
        interval=Interval(start=day, end=day),
        rule="test",
    )
    article = Article(id="a", path="a.txt", published=PUBLISHED, published_from=DateSource.COMMAND_LINE, text=text)
    assert extract_mentions(article, [t], Settings()) == ()


def test_mentions_extract_ids_stable_unique_and_sorted() -> None:
    text = (
        "Mr Trump held lengthy phone calls with Mr Putin and Ukraine’s leader, Volodymyr Zelenskiy, on Wednesday. "
        "The council approved the budget on Monday."
    )
    dates = [("Monday", "2025-03-03"), ("Wednesday", "2025-03-05")]
    first, second = run(text, dates), run(text, list(reversed(dates)))
    assert first == second
    ids = [m.id for m in first]
    assert len(set(ids)) == len(ids) == 3
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in ids)
    assert [m.timex.start for m in first] == sorted(m.timex.start for m in first)


def test_mentions_extract_body_start_respected() -> None:
    text = " date 2025-03-06 Leaders met on Monday\nThe council approved the budget on Monday."
    t_head = tx(text, "Monday", "2025-03-03")
    t_body = tx(text, "Monday", "2025-03-03", nth=2)
    body_start = text.index("\n") + 1
    article = Article(
        id="a",
        path="a.txt",
        published=PUBLISHED,
        published_from=DateSource.METADATA_LINE,
        text=text,
        body_start=body_start,
    )
    (m,) = extract_mentions(article, [t_head, t_body], Settings())
    assert m.timex == t_body
    assert m.title == "Council approves budget"


# (id, text, date phrase, the word the date should attach to) — each row is a fix for a wrong attachment.
ANCHOR_CASES: list[tuple[str, str, str, str]] = [
    ("reporting_verb_after_date", "Zelensky on Thursday said the talks would go on.", "Thursday", "said"),
    ("reporting_verb_before_date", "The minister said on Thursday that talks would go on.", "Thursday", "said"),
    (
        "date_closes_clause_takes_left_verb",
        "Mr Lee held calls with Ms Kim, on Wednesday and later rested.",
        "Wednesday",
        "held",
    ),
    (
        "main_verb_have_not_weak",
        "As of Sept. 30, the bank had assets of $511 million, the company said.",
        "Sept. 30",
        "had",
    ),
    (
        "subordinate_clause_closed_by_comma",
        "Ms Varga, who was born in Pecs and fled after the uprising in 1956, made no secret of it.",
        "1956",
        "fled",
    ),
    (
        "unknown_participle_after_be",
        "Hernandez was kidnapped from his store at 10 p.m. Wednesday, police said.",
        "10 p.m. Wednesday",
        "kidnapped",
    ),
    (
        "date_before_event_noun",
        "Amir is serving a life sentence for the November 1995 assassination of Rabin.",
        "November 1995",
        "assassination",
    ),
    ("date_modifying_noun_phrase", "Officials recalled the 1956 uprising in detail.", "1956", "uprising"),
    ("possessive_date_before_auxiliary", "But tomorrow’s vote has international implications.", "tomorrow", "vote"),
    (
        "gerund_after_comma_governs",
        "Ms Ode appeared to tie aid to talks, saying on Thursday that the president would decide.",
        "Thursday",
        "saying",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "word"), [c[1:] for c in ANCHOR_CASES], ids=[c[0] for c in ANCHOR_CASES])
def test_mentions_anchor_word(text: str, phrase: str, word: str) -> None:
    t = tx(text, phrase, "2025-03-05")
    article = Article(id="a", path="a.txt", published=PUBLISHED, published_from=DateSource.COMMAND_LINE, text=text)
    ((timex, start, end),) = anchor_words(article, [t], Settings())
    assert timex == t
    assert text[start:end] == word


def test_mentions_office_only_chunk_not_an_actor() -> None:
    text = "Mr Kaya met US Secretary of the Treasury Scott Bessent on Wednesday in Kyiv."
    (m,) = run(text, [("Wednesday", "2025-03-05")])
    assert "Scott Bessent" in m.actors
    assert not any("Secretary" in a for a in m.actors)
    assert m.places == ("Kyiv",)


# ----------------------------------------------------------------------------------------------------- undated

UNDATED_CASES = [
    # (id, text without any date, expected (predicate, actors) of its undated mentions)
    (
        "possessive-owner-with-partner",
        "European leaders are reeling after Trump’s phone call with Russian President Vladimir Putin.",
        [("call", ("Trump", "Vladimir Putin"))],
    ),
    (
        "between-x-and-y",
        "Markets rose following a phone call between President Donald Trump and Xi Jinping, officials said.",
        [("call", ("Donald Trump", "Xi Jinping"))],
    ),
    (
        "compound-modifier",
        "Several cities offered to host an upcoming Macron-Scholz summit.",
        [("meet", ("Macron", "Scholz"))],
    ),
    ("verb-with-partner", "Critics noted that Merkel spoke with Obama first.", [("talk", ("Merkel", "Obama"))]),
    (
        "calls-with-two-partners-split",
        "Ms Baerbock said she had not been informed of Mr Trump’s calls with Mr Putin and Mr Zelenskiy in advance.",
        [("call", ("Trump", "Putin")), ("call", ("Trump", "Zelenskiy"))],
    ),
    (
        "light-verb-subject",
        "The office said Tusk and Meloni also had a phone conversation.",
        [("call", ("Tusk", "Meloni"))],
    ),
    ("one-participant-only", "This call represents a pivotal moment for Kyiv.", []),
    ("object-not-partner", "Lecornu calls concessions to Moscow premature.", []),
    ("demonym-is-not-a-participant", "Biden should have spoken with the Ukrainian leader.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in UNDATED_CASES], ids=[c[0] for c in UNDATED_CASES])
def test_mentions_undated_frames(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    got = [(m.predicate, m.actors) for m in run(text, []) if m.timex is None]
    assert got == expected


def test_mentions_undated_group_reference_resolves_to_last_two_persons() -> None:
    text = (
        "Hours later, President Donald Trump said he and Russian President Vladimir Putin had agreed to talk. "
        "The Republican disclosed a call between the two leaders."
    )
    got = [(m.predicate, m.actors) for m in run(text, []) if m.timex is None]
    assert got == [("call", ("Donald Trump", "Vladimir Putin"))]


def test_mentions_undated_not_made_from_dated_sentence() -> None:
    text = "Trump’s call with Putin took place on Wednesday."
    mentions = run(text, [("Wednesday", "2025-03-05")])
    assert mentions and all(m.timex is not None for m in mentions)


# ----------------------------------------------------------------------------------------------------- title quality

TITLE_QUALITY_CASES = [
    # (id named after the fix, text, (phrase, value) of the date, expected titles of the mentions it anchors)
    (
        "cognition_verb_keeps_its_clausal_object",
        "Ines Duarte said on Monday that the city does not believe that the bridge is safe.",
        ("on Monday", "2025-03-03"),
        ["Ines Duarte says city does not believe bridge is safe"],
    ),
    (
        "partitive_object_keeps_the_counted_noun",
        "The rebels won a whole series of battles on Monday.",
        ("on Monday", "2025-03-03"),
        ["Rebels win series of battles"],
    ),
    (
        "possessive_object_keeps_its_possessive",
        "The army entered the province’s north in 2019.",
        ("in 2019", "2019"),
        ["Army enters province’s north"],
    ),
    (
        "possessive_subject_keeps_its_possessive",
        "The city’s mayor said on Monday that the port would close.",
        ("on Monday", "2025-03-03"),
        ["City’s mayor says port will close"],
    ),
    (
        "occasion_during_shown_as_at_with_its_city",
        "Foreign Minister Ana Lund speaks during a news conference in Oslo, Norway, on Monday.",
        ("on Monday", "2025-03-03"),
        ["Ana Lund speaks at news conference in Oslo"],
    ),
    (
        "place_list_keeps_the_city",
        "Ana Lund arrived in Lisbon, Portugal, on Monday.",
        ("on Monday", "2025-03-03"),
        ["Ana Lund arrives in Lisbon"],
    ),
    (
        "speak_to_generic_audience_without_named_subject_dropped",
        "On Monday, dock workers spoke to reporters.",
        ("On Monday", "2025-03-03"),
        [],
    ),
    (
        "reported_clause_with_unknown_they_dropped",
        "The mayor suggested Friday they might meet soon.",
        ("Friday", "2025-02-28"),
        [],
    ),
    (
        "reported_they_is_the_plural_speaker",
        "Lund and Berg announced Monday that they would meet soon.",
        ("Monday", "2025-03-03"),
        ["Lund and Berg announce they will meet"],
    ),
    (
        "reported_it_is_the_organization_speaker",
        "The union said on Monday that it would strike.",
        ("on Monday", "2025-03-03"),
        ["Union says it will strike"],
    ),
    (
        "statement_noun_with_that_clause_is_a_statement",
        "Ana Pires hedged on comments she made on Monday that the strike was unlawful.",
        ("on Monday", "2025-03-03"),
        ["Ana Pires says strike is unlawful"],
    ),
    (
        "warn_audience_that_it_is_the_audience",
        "Ana Lund warned the union on Monday that it could no longer rely on state aid.",
        ("on Monday", "2025-03-03"),
        ["Ana Lund warns union can not rely on state aid"],
    ),
    (
        "quote_opening_i_think_that_dropped",
        "“I think that nobody will give up,” Ines Duarte told reporters on Monday.",
        ("on Monday", "2025-03-03"),
        ["Ines Duarte says “nobody will give up”"],
    ),
    (
        "dummy_it_with_for_to_clause_kept",
        "Ana Lund said on Monday that it is not realistic for Norway to join the union.",
        ("on Monday", "2025-03-03"),
        ["Ana Lund says it is not realistic for Norway to join union"],
    ),
    (
        "place_list_of_countries_kept_whole",
        "Nordvik opened stores in France, Germany, Spain and Italy on Friday.",
        ("on Friday", "2025-02-28"),
        ["Nordvik opens stores in France Germany Spain and Italy"],
    ),
    (
        "clipped_title_does_not_end_in_a_preposition",
        "The tiny island nation of Vanuatu said on Friday that soldiers will join the peace mission in the north.",
        ("on Friday", "2025-02-28"),
        ["Tiny island nation of Vanuatu says soldiers will join peace mission"],
    ),
    (
        "quote_before_speaker_with_phrase_after_is_the_content",
        "“We will not sign this deal,” Ines Duarte said Thursday during a visit to a dairy plant.",
        ("Thursday", "2025-03-06"),
        ["Ines Duarte says “we will not sign this deal”"],
    ),
    (
        "passive_of_question_verb_dropped",
        "The minister was pressed by reporters on the budget on Monday.",
        ("on Monday", "2025-03-03"),
        [],
    ),
    (
        "tell_audience_to_do_is_an_instruction_kept_with_object",
        "Nordvik told customers on Monday to hold the phone differently.",
        ("on Monday", "2025-03-03"),
        ["Nordvik tells customers"],
    ),
    (
        "reported_it_is_the_organization_named_with_of",
        "The Organization of Coastal States said Friday it would investigate the killings.",
        ("Friday", "2025-02-28"),
        ["Organization of Coastal States says it will investigate killings"],
    ),
    (
        "coordinated_demonyms_keep_their_shared_head",
        "Ana Lund said on Monday that Norway will no longer fund French and German research projects.",
        ("on Monday", "2025-03-03"),
        ["Ana Lund says Norway will not fund French and German research"],
    ),
    (
        "demonyms_before_a_noun_are_not_partners",
        "The ministers discussed Ukrainian and Russian claims on Monday.",
        ("on Monday", "2025-03-03"),
        ["Ministers discuss Ukrainian and Russian claims"],
    ),
    (
        "definite_description_shown_as_the_name_said_before",
        "Ana Lund met US President Maria Soto in Rome, and the US president said on Friday that the talks were useful.",
        ("on Friday", "2025-02-28"),
        ["Maria Soto says talks are useful"],
    ),
    (
        "pronoun_it_resolved_to_earlier_subject",
        "Analysts said the region Serbia has claimed since it first occupied the northern valley in 1999 stays tense.",
        ("in 1999", "1999"),
        ["Serbia occupies northern valley"],
    ),
    (
        "pronoun_they_resolved_to_earlier_subject",
        "The rebels are still holding the towns they seized in March near the border.",
        ("in March", "2025-03"),
        ["Rebels seize towns"],
    ),
    (
        "pronoun_first_person_unresolved_dropped",
        "He continued, “I thought his remarks yesterday were pretty accurate.”",
        ("yesterday", "2025-03-05"),
        [],
    ),
    (
        "quantity_of_subject_shows_what_is_counted_and_duration_phrase_dropped",
        "Nearly a decade of cheap credit in Spain appeared to end in a few frantic hours on Wednesday.",
        [("on Wednesday", "2025-03-05"), ("a decade", "P10Y", "DURATION")],
        ["Cheap credit in Spain appears to end"],
    ),
    (
        "acronym_spelled_out",
        "Crown Prince Mohammed bin Salman (MBS) met the envoy. MBS hosted a summit in Jeddah in 2023.",
        ("in 2023", "2023"),
        ["Mohammed bin Salman hosts summit in Jeddah"],
    ),
    (
        "statement_raw_quote_titled_with_its_first_clause",
        "“We trust the harbour master, and I think it’d be a very good place to be,” Ines Duarte said Wednesday.",
        ("Wednesday", "2025-03-05"),
        ["Ines Duarte says “we trust the harbour master”"],
    ),
    (
        "object_gap_after_noun_dropped",
        "The viewpoint is one Trump espoused frequently during his first term, including at a dinner in 2019.",
        ("in 2019", "2019"),
        [],
    ),
    (
        "object_gap_relative_that_dropped",
        "Kyiv must give up the four regions that Russia annexed in September 2022.",
        ("in September 2022", "2022-09"),
        [],
    ),
    (
        "object_gap_relative_with_phrase_dropped",
        "It was a war that Russia started with a massive invasion in 2022.",
        ("in 2022", "2022"),
        [],
    ),
    (
        "phrase_with_comma_between_modifiers_kept_whole",
        "Troops attacked on Monday with an all-out, three-pronged assault on the city.",
        ("on Monday", "2025-03-03"),
        ["Troops attack with all-out three-pronged assault"],
    ),
    (
        "complement_that_is_not_a_gap",
        "Rutte said that defense spending had already increased in 2024.",
        ("in 2024", "2024"),
        ["Defense spending increases"],
    ),
    (
        "reduced_participle_after_common_noun_dropped",
        "The prince has cultivated close ties with the president, illustrated last month by a visit.",
        ("last month", "2025-02"),
        [],
    ),
    (
        "date_before_when_clause_dates_that_clause",
        "Crown Prince Faisal bin Ahmed (FBA) has cultivated close ties with the president, illustrated last month "
        "when he became the first leader to call him.",
        ("last month", "2025-02"),
        ["Faisal bin Ahmed becomes leader"],
    ),
    (
        "pronoun_he_unresolved_dropped",
        "He visited the plant on Thursday.",
        ("on Thursday", "2025-03-06"),
        [],
    ),
    (
        "reduced_participle_after_name_kept",
        "Russia holds a fifth of Ukraine, including the Crimean Peninsula, annexed in 2014.",
        ("in 2014", "2014"),
        ["Crimean Peninsula is annexed"],
    ),
    (
        "quoted_copula_opinion_dropped",
        "He continued, “I thought his comments were good yesterday and they’re probably good today.”",
        ("today", "2025-03-06"),
        [],
    ),
    (
        "reporting_verb_without_content_titled_comments",
        "The governor said Thursday during a visit to a power plant in the west.",
        ("Thursday", "2025-03-06"),
        ["Governor comments"],
    ),
    (
        "phrase_after_skipped_phrase_not_the_verbs",
        "The governor spoke Thursday during a visit to a power plant in the west.",
        ("Thursday", "2025-03-06"),
        ["Governor speaks"],
    ),
    (
        "reduced_relative_clause_dropped",
        "They want the borders the country enjoyed after its independence from the empire in 1991.",
        ("in 1991", "1991"),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "date_", "titles"), [c[1:] for c in TITLE_QUALITY_CASES], ids=[c[0] for c in TITLE_QUALITY_CASES]
)
def test_mentions_title_quality(text: str, date_: tuple[str, ...] | list[tuple[str, ...]], titles: list[str]) -> None:
    dates = date_ if isinstance(date_, list) else [date_]
    assert [m.title for m in run(text, dates) if m.timex is not None] == titles


def test_mentions_title_verbless_caption_occasion_with_partner_is_the_act() -> None:
    text = (
        "Port talks\n\nMayor Ana Lund during a meeting with the Norwegian Minister of Trade in Oslo on Tuesday."
        "\n\nAll good."
    )
    (m,) = run(text, [("Tuesday", "2025-03-04")])
    assert (m.kind, m.title) == ("caption", "Ana Lund meets Norwegian Minister of Trade in Oslo")


def test_mentions_title_verbless_caption_place_cut_to_the_known_place() -> None:
    text = "Budget row\n\nMayor Ana Lund in the Oval Office of the White House on Tuesday.\n\nThe row grew."
    (m,) = run(text, [("Tuesday", "2025-03-04")])
    assert (m.kind, m.title) == ("caption", "Ana Lund is in Oval Office")


def test_mentions_title_verbless_caption_gets_a_verb() -> None:
    text = "Farmers protest in Paris\n\nFarmer Jean Roux in Paris on Tuesday.\n\nThe protest grew."
    (m,) = run(text, [("Tuesday", "2025-03-04")])
    assert (m.kind, m.title) == ("caption", "Farmer Jean Roux is in Paris")


EVENT_NOUN_PHRASE_CASES = [
    # (id, text, date phrase, value, expected (title, predicate))
    (
        "noun_phrase_after_comma_dates_the_noun",
        "“It would have been better,” Lindqvist said, ahead of a meeting of Nordic defense ministers today.",
        "today",
        "2025-03-06",
        ("Meeting of Nordic defense ministers", "meet"),
    ),
    (
        "same_clause_keeps_the_verb",
        "Ana Lund spoke to reporters before a meeting in Oslo today.",
        "today",
        "2025-03-06",
        ("Ana Lund speaks to reporters", "talk"),
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "expected"),
    [c[1:] for c in EVENT_NOUN_PHRASE_CASES],
    ids=[c[0] for c in EVENT_NOUN_PHRASE_CASES],
)
def test_mentions_date_after_event_noun_phrase(text: str, phrase: str, value: str, expected: tuple[str, str]) -> None:
    (m,) = [m for m in run(text, [(phrase, value)]) if m.timex is not None]
    assert (m.title, m.predicate) == expected
