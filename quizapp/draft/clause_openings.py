"""Capitalised words opening a clause inside a sentence, then a verb: a name the people model may have missed.

"Skipper Ivo Lund said the engine had failed, but Aron Vance blamed the fuel. "...," he said.": Vance is the
subject of the second clause and may be who speaks next, though the people model, not knowing "Aron", did not
take him for a person, so the "he said" went surely to Lund. pronouns.py already treats such words opening a
sentence as a possible "he" or "she"; this finds them opening a clause after a comma or semicolon and a
conjunction, where news prose sets a second voice beside the first.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile

_CLAUSE_OPENING = lazy_compile(
    r"(?:,|;)\s+(?:but|and|while|whereas|though|although|yet)\s+"
    r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+([a-z]+)"
)
"""A conjunction after a comma or semicolon, two or three capitalised words, and a lowercase word (the verb)."""


def clause_openings(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Each clause of text[start:end] opened by capitalised words and a verb, as `_UNRECOGNISED`'s groups: the
    words (1) and the word after them (2)."""
    return list(_CLAUSE_OPENING.finditer(text, start, end))
