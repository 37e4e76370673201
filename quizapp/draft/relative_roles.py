"""A capitalised role that completes "who is ..." belongs to the person before it, and is no one else.

"Mr Okoro, who is also Regional Transport Secretary, told the radio station: ..." Read word by word,
"Regional Transport Secretary" is a capitalised run right before ", told", the sign of a speaking
name; it became a second person, and every later "he added" about Mr Okoro was doubted for having two
people to mean. A relative clause after a name's comma that says what someone is ("who is", "who was",
"who became", with "also", "now", "still" and an article allowed) makes its complement that person's role.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, TITLE_WORDS

_WHO_IS_BEFORE = lazy_compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|became|remains|will\s+be)\s+"
    r"(?:(?:also|now|still|currently|then|later)\s+)?(?:(?:the|an?)\s+)?$"
)


def completes_who_is(text: str, start: int, tokens: list[str]) -> bool:
    """Whether capitalised words at `start` (`tokens`), ending in a role noun or title, complete a "who is"
    clause after someone's name: that person's role, never a person of its own."""
    last = tokens[-1].rstrip(".")
    if last.lower() not in ROLE_NOUNS and last not in TITLE_WORDS:
        return False
    return _WHO_IS_BEFORE.search(text, max(0, start - 60), start) is not None
