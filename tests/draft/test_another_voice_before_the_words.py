"""Another voice in the writer's sentence before a partial quotation (other_voices.py).

Issue 10: on held-out articles, partial quotations set into the writer's sentence were given surely to someone
else in 6 of 44 cases. The before-sieve takes the sentence's subject, but news puts a second person in the same
sentence who is the one speaking: the agent of a passive ("was thanked by"), the subject of a clause of speech
after the subject ("resigned after Teague said"), or the owner of the claims ("over claims by"). Those words
must not be an answer key for the subject: they stay unsure, or, when the other voice's own speech verb opens an
adverbial clause holding the words ("after Teague said"), they are that voice's (adverbial_clauses.py). The fixture
is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_with_another_voice_before_them_are_nobodys_for_sure() -> None:
    said = sure_speakers(pattern("another_voice_before_a_partial_quotation"))
    assert said["patient work with the"] is None  # Teague thanked Pryde: never Pryde's words
    assert said["simply not working for"] == "Rosalind Teague"  # "after Teague said": her clause, her words
    assert said["rude to the volunteers"] is None  # Teague's claims, over which Pryde sued


def test_the_subjects_own_reported_words_stay_sure() -> None:
    said = sure_speakers(pattern("another_voice_before_a_partial_quotation"))
    assert said["the best years of"] == "Conductor Ansel Pryde"


def test_words_of_two_people_named_together_are_nobodys_but_a_later_clauses_subject_keeps_its_own() -> None:
    said = sure_speakers(pattern("another_voice_before_a_partial_quotation"))
    assert said["starving the band of"] is None  # Teague and Lisle both accused: neither alone
    assert said["ignoring the players"] == "Wendeline Frost"  # "..., and ... Wendeline Frost accused": hers


def test_an_unnamed_voice_in_a_clause_of_its_own_keeps_the_subject_from_the_words() -> None:
    said = sure_speakers(pattern("an_unnamed_voice_in_a_clause_of_its_own"))
    assert said["stop talking."] is None  # the boy shouts it at Moen: never Moen's answer key
    assert said["make the company listen."] == "Halvard Moen"  # no other voice in his own sentence
