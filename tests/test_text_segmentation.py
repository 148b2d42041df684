"""Paragraph and sentence segmentation: abbreviations, quotes, bullets, headlines, captions, noise lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.text import NOISE_KINDS, segment, sentences

ROOT = Path(__file__).resolve().parent.parent

# (id, text, expected sentence texts)
SENTENCE_CASES: list[tuple[str, str, list[str]]] = [
    (
        "abbreviations_titles_months_am",
        "The U.S. envoy said Mr. Smith met Dr. Jones on Feb. 3 at 10 a.m. in St. Louis. He left.",
        ["The U.S. envoy said Mr. Smith met Dr. Jones on Feb. 3 at 10 a.m. in St. Louis.", "He left."],
    ),
    (
        "abbreviation_ends_sentence_before_opener",
        "Troops moved back to the U.S. The next day they left.",
        ["Troops moved back to the U.S.", "The next day they left."],
    ),
    (
        "abbreviation_inside_name_does_not_split",
        "Officials from the U.S. Defense Department arrived.",
        ["Officials from the U.S. Defense Department arrived."],
    ),
    (
        "sentence_ends_inside_closing_quote",
        "He said they would “work together, very closely.” Her office said the two also spoke.",
        ["He said they would “work together, very closely.”", "Her office said the two also spoke."],
    ),
    (
        "quote_opens_next_sentence",
        "The talks failed. “We will try again,” she said.",
        ["The talks failed.", "“We will try again,” she said."],
    ),
    (
        "ellipsis_before_lowercase_continues",
        "To end it on someone else’s conditions… then why did they die?",
        ["To end it on someone else’s conditions… then why did they die?"],
    ),
    ("initials_do_not_split", "John F. Kennedy was shot in 1963.", ["John F. Kennedy was shot in 1963."]),
    (
        "decimals_do_not_split",
        "Growth was 2.5 percent. Inflation fell.",
        ["Growth was 2.5 percent.", "Inflation fell."],
    ),
    ("question_mark_splits", "Why now? Because it matters.", ["Why now?", "Because it matters."]),
    (
        "newline_separates_headline_without_full_stop",
        "Leaders meet in Oslo\nThe summit opened on Monday.",
        ["Leaders meet in Oslo", "The summit opened on Monday."],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in SENTENCE_CASES], ids=[c[0] for c in SENTENCE_CASES]
)
def test_text_sentences_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


# (id, text, expected paragraph kinds in order)
KIND_CASES: list[tuple[str, str, list[str]]] = [
    (
        "headline_then_body",
        "Minister says the deal is off\n\nThe minister said on Monday that the deal was off.",
        ["headline", "body"],
    ),
    (
        "photo_credit_caption",
        "Officials greet each other in Oslo. Photograph: Jane Roe/Getty Images\nThe meeting began.",
        ["caption", "body"],
    ),
    (
        "caption_after_headline_ending_with_weekday",
        "Farmers protest in Paris\n\nA farmer in front of the parliament in Paris on Tuesday.\n\nThe protest grew.",
        ["headline", "caption", "body"],
    ),
    (
        "caption_with_caption_verb_and_date",
        "Carlos Mendez speaks during a press conference in Lima, Peru, on Friday.",
        ["caption"],
    ),
    (
        "quoted_sentence_with_date_is_not_caption",
        "“We will meet them,” the minister said, adding that she would meet envoys in Lima on Friday.",
        ["body"],
    ),
    ("bullets_dot", "• The army moved north.\n• The navy stayed.", ["bullet", "bullet"]),
    ("bullet_indented", "Here is the news:\n  • Parliament voted on Monday.", ["body", "bullet"]),
    ("bullet_dash_and_star", "- First item ends here.\n* Second item ends here.", ["bullet", "bullet"]),
    ("noise_video_duration", "04:22 - Source: CNN", ["noise"]),
    ("noise_audio_player", "Listen | 20:19", ["noise"]),
    ("noise_image_file_name", "20250212-bolton_trump_putin_split.jpg", ["noise"]),
    ("noise_post_counter", "25 Posts", ["noise"]),
    ("noise_shouted_label", "READ SOME MORE", ["noise"]),
    ("noise_markup_line", "<p>A video description.</p>", ["noise"]),
    ("byline_contributed_reporting", "Ann Lee, Bo Kim and Cy Ng contributed reporting.", ["byline"]),
    ("byline_by_line", "By Jane Roe and John Doe", ["byline"]),
    ("long_line_without_full_stop_is_body", " ".join(["word"] * 30), ["body"]),
]


@pytest.mark.parametrize(("text", "kinds"), [(t, k) for _, t, k in KIND_CASES], ids=[c[0] for c in KIND_CASES])
def test_text_paragraph_kinds(text: str, kinds: list[str]) -> None:
    assert [s.kind for s in segment(text) if s.unit == "paragraph"] == kinds


def test_text_bullet_marker_left_out() -> None:
    text = "  • Parliament voted on Monday."
    (para,) = [s for s in segment(text) if s.unit == "paragraph"]
    assert para.text == "Parliament voted on Monday."
    assert text[para.start : para.end] == para.text


def test_text_sentences_carry_paragraph_kind_and_index() -> None:
    segs = segment("Leaders meet in Oslo\nThe summit opened. It ended late.")
    sents = [s for s in segs if s.unit == "sentence"]
    assert [(s.kind, s.paragraph) for s in sents] == [("headline", 0), ("body", 1), ("body", 1)]


def test_text_segment_start_offset_skips_front() -> None:
    text = " date 2025-02-13 \nThe talks began. They ended."
    start = text.index("The")
    segs = sentences(text, start)
    assert [s.text for s in segs] == ["The talks began.", "They ended."]
    assert all(s.start >= start for s in segs)


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_text_seed_offsets_round_trip(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    segs = segment(text)
    assert segs
    for s in segs:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_text_seed_live_page_noise_and_captions() -> None:
    text = (ROOT / "seeds" / "000_d71289296f0214d7.txt").read_text(encoding="utf-8")
    paras = {s.text: s.kind for s in segment(text) if s.unit == "paragraph"}
    assert paras["04:22 - Source: CNN"] == "noise"
    assert paras["25 Posts"] == "noise"
    assert paras["20250212-bolton_trump_putin_split.jpg"] == "noise"
    assert paras["Trump says he wants Russia back in the G7"] == "headline"
    assert paras["President Donald Trump in the Oval Office of the White House on Wednesday."] == "caption"
    assert paras["Ukraine's President Volodymyr Zelensky attends a meeting in Kyiv on January 14."] == "caption"
    assert "noise" in NOISE_KINDS and "byline" in NOISE_KINDS


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n”“•-?Mr:U.S0123")), max_size=80))
def test_text_offsets_property(text: str) -> None:
    for s in segment(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert 0 <= s.start < s.end <= len(text)


def test_text_segment_deterministic() -> None:
    text = (ROOT / "seeds" / "003_9abb66a7a7443b9f.txt").read_text(encoding="utf-8")
    assert segment(text) == segment(text)
