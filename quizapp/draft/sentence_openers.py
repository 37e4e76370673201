"""A word capitalised only where it opens a sentence: "Neither Reid nor Okoye ...", a headline's "Restless Reid".

A sentence's first word is capitalised whatever it is, so its capital says nothing of a name. When the
only sign that "Neither Reid" is a person's full name is that "Reid" speaks elsewhere ("Reid said"),
the word before the surname is a first name only if the article capitalises it somewhere a sentence
does not begin (as "Ana" of "Ana Reid" is, again and again), or it is a common first name
(first_names.py). Otherwise the opening word ("Neither", "See", "Understated", "Debating") made a
second person of Reid's surname, and every later "Reid said" a guess between the two.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quizapp.draft.first_names import is_common_first_name
from quizapp.draft.name_candidates import NameCandidate

_OPENERS = " \t\n\"'“‘(–—-["
"""What may stand between a sentence's start and its first word: space, quotation marks, a bracket, a dash."""


def opens_sentence(text: str, sentence_starts: list[int], position: int) -> bool:
    """Whether the word at `position` is the first word of its sentence (after a full stop read as an
    abbreviation's, "the U.S. While ...", too)."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    start = sentence_starts[index] if index >= 0 else 0
    if not text[start:position].strip(_OPENERS):
        return True
    before = text[max(0, position - 4) : position].rstrip(_OPENERS)
    return before.endswith((".", "!", "?")) and position > 0 and text[position - 1] in " \t\n"


class SentenceOpeners:
    """The article's capitalised words read once: which are capitalised inside a sentence, and the first words
    that surely are first names, by the surname after them."""

    def __init__(self, text: str, sentence_starts: list[int], candidates: Sequence[NameCandidate]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self.inside: set[str] = set()
        """Words of the candidate names capitalised somewhere other than a sentence's start."""
        for candidate in candidates:
            self.inside.update(candidate.tokens[1:])
            first = candidate.tokens[0]
            if first not in self.inside and not opens_sentence(text, sentence_starts, candidate.start):
                self.inside.add(first)  # a word known inside a sentence already is not looked at again
        self.first_names: dict[str, set[str]] = {}
        """Surname -> the first words written before it that are first names for sure (`is_first_name`)."""
        for candidate in candidates:
            if len(candidate.tokens) == 2 and self.is_first_name(candidate.tokens[0]):
                self.first_names.setdefault(candidate.tokens[1], set()).add(candidate.tokens[0])

    def is_first_name(self, word: str) -> bool:
        """A common first name, or a word the article capitalises inside a sentence."""
        return word in self.inside or is_common_first_name(word)

    def opening_word_only(self, candidate: NameCandidate, last: str) -> bool:
        """Whether the candidate's first word is capitalised only because it opens the sentence, before the surname
        `last` that someone else of the article bears with a first name for sure ("Neither Reid" after "Ana
        Reid")."""
        first = candidate.tokens[0]
        return (
            not self.is_first_name(first)
            and bool(self.first_names.get(last, set()) - {first})
            and opens_sentence(self.text, self.sentence_starts, candidate.start)
        )
