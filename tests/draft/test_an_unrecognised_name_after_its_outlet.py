"""A name after the possessive of its outlet ("Valley Sound's Brett Holloway noticed") is whom the next "he" means.

The people model may miss a name met once, after an outlet's possessive; the pronoun sieve then walked back past
that sentence to a man named paragraphs before, and gave him the words surely. Capitalised words after a
possessive opening the sentence, with a verb after them, are now read as the rival antecedent_rivals.py already
takes for an unrecognised sentence subject, so "he" stays unsure. A voice the model knows keeps "he said".
Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_he_after_a_name_behind_its_outlet_is_unsure() -> None:
    assert sure_speakers(pattern("unrecognised_name_after_its_outlet"))["stuck with the match"] is None


def test_a_known_voice_keeps_he_said() -> None:
    assert sure_speakers(pattern("unrecognised_name_after_its_outlet"))["People can judge it"] == "Karl Depp"
