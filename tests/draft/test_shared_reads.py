"""The third speed pass shares what one stage read with the next (issue 10, speed): a teacher sees the same draft.

Each case is one the sharing could get wrong: time cues found for every sentence in one walk, the article's
words counted only as far as the question kinds ask, the future tense read from a clause as before, the word
before a full stop read back from it, rule marks looked for at the hyphens and paragraphs found in place.
"""

from __future__ import annotations

from quizapp.draft.article import paragraph_spans, parse_article
from quizapp.draft.extraction import extract
from quizapp.draft.sentences import split_sentences
from quizapp.draft.time_cues import CueIndex, find_cues

_STORY = (
    "On Monday the council met in Leeds. Nothing was decided.\n\n"
    "Three days ago the river rose, and since then the road has stayed shut. The mayor will visit on Friday. "
    "In late April 2019 a storm hit. Hours before the vote on Tuesday the lights failed."
)


def test_cues_found_for_every_sentence_at_once_are_those_found_sentence_by_sentence_in_any_order() -> None:
    sentences = [sentence for sentence in extract(_STORY).sentences]
    spans = [(sentence.start, sentence.end) for sentence in sentences]
    text = extract(_STORY).text
    shuffled = spans[3:] + spans[:3]

    each = CueIndex(text).find_each(shuffled)

    assert each == [find_cues(text, start, end) for start, end in shuffled]
    assert sum(map(len, each)) >= 5


def test_the_words_of_an_article_are_counted_exactly_as_far_as_asked() -> None:
    extraction = extract("Headline Here\n\n" + "one  two\tthree\n" * 40 + "last\u00a0words here.")
    words = len(extraction.text.split())

    assert [extraction.words_up_to(limit) for limit in (1, 7, 50, words, words + 5)] == [1, 7, 50, words, words]


def test_a_weekday_in_a_clause_about_the_future_comes_a_week_after_the_same_weekday_in_the_past() -> None:
    text = "Talks Go On\n\nThe minister is set to meet unions on Friday. The unions met on Friday."
    future, past = extract(text).events

    assert future.when - past.when == 7


def test_a_full_stop_after_an_abbreviation_or_an_initial_does_not_end_the_sentence_but_one_after_a_long_word_does() -> (
    None
):
    text = "Dr. Ann Hollis met Vladimir V. Putin in the U.S. capital internationally. Then Gov. Ray left."
    sentences = [text[s.start : s.end] for s in split_sentences(text, 0, len(text), [], 0)]

    assert sentences == [
        "Dr. Ann Hollis met Vladimir V. Putin in the U.S. capital internationally.",
        "Then Gov. Ray left.",
    ]


def test_a_markdown_rule_line_is_dropped_and_hyphens_in_prose_are_kept() -> None:
    text = parse_article(
        "Bridge Opens\n\n- - -\n\nA well-known firm - and its crew - built it.\n\n***\n\nIt opened."
    ).text

    assert text == "Bridge Opens\n\nA well-known firm - and its crew - built it.\n\nIt opened."


def test_paragraphs_are_split_at_blank_lines_and_at_the_lines_of_a_pasted_page() -> None:
    pasted = "Title\n\nFirst line ends.\nSecond line ends.\nThird line ends.\n\nA wrapped\nblock stays one"

    assert [pasted[start:end] for start, end in paragraph_spans(pasted)] == [
        "Title", "First line ends.", "Second line ends.", "Third line ends.", "A wrapped\nblock stays one",
    ]  # fmt: skip
