"""Names standing next to someone else's words, found by a precision audit of real news (issue 10).

Each case gave a sure speaker who did not say the words, a wrong answer key: a name used as a
modifier ("the former Reid campaign treasurer", "Current Eastport manager Dan Cole"), words
quoted in a relative clause about other people, and a said-clause with two subjects, the second
after its role ("and deputy mayor Paul Grey"). The fixture is in our own words; its plain
said-clauses show the speaker is still found where a reader is sure of them.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("names_beside_someone_elses_words"))


def test_a_name_that_modifies_a_role_is_not_the_colon_clauses_subject() -> None:
    said = _said()
    assert said["Trust in public money"] == "the presiding judge"  # not Tom Reid, whose campaign it was


def test_words_in_a_relative_clause_about_others_are_not_the_subjects() -> None:
    said = _said()
    assert said["a witch hunt by"] is None  # the councillors' words as Ruiz reports them, not Ruiz's own


def test_a_place_before_a_role_and_its_holder_is_not_the_speaker() -> None:
    said = _said()
    assert said["He kept the club"] == "Ben Ash"
    assert said["The boats will sail"] == "Dan Cole"  # "Current Eastport manager Dan Cole added:"


def test_words_in_a_relative_clause_about_someone_named_after_the_verb_are_not_the_subjects() -> None:
    assert _said()["the man behind the"] is None  # the neighbours' words about Hale, not Ruiz's


def test_two_subjects_joined_across_a_role_give_neither_the_words() -> None:
    said = _said()
    assert said.get("walk away") is None  # Brown and Grey both promised it


def test_a_plain_said_clause_still_names_the_speaker() -> None:
    assert _said()["We will publish every"] == "Ana Ruiz"
