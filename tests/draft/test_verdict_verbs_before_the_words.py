"""Verbs that put a verdict in quoted words on something (reported.py's REACTION_VERBS): "branded the charges
"..."", "blasted the "..."", "accused the council of "..."".

Issue 10: partial quotations in the writer's sentence ("other") were right in 23 of 44 held-out cases. News
reports a verdict with verbs of that kind; "called" and "described" gave the subject the words, "branded",
"labelled", "blasted" or "accused" left them to nobody. A name given with "dubbed" and no one's verdict
stays a term. The fixture is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_of_a_verdict_verb_is_the_speaker_of_the_quoted_verdict() -> None:
    said = sure_speakers(pattern("verdict_verbs_before_a_partial_quotation"))
    assert said["a tax on anyone"] == "Ottilie Marsh"
    assert said["scaremongering and half-truths"] == "Bram Ketteridge"
    assert said["not listening to a"] == "Ottilie Marsh"


def test_a_name_given_with_dubbed_is_still_a_term() -> None:
    extraction = pattern("verdict_verbs_before_a_partial_quotation")
    assert not any(q.text.startswith("Zone Nine") for q in extraction.quotations)
