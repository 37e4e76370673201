"""A surname that speaks alone ("Quennell said") makes the full name met elsewhere a person.

A first name the drafter does not know ("Varek") is no evidence by itself; the surname next to a
speech verb is, wherever in the article it stands, before or after the full name.
"""

from __future__ import annotations

import pytest

from quizapp.draft.extraction import extract

_VISIT = "School Visit Goes Well\n\n{first}\n\n{second}\n"
_NAMED = "Varek Quennell visited the school on Monday with two governors."
_QUOTED = "\u201cIt was a fine morning,\u201d {speaker} said."


@pytest.mark.parametrize("named_first", [True, False])
def test_the_full_name_of_a_surname_that_speaks_is_a_person_and_the_speaker(named_first: bool) -> None:
    quoted = _QUOTED.format(speaker="Quennell")
    text = _VISIT.format(first=_NAMED, second=quoted) if named_first else _VISIT.format(first=quoted, second=_NAMED)

    drafted = extract(text).to_json()

    assert [person["name"] for person in drafted["people"]] == ["Varek Quennell"]
    assert [quotation["speaker"] for quotation in drafted["quotations"]] == ["Varek Quennell"]


def test_without_the_surname_speaking_an_unknown_first_name_makes_no_person() -> None:
    drafted = extract(_VISIT.format(first=_NAMED, second=_QUOTED.format(speaker="a governor"))).to_json()

    assert [person["name"] for person in drafted["people"]] == ["a governor"]
    assert [quotation["speaker"] for quotation in drafted["quotations"]] == ["a governor"]


def test_a_pronoun_speaking_next_makes_the_name_opening_the_sentence_before_a_person() -> None:
    """'Varek Quennell visited ... / "...," she said.': the she is the one person the article just named."""
    drafted = extract(_VISIT.format(first=_NAMED, second=_QUOTED.format(speaker="she"))).to_json()

    assert [person["name"] for person in drafted["people"]] == ["Varek Quennell"]
    assert [quotation["speaker"] for quotation in drafted["quotations"]] == ["Varek Quennell"]
