"""`"...," he told her`: a speaker of unknown gender may be the one told, not the one telling.

The pronoun sieve gives a "he" to the last subject who can be a "he", and a person whose given name says
no gender can be either. `Reporter Tia Long put it to the minister that the report was damning. "That is
your view," he told her.` gives the minister's answer to the reporter, the subject before it, though the
said-clause names two people: a "he" who speaks and a "her" who listens. When the person found has no known
gender and the clause tells, asks or answers someone of the other gender, that person may be the listener:
the speaker stays, unsure, for the teacher to check.
"""

from __future__ import annotations

import re

_TOLD = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:told|tells|asked|asks|answered|replied\s+to|assured|reminded|warned|"
    r"informed|urged|promised)\s+(?P<object>him|her)\b"
)
_OBJECT_GENDER = {"him": "male", "her": "female"}


def tells_the_other_gender(text: str, position: int, gender: str) -> bool:
    """Whether the he/she at `position` tells, asks or answers a him/her of the other gender."""
    told = _TOLD.match(text, position, position + 60)
    return told is not None and _OBJECT_GENDER[told.group("object")] != gender
