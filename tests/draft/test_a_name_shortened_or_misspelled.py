"""A full name is a person when the story goes on to call them by the first word of it, and a surname spelled
with a letter doubled once is the same person (issue 10; fixture in our own words).

On real news "<Place> ward <First> <Surname> accused the governor ..., adding ... “...”" then "said <First>" found
nobody: the full name had no sign of a person, so the quoted phrase went surely to the governor it accused, and
the "said <First>" quotation to no one. A surname misspelled once ("Matthews" for "Mathews") became an
organization that spoke.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_first_name_that_speaks_alone_makes_the_full_name_a_person() -> None:
    extraction = pattern("a_name_shortened_or_misspelled")
    said = sure_speakers(extraction)
    assert said["The governor cannot hide"] == "Odhiambo Wekesa"
    assert said["every document it needs"] != "Ruth Kamene"


def test_a_surname_spelled_with_a_letter_doubled_is_the_same_person() -> None:
    extraction = pattern("a_name_shortened_or_misspelled")
    assert sure_speakers(extraction)["It is the proudest"] == "Imran Sadiq"
    assert not any(person.kind == "organization" for person in extraction.people)
