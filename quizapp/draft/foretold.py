"""'Reid will tell the conference that "..."': a speech reported before it is given, its words released ahead.

British and Irish papers report a minister's or an official's speech the day before it is made, from the text
their office released: "Sir Ann Reid will tell a conference on Tuesday that "..."", "She is expected to warn MPs
that "..."". The words are the speaker's as surely as after "said"; only the verb stands in its base form after a
word of the future, which the speech verbs' list (past and present forms, and "say") does not hold, so the sieve
before the quotation (said_before.py) passed them by and nobody was offered. Only after "will" ("'ll") or "is
set, expected, due to", with nothing but "also", "then" or "again" between: "Reid will not tell MPs that ..."
reports no words, and "asked him to tell" is someone else's telling.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import FORETOLD_SPEECH_VERBS, alternation

_FORETOLD = lazy_compile(
    r"(?:\bwill|(?<=\w)['’]ll|\b(?:is|are)\s+(?:set|expected|due|poised|going)\s+to)\s+(?:(?:also|then|again)\s+)?("
    + alternation(sorted(FORETOLD_SPEECH_VERBS, key=len, reverse=True))
    + r")\b"
)
"""A word of the future and a speech verb in its base form: "will tell", "is expected to warn"."""


def foretold_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The speech verbs of `text[start:end]` that a word of the future announces, each matched from that word
    ("will also tell"): the subject is read before it, as before a past verb, and a pronoun right before
    "will" is the verb's own subject ("She will also urge")."""
    if text.find("will", start, end) < 0 and text.find("ll ", start, end) < 0 and text.find(" to ", start, end) < 0:
        return []  # most clauses before a quotation speak of no future: the pattern runs only where it may match
    return list(_FORETOLD.finditer(text, start, end))
