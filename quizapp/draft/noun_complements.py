"""A common noun and what it is of or for, capitalised at a sentence's start: "Demand for Hermes", "Shares of
Cisco", "Lawyers for Twitter".

English puts a prepositional complement after a noun ("demand for the bags", "shares of the firm"), and when
the sentence opens with that noun, or the complement is a name, the whole phrase is a run of capitalised words
that looks like a name joined by a particle ("Ana de Souza"). A person's name never has a lone word, then "for"
or "of", then the rest of the name: that shape is a title ("Secretary of State", "Minister for Health"), a noble
title ("Duke of Sussex"), an organization ("Bank of England"), a person known by a first name and a place
("Catherine of Aragon"), or a common noun and its complement. Only the last is cut here, to the complement,
which may itself be a name ("Hermes", "Cisco"); the noun before it is never part of anyone's name.
"""

from __future__ import annotations

from quizapp.draft.first_names import is_common_first_name
from quizapp.draft.lexicon import HONORIFICS, ORGANIZATION_WORDS, TITLE_WORDS, word_set

COMPLEMENT_PREPOSITIONS = frozenset({"for", "of"})

NOBLE_TITLES = word_set("Duke Duchess Earl Countess Marquess Marchioness Baron Baroness Viscount Viscountess Dean")
"""Titles held "of" a place that the title list (lexicon.py) leaves out: "Duke of Sussex" names a person."""


def complement_start(tokens: list[str] | tuple[str, ...]) -> int:
    """Where the name starts in a run that opens with a common noun and its "for"/"of" complement ("Demand for
    Hermes" -> 2, the index of "Hermes"), or 0 when the run does not open that way."""
    if len(tokens) < 3 or tokens[1] not in COMPLEMENT_PREPOSITIONS:
        return 0
    head = tokens[0]
    bare = head.rstrip(".")
    if (
        bare in TITLE_WORDS
        or bare in ORGANIZATION_WORDS
        or bare in NOBLE_TITLES
        or bare.lower() in HONORIFICS
        or not bare.isalpha()
        or bare.isupper()  # "NSW for ...", an acronym: an organization's short name, left to the other rules
        or is_common_first_name(bare)
    ):
        return 0
    start = 2
    while start < len(tokens) and tokens[start][:1].islower():
        start += 1  # "Friends of the Earth": the article is not part of the complement's name
    return start if start < len(tokens) else 0
