"""An "and" after a said-clause's subject that joins no second subject (issue 10).

"Osei dismissed the complaints and appealed to passengers:" joins two verbs of one subject, and "Veld,
founder and managing director of Veld Ferries, said:" two titles of one man: each quotation is the
subject's alone, and was left unsure as if two people had spoken it (real news: a head of state who
dismissed one question and appealed to the press, a civil servant named with his two titles).
Two people joined by "and" still share their words, so neither is sure. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("and_after_the_subject"))


def test_a_second_verb_after_and_keeps_the_subject_the_speaker() -> None:
    assert _said()["Give the new boats"] == "Mira Osei"


def test_two_titles_joined_in_an_apposition_are_one_speaker() -> None:
    assert _said()["Not this year, and"] == "Tomas Veld"


def test_two_people_joined_by_and_are_still_neither_surely() -> None:
    said = _said()
    assert said["We were never asked."] is None
    assert said["The crossings are too"] is None  # "Prinz, a deckhand ..., and her brother said:"
    assert said["We will run an"] == "Mira Osei"
