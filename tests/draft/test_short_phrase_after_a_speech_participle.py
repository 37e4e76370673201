"""A short quoted phrase that a participle of saying governs is the subject's words, not a scare quote (lexicon.py,
said_before.py).

Issue 10: "was in good spirits, admitting that the mood was "remarkably calm"" lost the phrase among the terms, since
only finite speech verbs made a short phrase reported speech. The fixture is in our own words
(tests/draft/fixtures/patterns); a phrase no speech verb governs stays a term.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_phrase_after_admitting_or_insisting_is_the_subjects_words() -> None:
    said = sure_speakers(pattern("short_phrase_after_a_speech_participle"))
    assert said["remarkably calm"] == "Odette Marsh"
    assert said["stick together"] == "Kofi Brandt"
    assert said["We have enough players"] == "Kofi Brandt"


def test_a_phrase_no_speech_verb_governs_stays_a_term() -> None:
    extraction = pattern("short_phrase_after_a_speech_participle")
    assert [term.text for term in extraction.terms] == ["project"]
