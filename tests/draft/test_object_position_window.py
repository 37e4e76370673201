"""The words before a name are read from the end of its sentence, not the whole of it (object_positions.py).

Tokenizing a sentence from its start for each name in it made a long list of names quadratic. The window read
must answer what the whole reading answered: whether any word is left once the name's qualifiers are dropped,
the last one or two words left, and whether a role noun was among the dropped.
"""

from __future__ import annotations

import random
import re

from quizapp.draft.lexicon import ROLE_NOUNS
from quizapp.draft.object_positions import _DETERMINERS, _words_before


def _whole_reading(before: str) -> tuple[list[str], bool]:
    words = re.findall(r"[\w'’-]+|[,;:()—–]", before)
    dropped_role = False
    while words and (words[-1][0].isupper() or words[-1].lower() in ROLE_NOUNS or words[-1].lower() in _DETERMINERS):
        dropped_role = dropped_role or words[-1].lower() in ROLE_NOUNS
        words.pop()
    return words, dropped_role


def _read(result: tuple[list[str], bool]) -> tuple[object, ...]:
    words, dropped_role = result
    return not words, words[-2:] if len(words) > 1 else len(words), dropped_role


def test_window_answers_as_the_whole_sentence_did() -> None:
    pieces = ["Okafor", "the", "spokesman", "thanked", "met", ",", ";", "—", "Banda-Lee", "O’Hara", "x" * 250,
              "would", "not", "rush", "(", "ANC", ")", "and", "harbour", "\n"]  # fmt: skip
    draw = random.Random(25)
    for _ in range(3000):
        joiner = draw.choice([" ", "", "  "])
        before = joiner.join(draw.choice(pieces) for _ in range(draw.randint(0, 150)))
        assert _read(_words_before(before)) == _read(_whole_reading(before)), before


def test_a_long_run_of_capitalised_words_is_read_back_to_its_verb() -> None:
    before = "They thanked " + " ".join(["Okafor"] * 2000)
    assert _read(_words_before(before)) == (False, ["They", "thanked"], False)
