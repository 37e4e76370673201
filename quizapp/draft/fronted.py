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
from operator import itemgetter

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
    between = (match.group(0) for match in _WORD.finditer(text, comma + 1, position))  # up to a word out of place
    if any(not (word[0].isupper() or word in TITLE_WORDS or word.lower() in _QUALIFIERS) for word in between):
        return False
    sentence_start = _last_sentence_start(text, line_start, comma)
    opening = text[line_start if sentence_start is None else sentence_start : comma].lstrip("\"“‘' ")
    if not opening or any(mark in opening for mark in '"“”'):
        return False
    first = opening.split(maxsplit=1)[0]
    return first.lower() in _OPENING_WORDS or (first.endswith("ing") and len(first) > 4 and first[0].isupper())


def _last_sentence_start(text: str, low: int, high: int) -> int | None:
    """Where the last `_SENTENCE_START` in text[low:high] ends, as a search from `low` finds it, read back from `high`.

    A match holds one end mark, then a closing mark and spaces: no other match can start inside it, so the
    matches a search finds from `low` are those at every end mark where the pattern holds, and the last one
    is the one nearest `high`. Read back, a call costs the sentence's length, not the line's: a text pasted as
    one line of a thousand sentences made every name read the whole line (quadratic).
    """
    marks = {mark: text.rfind(mark, low, high) for mark in ".!?"}
    while True:
        mark, at = max(marks.items(), key=itemgetter(1))
        if at < 0:
            return None
        match = _SENTENCE_START.match(text, at, high)
        if match is not None:
            return match.end()
        marks[mark] = text.rfind(mark, low, at)
