"""A fronted phrase is found by reading back from its comma, not forward from the line's start (fronted.py).

Text pasted as one line holds every sentence of the article on it; reading each name's line from its start
made drafting quadratic in such a text. The answers must be those of the forward reading, wherever the
sentence stands on its line.
"""

from __future__ import annotations

import re

from quizapp.draft.fronted import _OPENING_WORDS, _QUALIFIERS, _SENTENCE_START, _WORD, follows_fronted_phrase
from quizapp.draft.lexicon import TITLE_WORDS


def _forward_reading(text: str, position: int) -> bool:
    """`follows_fronted_phrase` as it read the line forward from its start, every sentence start on it."""
    line_start = text.rfind("\n", 0, position) + 1
    comma = text.rfind(",", line_start, position)
    if comma < 0:
        return False
    between = _WORD.findall(text[comma + 1 : position])
    if any(not (word[0].isupper() or word in TITLE_WORDS or word.lower() in _QUALIFIERS) for word in between):
        return False
    starts = [match.end() for match in _SENTENCE_START.finditer(text, line_start, comma)]
    opening = text[starts[-1] if starts else line_start : comma].lstrip("\"“‘' ")
    if not opening or any(mark in opening for mark in '"“”'):
        return False
    first = opening.split(maxsplit=1)[0]
    return first.lower() in _OPENING_WORDS or (first.endswith("ing") and len(first) > 4 and first[0].isupper())


_ONE_LINE = (
    "The council met on Monday. In 2014, Coun Ana Ruiz chaired the group! After the vote, the mayor Tom Reid left. "
    '"It was long," he said. U.S. officials wrote to Mr. Owen Tate, the clerk. Speaking to reporters, Dr Lee Park '
    "smiled? Beginning in May, Kate Moss ran it. they said. Following that, Ruth Akers spoke."
)


def test_a_fronted_phrase_is_found_after_many_sentences_on_one_line() -> None:
    text = " ".join([_ONE_LINE] * 40)
    last = text.rindex("Ruth Akers")
    assert follows_fronted_phrase(text, last)  # "Following that, Ruth Akers": the subject after its phrase
    assert not follows_fronted_phrase(text, text.rindex("Owen Tate"))  # after "to Mr.": an apposition, no subject


def test_answers_are_those_of_the_forward_reading_at_every_word() -> None:
    long_opening = (
        "After the vote " + "and the long count " * 30 + ", Kate Moss spoke. " + "At noon " * 40
    )  # past a window
    text = "\n".join([_ONE_LINE, _ONE_LINE.replace(". ", ".  "), _ONE_LINE.replace(", ", ",\n"), long_opening * 3])
    answers = [follows_fronted_phrase(text, word.start()) for word in re.finditer(r"\b\w", text)]
    assert answers == [_forward_reading(text, word.start()) for word in re.finditer(r"\b\w", text)]
    assert sum(answers) >= 9  # the subjects after "In 2014,", "After the vote,", "Following that," ... on each line
