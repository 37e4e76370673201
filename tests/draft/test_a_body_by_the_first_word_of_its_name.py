"""A body named in full once and then by its first word is one speaker (issue 10; fixture in our own words).

On real news "<Name> Foods plans to close its plant" was followed by "<Name> said in a statement that ... “...”":
the full name never spoke, so it was no organization, and the bare first word was nobody; three quotations of the
company were lost. When two bodies share the first word, the bare word is neither of them for sure, nor does a
shared first word make "<Word> Rail" a person.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_first_word_of_a_bodys_name_is_that_body() -> None:
    extraction = pattern("a_body_by_the_first_word_of_its_name")
    said = sure_speakers(extraction, 3)
    assert said["rising flour costs"] == "Kelvin Foods"


def test_a_first_word_two_bodies_share_is_neither_for_sure() -> None:
    extraction = pattern("a_body_by_the_first_word_of_its_name")
    assert sure_speakers(extraction)["We will run an"] is None
    assert not any(person.kind == "person" and person.name.startswith("Marlow") for person in extraction.people)
