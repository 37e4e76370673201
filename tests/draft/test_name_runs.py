"""The same words are judged by where they stand in each article, whatever was drafted before.

The people finder keeps what a run of capitalised words says on its own (its title, whether it is an
organization, how it is cut) once per distinct run, across articles (name_shape.py, name_runs.py). What
the text around the words decides (a role before them, a describing word before a nationality) must
still be read in each place: a teacher drafting two articles in a row gets the same people as drafting
each alone.
"""

from __future__ import annotations

import pytest

from quizapp.draft.extraction import extract

_CARETAKER = (
    "Flood warnings went up on Monday.\n\n"
    "The caretaker Harbour Lane said the roof had leaked for years.\n\n"
    "“We need a new one,” Lane said."
)
"""A role before the words: "Harbour Lane" is a person, and speaks."""
_STREET = (
    "Flood warnings went up on Monday.\n\n"
    "Harbour Lane was closed for repairs, the council said.\n\n"
    "“We need a new road,” a spokesman said."
)
"""The same words with nothing before them: a street, no one's name."""
_DESCRIBED = "Results were mixed.\n\nThe 21-year-old American Keys said she was tired after the final."
"""A describing word before the nationality: "American" is no part of a name here."""
_COMPANY = "Results were mixed.\n\nAmerican Keys said the factory would close."
"""The same words opening a sentence: a company that speaks."""


def _names(text: str) -> dict[str, str]:
    return {person.name: person.kind for person in extract(text).people}


@pytest.mark.parametrize("first, second", [(_CARETAKER, _STREET), (_STREET, _CARETAKER)])
def test_a_role_before_the_words_is_read_in_each_article(first: str, second: str) -> None:
    names = {text: _names(text) for text in (first, second)}
    assert names[_CARETAKER].get("Harbour Lane") == "person"
    assert "Harbour Lane" not in names[_STREET]


@pytest.mark.parametrize("first, second", [(_DESCRIBED, _COMPANY), (_COMPANY, _DESCRIBED)])
def test_a_nationality_is_cut_by_what_stands_before_it_in_each_article(first: str, second: str) -> None:
    names = {text: _names(text) for text in (first, second)}
    assert names[_COMPANY].get("American Keys") == "organization"
    assert "American Keys" not in names[_DESCRIBED]
