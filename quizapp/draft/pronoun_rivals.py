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

A role named as someone's capacity ("as a coach", "as a single mother") is what that person is or was,
not a second person in play, so it is no rival (`in_capacity`).
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
_AS_BEFORE = re.compile(r"\bas\s+$")
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:in|at|of|for|and|or|but|through|with|from|on|since|until|before|after|when|while)\b)"
)
"""After a capacity the clause ends or goes on with a preposition ("as a coach in 2019"); a verb after it
("as a farmer walked by") makes the role a subject of its own, someone else."""
""""her" as an object ("thanked her for", "told her that"), not a possessive ("her first as chair")."""


def unquoted(text: str) -> str:
    """The text with its quotations blanked, keeping positions: words inside them are the speaker's own."""
    return _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), text)


def same_gender_object(clause: str, gender: str) -> str | None:
    """An object pronoun ("him", "her") of `gender` in `clause` (quotations blanked) that names a second person
    of that gender, or None. Objects inside a reported clause, after the speech verb and its own object, are
    left out: "Lowe said the board had backed him" most likely means Lowe."""
    pronoun = "him" if gender == "male" else "her" if gender == "female" else None
    if pronoun is None:
        return None
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


def in_capacity(text: str, start: int, end: int) -> bool:
    """Whether the role phrase text[start:end] follows "as" and ends its clause: "won it as a player.",
    "raised six children as a single mother through ...". It says what someone named is, not who else is there."""
    return _AS_BEFORE.search(text, max(0, start - 8), start) is not None and bool(_CLAUSE_GOES_ON.match(text, end))
