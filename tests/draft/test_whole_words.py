"""Whether a text names someone, read without a pattern per name (issue 10, speed), answers as the pattern did.

A question whose prompt already names its answer is dropped, and a who-said option that names the
speaker is never offered: a wrong answer here shows a teacher a question that gives itself away, or
loses a sound one. Each case below is one the shortcut could get wrong; each is checked against the
pattern the drafter compiled before.
"""

from __future__ import annotations

import re

import pytest

from quizapp.draft.whole_words import (
    _CASE_FOLDED_TO_ASCII,
    WholePhrases,
    contains_any_whole_phrase,
    contains_whole_phrase,
)
from quizapp.draft.wording import contains_phrase


def _by_pattern(text: str, phrase: str) -> bool:
    phrase = phrase.strip()
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None


CASES = [
    ("Ask ann lee, she knows.", "Ann Lee"),
    ("The leeway was small", "Lee"),
    ("Lee_2 wrote it", "Lee"),  # an underscore is a word character: no whole word
    ("the Lee’s house", "Lee"),  # an apostrophe ends the word
    ("Dr. Lee said", "Dr."),
    ("mid-Lee", "Lee"),  # a hyphen ends a word too
    ("Leeé is a place", "Lee"),  # a letter beyond ASCII goes on with the word
    ("Lee2 and Lee", "Lee"),  # the second occurrence stands alone
    ("LEELEE LEE", "lee"),
    ("Dİ Lee", "Dİ"),  # a capital with a dot: lowercase makes it two characters
    ("\u212aim said", "Kim"),  # the Kelvin sign matches "k" ignoring case
    ("the ſtate", "State"),  # the long s matches "s" ignoring case
    ("Istanbul, ıstanbul", "istanbul"),  # the dotless i matches "I" ignoring case
    ("Zoë Ball said", "zoë"),  # a name beyond ASCII
    ("  ", "  "),
    ("Ann", "   Ann  "),  # the phrase is read stripped
    ("Ann", ""),
]


@pytest.mark.parametrize(("text", "phrase"), CASES)
def test_a_phrase_is_found_as_whole_words_in_any_case_where_the_pattern_finds_it(text: str, phrase: str) -> None:
    assert contains_phrase(text, phrase) == contains_whole_phrase(text, phrase) == _by_pattern(text, phrase)


def test_a_text_read_once_answers_for_every_phrase_as_the_pattern_does() -> None:
    """`WholePhrases`: one text lowercased once, asked many phrases (a question's wording, for each blank)."""
    for text, _phrase in CASES:
        read = WholePhrases(text)
        for _other, phrase in CASES:
            assert read.contains(phrase) == _by_pattern(text, phrase)
            assert read.contains_any([phrase.strip()] if phrase.strip() else []) == _by_pattern(text, phrase)


def test_any_of_a_persons_names_is_found_when_one_of_them_stands_alone() -> None:
    assert contains_any_whole_phrase("Ask ann lee, she knows.", ["Ann Lee", "Dr Lee"])
    assert contains_any_whole_phrase("That is what DR LEE told us", ["Ann Lee", "Dr Lee"])
    assert not contains_any_whole_phrase("The leeway was small and Annie agreed", ["Ann Lee", "Lee", "Ann"])
    assert not contains_any_whole_phrase("Nobody", [])


def test_the_characters_read_apart_are_every_one_that_lowercase_or_ignoring_case_could_mistake() -> None:
    any_ascii = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    mistaken = tuple(
        char
        for char in map(chr, range(0x80, 0x110000))
        if len(lowered := char.lower()) != 1 or lowered.isascii() or any_ascii.fullmatch(char)
    )

    assert mistaken == _CASE_FOLDED_TO_ASCII
