"""A line that labels the words below as someone's: `Mayor Reid's full statement:`, `Ruiz's verdict:`.

Papers print a statement, a letter or a verdict under a line that names whose it is, with no verb: the
person's possessive then what the text is (a statement, a letter, a verdict, a view), perhaps "full" or
"in full", and a colon; or what the text is, "from" and the person (`Reaction from Ana Ruiz, the mayor:`);
or, when the person was named just before, "His verdict:", "Her answer:". The colon sieve, which looks for
the subject of a clause, finds nobody there; but the person the line names is the author of the words
after it. Only the whole line counts: `Reid's lawyer said:` or `Reid's statement was read by his aide:` are
clauses, left to the other sieves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS
from quizapp.draft.person import Mention

_WHAT = (
    r"(?:(?:full|complete|whole|written|official|opening|closing|entire|final|blunt|first)\s+)?"
    r"(?:statement|letter|remarks|message|comments|speech|response|reply|answer|email|note|post|tweet"
    r"|verdict|view|views|take|reaction|assessment|thoughts|explanation|prediction|advice|warning|words)"
)
"""What a label line says the words are: "full statement", "verdict", "view"."""
_LABEL_TAIL = lazy_compile(rf"['’]s?\s+{_WHAT}(?:\s+in\s+full)?\s*:\s*$", re.IGNORECASE)
"""What follows the possessor's name in a label line: "'s full statement:", "' remarks in full:"."""
_FROM_HEAD = lazy_compile(rf"\s*(?:(?:a|the)\s+)?{_WHAT}\s+from\s+$", re.IGNORECASE)
"""What comes before the author's name in "Reaction from Ana Ruiz:", "A statement from Ana Ruiz, the mayor:"."""
_FROM_HEAD_OPENING = lazy_compile(rf"(?:(?:a|the)\s+)?{_WHAT}\s+from\s+", re.IGNORECASE)
_FROM_TAIL = lazy_compile(r"\s*(?:,[^,:\"“”]{1,60},?)?\s*:\s*$")
"""After the author's name: the colon, perhaps after a role set off by commas (", the transport secretary")."""
_PRONOUN_LABEL = lazy_compile(rf"\s*(his|her)\s+{_WHAT}(?:\s+in\s+full)?\s*:\s*$", re.IGNORECASE)
"""A label line whose possessor was named before: "His verdict:", "Her answer:"."""
_WORD = lazy_compile(r"[\w'’-]+")


def possessor_of_label(text: str, start: int, end: int, mentions: Sequence[Mention]) -> Mention | None:
    """The mention whose words the label line text[start:end] names, or None when the line is no such label.

    The name must open the line (a capital "The" or "Read" before it leaves it alone) and be followed by
    nothing but the possessive, what the text is and the colon; or the line is what the text is, "from",
    the name and perhaps a role in commas."""
    line = text[start:end]
    opening = start + len(line) - len(line.lstrip())
    first = next(iter(mentions), None)  # only the first mention may open the line, or follow "from"
    if first is None or first.end > end:
        return None
    if first.start == opening and _LABEL_TAIL.match(text, first.end, end) is not None:
        return first
    tail = _FROM_TAIL.match(text, first.end, end)
    if (
        _FROM_HEAD.fullmatch(text, opening, first.start) is not None
        and tail is not None
        and not {word.lower() for word in _WORD.findall(tail.group())} & SPEECH_VERBS
    ):
        return first  # "Reaction from Ana Ruiz, the mayor:"
    return None


def pronoun_of_label(text: str, start: int, end: int) -> str | None:
    """ "he" or "she" when text[start:end] is a label line with a possessive pronoun ("His verdict:"), else None."""
    label = _PRONOUN_LABEL.fullmatch(text, start, end)
    if label is None:
        return None
    return "he" if label.group(1).lower() == "his" else "she"


def author_of_from_label(label: str) -> str:
    """ "Ana Ruiz, the mayor" for a label "Reaction from Ana Ruiz, the mayor"; any other label as it is."""
    head = _FROM_HEAD_OPENING.match(label)
    return label[head.end() :] if head is not None and head.end() < len(label) else label
