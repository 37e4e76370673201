"""`words_before_a_capital` finds runs where they open and cuts each distinct one once: the same words as
finding them at every character and reading every run character by character."""

from __future__ import annotations

import random
import re

from quizapp.draft.organizations import words_before_a_capital

_RUN_BEFORE_A_CAPITAL = re.compile(r"[\w'’.-]+(?=[ \t]+[A-Z])")
"""The runs as first written: tried at every character."""


def _read_by_character(text: str) -> frozenset[str]:
    """The definition: each run before a capital, and each of its tails that opens on a word boundary."""

    def word(character: str) -> bool:
        return character.isalnum() or character == "_"  # what `\w` matches

    words: set[str] = set()
    for run in _RUN_BEFORE_A_CAPITAL.finditer(text):
        found = run.group(0)
        words.update(found[at:] for at in range(len(found)) if word(found[at]) and (at == 0 or not word(found[at - 1])))
    return frozenset(words)


def test_the_tails_of_a_run_with_marks() -> None:
    assert words_before_a_capital("said O'Neill Ltd and St. Anne and al-Nuaimi Said") == {
        "said",
        "O'Neill",
        "Neill",
        "and",
        "St.",
        "al-Nuaimi",
        "Nuaimi",
    }


def test_as_read_by_character_on_random_texts() -> None:
    rng = random.Random(10)
    pieces = [*"aAbBzZ  \t\n.'’-_0é1İıſKΣςσ,;", "O'Neill ", "St. ", "al-Nuaimi ", "Mc-", " X"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        assert words_before_a_capital(text) == _read_by_character(text), text
