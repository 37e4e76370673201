"""An unfamiliar name is a person when an apposition says what they are (issue 10; fixture in our own words).

On real news a name whose first word the drafter did not know was never a person when a long apposition followed
it ("<Name>, chairman of the <Centre> at <House> in <Street>, is keen"), or a body it belonged to (", of the
<League>,"), so the "He said:" after it went to the man before. An inverted "Said <Name>, of ...:" kept the verb
in the name shown to students.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_long_apposition_with_a_role_makes_the_name_a_person() -> None:
    extraction = pattern("unfamiliar_names_with_an_apposition")
    said = sure_speakers(extraction)
    assert said["We will run loom"] == "Ruairi Feehan"


def test_a_body_in_apposition_makes_the_name_its_member() -> None:
    said = sure_speakers(pattern("unfamiliar_names_with_an_apposition"))
    assert said["The park belongs to"] == "Tamsin Oduya"


def test_an_opening_said_is_not_part_of_the_name() -> None:
    extraction = pattern("unfamiliar_names_with_an_apposition")
    assert "Osric Vellan" in {person.name for person in extraction.people}
    assert not any(person.name.startswith("Said") for person in extraction.people)


def test_a_long_clause_after_a_place_is_no_role_and_a_based_word_no_name() -> None:
    """ "..., Tarrow, while reacting to the loss of his deputy ...": a clause that mentions a role, not what the
    place before it is; "Dunmore-based" alone describes what follows it."""
    names = {person.name for person in pattern("unfamiliar_names_with_an_apposition").people}
    assert "Tarrow" not in names
    assert not any("based" in name for name in names)
