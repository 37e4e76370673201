"""A "he" or "she" does not mean one of two people named together as a subject.

`Kwame Ossei and Lutz Varga scored late goals. ... he said:` cannot mean Ossei, one of a pair that English
takes up with "they": the manager named as the subject just before them is whom the writer goes on about.
Before, the nearest man of the pair was the sure speaker of the manager's whole interview, a wrong answer key on
every quotation of it. With nobody else before the pair, "she" stays unsure. The fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("one_of_two_subjects"))


def test_the_pronoun_passes_over_a_pair_to_the_subject_before_it() -> None:
    said = _said()
    assert said["I asked them for"] == "Dario Fenwick"
    assert said["We were second best"] == "Dario Fenwick"


def test_the_pair_is_no_rival_for_the_pronoun_after_a_long_answer() -> None:
    assert _said()["They sang for ninety"] == "Dario Fenwick"


def test_a_pronoun_after_a_pair_with_nobody_before_it_is_not_given_to_either() -> None:
    assert _said()["The ferry must keep"] is None


def test_a_pair_named_as_objects_is_not_passed_over_to_reach_someone_further_back() -> None:
    assert _said()["He loved every minute"] is None  # "she" is likely the daughter, not the head teacher
