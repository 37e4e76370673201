"""A voice just brought in keeps the "he" that opens the next paragraph, past an earlier voice of that gender.

`Mr. Reyes ... said ... ¶ Morgan Ashby, the director, said ... ¶ He added that ...`: the "he" goes on with Ashby, the
voice the writer has just brought in, although only Reyes is known to be a man. last_speaker.py let the new voice
keep the pronoun only within its own paragraph; the next paragraph opening with the pronoun, with no word of the
writer's between, is as much an answer at once (seen on PolNeAR train: a mayor's and a senator's next paragraphs).
A sentence of the writer's between leaves the pronoun unsure. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_next_paragraphs_pronoun_goes_on_with_the_new_voice() -> None:
    assert sure_speakers(pattern("new_voice_answered_next_paragraph"))["waited three years for"] == "Morgan Ashby"


def test_a_writers_sentence_between_leaves_it_unsure() -> None:
    assert sure_speakers(pattern("new_voice_not_answered_at_once"))["waited three years for"] is None
