"""Readings of "he said" / "she said" that English allows besides the candidate the pronoun sieve found.

The pronoun sieve (pronouns.py) takes the nearest subject of the pronoun's gender. Two constructions
of news prose leave another reading open, and a wrong speaker becomes a wrong answer key, so each
makes the attribution unsure rather than a guess:

- an object pronoun of the same gender just before ("Reid thanked her for chairing. "...," she said.",
  "An analyst asked him whether ... "...," he said."): a second person of that gender is in play, and
  the one answering is as likely the object as the subject. An object pronoun inside a reported clause
  ("Reid said the club had offered him a deal") usually means the reporter and is not counted; the
  object of the speech verb itself ("told him", "asked him") is always someone else;
- a candidate whose gender nothing in the article tells ("Derek Hale", a first name the lists lack)
  fits any pronoun, so when someone known to be of the pronoun's gender is named near them, or the
  sieve had to pass over a named subject to reach them, the pronoun may well mean the other person.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import SPEECH_VERBS

_QUOTED = re.compile(r"[\"“‘][^\"“”‘’]*[\"”’]")
_WORD = re.compile(r"[\w'’-]+")
_HER_AS_OBJECT = re.compile(
    r"^her(?=\s*(?:[,.;:!?)]|$|(?:for|to|that|about|with|on|in|at|from|as|after|before|and|whether|if|of|when"
    r"|into|over|up|out|back|off|again|too|by|why|how|what)\b))"
)
""""her" as an object ("thanked her for", "told her that"), not a possessive ("her first as chair")."""


def unquoted(text: str) -> str:
    """The text with its quotations blanked, keeping positions: words inside them are the speaker's own."""
    return _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), text)


def same_gender_object(clause: str, gender: str) -> str | None:
    """An object pronoun ("him", "her") of `gender` in `clause` (quotations blanked) that names a second person
    of that gender, or None. Objects inside a reported clause, after the speech verb and its own object, are
    left out: "Lowe said the board had backed him" most likely means Lowe."""
    pronoun = "him" if gender == "male" else "her" if gender == "female" else None
    if pronoun is None or pronoun not in clause.lower():
        return None  # the cheap test first: most clauses have no such pronoun
    words = list(_WORD.finditer(clause))
    speech_at: int | None = None
    for index, word in enumerate(words):
        lowered = word.group(0).lower()
        if lowered in SPEECH_VERBS and speech_at is None:
            speech_at = index
            continue
        if lowered != pronoun:
            continue
        if pronoun == "her" and not _HER_AS_OBJECT.match(clause[word.start() :].lower()):
            continue
        if speech_at is not None and index > speech_at + 1:
            continue  # inside the reported words: most likely the reporter
        return word.group(0)
    return None
