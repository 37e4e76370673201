"""Words in the first person singular are a person's: a body given them as its own is a guess.

An organization speaks as "we" ("We regret the delay," the bank said). When a sieve gives words that say
"I", "me" or "my" to a body, the body is whoever the sentence names first, not who spoke: `Police said the
suspect, Ken Ault, 45, told officers: "I was not driving."` is the suspect's answer, relayed by the police.
The body is kept as the candidate, unsure, for the teacher to check; a person or an unnamed role ("a
spokesman", "the neighbour") may say "I", and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation

_SINGULAR = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)(?![\w'’])")
"""The first person singular as a word of its own: "I", "I'm", "my"; not "I." of a list nor a letter in a word."""


def says_i(text: str) -> bool:
    """Whether quoted words speak in the first person singular."""
    return _SINGULAR.search(text) is not None


def bodies_saying_i_unsure(found: Iterable[Quotation], people: Mapping[str, Person]) -> list[Quotation]:
    """The quotations, those whose sure speaker is an organization made unsure when their words say "I"."""
    result = []
    for quotation in found:
        person = people.get(quotation.speaker) if quotation.sure and quotation.speaker else None
        if person is not None and person.kind == "organization" and says_i(quotation.text):
            quotation = replace(
                quotation, sure=False, doubt="the words say “I”: a person's, not those of the body found"
            )
        result.append(quotation)
    return result
