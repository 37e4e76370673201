""" ", who said:" gives the words to the one the relative clause is about (relative_speakers.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from quizapp.draft.relative_speakers import who_speaks_at

from .speakers import pattern, sure_speakers


def test_who_said_gives_the_words_to_the_one_the_relative_clause_is_about() -> None:
    said = sure_speakers(pattern("relative_clause_speaks"))
    assert said["The boats are all"] == "Silas Drury"  # not the mayor who thanked him
    assert said["I only did what"] is None  # an unnamed boatman: nobody, never the sergeant
    assert said["The children were very"] == "Gus Lenihan"  # "Gus Lenihan, 51, who told reporters:"
    assert said["The town owes these"] == "Orla Breen"


def test_who_speaks_at_finds_only_a_relative_clause_ending_in_the_colon() -> None:
    text = "Ruiz thanked Tom Okafor, who said:"
    assert who_speaks_at(text, 0, len(text)) == text.index(", who")
    aged = "Ruiz met Tom Okafor, 52, who told reporters:"
    assert who_speaks_at(aged, 0, len(aged)) == aged.index(", 52")
    assert who_speaks_at("Tom Okafor, who lost his boat, said:", 0, 36) is None  # the relative clause ends first
