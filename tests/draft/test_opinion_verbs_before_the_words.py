"""Verbs of opinion and disclosure before words set into the writer's sentence (reported.py's REACTION_VERBS):
"felt the crew had been "..."", "termed the win "..."", "opined that ...", "reckoned the final would be "..."".

Issue 10: partial quotations in the writer's sentence ("other") were right in 23 of 44 held-out cases, and the
largest group found the quotation with its speaker among the people but gave it no candidate. Sport, Indian
and British news report a view in quoted words after such verbs, and the subject of the verb holds the view.
The fixture is in our own words (tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_subject_of_a_verb_of_opinion_is_the_speaker_of_the_quoted_words_after_it() -> None:
    said = sure_speakers(pattern("opinion_verbs_before_a_partial_quotation"))
    assert said["a bit ragged off"] == "Isolde Farrant"
    assert said["the best race this"] == "Rufus Penhallow"
    assert said["trained through the worst"] == "Isolde Farrant"
    assert said["a chance to show"] == "Rufus Penhallow"


def test_a_verb_whose_subject_is_a_thing_does_not_hide_the_speech_verb_before_it() -> None:
    said = sure_speakers(pattern("opinion_verbs_before_a_partial_quotation"))
    assert said["quiet strength of this"] == "Isolde Farrant"  # "the coach said the result revealed "...""


def test_the_subject_of_a_stance_is_the_speaker_of_the_quoted_words_after_it() -> None:
    said = sure_speakers(pattern("opinion_verbs_before_a_partial_quotation"))
    assert said["fitter than any boat"] == "Isolde Farrant"  # "is adamant the crew are "...""
