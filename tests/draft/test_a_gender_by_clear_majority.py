"""A person's gender is taken from a clear majority of the article's signs, not only from unanimous ones.

genders.py votes a gender for a person from their first name, their role and the pronouns of sentences naming only
them. One stray pronoun that meant someone else ("Marsh praised his plans", the architect's) used to leave a woman
named with "her" and "she" four times of no known gender; every "she said" of hers then stayed unsure when
another woman was named near. Three votes or more for one gender, with at most one against, now decide it. Two
votes each way still decide nothing. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _gender(name: str, fixture: str) -> str | None:
    extraction = pattern(fixture)
    return next(person.gender for person in extraction.people if person.name == name)


def test_one_stray_pronoun_does_not_outvote_four() -> None:
    assert _gender("Fiona Marsh", "gender_by_clear_majority") == "female"


def test_her_she_said_is_then_sure() -> None:
    assert sure_speakers(pattern("gender_by_clear_majority"))["Every town needs one"] == "Fiona Marsh"


def test_two_votes_each_way_leave_the_gender_unknown() -> None:
    assert _gender("Sam Kerr", "gender_votes_tied") is None
