""" "Tallis, she said, ...": the name before a parenthetical said-clause is whom the words speak of (said_before.py).

Issue 10: a wrong sure speaker found by reading unlabelled news or by probing the construction; the fixture is
in our own words (tests/draft/fixtures/patterns). The words go to nobody, or to whom the construction makes
certain, never to another guess."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_set_before_she_said_is_whom_she_speaks_of_not_the_speaker() -> None:
    said = sure_speakers(pattern("name_then_she_said"))
    assert said["showed no remorse at"] != "Rory Tallis"  # "Tallis, she said, "..."": the prosecutor's words
    assert said["He has written to"] == "Kieran Shaw"
