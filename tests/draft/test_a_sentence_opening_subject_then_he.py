"""A he/she after a sentence that opens on one person and names another only later in it (leading_subject.py).

"Petrakis is a baker who believes that Brandt has priced shops out. "...," he said": the sentence is about the
one it opens on, so the pronoun is his, though both men are named as subjects before it. Not so when the
sentence opens on something else ("In March, Weiss sold the cafe that Feld had run"), nor when a sentence
naming nobody comes between.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_person_a_sentence_opens_on_is_the_next_pronoun() -> None:
    said = sure_speakers(pattern("pronoun_after_a_sentence_opening_subject"))
    assert said["Nobody can pay these"] == "Omar Petrakis"


def test_a_sentence_opening_on_a_phrase_keeps_the_pronoun_in_doubt() -> None:
    said = sure_speakers(pattern("pronoun_after_a_sentence_opening_subject"))
    assert said["I have had three"] is None


def test_a_sentence_between_keeps_the_pronoun_in_doubt() -> None:
    said = sure_speakers(pattern("pronoun_after_a_sentence_opening_subject"))
    assert said["We will ask the"] is None
