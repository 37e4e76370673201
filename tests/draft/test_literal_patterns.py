"""A pattern around the article's own words, read by back-reference (issue 10, speed), finds what the pattern
built with `re.escape` found: the same span, or none.

"Where did this happen?" cuts "in central Leeds, England" out of a sentence, and a subject line after a
quotation must open with one of the speaker's names; a different span here would draft a different question.
Each case is checked against the pattern the drafter compiled before.
"""

from __future__ import annotations

import re

import pytest

from quizapp.draft.fact_questions import _IN_PLACE_AFTER, _IN_PLACE_BEFORE
from quizapp.draft.literal_patterns import match_around, search_around
from quizapp.draft.topic_questions import _LINE_OPENING


def _built(before: str, words: list[str], after: str) -> str:
    return before + "(?:" + "|".join(re.escape(word) for word in words) + ")" + after


SEARCHES = [
    ("The fair opened in Leeds on Friday.", ["Leeds"]),
    ("The fair opened in central Leeds, England, on Friday.", ["Leeds"]),
    ("Held at Leedsford, not in Leeds.", ["Leeds"]),  # the first "Leeds" runs on: the second is found
    ("in Leeds", ["Leeds"]),  # at the text's very start and end
    ("Tours of St. Ives (Cornwall) began in St. Ives.", ["St. Ives"]),  # dots and brackets are literal
    ("It rained in Oslo.", ["Bergen"]),
    ("Met in Bergen, Oslo and Leeds.", ["Oslo", "Bergen"]),  # the leftmost place wins, whatever the order
    ("Met in \x00Oslo.", ["\x00Oslo"]),  # a NUL in the words: the built pattern answers
    ("", [""]),
]


@pytest.mark.parametrize(("text", "words"), SEARCHES)
def test_search_finds_the_built_patterns_span(text: str, words: list[str]) -> None:
    found = re.search(_built(_IN_PLACE_BEFORE, words, _IN_PLACE_AFTER), text)
    assert search_around(_IN_PLACE_BEFORE, words, _IN_PLACE_AFTER, text) == (found.span() if found else None)


MATCHES = [
    ("-- Ana Ruiz on the budget.", ["Ana Ruiz", "Ruiz"]),
    ("Senator Ana Ruiz reacting to the vote.", ["Ruiz", "Ana Ruiz"]),  # the order tried is the order given
    ("Then Ana Ruiz spoke.", ["Ana Ruiz"]),
    ("The speech of Ruiz.", ["Ruiz"]),  # not at the start: no match
    ("Ana Ruizeta on the vote.", ["Ana Ruiz"]),  # nothing after the name is asked: a match, as before
]


@pytest.mark.parametrize(("text", "words"), MATCHES)
def test_match_finds_the_built_patterns_span(text: str, words: list[str]) -> None:
    found = re.match(_built(_LINE_OPENING, words, ""), text)
    assert match_around(_LINE_OPENING, words, "", text) == (found.span() if found else None)


NUMBERS = [
    ("It cost 163 pounds.", "163"),
    ("163 at the start, nothing before", "163"),
    ("+163mins", "163"),  # a unit after the number: shown
    ("1,163 and 163.5 and 2163", "163"),  # inside longer numbers only
    ("1,163 and 163.", "163"),  # a full stop after: shown
]


@pytest.mark.parametrize(("sentence", "number"), NUMBERS)
def test_a_number_is_found_where_the_built_pattern_finds_it(sentence: str, number: str) -> None:
    before, after = r"(?<![\d.,])", r"(?![\d]|[.,]\d)"
    found = re.search(_built(before, [number], after), sentence)
    assert search_around(before, [number], after, sentence) == (found.span() if found else None)
