"""The reporting verbs of a usage guide, in every form news uses, are speech verbs (lexicon.py, said_before.py).

Issue 10: on PolNeAR's train split, words after "interjected,", "answered,", "concluded," or an -ing form of a
speech verb ("noting that", "declaring it") had no speaker, since the shared list knew only some verbs and some of
their forms. The fixture is in our own words (tests/draft/fixtures/patterns).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_an_ing_form_of_a_speech_verb_gives_the_words_to_the_subject() -> None:
    said = sure_speakers(pattern("reporting_verbs_of_a_usage_guide"))
    assert said["already three years behind"] == "Priya Okafor"
    assert said["a fair deal for"] == "Priya Okafor"


def test_interjected_answered_and_concluded_are_speech_verbs() -> None:
    said = sure_speakers(pattern("reporting_verbs_of_a_usage_guide"))
    assert said["Nobody has seen the"] == "Gideon Falk"
    assert said["Less than a bus"] == "Lotte Brenner"
    assert said["We will look at"] == "Gideon Falk"
