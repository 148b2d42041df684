"""Event mentions on news-style sentences the engine was not tuned on (company names, tickers, participles, reported
speech, comparisons), run through the real temporal tagger: (sentence, publication date) -> title, actors, date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from timeline.events import extract_mentions
from timeline.models import Article, DateSource, EventMention
from timeline.settings import Settings
from timeline.temporal import tag_article

FRIDAY = date(2025, 2, 14)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    title: str
    value: str  # the anchoring date's value
    actors: tuple[str, ...] = ()  # expected among the mention's actors
    published: date = FRIDAY


def mentions_of(text: str, published: date = FRIDAY) -> tuple[EventMention, ...]:
    article = Article(id="u", path="u.txt", published=published, published_from=DateSource.CORPUS, text=text)
    settings = Settings()
    return extract_mentions(article, tag_article(article, settings), settings)


CASES = [
    Case(
        "sentence_initial_plural_subject_takes_a_base_form_verb",
        "Analysts expect a decision from regulators by mid-December.",
        "Analysts expect decision from regulators",
        "2025-12",
        (),
        date(2025, 11, 2),
    ),
    Case(
        "reported_it_after_a_bare_company_name_keeps_the_statement",
        "Solvarra said on Monday that it would buy a rival for $2 billion.",
        "Solvarra says it will buy rival",
        "2025-02-10",
        ("Solvarra",),
    ),
    Case(
        "reported_it_after_a_hyphenated_company_name_keeps_the_statement",
        "Brenner-Holt announced on Tuesday that it will close two plants.",
        "Brenner-Holt announces it will close two plants",
        "2025-02-11",
        ("Brenner-Holt",),
    ),
    Case(
        "company_suffix_period_is_part_of_the_name",
        "Nordvik Inc. said on Monday that it had acquired a small chip maker.",
        "Nordvik Inc. says it acquired chip maker",
        "2025-02-10",
        ("Nordvik Inc.",),
    ),
    Case(
        "company_suffix_subject_of_an_act",
        "Kestrel Motors Corp. unveiled its first electric truck at a show in Detroit on March 3.",
        "Kestrel Motors Corp. unveils electric truck at show",
        "2025-03-03",
        ("Kestrel Motors Corp.",),
        date(2025, 3, 5),
    ),
    Case(
        "all_caps_ticker_subject",
        "AAPL fell 2% on Wednesday after the report.",
        "AAPL falls 2%",
        "2025-02-12",
        ("AAPL",),
    ),
    Case(
        "acronym_company_announces",
        "IBM announced on Monday that it will cut 500 jobs.",
        "IBM announces it will cut 500 jobs",
        "2025-02-10",
        ("IBM",),
    ),
    Case(
        "reduced_relative_with_agent_read_as_the_agents_act",
        "The news came at a rare press conference held by Halvard Systems on Friday.",
        "Halvard Systems holds rare press conference",
        "2025-02-14",
        ("Halvard Systems",),
    ),
    Case(
        "reduced_relative_without_agent_read_as_passive",
        "The firm says its rival broke an agreement reached between the two companies in 1991.",
        "Agreement is reached",
        "1991",
    ),
    Case(
        "change_of_amount_is_not_a_passive",
        "Figures showed the jobless rate declined to 3.8 percent in January.",
        "Jobless rate declines to 3.8 percent",
        "2025-01",
    ),
    Case(
        "sentence_initial_plural_noun_is_not_a_verb",
        "Shares of Apple Inc. rose 3 percent on Tuesday.",
        "Shares of Apple Inc. rise 3 percent",
        "2025-02-11",
        ("Apple Inc.",),
    ),
    Case(
        "office_title_before_name_kept_as_subject",
        "Chief executive Mara Holt resigned on Friday.",
        "Mara Holt resigns",
        "2025-02-14",
        ("Mara Holt",),
    ),
    Case(
        "apposition_after_name_is_not_the_subject",
        "Mara Holt, chief executive of Orlen Group, resigned on Friday.",
        "Mara Holt resigns",
        "2025-02-14",
        ("Mara Holt",),
    ),
    Case(
        "reported_past_act_keeps_past_tense",
        "Halvorsen said on Monday that Lind had surrendered to Berg.",
        "Halvorsen says Lind surrendered to Berg",
        "2025-02-10",
        ("Halvorsen", "Lind", "Berg"),
    ),
    Case(
        "reported_pluperfect_becomes_simple_past",
        "Ms Okoye said on Saturday the ministers had spoken earlier.",
        "Okoye says ministers spoke",
        "2025-02-08",
        ("Okoye",),
    ),
    Case(
        "expletive_there_agrees_with_counted_complement",
        "The army said on Wednesday that there were 74 attacks near the border.",
        "Army says there are 74 attacks",
        "2025-02-12",
    ),
    Case(
        "catenative_infinitive_kept_after_short_form_spelled_out",
        "Prime Minister Ana Torres Vidal (ATV) spoke on Monday.\n\nATV helped to broker a swap in August 2024.",
        "Ana Torres Vidal helps to broker swap",
        "2024-08",
        ("Ana Torres Vidal",),
    ),
    Case(
        "contracted_modal_before_like_kept_and_small_clause_kept",
        "Halvorsen said on Monday that he’d like to see Norway rejoin the council.",
        "Halvorsen says he would like to see Norway rejoin council",
        "2025-02-10",
        ("Halvorsen", "Norway"),
    ),
    Case(
        "meeting_noun_dated_with_joint_participants",
        "The remarks will complicate talks later this week between Sandu and envoy Ana Ruiz.",
        "Sandu and Ana Ruiz hold talks",
        "2025-W07",
        ("Sandu", "Ana Ruiz"),
    ),
    Case(
        "unknown_past_restores_final_e",
        "Regulators associated the outage with a software bug on July 2.",
        "Regulators associate outage with software bug",
        "2024-07-02",
    ),
    Case(
        "unknown_past_undoubles_final_consonant",
        "Annan wrapped up his visit on Sunday.",
        "Annan wraps up visit",
        "2025-02-09",
        ("Annan",),
    ),
    Case(
        "company_releases_product",
        "Apple Inc. released the new phone on Friday.",
        "Apple Inc. releases new phone",
        "2025-02-14",
        ("Apple Inc.",),
    ),
    Case(
        "reporting_verb_object_before_an_as_clause_is_what_was_reported",
        "Kelvale Foods reported quarterly revenue of $3 billion on Tuesday, as demand for its snacks held up.",
        "Kelvale Foods reports quarterly revenue",
        "2025-02-11",
    ),
    Case(
        "compound_date_modifier_stays_in_the_object_of_the_dated_report",
        "Kelvale Foods reported third-quarter profit of $40 million on Tuesday.",
        "Kelvale Foods reports third-quarter profit",
        "2025-02-11",
    ),
    Case(
        "date_right_before_a_verb_after_an_s_noun_dates_that_verb",
        "A regional appeals court on Tuesday struck down the zoning rule.",
        "Court strikes down zoning rule",
        "2025-02-11",
    ),
    Case(
        "s_form_before_an_auxiliary_is_the_subject_noun",
        "Final results will be published on March 3.",
        "Final results will be published",
        "2025-03-03",
    ),
    Case(
        "s_form_before_a_simple_past_is_the_subject_noun",
        "Copper prices rose on Thursday after a mine closure.",
        "Copper prices rise",
        "2025-02-13",
    ),
    Case(
        "position_capitalized_common_noun_keeps_its_prepositional_phrase",
        "Trains in three provinces will stop on Monday.",
        "Trains in three provinces will stop",
        "2025-02-17",
    ),
    Case(
        "participle_after_linking_verb_is_its_complement",
        "Schools in the district will remain closed until Sunday.",
        "Schools in district will remain closed",
        "2025-02-16",
    ),
    Case(
        "currency_amount_stays_in_the_object",
        "The town said it would repay its $40 million loan by June 30.",
        "Town will repay $40 million loan",
        "2025-06-30",
    ),
    Case(
        "one_word_frequency_is_an_adjective_in_the_object",
        "The ferry operator will resume its daily crossings on Thursday.",
        "Ferry operator will resume daily crossings",
        "2025-02-20",
    ),
    Case(
        "sentence_initial_common_noun_is_lowercased_inside_a_statement",
        "Exports dropped 5% in January, the ministry said on Thursday.",
        "Ministry says exports dropped 5%",
        "2025-02-13",
    ),
    Case(
        "bare_date_modified_event_noun_takes_its_of_phrase",
        "He is serving a sentence for the November 1995 assassination of the mayor at a rally.",
        "Assassination of mayor",
        "1995-11",
    ),
    Case(
        "bare_date_modified_event_noun_takes_its_named_owner",
        "Sanctions followed Iraq's August 1990 invasion.",
        "Iraq’s invasion",
        "1990-08",
    ),
    Case(
        "verb_particle_stays_with_the_verb",
        "The city council called off the vote on Tuesday.",
        "City council calls off vote",
        "2025-02-11",
    ),
    Case(
        "compound_preposition_keeps_its_of_phrase",
        "Lina Voss signed the pact on Monday in front of cheering crowds.",
        "Lina Voss signs pact in front of cheering crowds",
        "2025-02-10",
    ),
    Case(
        "partitive_state_keeps_its_of_phrase",
        "Governor Ana Ruiz declared a state of emergency on Wednesday.",
        "Ana Ruiz declares state of emergency",
        "2025-02-12",
    ),
    Case(
        "regular_past_verb_concede_has_its_lemma",
        "Tomas Berg conceded the race on Wednesday.",
        "Tomas Berg concedes race",
        "2025-02-12",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_events_unseen_title_actors_date(case: Case) -> None:
    mentions = [m for m in mentions_of(case.text, case.published) if m.timex is not None]
    titles = [m.title for m in mentions]
    assert case.title in titles
    found = mentions[titles.index(case.title)]
    assert found.timex is not None and found.timex.value == case.value
    assert set(case.actors) <= set(found.actors)


NO_EVENT = [
    (
        "comparison_baseline_dates_nothing",
        "Spending rose to 485 billion dollars in 2024, an increase of 20% compared to the previous year.",
        "2023",
    ),
    ("date_on_a_thing_dates_nothing", "The 2011 version of the suite costs 49 dollars.", "2011"),
    ("date_on_a_thing_possessive_dates_nothing", "Today's glitches were in the payment system.", "2025-02-14"),
    ("change_baseline_from_a_year_earlier", "Sales rose to $2 billion, up 8% from a year earlier.", "2024"),
    ("change_baseline_down_from_last_year", "Operating costs were down from last year.", "2024"),
    ("change_baseline_higher_than_a_year_ago", "Turnout was higher than a year ago.", "2024"),
    ("change_baseline_over_the_same_period", "Exports fell 12% over the same period last year.", "2024"),
    ("change_baseline_amount_after_from", "Losses reached $800 million, up from $500 million last year.", "2024"),
    ("change_baseline_after_a_comma_count", "Pelt has 18 goals, up from 11 last year.", "2024"),
    (
        "change_baseline_amount_then_the_dates_preposition",
        "Inflation fell to 2.1% in May, down from 2.6% in April.",
        "2025-04",
    ),
    ("change_baseline_than_on_a_weekday", "The index closed 1.4% higher than on Tuesday.", "2025-02-11"),
    ("record_since_is_a_baseline", "She arrived on a visit, the first by a foreign leader since 2015.", "2015"),
    ("record_since_after_possessive_is_a_baseline", "The win was the club's first at the ground since 2011.", "2011"),
    ("compound_date_modifying_a_noun_dates_nothing", "Norvik reported third-quarter revenue of $2 billion.", "2025-Q3"),
    (
        "participle_infinitive_date_is_not_the_main_act",
        "The leaders signed a pact pledging to cut tariffs by 2030.",
        "2030",
    ),
    ("bare_event_noun_alone_is_no_title", "Tuesday's ruling was welcomed by the city.", "2025-02-11"),
    ("body_sentence_without_a_read_verb_gives_no_bare_name", "Halden host Rovik on Wednesday.", "2025-02-12"),
]


START_KEPT = [
    ("from_a_date_without_change_word_is_a_start", "The rule has applied from 2014 to all new plants.", "2014"),
    ("motion_particle_down_from_a_date_is_a_start", "Oil prices have come down from the middle of October.", "2024-10"),
    ("change_verb_over_a_weekend_dates_the_change", "Shares rose over the weekend after the report.", "2025-W06-WE"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in START_KEPT], ids=[c[0] for c in START_KEPT])
def test_events_unseen_not_a_baseline_keeps_event(text: str, value: str) -> None:
    assert [m.title for m in mentions_of(text) if m.timex is not None and m.timex.value == value] != []


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in NO_EVENT], ids=[c[0] for c in NO_EVENT])
def test_events_unseen_no_event_for_date(text: str, value: str) -> None:
    assert [m.title for m in mentions_of(text) if m.timex is not None and m.timex.value == value] == []


def test_events_unseen_group_noun_is_no_participant() -> None:
    """ "Some Norwegians who spoke with Reuters": a group of unnamed people does not make an undated call mention."""
    assert [m.title for m in mentions_of("Some Norwegians who spoke with Reuters expressed hope.")] == []


def test_events_unseen_named_subject_still_makes_undated_mention() -> None:
    assert [m.actors for m in mentions_of("Halvorsen spoke with Reuters about the plan.")] == [("Halvorsen", "Reuters")]


# Actor noise: words capitalized by position or compounding, and measures, are no participants.
NOT_ACTOR_CASES = [
    ("measure_after_percent_of", "Halvorsen urged allies on Monday to spend 5% of GDP on defense.", "GDP"),
    ("measure_after_percent_word_of", "Halvorsen said on Monday that debt reached 90 percent of Output.", "Output"),
    (
        "compound_adjective_occupied",
        "Halvorsen said on Monday that Russian-occupied land is at risk.",
        "Russian-occupied",
    ),
    ("compound_adjective_based", "The Oslo-based firm said on Monday that it would grow.", "Oslo-based"),
    ("sentence_initial_agent_noun", "Regulators associated the outage with a software bug on July 2.", "Regulators"),
    ("sentence_initial_verb_form", "Spending rose to 485 billion dollars on Monday.", "Spending"),
    ("sentence_initial_office_plural", "Ministers met in Brussels on Thursday.", "Ministers"),
    (
        "word_the_article_writes_in_lowercase",
        "The alliance grew last year. The Alliance said on Monday that it would grow again.",
        "Alliance",
    ),
]


@pytest.mark.parametrize(("text", "word"), [c[1:] for c in NOT_ACTOR_CASES], ids=[c[0] for c in NOT_ACTOR_CASES])
def test_events_unseen_actor_noise_not_an_actor(text: str, word: str) -> None:
    mentions = mentions_of(text)
    assert mentions
    assert all(word not in m.actors for m in mentions)


ACTOR_KEPT_CASES = [
    ("sentence_initial_surname", "Halvorsen met Lund in Oslo on Monday.", ("Halvorsen", "Lund")),
    ("sentence_initial_acronym", "IBM announced on Monday that it will cut 500 jobs.", ("IBM",)),
    ("name_after_of_without_amount", "The head of Orlen resigned on Monday.", ("Orlen",)),
    ("capitalized_hyphenated_name", "Halvorsen met Coca-Cola on Monday.", ("Coca-Cola",)),
]


@pytest.mark.parametrize(("text", "actors"), [c[1:] for c in ACTOR_KEPT_CASES], ids=[c[0] for c in ACTOR_KEPT_CASES])
def test_events_unseen_actor_noise_names_kept(text: str, actors: tuple[str, ...]) -> None:
    assert any(set(actors) <= set(m.actors) for m in mentions_of(text))


# Places come from the event's own clause; a city before its country is the city.
PLACE_CASES = [
    (
        "place_of_a_later_event_left_out",
        "Ministers met in Brussels on Thursday, before the Munich Security Conference in Germany.",
        ("Brussels",),
    ),
    ("place_after_ahead_of_left_out", "Lund met Soto in Paris on Monday ahead of the summit in Rome.", ("Paris",)),
    (
        "opening_phrase_of_another_event_left_out",
        "After the summit in Rome, Lund met Soto in Paris on Monday.",
        ("Paris",),
    ),
    (
        "date_after_the_phrase_keeps_its_place",
        "Lund gave a press conference after the meeting in Oslo on Thursday.",
        ("Oslo",),
    ),
    ("city_before_its_country", "Lavrov spoke at a press conference in Moscow, Russia, on Monday.", ("Moscow",)),
    ("city_before_its_country_mid_sentence", "Ana Lund arrived in Lima, Peru, on Friday for talks.", ("Lima",)),
]


@pytest.mark.parametrize(("text", "places"), [c[1:] for c in PLACE_CASES], ids=[c[0] for c in PLACE_CASES])
def test_events_unseen_places_from_own_clause(text: str, places: tuple[str, ...]) -> None:
    dated = [m for m in mentions_of(text) if m.timex is not None]
    assert dated
    assert all(m.places == places for m in dated)


TALKS_PREDICATE_CASES = [
    (
        "noun_talks_is_negotiations",
        "The remarks will complicate talks later this week between Sandu and Ana Ruiz.",
        "talks",
    ),
    ("verb_talk_is_conversation", "Sandu talked with Ana Ruiz on Monday.", "talk"),
]


@pytest.mark.parametrize(
    ("text", "predicate"), [c[1:] for c in TALKS_PREDICATE_CASES], ids=[c[0] for c in TALKS_PREDICATE_CASES]
)
def test_events_unseen_talks_noun_and_verb_predicates(text: str, predicate: str) -> None:
    assert [m.predicate for m in mentions_of(text) if m.timex is not None] == [predicate]
