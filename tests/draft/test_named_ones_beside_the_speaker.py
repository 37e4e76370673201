"""Names beside a speech verb that are someone else than its speaker (issue 10), on patterns seen in real news.

Written in our own words: a review quoted with "writes the Courier critic Odile Marchetti" went surely to the
paper, whom the critic writes for; "She asked Colm Deasy:" went surely to the one asked, the name nearest the
colon, when the pronoun opening the clause is its subject.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_critic_named_after_their_paper_speaks_the_words_not_the_paper() -> None:
    said = sure_speakers(pattern("critic_of_a_paper_after_the_words"))
    assert said["a patient, salt-stained portrait"] == "Odile Marchetti"


def test_the_one_a_pronoun_asks_is_never_the_speaker_of_the_question() -> None:
    said = sure_speakers(pattern("pronoun_asks_a_named_listener"))
    assert said["If the island route"] in {"Hattie Brennan", None}
    assert said["The county does, and"] == "Colm Deasy"


def test_a_name_in_a_relative_clause_after_the_inverted_verb_does_not_speak() -> None:
    said = sure_speakers(pattern("words_of_a_thing_a_person_photographed"))
    assert said["Passengers come first, always,"] is None
    assert said["We will study the"] == "Lars Eklund"  # a role, a comma, the name: still the speaker
