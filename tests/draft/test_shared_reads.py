"""The third speed pass shares what one stage read with the next (issue 10, speed): a teacher sees the same draft.

Each case is one the sharing could get wrong: time cues found for every sentence in one walk, the article's
words counted only as far as the question kinds ask, and the future tense read from a clause as before.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract
from quizapp.draft.timeline import CueIndex, find_cues

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
