"""A role is a noun phrase with a role noun at its head, never a clause (fixture in our own words).

The people model took any words after a name's comma that held a role noun for that name's role: "In Iowa, the
candidate repeated his promise" made a person "Iowa" whose role was the whole clause, and on PolNeAR's train split
places, a broadcaster and an adverb ("Furthermore") became people so. The apposition must be shaped as a role: no
verb before its role noun nor right after it, no past tense with an object after it; a said-clause the writer left
unmarked by a comma ends it. A role written before a name starts after a speech verb or any verb a word of a clause
("Hale said toll board chairwoman Ida Ruskin"), and at the last determiner ("would take his brother").
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_clause_after_a_place_makes_no_person() -> None:
    extraction = pattern("a_clause_is_no_role")
    people = {person.name: person for person in extraction.people if person.kind == "person"}
    assert not any("Kestrel" in name for name in people)
    assert people["Bram Otway"].role == "the campaign's press secretary"
    assert people["Ida Ruskin"].role == "toll board chairwoman"
    said = sure_speakers(extraction)
    assert said["Every figure has been"] == "Bram Otway"
    assert said["We will publish the"] == "Ida Ruskin"
