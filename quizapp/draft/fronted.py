"""A phrase fronted before a sentence's subject: "Beginning in 2014, Coun Ana Ruiz chaired the group."

News prose often opens a sentence with a time or circumstance ("In 2019,", "After the vote,", "Speaking to
reporters,") and puts its subject after the comma. The preposition inside that opening phrase governs its own
noun, not the name after the comma; without this, "in" three words back made the subject look like the
object of a preposition, and a later "he said" doubted him for being "named only as an object".

Only a sentence-opening phrase counts (its first word a preposition or an -ing form), so
"He wrote to the minister, Tom Reid," keeps its apposition after a preposition.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import NATIONALITIES, TITLE_WORDS, word_set

_OPENING_WORDS = word_set(
    """
    in on at after before during since until following despite amid among from for with without by over under
    throughout within across as
    """
)
_QUALIFIERS = frozenset(NATIONALITIES) | {"the", "a", "an"}
_SENTENCE_START = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def follows_fronted_phrase(text: str, position: int) -> bool:
    """Whether the name at `position` stands right after a sentence-opening phrase and its comma, with only
    titles, articles and nationalities between ("In 2014, the US Senator Ana Ruiz"): the subject's place."""
    line_start = text.rfind("\n", 0, position) + 1
    comma = text.rfind(",", line_start, position)
    if comma < 0:
        return False
    between = _WORD.findall(text[comma + 1 : position])
    if any(not (word[0].isupper() or word in TITLE_WORDS or word.lower() in _QUALIFIERS) for word in between):
        return False
    starts = [match.end() for match in _SENTENCE_START.finditer(text, line_start, comma)]
    opening = text[starts[-1] if starts else line_start : comma].lstrip("\"“‘' ")
    if not opening or any(mark in opening for mark in '"“”'):
        return False
    first = opening.split(maxsplit=1)[0]
    return first.lower() in _OPENING_WORDS or (first.endswith("ing") and len(first) > 4 and first[0].isupper())
