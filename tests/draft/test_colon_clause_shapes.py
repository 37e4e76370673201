"""A colon after the clauses real news writes before a quotation gives the words to the clause's subject.

The shapes: a name with an age and a place, a relative clause, a party and a seat in brackets, a participle
or "asked about" phrase leading in, "In a statement," and "Writing on social media,", a role before the name,
and bodies speaking ("The council said:", "A spokesman for X said:"). `Lenham Food Association chair, Councillor
Hana Ito, said:` names the chair, whose employer only says where the role is held: the body was the sure speaker.
The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("colon_clauses_of_many_shapes"))


def test_a_name_with_its_age_place_relative_clause_or_party_speaks_after_the_colon() -> None:
    said = _said()
    assert said["We never expected to"] == "Ana Colvin"
    assert said["Their bread is the"] == "Bruno Falk"
    assert said["This is a proud"] == "Carla Demir"


def test_a_phrase_leading_into_the_said_clause_does_not_hide_its_subject() -> None:
    said = _said()
    assert said["It will go straight"] == "Ana Colvin"  # "Asked about the prize money, Colvin said:"
    assert said["The judges chose well."] == "Bruno Falk"  # "In a statement, Falk said:"
    assert said["Congratulations to everyone at"] == "Carla Demir"  # "Writing on social media, Demir said:"
    assert said["My grandmother taught me"] == "Ana Colvin"  # "Speaking after the ceremony, Colvin said:"


def test_the_holder_of_a_role_set_off_by_commas_after_the_body_is_the_speaker() -> None:
    assert _said()["We are proud of"] == "Hana Ito"  # not the association she chairs


def test_bodies_and_their_spokespeople_speak_after_a_colon() -> None:
    said = _said()
    assert said["The prize puts the"] == "a spokesman for Lenham Council"
    assert said["Entries for next year's"] == "Lenham Council"
