"""Near-duplicate wording (`similar_words`): the size shortcut answers as the full share of words does, and the
sets kept by size (`WordSets`) as a comparison with every one of them."""

from __future__ import annotations

import itertools
import random

from quizapp.draft.wording import WordSets, similar_words


def _full_share(first: set[str], second: set[str], threshold: float) -> bool:
    return bool(first and second) and len(first & second) / len(first | second) >= threshold


def test_sets_of_very_different_sizes_are_never_similar() -> None:
    short = {"the", "council", "voted"}
    long = short | {"on", "tuesday", "to", "close", "the", "old", "library"}
    assert not similar_words(short, long)
    assert not similar_words(long, short)


def test_the_size_shortcut_agrees_with_the_full_share() -> None:
    words = [f"w{number}" for number in range(12)]
    for size_a, size_b, shared in itertools.product(range(1, 11), range(1, 11), range(11)):
        if shared > min(size_a, size_b):
            continue
        first = set(words[:size_a])
        second = set(words[size_a - shared : size_a - shared + size_b]) if size_a - shared + size_b <= 12 else None
        if second is None:
            continue
        for threshold in (0.5, 0.75, 0.8, 0.9, 1.0):
            assert similar_words(first, second, threshold) == _full_share(first, second, threshold)


def test_word_sets_kept_by_size_answer_as_comparing_every_one() -> None:
    chooser = random.Random(7)
    vocabulary = [f"w{number}" for number in range(40)]
    for threshold in (0.5, 0.8, 0.9):
        kept = WordSets(threshold)
        every: list[set[str]] = []
        for _ in range(300):
            words = set(chooser.sample(vocabulary, chooser.randint(0, 30)))
            assert kept.any_similar(words) == any(similar_words(other, words, threshold) for other in every)
            kept.add(words)
            every.append(words)
