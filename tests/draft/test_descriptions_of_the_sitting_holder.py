"""A description stands for the person the narrative titled so (issue 10, point 2; fixture in our own words).

On real news "the President" after "President William Ruto met former President Olusegun Obasanjo" was a guess
between the two, and "The president made the remarks" after "President Kenyatta ..." a guess between him and a
president only his own quoted words named, so his next "he said" was left unsure. A former office holder is not
whom "the president" means, nor is someone the narrative never names; a description linked to a person opening
a sentence is that person, not an unnamed role.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_president_is_the_sitting_one_the_narrative_named() -> None:
    extraction = pattern("the_president_among_former_ones")
    people = {person.name: person for person in extraction.people if person.kind == "person"}
    assert people["Joss Ardent"].role == "former President"
    said = sure_speakers(extraction)
    assert said["We will talk when"] == "Amara Leko"  # "The president made the remarks ...", then "he said"
    assert said["When President Tallis was"] == "Amara Leko"  # the same speech, carried on
    assert said["not bargain with the"] == "Amara Leko"  # "the President said": never the former one
    assert not any(person.kind == "role" for person in extraction.people)


def test_an_office_named_without_its_holder_is_no_organization() -> None:
    """ "the US Secretary of State stated" was an organization called "US Secretary of State", surely speaking:
    an office is held by a person, whom the article has not named here, so the words are nobody's for sure."""
    extraction = pattern("office_named_without_its_holder")
    said = sure_speakers(extraction)
    assert said["The road is open"] is None
    assert said["We expect prices in"] is None
    assert said["Our depots will be"] == "Harbour Council"  # a body still speaks by its name
    assert not any("Secretary" in person.name or "Governor" in person.name for person in extraction.people)


def test_a_description_that_says_a_gender_is_never_linked_to_someone_of_the_other() -> None:
    """ "Questioned by her counsel, Michael Dunmore, the mother of three agreed": the apposition ran on into the
    next clause, so Michael was given the role "the mother ..." and a later "the mother said" was linked to him."""
    extraction = pattern("gendered_description_after_a_counsel")
    counsel = next(person for person in extraction.people if person.name == "Michael Dunmore")
    assert "the mother" not in counsel.alias_set
    assert sure_speakers(extraction)["I was upset, but"] != "Michael Dunmore"
