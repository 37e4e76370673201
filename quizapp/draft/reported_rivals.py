"""Names in what a speaker is reported to have said are no rivals for the next "he said".

A "he said" goes to the person the last sentences are about, and someone else named in between may have
taken over. But a name inside a reported clause is what the speaker spoke of, not a new voice: "Prosecutor
Simon Leggett said Pollard had bought petrol. "...," he said." and "But he said the chair had been heckled.
"...," he said." both go on with the one who spoke (Leggett; the sentence's "he"), whose reply would be
introduced by a name of its own. Moved here from pronouns.py, which had no room for the second form.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.lexicon import SPEECH_VERBS, alternation
from quizapp.draft.person import Mention

_SPEECH = alternation(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEAKS_NEXT = re.compile(r"(?:\s*,[^,.;:!?\"“”]{1,100},)?\s*,?\s+(?:[a-z]+\s+){0,2}?(?:" + _SPEECH + r")\b(?!\s+to\b)")
"""A name's own speech verb after it, past an apposition: "Ann Reid, the chair, said"; "agreed to meet" is no speech."""
_REPORTED_OPENING = re.compile(r"\s+(?:that\s+)?")
"""Between a speech verb and the subject of the clause it reports: "said Pollard had", "said that Pollard had"."""
_PRONOUN_SPEAKS = re.compile(
    r"\s*[\"“‘']?(?:(?:But|And|Yet|So|Still|Later)\s+)?([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:" + _SPEECH + r")\b"
)
"""A sentence whose subject is a pronoun that speaks: "But he said", "She told reporters"."""
_PRONOUN_GENDERS = {"he": "male", "she": "female"}


def reported_by(text: str, chosen: Mention, mention: Mention) -> bool:
    """Whether `mention` opens the clause that the candidate's own speech verb reports: "Prosecutor Simon
    Leggett said Pollard had bought petrol. "...," he said." Pollard is what Leggett spoke about."""
    said = _SPEAKS_NEXT.match(text, chosen.end, mention.start)
    return said is not None and _REPORTED_OPENING.fullmatch(text, said.end(), mention.start) is not None


def named_in_pronouns_speech(text: str, sentence_starts: list[int], position: int, gender: str) -> bool:
    """Whether a name at `position` comes after a "he" or "she" of `gender` that opens its sentence and speaks:
    "But he said the chair had been heckled." names the chair as what he spoke of."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    if index < 0:
        return False
    opening = _PRONOUN_SPEAKS.match(text, sentence_starts[index], position)
    return opening is not None and _PRONOUN_GENDERS[opening.group(1).lower()] == gender
