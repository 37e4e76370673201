"""Words set beside a name's saying ("Lind's words, "...",") are that name's, not the reporter's
(possessed_words.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns)."""

from __future__ import annotations

from quizapp.draft.possessed_words import possessor_of_saying

from .speakers import pattern, sure_speakers


def test_words_in_apposition_to_a_named_persons_words_are_theirs() -> None:
    said = sure_speakers(pattern("words_of_a_named_saying"))
    assert said["we will never pay"] == "Oskar Lind"  # not the chair, who reports them


def test_only_a_possessive_and_a_noun_of_saying_right_before_the_words_count() -> None:
    text = "Varga said Lind's words, "
    assert possessor_of_saying(text, 0, len(text)) == text.index("'s")
    assert possessor_of_saying("Varga said Lind's boat, ", 0, 24) is None
    critics = "Varga rejected her critics' claim "
    assert possessor_of_saying(critics, 0, len(critics)) == critics.index("' claim")
