"""Someone unnamed whom a speaker reports on, between the person named and the "he" or "she" that speaks.

`Ana Ruiz said her deputy meant to reopen the library, but he said he "had no money left for it".` The "he"
is the deputy, whom Ruiz's own clause has just brought in as its subject; the nearest man named before
(a minister two paragraphs up) is only a guess. So in `Cyclist Tom Reid was hurt. Witnesses said his
brother was riding beside him. "...," he said.`: the brother may be the "he". What marks the construction
is a speech verb, then a possessive noun phrase for a person as the subject of the reported clause ("said
(that) her colleague", "says his son"), between the named candidate and the pronoun. The pronoun may mean
that person: the speaker found by name stays, unsure, for the teacher to check.

The other unnamed voices (one who speaks, one who opens a sentence) are unnamed_speakers.py's.
"""

from __future__ import annotations

from quizapp.draft.genders import role_gender
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERB, word_set
from quizapp.draft.pronoun_rivals import unquoted

_RELATIONS = word_set(
    """
    colleague teammate team-mate successor predecessor partner friend neighbour neighbor cousin
    nephew niece uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter fiance fiancee
    girlfriend boyfriend mentor assistant
    """
)
"""Nouns of a person someone has, beyond the listed roles ("her ward colleague", "his successor")."""
_REPORTED_SUBJECT = lazy_compile(
    r"\b(?:"
    + SPEECH_VERB
    + r")\s+(?:that\s+)?(?P<phrase>(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun>[a-z][\w'’-]*))"
    + r"(?=\s+(?:[a-z]+ed|[a-z]+s|was|is|had|has|would|will|could|can|did|does|should|might|must)\b)"
)
"""A speech verb, perhaps "that", then a possessive person phrase followed by a verb: the reported clause's
subject ("said her colleague wants", "says his son had")."""


def reported_person_before(text: str, start: int, position: int, gender: str) -> str | None:
    """The possessive phrase for an unnamed person ("her ward colleague") that a speech verb's reported
    clause has as its subject between `start` (the named candidate's end) and the pronoun at `position`,
    whose gender fits."""
    words = text[start:position]
    if "his" not in words and "her" not in words:  # ("their" holds "her") the cheap test first: most spans fail it
        return None
    span = unquoted(words)
    for match in _REPORTED_SUBJECT.finditer(span):
        noun = match.group("noun")
        if noun not in ROLE_NOUNS and noun not in _RELATIONS:
            continue
        if noun.endswith("s") and (noun[:-1] in ROLE_NOUNS or noun[:-1] in _RELATIONS):
            continue  # "her colleagues": many, not the one a "he" or "she" means
        if role_gender(noun) in {None, gender}:
            return match.group("phrase")
    return None
