"""A definite role opening the section under a heading that is one person's name is that person.

Reaction pieces set each leader's name as a heading and start the section with a description: `Jonas
Petrov` over `The Labour leader promised ...:`. With another leader named in the story the role could
only be a guess; the heading says whom it describes. A spokesman, or a body ("The party said:"), under such a
heading is not the person it names. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("sections_headed_by_a_name"))


def test_the_role_opening_a_section_is_the_person_its_heading_names() -> None:
    said = _said()
    assert said["I will not lead"] == "Jonas Petrov"  # not left to a guess between the leaders
    assert said["We have been given"] == "Marian Holt"


def test_a_spokesman_or_a_body_under_a_named_heading_is_not_that_person() -> None:
    said = _said()
    assert said["Ruth will take some"] == "a spokesman for the Green Party"
    assert said["Talks on a new"] is None
