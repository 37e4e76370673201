"""A number written in words is one number (spelled_numbers.py): "twenty-one", "forty five", "three hundred".

The fact finder reads number words one at a time, and a cloze blanked the first of them inside the number:
"So far, {{twenty|20}}-one people were ...", whose answer (20) is wrong and which asks for half of what the
article says. The blank now takes the whole number with its digits as the other answer; an ordinal
("twenty-first") is not blanked, and a true/false statement never swaps half a number. Fixture in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli

from quizapp.draft import draft_article
from quizapp.draft.fact_numbers import find_numbers
from quizapp.draft.spelled_numbers import whole_spelled_number, within_a_longer_number

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def _question_texts() -> list[str]:
    text = (PATTERNS / "numbers_written_in_words.txt").read_text(encoding="utf-8")
    bank = tomli.loads(draft_article(text, include_unsure=True).to_toml())
    return [str(question.get("text") or question.get("prompt")) for question in bank["questions"]]


def test_a_cloze_blanks_a_number_in_words_whole_with_its_digits() -> None:
    texts = _question_texts()
    assert any("{{twenty-one|21}} people" in text for text in texts)
    assert any("{{forty five|45}} volunteers" in text for text in texts)
    assert not any("}}-" in text or "}} five" in text or "}} hundred" in text for text in texts)


@pytest.mark.parametrize(
    ("sentence", "whole", "digits"),
    [
        ("So far twenty-one people were hurt.", "twenty-one", "21"),
        ("Crews pumped water from three hundred homes.", "three hundred", "300"),
        ("It cost one hundred and twenty pounds.", "one hundred and twenty", "120"),
        ("The fete raised four thousand pounds.", "four thousand", "4,000"),
        ("Ninety-nine boats sailed.", "Ninety-nine", "99"),
    ],
)
def test_the_words_of_one_number_make_one_answer(sentence: str, whole: str, digits: str) -> None:
    first = find_numbers(sentence, 0, len(sentence))[0]
    found = whole_spelled_number(sentence, first)
    assert found is not None
    assert (found.text, found.alternatives[0]) == (whole, digits)
    assert within_a_longer_number(sentence, first)


@pytest.mark.parametrize(
    "sentence",
    ["Twenty people were hurt.", "Two million people watched.", "The five ten-year-olds sang.", "Nine or ten came."],
)
def test_a_number_word_standing_alone_is_asked_as_before(sentence: str) -> None:
    for number in find_numbers(sentence, 0, len(sentence)):
        assert whole_spelled_number(sentence, number) == number
        assert not within_a_longer_number(sentence, number)


def test_an_ordinal_in_words_is_not_blanked_at_all() -> None:
    sentence = "The crew went out for the twenty-first time."
    number = find_numbers(sentence, 0, len(sentence))[0]
    assert whole_spelled_number(sentence, number) is None
    assert within_a_longer_number(sentence, number)  # nor swapped in a true/false statement
