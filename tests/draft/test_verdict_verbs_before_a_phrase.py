"""A short quoted phrase after a verb that gives someone's verdict in their words ("dismissed the plan as",
"noting that", "tweeting that", "implied that", "concluded that") is that subject's, not a scare quote
(lexicon.py's SPEECH_VERBS_BEFORE_QUOTE_ONLY, said_before.py's participles).

Issue 10: on PolNeAR's train split such phrases and whole quotations after these verbs found nobody ("Weaver
dismissed that suggestion as a sign of "disarray"", "stating on NBC that Clinton's "judgment" was ..."). The
fixture is in our own words (tests/draft/fixtures/patterns); a phrase no verb of saying governs stays a term.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_phrase_after_a_verdict_verb_is_the_subjects_words() -> None:
    said = sure_speakers(pattern("verdict_verbs_before_a_phrase"))
    assert said["a muddle"] == "Petra Lindqvist"
    assert said["fully costed"] == "Amos Okafor"
    assert said["rushed"] == "Petra Lindqvist"
    assert said["misreading"] == "Amos Okafor"


def test_a_phrase_no_verb_of_saying_governs_stays_a_term() -> None:
    extraction = pattern("verdict_verbs_before_a_phrase")
    assert "harbour first" in [term.text for term in extraction.terms]
