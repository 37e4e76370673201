"""A role in apposition whose body is named in capitals still makes the name a person (fixture in our own words).

"<Name>, director of the International <Body>, said": the apposition was read in lowercase, so "International"
(a role noun, a sports player's) was taken for its last role word and the words after it for no role's; the
unfamiliar name was no one, and the "she said" after it went to a body the story named before.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_capitalised_role_noun_inside_a_body_name_is_the_body_s_word() -> None:
    extraction = pattern("a_role_of_a_body_named_in_capitals")
    people = {person.name: person for person in extraction.people}
    assert people["Oskarine Velde"].kind == "person"
    assert people["Oskarine Velde"].role == "director of the International Maritime Safety Office"
    assert sure_speakers(extraction)["The ferry may sail"] == "Oskarine Velde"


def test_a_title_inside_a_bare_apposition_is_still_a_role() -> None:
    """ "head of the Great Lakes Shipping Board": "Great" capitalised is the board's word, "head" the role."""
    extraction = pattern("a_role_of_a_body_named_in_capitals")
    assert sure_speakers(extraction)["We have waited three"] == "Tomasz Brelo"
