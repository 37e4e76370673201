"""A lone quotation after a sentence about one named person: perhaps theirs, never surely.

News often sets up a quotation with a sentence that names its speaker without a verb of saying:
`Reid did not hold back.`, `But Reid remains hopeful.`, `Reid's message to fans was clear.`, then the
words in a paragraph of their own. The said-clause sieves find no speech verb and the reported-speech
rule (reported.py) none either, so the words had no candidate though the speaker is the only person the
sentence before names, as its subject. That person is offered here, unsure: the sentence may only be the
writer's and the words someone else's, so a teacher checks it. A subject acted upon (`Reid was jailed.`,
`Reid has been charged.`) is what the next words may be about, said by a judge or a prosecutor: nobody.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person

_WORD = lazy_compile(r"[\w'’-]+")
_OPENING_WORDS = 3
"""At most this many words before the name ("But", "Outside court,", "For her part,")."""
_ACTED_UPON = lazy_compile(
    r"\s+(?:(?:also|later|then|has|have|had|will|would)\s+)*(?:was|were|is|are|be|been|being|got|gets)\s+"
    r"(?:(?:also|later|then|not|never|first)\s+)*(?:[a-z]+ed|[a-z]+en|held|sent|told|put|hit|shot|found|taken|"
    r"brought|caught|kept|left|made|sought|struck)\b(?!\s+(?:that|to\s+(?:say|speak|add|respond)))"
)
"""A passive verb after the subject: "was jailed", "has been charged", "were told", "is being held"."""
_JOINED_OPENING = lazy_compile(r"(?:^|[\s,])(?:but|and|yet|so|however|meanwhile|still)\s*,?\s*$|,\s*$", re.IGNORECASE)
"""Opening words that leave the name the main subject: "But", "Meanwhile,", "Outside court,"."""


def lone_named_subject(
    text: str, start: int, end: int, mentions: list[Mention], people: dict[str, Person]
) -> str | None:
    """The one person (or organisation) the sentence text[start:end] names, when it opens the sentence as its
    subject (`Reid`, `Reid's reply`, after a few opening words) and is not acted upon; else None.
    `mentions` are the sentence's mentions outside quotations."""
    if not mentions or len({mention.person for mention in mentions}) != 1:
        return None
    first = mentions[0]
    person = people.get(first.person)
    if person is None or person.kind not in {"person", "organization"}:
        return None
    opening = _WORD.findall(text, start, first.start)
    if len(opening) > _OPENING_WORDS or (first.possessive and opening):
        return None  # "After meeting Reid, the minister ...": no subject; only "Reid's reply" opens with its owner
    if opening and not _JOINED_OPENING.search(text[start : first.start]):
        return None  # "When Reid ...", "With Reid ...": a clause or phrase, not the main subject
    if not first.possessive and _ACTED_UPON.match(text, first.end, end):
        return None  # "Reid was jailed.": the words after may be the judge's
    return first.person
