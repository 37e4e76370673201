"""`"...," he told her`: a speaker of unknown gender may be the one told, not the one telling.

The pronoun sieve gives a "he" to the last subject who can be a "he", and a person whose given name says
no gender can be either. `Reporter Tia Long put it to the minister that the report was damning. "That is
your view," he told her.` gives the minister's answer to the reporter, the subject before it, though the
said-clause names two people: a "he" who speaks and a "her" who listens. When the person found has no known
gender and the clause tells, asks or answers someone of the other gender whom no name just before can be,
that person may be the listener: the speaker stays, unsure, for the teacher to check.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person

_TOLD = lazy_compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:told|tells|asked|asks|answered|replied\s+to|assured|reminded|warned|"
    r"informed|urged|promised)\s+(?P<object>him|her)\b"
)
_OBJECT_GENDER = {"him": "male", "her": "female"}


def unnamed_listener(
    text: str, position: int, gender: str, mentions: Iterable[Mention], people: Mapping[str, Person]
) -> bool:
    """Whether the he/she at `position` tells, asks or answers a him/her of the other gender whom none of
    `mentions` (the people named just before) is known to be: then the one found for the pronoun, of no known
    gender, may be that listener. "Ray Cole told Amy Finn ... "...," he told her": Finn is the her."""
    told = _TOLD.match(text, position, position + 60)
    listener = _OBJECT_GENDER[told.group("object")] if told is not None else gender
    return listener != gender and all(people[mention.person].gender != listener for mention in mentions)
