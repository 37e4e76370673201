"""A surname two people bear, written bare after only one of them was named: "Ana Reid ... Reid, who trained
in Lyon, ... her son, Leo Reid ... Reid said" (surnames.py).

News calls the first bearer of a surname by it alone and names any later namesake in full; a bare "Reid"
found no one while two Reids were known, and "Reid said" was then taken for an organization from its capital
letters. Now the bare surname is the one bearer named before it; named after both ("Tom Hale and his wife,
Jo Hale ... Hale said"), it is still no one's.
"""

from __future__ import annotations

from .speakers import pattern, shown, starting, sure_speakers


def test_a_bare_surname_is_the_bearer_named_before_it() -> None:
    extraction = pattern("surname_named_before_a_namesake")
    assert shown(extraction, starting(extraction, "We will need a second").speaker) == "Ana Reid"
    assert not any(person.kind == "organization" and person.name == "Reid" for person in extraction.people)


def test_a_bare_surname_after_both_bearers_is_no_ones() -> None:
    extraction = pattern("surname_named_before_a_namesake")
    assert starting(extraction, "The smell of bread").sure_speaker is None


def test_the_bearer_who_had_the_bare_surname_first_is_a_sure_speaker() -> None:
    """The story called Ana Reid "Reid" before it named her son: its later bare "Reid" is hers, as sure as any
    said-clause; Tom and Jo Hale, named together before any bare "Hale", leave "Hale said" no one's."""
    said = sure_speakers(pattern("surname_named_before_a_namesake"))
    assert said["We will need a"] == "Ana Reid"
    assert said["The smell of bread"] is None
