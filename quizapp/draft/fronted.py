"""A phrase fronted before a sentence's subject: "Beginning in 2014, Coun Ana Ruiz chaired the group."

News prose often opens a sentence with a time or circumstance ("In 2019,", "After the vote,", "Speaking to
reporters,") and puts its subject after the comma. The preposition inside that opening phrase governs its own
noun, not the name after the comma; without this, "in" three words back made the subject look like the
object of a preposition, and a later "he said" doubted him for being "named only as an object".

Only a sentence-opening phrase counts (its first word a preposition or an -ing form), so
"He wrote to the minister, Tom Reid," keeps its apposition after a preposition.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, TITLE_WORDS, word_set

_OPENING_WORDS = word_set(
    """
    in on at after before during since until following despite amid among from for with without by over under
    throughout within across as
    """
)
_QUALIFIERS = frozenset(NATIONALITIES) | {"the", "a", "an"}
_SENTENCE_START = lazy_compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")
_WORD = lazy_compile(r"[A-Za-z][\w'’.-]*")


def follows_fronted_phrase(text: str, position: int) -> bool:
    """Whether the name at `position` stands right after a sentence-opening phrase and its comma, with only
    titles, articles and nationalities between ("In 2014, the US Senator Ana Ruiz"): the subject's place."""
    line_start = text.rfind("\n", 0, position) + 1
    comma = text.rfind(",", line_start, position)
    if comma < 0:
        return False
    if position - comma <= _WINDOW:
        between: Iterable[str] = _WORD.findall(text, comma + 1, position)
    else:  # far from its comma (a long line without one): read up to the first word out of place
        between = (match.group(0) for match in _WORD.finditer(text, comma + 1, position))
    if any(not (word[0].isupper() or word in TITLE_WORDS or word.lower() in _QUALIFIERS) for word in between):
        return False
    sentence_start = _last_sentence_start(text, line_start, comma)
    opening = text[line_start if sentence_start is None else sentence_start : comma].lstrip("\"“‘' ")
    if not opening or any(mark in opening for mark in '"“”'):
        return False
    first = opening.split(maxsplit=1)[0]
    return first.lower() in _OPENING_WORDS or (first.endswith("ing") and len(first) > 4 and first[0].isupper())


_WINDOW = 256
"""How far before the comma a sentence start is first looked for: most sentences start nearer."""


def _last_sentence_start(text: str, low: int, high: int) -> int | None:
    """Where the last `_SENTENCE_START` in text[low:high] ends, as a search from `low` finds it, read in widening
    windows back from `high`.

    A match holds one end mark, then a closing mark and spaces: no other match can start inside it, so the
    matches a search finds from any point are those at every end mark from there where the pattern holds, and
    the last match of a window ending at `high` is the last of all. A call costs about its sentence's length,
    not its line's: a text pasted as one line of a thousand sentences made every name read the whole line.
    """
    window = _WINDOW
    while True:
        start = max(low, high - window)
        ends = [match.end() for match in _SENTENCE_START.finditer(text, start, high)]
        if ends or start == low:
            return ends[-1] if ends else None
        window *= 4
