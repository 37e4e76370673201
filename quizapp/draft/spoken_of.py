"""Whoever a quotation speaks of by name, in the third person, is not its speaker.

People do not call themselves by their full name: "I doubt Jo Reid has ever been thanked," said of a
reporter by the judge who thanks her, or "Mr Okafor knows the answer," said across a courtroom. A sieve that
finds the speaker through a pronoun or a neighbouring quotation can land on the person the words are about,
who is often the last one named before them ("He singled out the reporter, Jo Reid. "I doubt Jo Reid
..." he said"). Such a speaker is kept, unsure, for the teacher to check: a sure name here would teach the
wrong speaker.

Only a name of two words or more counts (a first name and a surname, or an honorific and a surname): a bare
surname in someone's words may be a relative's or a namesake's, and a body speaks of itself by name ("Acme
will appeal," the company said), so only people are judged. Words that introduce the speaker ("I'm Jo Reid",
"my name is") are theirs. A bare surname counts too when it is the subject of a verb in the third person
(`Ben Ode scored twice. "Ode was brilliant, he deserved his goals," he said.`): that is how a coach or a
teammate speaks of a player, never how the player speaks of himself, and the pronoun sieve had given the
words to the player named just before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person

SPOKEN_OF_DOUBT = "the words speak of the speaker found by name: someone else speaks of them"
"""The doubt of a speaker the words speak of (attribution.py); a `"...," he said` going on with that voice keeps it
(pronoun_chain.py)."""

_SELF_INTRODUCED = lazy_compile(r"(?:\b(?:I\s+am|I['’]m|name\s+is|this\s+is|me,|I,)\s*)$", re.IGNORECASE)
"""Words just before a name that make it the speaker's own: "I'm Jo Reid", "my name is Jo Reid"."""

_THIRD_PERSON_VERB = lazy_compile(
    r"\s+(?:was|is|has|had|will|would|did|does|can|could|should|must|deserved|deserves|played|plays|scored|scores)\b"
)
"""A verb of the third person after a bare surname: "Ode was", "Lund will", "Ode deserved"."""


def _surname_as_subject(text: str, mention: Mention, person: Person) -> bool:
    """Whether a one-word mention is `person`'s surname as the subject of a third-person verb ("Ode was")."""
    return text[mention.start : mention.end] == person.last and _THIRD_PERSON_VERB.match(text, mention.end) is not None


def speaks_of(
    text: str, start: int, end: int, mentions: Sequence[Mention], starts: Sequence[int], person: Person
) -> bool:
    """Whether the quoted words between `start` and `end` name `person` in the third person by a name of two
    words or more, or by their bare surname as a verb's subject. `mentions` are the mentions inside quotations,
    in text order, and `starts` their starts."""
    if person.kind != "person":
        return False
    for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        mention = mentions[index]
        if mention.person != person.id:
            continue
        if len(text[mention.start : mention.end].split()) < 2 and not _surname_as_subject(text, mention, person):
            continue  # "Reid" alone: a namesake, a relative, a first name used to the face
        if _SELF_INTRODUCED.search(text, max(start, mention.start - 16), mention.start):
            continue
        return True
    return False
