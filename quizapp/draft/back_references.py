"""A definite role named by an affiliation ("The AL leader", "the Labour MP") points back at someone named.

News prose introduces a new, unnamed person with an indefinite article ("a Labour MP", "one resident"); "the"
tells the reader they already know who is meant. When such a role carries a capitalised qualifier, all capitals
between "the" and the role noun (a party, a club, a company: "the AL leader", "the Tory minister"; a
nationality, or an adjective that may be one, "-an", is left to descriptors.py), perhaps after a word that dates
the role ("the former Eastport coach", "the ex-Tory minister": the same affiliation, held before), and the
article has named a person just before it without ever introducing that role indefinitely, the phrase is how the
writer goes on about the person just named: a question giving the words to "The AL leader" as somebody else
would be wrong, and so would be guessing that it is them. The attribution keeps the role, unsure, for the
teacher to check.

Roles without such a qualifier ("the judge", "the neighbour") are left alone: courts and streets
have their one judge or neighbour, whom the article may never name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, ROLE_NOUNS
from quizapp.draft.person import Mention, Person

_WORDS = lazy_compile(r"[\w'’.-]+")
_DATING = frozenset({"former", "ex", "then", "outgoing", "incoming", "interim", "acting", "longtime", "veteran"})
"""Words before an affiliation that date the role rather than name it: "the former Eastport coach"."""
_LOOK_BACK = 300
"""How far before the role a named person counts as "just named": about two sentences of newswire."""


def named_just_before(
    phrase: str, text: str, position: int, mentions: Sequence[Mention], people: dict[str, Person]
) -> Person | None:
    """The person named just before `position` whom the definite, affiliated role `phrase` may stand for."""
    words = _WORDS.findall(phrase)
    if len(words) < 3 or words[0].lower() != "the":
        return None
    noun, qualifiers = words[-1].lower(), _undated(words[1:-1])
    if noun not in ROLE_NOUNS or not qualifiers or not all(word[0].isupper() for word in qualifiers):
        return None  # "the judge", "the club's coach": no affiliation that would name a known person
    joined = " ".join(qualifiers).lower()
    if joined in NATIONALITIES or any(word.lower() in NATIONALITIES or word.endswith("an") for word in qualifiers):
        return None  # "the South African scientist": a nationality, which descriptors.py links on its own
    if _introduced(text, noun, position):
        return None  # "a Labour MP ... the Labour MP said": the article met the role as someone new
    for mention in reversed(mentions):
        if mention.start >= position:
            continue
        if mention.start < position - _LOOK_BACK:
            return None
        person = people.get(mention.person)
        if person is not None and person.kind == "person" and not mention.in_quote:
            return person
    return None


def _undated(qualifiers: list[str]) -> list[str]:
    """The qualifiers past the words that date the role: "former Eastport" is "Eastport", "ex-Tory" is "Tory"."""
    undated = [word.removeprefix("ex-") for word in qualifiers]
    while undated and undated[0].lower() in _DATING:
        undated.pop(0)
    return undated


def _introduced(text: str, noun: str, position: int) -> bool:
    """Whether the article met `noun` with an indefinite article before `position` ("an alert neighbour")."""
    pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’.-]+\s+){{0,4}}?{re.escape(noun)}\b"
    return re.search(pattern, text[:position]) is not None
