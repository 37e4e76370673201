"""Readings of "he said" / "she said" that English allows besides the candidate the pronoun sieve found.

The pronoun sieve (pronouns.py) takes the nearest subject of the pronoun's gender. Two constructions
of news prose leave another reading open, and a wrong speaker becomes a wrong answer key, so each
makes the attribution unsure rather than a guess:

- an object pronoun of the same gender just before ("Reid thanked her for chairing. "...," she said.",
  "An analyst asked him whether ... "...," he said."): a second person of that gender is in play, and
  the one answering is as likely the object as the subject. An object pronoun inside a reported clause
  ("Reid said the club had offered him a deal") usually means the reporter and is not counted; the
  object of the speech verb itself ("told him", "asked him") is always someone else. Nor is one whose
  verb an institution or a thing did ("before the bank lent him enough", "police arrested him"): that
  "him" is the person the sentence is about;
- someone named inside a quotation between the candidate and the pronoun may be whom it means (`Okoye praised
  Reid. "Ann Hale saved this club," he said. "...," she said.`), unless that quotation is itself given to a
  pronoun of the same gender ("He added: "Our concern is for Martin Pell." He added: "..."): the name is in the
  words of the very "he" the chain goes on with, someone spoken of, never who goes on speaking;
- a candidate whose gender nothing in the article tells ("Derek Hale", a first name the lists lack)
  fits any pronoun, so when someone known to be of the pronoun's gender is named near them, or the
  sieve had to pass over a named subject to reach them, the pronoun may well mean the other person.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ORGANIZATION_WORDS, ROLE_NOUNS, SPEECH_VERB, SPEECH_VERBS, SUBJECT_PRONOUNS
from quizapp.draft.quoted_spans import QUOTED_SPAN

_QUOTED = QUOTED_SPAN
_WORD = lazy_compile(r"[\w'’-]+")
_HER_AS_OBJECT = lazy_compile(
    r"^her(?=\s*(?:[,.;:!?)]|$|(?:for|to|that|about|with|on|in|at|from|as|after|before|and|whether|if|of|when"
    r"|into|over|up|out|back|off|again|too|by|why|how|what)\b))"
)
""""her" as an object ("thanked her for", "told her that"), not a possessive ("her first as chair")."""
_BODIES = frozenset(word.lower() for word in ORGANIZATION_WORDS) | {"firm", "government", "ministry", "police"}
_CLAUSE_BOUNDARY = lazy_compile(
    r"[,;:(—–]|\b(?:before|after|when|while|because|as|since|until|and|but|so|then|that|which|where)\b",
    re.IGNORECASE,
)
_BODY_SUBJECT = lazy_compile(
    r"\s*(?:(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)|it|police)\s+(?:[a-z]+\s+){0,2}[a-z]+\s*$"
)
"""A clause's subject and verb before the pronoun: "the bank lent ", "the club had offered ", "police arrested "."""
_PASSIVE_OF_A_THING = lazy_compile(
    r"\s*(?:the|a|an|his|her|their|its|these|those)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+[a-z]+\s+(?:to|at|for|on)\s*$"
)
"""A passive clause with no agent before the pronoun: "the allegations were put to ", "the verdict was read to "."""


_PRONOUN_SAID_BEFORE = lazy_compile(
    r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}?(?:" + SPEECH_VERB + r")\b[^.!?\"“”‘’]{0,30}?[:,]\s*$"
)
"""A pronoun's said-clause opening the words: "He added: ", "She told the Gazette, "."""
_PRONOUN_SAID_AFTER = lazy_compile(
    r"[\s,]*(?:[—–-]+\s*)?(?P<pronoun>he|she)\s+(?:[a-z]+ly\s+)?(?:" + SPEECH_VERB + r")\b"
)
"""A pronoun's said-clause right after the words: ", he said", " she added"."""


def voiced_by_pronoun(text: str, open_at: int, close_at: int, gender: str) -> bool:
    """Whether the quotation from `open_at` (its opening mark) to `close_at` (just after its closing mark) is given
    by its own said-clause to a he/she of `gender`: "He added: "...", ""...," she said"."""
    said = _PRONOUN_SAID_BEFORE.search(text, max(0, open_at - 60), open_at) or _PRONOUN_SAID_AFTER.match(
        text, close_at, close_at + 60
    )
    return said is not None and SUBJECT_PRONOUNS.get(said.group("pronoun").lower()) == gender


def unquoted(text: str) -> str:
    """The text with its quotations blanked, keeping positions: words inside them are the speaker's own."""
    return _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), text)


def same_gender_object(clause: str, gender: str) -> str | None:
    """An object pronoun ("him", "her") of `gender` in `clause` (quotations blanked) that names a second person
    of that gender, or None. Objects inside a reported clause, after the speech verb and its own object, are
    left out: "Lowe said the board had backed him" most likely means Lowe."""
    found = same_gender_object_at(clause, gender)
    return clause[found : found + 3] if found is not None else None


def same_gender_object_at(clause: str, gender: str) -> int | None:
    """Where in `clause` the object pronoun `same_gender_object` finds stands, or None."""
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
        if _done_by_a_body(clause[: word.start()]) or _passive_of_a_thing(clause[: word.start()]):
            continue  # "before the bank lent him enough", "when the charges were read to him": the one it is about
        return word.start()
    return None


def _passive_of_a_thing(before: str) -> bool:
    """Whether the clause ending at an object pronoun is a passive with a thing for its subject and no agent
    ("When the allegations were put to him", "after the verdict was read to her"): nobody else acts in it, so
    "him" is the person the sentence goes on to be about, not a second person in play."""
    clause = _CLAUSE_BOUNDARY.split(before)[-1].lower()
    passive = _PASSIVE_OF_A_THING.match(clause)
    return passive is not None and passive.group("noun") not in ROLE_NOUNS


def _done_by_a_body(before: str) -> bool:
    """Whether the clause ending at an object pronoun has an institution or a thing for its subject ("the bank
    lent", "police arrested", "it cost"): then "him" or "her" is the person the sentence is about, not a second
    person in play. A person, a role or a name as that subject ("an analyst asked him") is someone else."""
    clause = _CLAUSE_BOUNDARY.split(before)[-1].lower()
    subject = _BODY_SUBJECT.match(clause)
    return subject is not None and (subject.group("noun") is None or subject.group("noun") in _BODIES)
