"""A speech verb inside an adverbial clause is that clause's subject's (adverbial_clauses.py, said_before.py).

Issue 10, PolNeAR train: "hours after Sanders said he was "encouraged"", "While Comey said there was evidence that
Clinton was "extremely careless"": the name after "after", "while" or "when" was set aside as a subordinate clause's
subject, so nobody said the phrase and it stayed a scare quote. The fixture is in our own words
(tests/draft/fixtures/patterns); words after the clause has ended with its comma are not the clause's subject's.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_clause_subject_says_the_words_in_its_clause() -> None:
    said = sure_speakers(pattern("speech_verb_in_an_adverbial_clause"))
    assert said["still incomplete"] == "Odile Varga"
    assert said["regrettable but necessary"] == "Tomas Erikson"
    assert said["a hidden subsidy"] == "Odile Varga"


def test_words_after_the_clause_has_ended_are_not_its_subjects() -> None:
    extraction = pattern("speech_verb_in_an_adverbial_clause")
    assert "restless" in [term.text for term in extraction.terms]
