"""Whether a text holds a phrase as whole words, ignoring case, without compiling a pattern per phrase.

The questions ask this of every quotation and option for each person's names ("does the prompt
already give the speaker away?"), and the names are new in every article: a pattern built from
them, `(?<!\\w)name(?!\\w)` with `re.IGNORECASE`, was compiled afresh for each article and each
name, which was a quarter of the time of drafting a real news article. Finding the lowercased
phrase in the lowercased text and looking at the characters either side answers the same question
with no compiling, whenever lowercasing keeps every character a single character and makes no
new ASCII letters: true of all text except four characters (`_CASE_FOLDED_TO_ASCII`). For those,
and for phrases beyond ASCII, the pattern is still compiled, so the answer is always the pattern's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from quizapp.draft.lazy_patterns import lazy_compile

_CASE_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The characters that `re.IGNORECASE` matches to an ASCII character, or that lowercase to something
else than one character: dotted capital I, dotless i, long s, Kelvin sign (every code point read
once; `tests/draft/test_whole_words.py` reads them again)."""


_FOLDED_APART = lazy_compile("[" + "".join(_CASE_FOLDED_TO_ASCII) + "]")


def contains_whole_phrase(text: str, phrase: str) -> bool:
    """Whether the stripped `phrase` occurs in `text` as whole words, ignoring case (False if it is empty).

    `contains_any_whole_phrase` for one phrase, without its set: a draft asks this of short texts (a question's
    wording, a person's name) a hundred thousand times, and the set cost more than the answer."""
    return WholePhrases(text).contains(phrase)


def contains_any_whole_phrase(text: str, phrases: Iterable[str]) -> bool:
    """Whether any of the (stripped, non-empty) `phrases` occurs in `text` as whole words, ignoring case."""
    return WholePhrases(text).contains_any(phrases)


class WholePhrases:
    """A text lowercased once, then asked for many phrases: what `contains_whole_phrase` and
    `contains_any_whole_phrase` answer, for a text asked again and again (each question's wording, for every
    blank of every cloze; a quotation, for each person who may be offered beside its speaker)."""

    __slots__ = ("_lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered = text.lower() if _lowers_alike(text) else None
        """One character for one, so the positions are the text's; None if case folding would move them."""

    def contains(self, phrase: str) -> bool:
        """Whether the stripped `phrase` occurs as whole words, ignoring case (False if it is empty)."""
        phrase = phrase.strip()
        if not phrase:
            return False
        if self._lowered is None or not phrase.isascii():
            return _pattern(frozenset((phrase,))).search(self.text) is not None
        return _found_alone(self.text, self._lowered, phrase.lower())

    def contains_any(self, phrases: Iterable[str]) -> bool:
        """Whether any of the (stripped, non-empty) `phrases` occurs as whole words, ignoring case."""
        chosen = frozenset(phrases)
        if not chosen:
            return False
        lowered = self._lowered
        if lowered is None or not all(phrase.isascii() for phrase in chosen):
            return _pattern(chosen).search(self.text) is not None
        return any(_found_alone(self.text, lowered, phrase.lower()) for phrase in chosen)


def _lowers_alike(text: str) -> bool:
    """Whether `text` holds none of `_CASE_FOLDED_TO_ASCII` (ASCII text, most often, is read at once)."""
    return text.isascii() or _FOLDED_APART.search(text) is None


def _found_alone(text: str, lowered: str, phrase: str) -> bool:
    """Whether `phrase` (lowercase) occurs in `lowered` with no word character either side in `text`."""
    at = lowered.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at > 0 and is_word_character(text[at - 1])) and not (end < len(text) and is_word_character(text[end])):
            return True
        at = lowered.find(phrase, at + 1)
    return False


def is_word_character(char: str) -> bool:
    """What `\\w` matches in a `str` pattern: letters and digits of any script, and the underscore."""
    return char.isalnum() or char == "_"


@functools.lru_cache(maxsize=1024)
def _pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """One search for any of the phrases, compiled once per set of phrases (a person's names)."""
    alternatives = "|".join(re.escape(phrase) for phrase in sorted(phrases))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
