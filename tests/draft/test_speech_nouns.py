"""A speech verb's plural-noun twin is not a said-clause: "Feeney said that the union's demands were "..."" is
Feeney's, though "demands" is a speech verb's spelling (issue 10, engineer R4).

The fixture is an article in our own words (tests/draft/fixtures/patterns/speech_nouns_before_a_phrase.txt).
"""

from __future__ import annotations

from quizapp.draft.speech_nouns import is_plural_noun

from .test_patterns import _said


def test_a_phrase_after_a_speech_noun_is_the_words_of_the_one_who_said_it() -> None:
    said = _said("speech_nouns_before_a_phrase")
    assert said["simply not affordable"] == "Colm Feeney"  # "the union's demands were": the union is nobody here
    assert said["plainly wrong and he"] == "Ruth Okafor"  # "the manager's claims are": Feeney did not speak


def test_a_speech_verb_with_its_subject_before_it_stays_a_verb() -> None:
    """ "which she says is "..."": the verb is followed by another, but its own subject stands before it."""
    said = _said("speech_nouns_before_a_phrase")
    assert said["unsafe for anyone driving"] == "Ruth Okafor"
    text = "the rota, which she says is unsafe"
    assert not is_plural_noun(text, text.index("says"), text.index("says") + 4)
    text = "trade union demands were high"
    assert is_plural_noun(text, text.index("demands"), text.index("demands") + 7)
