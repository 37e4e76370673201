"""A "he said" after someone named as the one who spoke in a passive ("was called "useful" by Ravi Olsen").

"The meeting was called "useful" by union secretary Ravi Olsen. "...," he told reporters." names one man,
who spoke; the sentence's subject is a thing. The pronoun was left unsure because Olsen stood after "by",
which is how a listener or an object is named ("He was told by Olsen"), and real news uses the shape
for the union official or spokesman who goes on to speak. When the subject of the passive is a person or
a role ("The crane driver ... was described as "..." by Oduya"), "he" may be either and stays unsure.
Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("agent_of_a_passive_then_he"))


def test_the_one_who_spoke_in_a_passive_about_a_thing_is_he() -> None:
    assert _said()["They listened, and they"] == "Ravi Olsen"


def test_a_passive_about_a_person_leaves_he_unsure() -> None:
    said = _said()
    assert said["We will not go"] is None
    assert said["I have done nothing"] is None
