"""De-duplication: which hand-built mentions merge into one event, and what the event keeps."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest

from timeline.events.dedupe import (
    _mention_table,
    actors_match,
    candidate_pairs,
    deduplicate,
    event_id,
    load_resources,
    normalize_actor,
    normalize_predicate,
)
from timeline.models import (
    Article,
    DateSource,
    Event,
    EventMention,
    Granularity,
    Interval,
    MentionKind,
    Timeline,
    Timex,
)
from timeline.pipeline import run as pipeline_run
from timeline.settings import Settings


@dataclass(frozen=True)
class M:
    """A mention spec: article, offset, date (or start..end), title, predicate, actors."""

    article: str
    offset: int
    when: str
    title: str
    predicate: str
    actors: tuple[str, ...] = ()
    kind: MentionKind = "act"
    granularity: Granularity = "day"
    value: str = ""
    clock: time | None = None
    mod: str | None = None


def mention(spec: M) -> EventMention:
    first, _, last = spec.when.partition("..")
    start = date.fromisoformat(first)
    end = date.fromisoformat(last) if last else start
    timex = Timex(
        article_id=spec.article,
        start=spec.offset + 1,
        end=spec.offset + 4,
        text="Wed",
        type="DATE",
        value=spec.value or spec.when,
        granularity=spec.granularity,
        interval=Interval(start=start, end=end),
        time=spec.clock,
        mod=spec.mod,
        rule="test",
    )
    return EventMention(
        id=f"{spec.article}:{spec.offset:05d}",
        article_id=spec.article,
        sentence=spec.title + ".",
        sentence_start=spec.offset,
        sentence_end=spec.offset + len(spec.title) + 1,
        timex=timex,
        kind=spec.kind,
        title=spec.title,
        predicate=spec.predicate,
        actors=spec.actors,
    )


def run(specs: list[M], settings: Settings | None = None) -> tuple[Event, ...]:
    return deduplicate([mention(s) for s in specs], [], settings or Settings())


def groups(events: tuple[Event, ...]) -> list[list[str]]:
    return sorted(sorted(r.mention_id for r in e.mentions) for e in events)


TP = ("Trump", "Putin")
CALL_A = M("ap", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP)


# ----------------------------------------------------------------------------------------------------- merges

SAME_EVENT_CASES = [
    pytest.param(
        [
            CALL_A,
            M(
                "reuters",
                0,
                "2025-02-12",
                "Trump spoke with Vladimir Putin",
                "speak",
                ("Donald Trump", "Vladimir Putin"),
            ),
        ],
        id="call-vs-spoke-full-names",
    ),
    pytest.param(
        [CALL_A, M("bbc", 10, "2025-02-12", "Putin and Trump talk by telephone", "talked", ("Putin", "Trump"))],
        id="talked-inflected-synonym",
    ),
    pytest.param(
        [CALL_A, M("cnn", 5, "2025-02-12", "President Trump phoned Putin", "phone", ("President Trump", "Putin"))],
        id="honorific-dropped",
    ),
    pytest.param(
        [
            M("ap", 0, "2025-03-01", "Leaders meet in Riyadh", "meet", ("Rubio", "Lavrov")),
            M("afp", 0, "2025-03-01", "Rubio and Lavrov hold meeting", "meeting", ("Rubio", "Lavrov")),
        ],
        id="meet-vs-meeting",
    ),
    pytest.param(
        [CALL_A, M("npr", 0, "2025-02-12", "Call between Trump and Putin confirmed", "call", ())],
        id="no-actors-but-title-overlap",
    ),
]


@pytest.mark.parametrize("specs", SAME_EVENT_CASES)
def test_dedupe_same_event_different_words_merges(specs: list[M]) -> None:
    events = run(specs)
    assert len(events) == 1
    assert events[0].sources == tuple(sorted({s.article for s in specs}))
    assert len(events[0].mentions) == len(specs)


def test_dedupe_within_article_repeats_merge() -> None:
    live = [M("live", off, "2025-02-12", "Trump and Putin hold phone call", "call", TP) for off in (0, 400, 900, 1500)]
    events = run(live)
    assert len(events) == 1
    assert events[0].sources == ("live",)
    assert [r.start for r in events[0].mentions] == [0, 400, 900, 1500]


# ----------------------------------------------------------------------------------------------------- stays apart


def test_dedupe_cross_article_strangers_stay_apart() -> None:
    """Two earnings stories about different companies, neither naming one: same words, not one event."""
    a = M("wsj1", 0, "1989-07-01..1989-09-30", "Net income rises 11%", "rise", (), granularity="quarter")
    b = M("wsj2", 0, "1989-07-01..1989-09-30", "Net income rises 11%", "rise", (), granularity="quarter")
    assert len(run([a, b])) == 2


def test_dedupe_generic_repeats_within_one_article_still_merge() -> None:
    a = M("live", 0, "2025-02-12", "Drones are launched", "launch")
    b = M("live", 300, "2025-02-12", "Drones are launched overnight", "launch")
    assert len(run([a, b])) == 1


DIFFERENT_EVENT_CASES = [
    pytest.param(
        [CALL_A, M("ap", 200, "2025-02-12", "Trump holds phone call with Zelensky", "call", ("Trump", "Zelensky"))],
        id="call-with-putin-vs-call-with-zelensky",
    ),
    pytest.param(
        [CALL_A, M("bbc", 0, "2025-02-12", "Trump and Zelensky hold phone call", "call", ("Zelensky", "Trump"))],
        id="same-words-other-partner-across-articles",
    ),
    pytest.param(
        [CALL_A, M("ap", 300, "2025-02-12", "Trump and Putin meet", "meet", TP)],
        id="call-vs-meet-same-actors",
    ),
    pytest.param(
        [
            M("ap", 0, "2025-02-12", "Macron calls", "call", ("Macron",)),
            M("ap", 90, "2025-02-12", "Scholz calls", "call", ("Scholz",)),
        ],
        id="different-single-actors",
    ),
]


@pytest.mark.parametrize("specs", DIFFERENT_EVENT_CASES)
def test_dedupe_different_events_same_day_stay_apart(specs: list[M]) -> None:
    assert len(run(specs)) == len(specs)


DISJOINT_CASES = [
    pytest.param("2025-02-12", "2025-03-12", "ap", "bbc", "act", id="a-month-apart"),
    pytest.param("2025-02-12", "2025-02-14", "ap", "bbc", "act", id="two-days-apart-beyond-tolerance"),
    pytest.param("2025-02-12", "2025-02-13", "ap", "ap", "act", id="next-day-same-article-body"),
    pytest.param("2025-02-10..2025-02-16", "2025-02-17..2025-02-23", "ap", "bbc", "act", id="adjacent-weeks"),
]


@pytest.mark.parametrize(("first", "second", "art1", "art2", "kind"), DISJOINT_CASES)
def test_dedupe_disjoint_dates_never_merge(first: str, second: str, art1: str, art2: str, kind: MentionKind) -> None:
    gran: Granularity = "week" if ".." in first else "day"
    specs = [
        M(art1, 0, first, "Trump and Putin hold phone call", "call", TP, granularity=gran),
        M(art2, 500, second, "Trump and Putin hold phone call", "call", TP, kind=kind, granularity=gran),
    ]
    # even the loosest threshold cannot merge disjoint dates
    assert len(run(specs, Settings(merge_threshold=0.0))) == 2


def test_dedupe_coarse_mention_does_not_chain_two_days() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("ap", 900, "2025-02-20", "Trump and Putin hold phone call", "call", TP),
        M("bbc", 0, "2025-02-01..2025-02-28", "Trump and Putin hold phone call", "call", TP, granularity="month"),
    ]
    events = run(specs)
    assert len(events) == 2
    assert all(not (e.start <= date(2025, 2, 12) and e.end >= date(2025, 2, 20)) for e in events)


# ----------------------------------------------------------------------------------------------------- dates


def test_dedupe_most_precise_compatible_date_wins() -> None:
    specs = [
        M("ap", 0, "2025-02-01..2025-02-28", "Trump and Putin hold phone call", "call", TP, granularity="month"),
        M("bbc", 0, "2025-02-10..2025-02-16", "Trump and Putin hold phone call", "call", TP, granularity="week"),
        M("cnn", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
    ]
    (event,) = run(specs)
    assert (event.start, event.end, event.granularity, event.timex) == (
        date(2025, 2, 12),
        date(2025, 2, 12),
        "day",
        "2025-02-12",
    )
    assert event.conflicts == ()


def test_dedupe_conflict_recorded_caption_vs_text() -> None:
    specs = [
        M("ap", 0, "2025-02-11", "Trump and Putin hold phone call", "call", TP, kind="caption"),
        M("ap", 300, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("bbc", 0, "2025-02-12", "Trump spoke with Putin", "speak", TP),
    ]
    (event,) = run(specs)
    assert event.timex == "2025-02-12"
    assert len(event.conflicts) == 1
    conflict = event.conflicts[0]
    assert (conflict.timex, conflict.start, conflict.end) == ("2025-02-11", date(2025, 2, 11), date(2025, 2, 11))
    assert conflict.mention_ids == ("ap:00000",)
    assert "2025-02-11" in conflict.note and "2025-02-12" in conflict.note
    assert any("2025-02-11" in r and "2025-02-12" in r for r in event.merge_reasons)
    assert event.confidence < run(specs[1:])[0].confidence  # disagreement lowers confidence


def test_dedupe_conflict_needs_strong_evidence() -> None:
    specs = [
        M("ap", 0, "2025-02-11", "Trump and Putin hold phone call", "call", TP),
        M("bbc", 0, "2025-02-12", "Talks were held", "", ()),  # no predicate, no actors: too weak across days
    ]
    assert len(run(specs, Settings(merge_threshold=0.0))) == 2


def test_dedupe_conflict_best_supported_date_kept() -> None:
    specs = [
        M("ap", 0, "2025-02-11", "Trump and Putin hold phone call", "call", TP),
        M("bbc", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("cnn", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
    ]
    (event,) = run(specs)
    assert event.timex == "2025-02-12"
    assert [c.timex for c in event.conflicts] == ["2025-02-11"]


def test_dedupe_clock_time_kept() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP, clock=time(15, 30)),
        M("bbc", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
    ]
    (event,) = run(specs)
    assert event.time == time(15, 30)


@pytest.mark.parametrize(
    ("mods", "expected"),
    [((None, "END"), None), (("END", "END", None), "END"), (("START", "END", "END"), "END"), ((None, None), None)],
)
def test_dedupe_mod_of_the_majority_not_of_one_mention(mods: tuple[str | None, ...], expected: str | None) -> None:
    specs = [
        M(src, 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP, mod=mod)
        for src, mod in zip(("ap", "bbc", "cnn"), mods, strict=False)
    ]
    (event,) = run(specs)
    assert event.mod == expected


# ----------------------------------------------------------------------------------------------------- event fields


def test_dedupe_title_most_supported() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("bbc", 0, "2025-02-12", "Trump, Putin hold lengthy phone call", "call", TP),
        M("cnn", 0, "2025-02-12", "Call happens", "call", TP),
    ]
    (event,) = run(specs)
    assert event.title == "Trump and Putin hold phone call"


def test_dedupe_merge_reasons_explain() -> None:
    (event,) = run([CALL_A, M("bbc", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP)])
    assert len(event.merge_reasons) == 1
    reason = event.merge_reasons[0]
    for part in ("same day 2025-02-12", "predicate call", "actors {Putin, Trump} overlap 1.0", "score"):
        assert part in reason


def test_dedupe_confidence_grows_with_sources() -> None:
    one = run([CALL_A])[0].confidence
    two = run([CALL_A, M("bbc", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP)])[0].confidence
    three = run(
        [
            CALL_A,
            M("bbc", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
            M("cnn", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        ]
    )[0].confidence
    assert 0 < one < two < three <= 1


def test_dedupe_actor_names_folded() -> None:
    specs = [
        CALL_A,
        M("reuters", 0, "2025-02-12", "Trump spoke with Vladimir Putin", "speak", ("Donald Trump", "Vladimir Putin")),
    ]
    (event,) = run(specs)
    assert len(event.actors) == 2


def test_dedupe_undated_mentions_skipped() -> None:
    undated = mention(CALL_A).model_copy(
        update={"id": "ap:99999", "timex": mention(CALL_A).timex.model_copy(update={"interval": None})}
    )
    assert deduplicate([undated], [], Settings()) == ()
    assert len(deduplicate([undated, mention(CALL_A)], [], Settings())) == 1


def test_dedupe_empty_input() -> None:
    assert deduplicate([], [], Settings()) == ()


# ----------------------------------------------------------------------------------------------------- determinism

ORDER_SPECS = [
    CALL_A,
    M("ap", 200, "2025-02-12", "Trump holds phone call with Zelensky", "call", ("Trump", "Zelensky")),
    M("bbc", 0, "2025-02-11", "Trump and Putin hold phone call", "call", TP, kind="caption"),
    M("bbc", 100, "2025-02-12", "Trump spoke with Putin", "speak", TP),
    M("cnn", 0, "2025-02-01..2025-02-28", "Trump and Putin talked", "talk", TP, granularity="month"),
    M("cnn", 90, "2025-03-03", "Rubio meets Lavrov", "meet", ("Rubio", "Lavrov")),
]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_dedupe_stable_ids_any_input_order(seed: int) -> None:
    reference = run(ORDER_SPECS)
    shuffled = list(ORDER_SPECS)
    random.Random(seed).shuffle(shuffled)
    again = run(shuffled)
    assert [e.id for e in again] == [e.id for e in reference]
    assert [e.model_dump_json() for e in again] == [e.model_dump_json() for e in reference]


def test_dedupe_event_id_is_hash_of_event_key() -> None:
    events = run(ORDER_SPECS)
    for event in events:
        assert len(event.id) == 16 and int(event.id, 16) >= 0
        assert event.id != event_id("\n".join(sorted(r.mention_id for r in event.mentions)))
    assert len({e.id for e in events}) == len(events)


def test_dedupe_event_id_stable_when_another_article_reports_it() -> None:
    # The id is a hash of the event's key (date, predicate, core actors), not of its mentions: a calendar that
    # imported the event keeps it (same UID) when one more article reports it.
    subset = run([CALL_A])
    everything = run(ORDER_SPECS)
    call = next(e for e in everything if e.start == date(2025, 2, 12) and "ap" in e.sources and "bbc" in e.sources)
    assert len(subset) == 1 and len(call.mentions) > 1
    assert subset[0].id == call.id


def test_dedupe_event_id_collision_disambiguated() -> None:
    # Two events with the same key (kept apart by a strict threshold) get different, still deterministic ids.
    specs = [CALL_A, M("bbc", 0, "2025-02-12", "Putin rings Trump", "call", TP)]
    events = run(specs, Settings(merge_threshold=0.99))
    assert len(events) == 2 and events[0].id != events[1].id
    assert [e.id for e in run(list(reversed(specs)), Settings(merge_threshold=0.99))] == [e.id for e in events]


# ----------------------------------------------------------------------------------------------------- threshold

THRESHOLD_CASES = [
    pytest.param(0.3, 1, id="loose-merges"),
    pytest.param(0.5, 1, id="default-merges"),
    pytest.param(0.95, 2, id="strict-keeps-apart"),
]


@pytest.mark.parametrize(("threshold", "expected"), THRESHOLD_CASES)
def test_dedupe_threshold_changes_strictness(threshold: float, expected: int) -> None:
    specs = [
        CALL_A,
        M("bbc", 0, "2025-02-12", "Kremlin confirms leaders talked", "talk", ("Putin",)),
    ]
    assert len(run(specs, Settings(merge_threshold=threshold))) == expected


# ----------------------------------------------------------------------------------------------------- normalization

PREDICATE_CASES = [
    ("call", "call"),
    ("Phoned", "call"),
    ("speaking", "call"),
    ("talks", "meet"),
    ("talked", "call"),
    ("talk", "call"),
    ("meeting", "meet"),
    ("unveils", "announce"),
    ("launched", "release"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), PREDICATE_CASES, ids=[c[0] or "empty" for c in PREDICATE_CASES])
def test_dedupe_normalize_predicate(raw: str, expected: str) -> None:
    assert normalize_predicate(raw, load_resources("en")) == expected


ACTOR_CASES = [
    ("President Donald Trump", "donald trump"),
    ("Prime Minister Keir Starmer", "keir starmer"),
    ("Mr. Smith", "smith"),
    ("  Emmanuel   Macron ", "emmanuel macron"),
]


@pytest.mark.parametrize(("raw", "expected"), ACTOR_CASES, ids=[c[0].strip() for c in ACTOR_CASES])
def test_dedupe_normalize_actor(raw: str, expected: str) -> None:
    assert normalize_actor(raw, load_resources("en")) == expected


INFLECTION_CASES = [
    ("celebrate", "celebrated", "celebrates", "celebrating"),
    ("allow", "allows", "allowed", "allowing"),
    ("introduce", "introduced", "introduces", "introducing"),
    ("apply", "applies", "applied", "applying"),
]


@pytest.mark.parametrize("forms", INFLECTION_CASES, ids=[c[0] for c in INFLECTION_CASES])
def test_dedupe_inflections_share_a_predicate(forms: tuple[str, ...]) -> None:
    res = load_resources("en")
    assert len({normalize_predicate(f, res) for f in forms}) == 1


ACTOR_MATCH_CASES = [
    pytest.param("Putin", "Vladimir Putin", True, id="surname-in-full-name"),
    pytest.param(
        "Apple Computer CEO Steve Jobs", "Apple Computer CEO and co-founder Steve Jobs", True, id="longer-title"
    ),
    pytest.param("President Trump", "Donald Trump", True, id="honorific-dropped"),
    pytest.param("Donald Trump", "Donald Tusk", False, id="shared-first-name-only"),
    pytest.param("Trump", "Zelensky", False, id="different-people"),
    pytest.param("the", "Trump", False, id="no-identifying-word"),
    pytest.param("Volodymyr Zelensky", "Volodomyr Zelenskiy", True, id="spelling-variants"),
    pytest.param("Austria", "Australia", False, id="similar-but-different-countries"),
]


@pytest.mark.parametrize(("a", "b", "expected"), ACTOR_MATCH_CASES)
def test_dedupe_actors_match(a: str, b: str, expected: bool) -> None:
    assert actors_match(a, b, load_resources("en")) is expected
    assert actors_match(b, a, load_resources("en")) is expected


def test_dedupe_inflected_predicates_do_not_clash() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Rules allow users to opt out", "allows", ("users",)),
        M("bbc", 0, "2025-02-12", "Users allowed to opt out under rules", "allowed", ("users",)),
    ]
    assert len(run(specs)) == 1


def test_dedupe_actor_name_variants_do_not_clash() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Apple CEO Steve Jobs gives keynote", "give", ("Apple CEO Steve Jobs", "keynote")),
        M("bbc", 0, "2025-02-12", "Jobs gave the keynote", "give", ("Steve Jobs", "the keynote")),
    ]
    assert len(run(specs)) == 1


def test_dedupe_predicate_mismatch_blocks_only_full_clauses() -> None:
    res = load_resources("en")
    specs = [
        M("ap", 0, "2025-02-12", "Trump and Putin meet", "meet", TP),
        M("ap", 90, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("ap", 200, "2025-02-12", "The summit", "conference", ()),
    ]
    pairs = candidate_pairs(_mention_table([mention(x) for x in specs], res), res)
    clash = {(r["idx"], r["idx_r"]): r["pred_clash"] for r in pairs.iter_rows(named=True)}
    assert clash == {(0, 1): True, (0, 2): False, (1, 2): False}


def test_dedupe_reporting_verb_never_clashes() -> None:
    res = load_resources("en")
    specs = [
        M("ap", 0, "2025-02-12", "Trump and Putin hold phone call", "call", TP),
        M("ap", 90, "2025-02-12", "Trump said the talks were good", "said", TP, kind="statement"),
    ]
    pairs = candidate_pairs(_mention_table([mention(x) for x in specs], res), res)
    assert pairs["pred_clash"].to_list() == [False]


def test_dedupe_statement_reporting_the_act_merges() -> None:
    # the statement's own verb is "say", but its words name the act ("phone call")
    specs = [
        M("ap", 0, "2025-02-12", "Trump holds phone call with Putin", "call", TP),
        M("bbc", 0, "2025-02-12", "Trump says he held a phone call with Putin", "say", TP, kind="statement"),
        M("bbc", 300, "2025-02-12", "Trump says Putin wants peace", "say", TP, kind="statement"),
    ]
    events = run(specs)
    assert groups(events) == [["ap:00000", "bbc:00000"], ["bbc:00300"]]
    merged = next(e for e in events if len(e.mentions) == 2)
    assert "predicate call" in merged.merge_reasons[0]


def test_dedupe_title_prefers_act_over_statement() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Trump holds phone call with Putin", "call", TP),
        M("bbc", 0, "2025-02-12", "Trump says he held a phone call with Vladimir Putin", "say", TP, kind="statement"),
        M("cnn", 0, "2025-02-12", "Trump says he held a phone call with Vladimir Putin", "say", TP, kind="statement"),
    ]
    (event,) = run(specs)
    assert event.title == "Trump holds phone call with Putin"


def test_dedupe_bare_predicate_and_day_not_enough_at_default() -> None:
    # same verb, same day, nothing else shared: weak evidence; merges only with a looser threshold
    specs = [CALL_A, M("npr", 0, "2025-02-12", "The phone call took place", "call", ())]
    assert len(run(specs)) == 2
    assert len(run(specs, Settings(merge_threshold=0.4))) == 1


CLASH_CASES = [
    pytest.param(("Trump", "Putin"), ("Trump", "Zelensky"), 2, id="one-shared-one-different-each"),
    pytest.param(("Trump", "Putin"), ("Trump", "Zelensky", "Macron"), 2, id="more-different-partners"),
    pytest.param(("Trump", "Putin", "Witkoff"), ("Trump", "Putin", "Peskov"), 1, id="mostly-shared-context-differs"),
    pytest.param(("Trump", "Putin"), ("Trump", "Putin", "Peskov"), 1, id="one-side-names-more"),
]


@pytest.mark.parametrize(("left", "right", "expected"), CLASH_CASES)
def test_dedupe_distinguishing_participant(left: tuple[str, ...], right: tuple[str, ...], expected: int) -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Leaders hold phone call", "call", left),
        M("bbc", 0, "2025-02-12", "Leaders hold phone call", "call", right),
    ]
    assert len(run(specs)) == expected


def test_dedupe_actor_spelling_variants_shown_once() -> None:
    specs = [
        M("ap", 0, "2025-02-12", "Trump holds phone call with Zelensky", "call", ("Trump", "Volodymyr Zelensky")),
        M("bbc", 0, "2025-02-12", "Zelenskiy speaks to Trump", "speak", ("Zelenskiy", "President Donald Trump")),
        M("cnn", 0, "2025-02-12", "Trump holds phone call with Zelensky", "call", ("Donald Trump", "Zelensky")),
    ]
    (event,) = run(specs)
    assert len(event.actors) == 2
    assert set(event.actors) <= {"Trump", "Donald Trump", "President Donald Trump", "Volodymyr Zelensky", "Zelensky"}


# ----------------------------------------------------------------------------------------------------- undated


def undated(article: str, offset: int, predicate: str, actors: tuple[str, ...]) -> EventMention:
    return EventMention(
        id=f"{article}:u{offset:05d}",
        article_id=article,
        sentence="An undated sentence.",
        sentence_start=offset,
        sentence_end=offset + 20,
        timex=None,
        title="Undated",
        predicate=predicate,
        actors=actors,
    )


def article(article_id: str, published: date) -> Article:
    return Article(
        id=article_id, path=f"{article_id}.txt", published=published, published_from=DateSource.COMMAND_LINE, text=""
    )


CALL_ZEL = M("ap", 200, "2025-02-12", "Trump holds phone call with Zelensky", "call", ("Trump", "Zelensky"))

UNDATED_CASES = [
    # (id, undated predicate, undated actors, published, expected title of the event it joins or None)
    ("joins-call-day-after", "call", ("President Donald Trump", "Vladimir Putin"), date(2025, 2, 13), CALL_A.title),
    ("synonym-predicate", "talk", ("Trump", "Putin"), date(2025, 2, 13), CALL_A.title),
    ("same-day", "call", ("Trump", "Putin"), date(2025, 2, 12), CALL_A.title),
    ("other-partner-call", "call", ("Trump", "Zelensky"), date(2025, 2, 13), CALL_ZEL.title),
    ("not-zelensky-call", "call", ("Trump", "Putin", "Zelensky"), date(2025, 2, 13), None),
    ("one-participant-missing", "call", ("Trump",), date(2025, 2, 13), None),
    ("published-before-event", "call", ("Trump", "Putin"), date(2025, 2, 11), None),
    ("outside-window", "call", ("Trump", "Putin"), date(2025, 3, 30), None),
    ("other-predicate", "meet", ("Trump", "Putin"), date(2025, 2, 13), None),
]


@pytest.mark.parametrize(
    ("predicate", "actors", "published", "expected"), [c[1:] for c in UNDATED_CASES], ids=[c[0] for c in UNDATED_CASES]
)
def test_dedupe_undated_mention_joins_best_event(
    predicate: str, actors: tuple[str, ...], published: date, expected: str | None
) -> None:
    mentions = [mention(CALL_A), mention(CALL_ZEL), undated("wire", 0, predicate, actors)]
    events = deduplicate(mentions, [article("ap", date(2025, 2, 12)), article("wire", published)], Settings())
    assert len(events) == 2  # an undated mention never makes an event of its own
    joined = [e.title for e in events if "wire" in e.sources]
    assert joined == ([expected] if expected else [])


def test_dedupe_undated_mention_cited_honestly() -> None:
    mentions = [mention(CALL_A), undated("wire", 0, "call", TP)]
    (event,) = deduplicate(mentions, [article("wire", date(2025, 2, 13))], Settings())
    ref = next(r for r in event.mentions if r.article_id == "wire")
    assert (ref.time_text, ref.time_start, ref.time_end) == (None, None, None)
    assert event.sources == ("ap", "wire")
    assert "undated mention: predicate call, actors {Putin, Trump}, published 1 day(s) after" in event.merge_reasons
    assert (event.start, event.timex) == (date(2025, 2, 12), "2025-02-12")


def test_dedupe_undated_mention_ambiguous_not_joined() -> None:
    # two equally good events (same day, same participants, kept apart by a strict threshold): join neither
    specs = [CALL_A, M("bbc", 0, "2025-02-12", "Putin rings Trump", "call", TP)]
    mentions = [*(mention(s) for s in specs), undated("wire", 0, "call", TP)]
    events = deduplicate(mentions, [article("wire", date(2025, 2, 13))], Settings(merge_threshold=0.99))
    assert len(events) == 2 and all("wire" not in e.sources for e in events)


def test_dedupe_undated_mention_keeps_event_id() -> None:
    alone = run([CALL_A])
    joined = deduplicate(
        [mention(CALL_A), undated("wire", 0, "call", TP)], [article("wire", date(2025, 2, 13))], Settings()
    )
    assert [e.id for e in joined] == [e.id for e in alone]


# ----------------------------------------------------------------------------------------------------- seeds

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _call_event(timeline: Timeline) -> Event:
    """The 12 February event naming both Trump and Putin that most mentions report."""
    candidates = [
        e
        for e in timeline.events
        if e.start == e.end == date(2025, 2, 12)
        and any("Putin" in a for a in e.actors)
        and any("Trump" in a for a in e.actors)
    ]
    return max(candidates, key=lambda e: (len(e.mentions), e.id))


def test_dedupe_seeds_call_cites_every_article() -> None:
    timeline = pipeline_run([SEEDS], Settings())
    call = _call_event(timeline)
    assert call.sources == tuple(sorted(p.stem for p in SEEDS.glob("*.txt")))
    assert (call.start, call.end, call.granularity) == (date(2025, 2, 12), date(2025, 2, 12), "day")
    assert any(r.startswith("undated mention: predicate call") for r in call.merge_reasons)


def test_dedupe_seeds_event_id_same_with_subset_of_articles() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    subset = pipeline_run([files[0]], Settings())
    everything = pipeline_run([SEEDS], Settings())
    assert len(_call_event(everything).sources) > len(_call_event(subset).sources)
    assert _call_event(subset).id == _call_event(everything).id


# Statements of one speaker on one day: one statement when what they say (the reported clause) overlaps, apart when
# they say different things, however many names the titles share.
STATEMENT_PAIRS = [
    pytest.param(
        ("Mara Holt says the merger of Orlen and Vitol is unrealistic", "Holt says it is not realistic to merge Orlen"),
        1,
        id="reworded-claim-merges",
    ),
    pytest.param(
        ("Mara Holt says Orlen will cut 300 jobs in Gdansk", "Holt says Orlen will cut jobs in Gdansk"),
        1,
        id="same-claim-shorter-merges",
    ),
    pytest.param(
        ("Mara Holt says Orlen will cut 300 jobs in Gdansk", "Mara Holt says Orlen will open a plant in Gdansk"),
        2,
        id="different-claims-same-names-stay-apart",
    ),
    pytest.param(
        ("Mara Holt says profits rose in Poland", "Mara Holt says the strike in Poland must end"),
        2,
        id="different-claims-stay-apart",
    ),
]


@pytest.mark.parametrize(("titles", "events"), STATEMENT_PAIRS)
def test_dedupe_statements_by_content(titles: tuple[str, str], events: int) -> None:
    specs = [
        M("ap", 0, "2025-03-04", titles[0], "say", ("Mara Holt", "Orlen"), kind="statement"),
        M("bbc", 0, "2025-03-04", titles[1], "say", ("Mara Holt", "Orlen"), kind="statement"),
    ]
    assert len(run(specs)) == events


def test_dedupe_statements_of_different_speakers_stay_apart() -> None:
    specs = [
        M("ap", 0, "2025-03-04", "Mara Holt says Orlen will cut jobs", "say", ("Mara Holt", "Orlen"), kind="statement"),
        M("bbc", 0, "2025-03-04", "Ivo Berg says Orlen will cut jobs", "say", ("Ivo Berg", "Orlen"), kind="statement"),
    ]
    assert len(run(specs)) == 2


# "hold talks" (the plural noun: negotiations) is a meeting; the verb "talk" is a conversation or call. A week-level
# mention of the talks sits inside the day-level meeting.
ZV = ("Ana Lund", "Ivo Berg")
TALKS_CASES = [
    pytest.param(
        M("ap", 0, "2025-02-10..2025-02-16", "Ana Lund and Ivo Berg hold talks", "talks", ZV, granularity="week"),
        M("bbc", 0, "2025-02-14", "Lund will meet Ivo Berg", "meet", ("Lund", "Ivo Berg")),
        1,
        id="talks-in-week-merge-with-meeting-that-day",
    ),
    pytest.param(
        M("ap", 0, "2025-02-14", "Ana Lund and Ivo Berg hold talks", "talks", ZV),
        M("bbc", 0, "2025-02-14", "Ana Lund holds meeting with Ivo Berg", "meet", ZV),
        1,
        id="talks-same-day-merge-with-meeting",
    ),
    pytest.param(
        M("ap", 0, "2025-02-14", "Ana Lund holds phone call with Ivo Berg", "call", ZV),
        M("bbc", 0, "2025-02-14", "Ana Lund meets Ivo Berg", "meet", ZV),
        2,
        id="phone-call-stays-apart-from-meeting",
    ),
    pytest.param(
        M("ap", 0, "2025-02-14", "Ana Lund talked with Ivo Berg", "talk", ZV),
        M("bbc", 0, "2025-02-14", "Ana Lund holds talks with Ivo Berg", "talks", ZV),
        2,
        id="verb-talk-call-stays-apart-from-noun-talks",
    ),
    pytest.param(
        M("ap", 0, "2025-02-14", "Ana Lund talked with Ivo Berg", "talk", ZV),
        M("bbc", 0, "2025-02-14", "Ana Lund holds phone call with Ivo Berg", "call", ZV),
        1,
        id="verb-talk-merges-with-phone-call",
    ),
]


@pytest.mark.parametrize(("first", "second", "events"), TALKS_CASES)
def test_dedupe_talks_noun_is_meeting(first: M, second: M, events: int) -> None:
    assert len(run([first, second])) == events


# A statement titled with a clipped quote is compared by the whole quote in its sentence, so a reworded report of the
# same claim by the same speaker on the same day merges; a different claim stays apart (both directions).
def _quoted(article: str, title: str, sentence: str) -> EventMention:
    m = mention(M(article, 0, "2025-03-04", title, "say", ("Mara Holt",), kind="statement"))
    return m.model_copy(update={"sentence": sentence, "sentence_end": len(sentence)})


QUOTE_STATEMENT_CASES = [
    pytest.param(
        ("Mara Holt says Norway will not accept trade deal", "Mara Holt said Norway will not accept a trade deal."),
        (
            "Holt says “we will not accept any bilateral…”",
            "We will not accept any bilateral trade talks on Norway without us,” Holt said Tuesday.",
        ),
        1,
        id="reworded-quote-merges",
    ),
    pytest.param(
        ("Holt says “we will not accept any bilateral…”", "“We will not accept any bilateral trade talks on Norway.”"),
        ("Mara Holt says Norway will not accept trade deal", "Mara Holt said Norway will not accept a trade deal."),
        1,
        id="reworded-quote-merges-other-order",
    ),
    pytest.param(
        ("Mara Holt says Norway will open new oil field", "Mara Holt said Norway will open a new oil field."),
        (
            "Holt says “we will not accept any bilateral…”",
            "“We will not accept any bilateral trade talks on Norway without us,” Holt said Tuesday.",
        ),
        2,
        id="different-claim-stays-apart",
    ),
    pytest.param(
        (
            "Holt says “we will not accept any bilateral…”",
            "“We will not accept any bilateral trade talks on Norway without us,” Holt said Tuesday.",
        ),
        ("Mara Holt says Norway will open new oil field", "Mara Holt said Norway will open a new oil field."),
        2,
        id="different-claim-stays-apart-other-order",
    ),
]


@pytest.mark.parametrize(("first", "second", "events"), QUOTE_STATEMENT_CASES)
def test_dedupe_statements_quote_compared_by_whole_quote(
    first: tuple[str, str], second: tuple[str, str], events: int
) -> None:
    a = _quoted("ap", *first)
    b = _quoted("bbc", *second)
    assert len(deduplicate([a, b], [], Settings())) == events
