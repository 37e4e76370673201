"""Phrases that open with the word "the" or "The", found fast: the descriptions "the president", "the company".

Both kinds of description (descriptors.py, organization_descriptors.py) are found by patterns that start at the
"he" of their "the", and the "T" or "t" and the word boundary before it are checked here. Kept apart so the two
share the one fast scan and its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class TheMatch:
    """A match of a pattern that starts at "he", widened to the "T" or "t" of its "the"."""

    def __init__(self, text: str, match: re.Match[str]) -> None:
        self._text = text
        self._match = match

    def start(self) -> int:
        return self._match.start() - 1

    def end(self) -> int:
        return self._match.end()

    def group(self, index: int) -> str:
        return self._text[self.start() : self.end()] if index == 0 else self._match.group(index)


def after_the(pattern: re.Pattern[str], text: str, position: int) -> Iterator[TheMatch]:
    """Matches of `pattern` that begin a word "the" or "The", from `position`.

    The patterns start at "he" and the "[Tt]" and word boundary before it are checked here: a
    pattern that opens with a boundary and a class is tried at every position of the text,
    while one that opens with letters is found by a fast scan for them (about six times
    faster on a long text). A rejected "he" (in "she", "breathe") resumes the scan one
    character on, so no "the" it overlapped is missed.
    """
    search = pattern.search
    match = search(text, position + 1)
    while match is not None:
        at = match.start()
        if text[at - 1] in "Tt" and (at < 2 or not (text[at - 2].isalnum() or text[at - 2] == "_")):
            yield TheMatch(text, match)
            match = search(text, match.end())
        else:
            match = search(text, at + 1)
