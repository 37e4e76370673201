"""Question ids (`slug`): only the first words are kept, counted before the empty ones are dropped."""

from __future__ import annotations

from quizapp.draft.wording import slug


def test_only_the_first_words_are_kept_and_lowercased() -> None:
    assert slug("The Council Voted on Tuesday to Close the Old Library", 4) == "the-council-voted-on"


def test_a_lone_apostrophe_counts_as_a_word_then_goes() -> None:
    assert slug("rock ' roll band plays", 3) == "rock-roll"


def test_accents_are_dropped_and_nothing_left_gives_x() -> None:
    assert slug("Café Müller reopens") == "cafe-muller-reopens"
    assert slug("— …") == "x"
