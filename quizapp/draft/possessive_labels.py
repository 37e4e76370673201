"""A line that labels the words below as someone's: `Mayor Reid's full statement:`, `Ana Ruiz's letter:`.

Papers print a statement or a letter whole under a line that names whose it is: the person's
possessive, then what the text is (a statement, a letter, remarks), perhaps "full" or "in full", and a
colon. The line has no verb, so the colon sieve, which looks for the subject of a clause, finds
nobody; but the possessor is the author of the words below. Only the whole line counts: `Reid's
lawyer said:` or `Reid's statement was read by his aide:` are clauses, left to the other sieves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.person import Mention

_LABEL_TAIL = re.compile(
    r"['’]s?\s+(?:(?:full|complete|whole|written|official|opening|closing|entire)\s+)?"
    r"(?:statement|letter|remarks|message|comments|speech|response|reply|answer|email|note|post|tweet)"
    r"(?:\s+in\s+full)?\s*:\s*$",
    re.IGNORECASE,
)
"""What follows the possessor's name in a label line: "'s full statement:", "' remarks in full:"."""


def possessor_of_label(text: str, start: int, end: int, mentions: Sequence[Mention]) -> Mention | None:
    """The mention whose possessive opens the label line text[start:end], or None when the line is no such label.

    The name must open the line (a capital "The" or "Read" before it leaves it alone) and be followed by
    nothing but the possessive, what the text is and the colon."""
    line = text[start:end]
    opening = len(line) - len(line.lstrip())
    first = next(iter(mentions), None)  # only the first mention may open the line
    if first is None or first.start != start + opening:
        return None  # the line opens with something else than the name
    if first.end <= end and _LABEL_TAIL.match(text, first.end, end) is not None:
        return first
    return None
