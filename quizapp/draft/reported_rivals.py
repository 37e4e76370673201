"""Names in what a speaker is reported to have said are no rivals for the next "he said".

A "he said" goes to the person the last sentences are about, and someone else named in between may have
taken over. But a name inside a reported clause is what the speaker spoke of, not a new voice: "Prosecutor
Simon Leggett said Pollard had bought petrol. "...," he said." and "But he said the chair had been heckled.
"...," he said." both go on with the one who spoke (Leggett; the sentence's "he"), whose reply would be
introduced by a name of its own. So too for any name after a "he" that is its sentence's subject ("In his
remarks, he singled out the reporter, Bruce Unwin."): an object is not whom the next pronoun means; nor is a name
that opens a clause the pronoun's own speech verb reports ("he noted that Reid had conceded"), though it has a
speech verb of its own, nor a name in a sentence that a he/she's aside sets as their words ("Votes are taken in
turn, he noted, so Reid may have won by then"). The
first rule moved here from pronouns.py, which had no room for the others.
"""

from __future__ import annotations

import bisect

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEAKS_NEXT, SPEECH_VERB
from quizapp.draft.person import Mention

_REPORTED_OPENING = lazy_compile(r"\s+(?:that\s+)?")
"""Between a speech verb and the subject of the clause it reports: "said Pollard had", "said that Pollard had"."""
AFFILIATION = lazy_compile(r"\s+(?:at|of|from|with)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*)+(?<!\s)")
"""Where the speaker works, between their name and their speech verb: "Colin Reid at Acme Partners said"."""
_PRONOUN_SUBJECT = lazy_compile(
    r"\s*[\"“‘']?(?:[A-Z][^,.;:!?\"“”]{0,80},\s+)?(?:(?:But|And|Yet|So|Still|Later|Then)\s+)?([Hh]e|[Ss]he)\s+"
    r"(?!and\b|or\b|nor\b)[a-z]"
)
"""A sentence whose subject is a pronoun, perhaps after a phrase leading into it: "But he said", "In his
remarks, he singled out"; "He and Reid" share the subject."""
_AGENT = lazy_compile(r"\bby\b")
_REPORTED_BY_VERB = lazy_compile(r"\b(?:" + SPEECH_VERB + r")\s+(?:that\s+)?$")
"""A speech verb of the pronoun's right before the name, which then opens the clause it reports ("he noted that
Reid had conceded"): whatever Reid said, it is reported in the pronoun's words, and Reid is no new voice."""
_SAID_ASIDE = lazy_compile(r"[a-z\]\)],\s+(he|she)\s+(?:[a-z]+ly\s+)?(?:" + SPEECH_VERB + r")\b,\s+[a-z]")
"""A he/she's said-clause set into a sentence of no quotation marks, with more of the sentence after it: "...,
he noted, so ..."."""
_NAME = lazy_compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_PRONOUN_GENDERS = {"he": "male", "she": "female"}


def reported_by(text: str, chosen: Mention, mention: Mention) -> bool:
    """Whether `mention` opens the clause that the candidate's own speech verb reports: "Prosecutor Simon
    Leggett said Pollard had bought petrol. "...," he said." Pollard is what Leggett spoke about."""
    affiliation = AFFILIATION.match(text, chosen.end, mention.start)  # "Colin Reid at Acme Partners said"
    said = SPEAKS_NEXT.match(text, affiliation.end() if affiliation else chosen.end, mention.start)
    return said is not None and _REPORTED_OPENING.fullmatch(text, said.end(), mention.start) is not None


def named_in_pronouns_speech(text: str, sentence_starts: list[int], position: int, gender: str) -> bool:
    """Whether a name at `position` comes after a "he" or "she" of `gender` that is its sentence's subject:
    "But he said the chair had been heckled.", "In his remarks, he singled out the reporter, Bruce Unwin."
    name whom he spoke of or to, and the next "he said" is still his. Not after "by" ("he was told by Reid"),
    nor a name with a speech verb of its own ("he introduced Reid, who said"): either may be who speaks next."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    if index < 0:
        return False
    if _in_pronouns_aside(text, sentence_starts, index, position, gender):
        return True
    opening = _PRONOUN_SUBJECT.match(text, sentence_starts[index], position)
    return (
        opening is not None
        and _PRONOUN_GENDERS[opening.group(1).lower()] == gender
        and _AGENT.search(text, opening.end(), position) is None
        and (
            SPEAKS_NEXT.match(text, _name_end(text, position)) is None
            or _REPORTED_BY_VERB.search(text, opening.end(), position) is not None
        )
    )


def _in_pronouns_aside(text: str, sentence_starts: list[int], index: int, position: int, gender: str) -> bool:
    """Whether the sentence holding `position` is set as a he/she's reported words by an aside of `gender`
    ("Votes are called in order, he noted, so Reid may have won by then."), the name in it no asker ("by")."""
    end = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(text)
    aside = _SAID_ASIDE.search(text, sentence_starts[index], end)
    return (
        aside is not None
        and _PRONOUN_GENDERS[aside.group(1).lower()] == gender
        and _AGENT.search(text, sentence_starts[index], position) is None
    )


def _name_end(text: str, position: int) -> int:
    """The end of the capitalised words of the name at `position`."""
    name = _NAME.match(text, position)
    return name.end() if name else position
