"""Words that speak of a player by surname ("Ode was brilliant") are not surely the player's (spoken_of.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns). The pronoun's candidate stays, unsure, for the teacher to check."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_bare_surname_as_the_subject_in_the_words_is_not_the_speaker() -> None:
    extraction = pattern("surname_spoken_of")
    said = sure_speakers(extraction)
    assert said["Ode was brilliant today,"] is None  # the player spoken of, not the one speaking
    assert said["We are getting better"] == "Colm Fitzell"
    doubts = [q.doubt or "" for q in extraction.quotations if not q.sure]
    assert any("speak of the speaker" in doubt for doubt in doubts)
