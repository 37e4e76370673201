"""A sentence-opening phrase with no comma before the speaker's name and verb: "After the game Ruiz said, "..."".

Hurried copy (match reports, press-conference write-ups, wire copy retyped) often drops the comma after a
fronted phrase of time or circumstance: "When asked about the injury Ruiz stated,", "After the vote Reid said:".
The name then stands after a preposition's noun ("the game Ruiz"), so the people model reads it as the object of
that preposition, and the before-sieve found no subject at all for a plain said-clause. The name is the subject
when it stands right before its own speech verb (perhaps "also" or "then" between), the sentence opens with a word
that fronts a phrase (a preposition, "When", "Asked"), nothing else is named in that phrase, and no comma or mark
ends the phrase elsewhere: then the phrase can only lead into the name's clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention

_OPENING = lazy_compile(
    r"\s*(?:When|Whenever|While|After|Before|Asked|Speaking|Responding|Reacting|Commenting|Following|During|At|On|"
    r"In|Later|Earlier|Afterwards|Ahead\s+of|Prior\s+to)\s[^,;:.!?\"“”‘’()]{2,120}$"
)
"""A fronted phrase from the sentence's start up to the name, with no comma, mark or bracket of its own."""
_NAME_THEN_VERB = lazy_compile(r"\s+(?:(?:also|then|later|further|simply)\s+)?")
"""Between the name and its speech verb: at most one adverb."""


def subject_after_opening(text: str, start: int, verb_at: int, named: Sequence[Mention]) -> Mention | None:
    """The name that is the speech verb's subject after a comma-less fronted phrase, read in text[start:verb_at]
    (`named` the mentions found there), or None when the clause is not of that shape."""
    if not named:
        return None
    subject = named[-1]
    if subject.possessive or _NAME_THEN_VERB.fullmatch(text, subject.end, verb_at) is None:
        return None
    if any(not other.possessive for other in named[:-1]):
        return None  # "After meeting Grant Reid said": which name speaks is not the grammar's to tell
    return subject if _OPENING.fullmatch(text, start, subject.start) is not None else None
