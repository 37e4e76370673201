"""A nationality used as a noun for one person: "the Swede", "the Irishwoman", "the Kenyan said".

Sports and world news name a person again by their nationality ("Kenyan runner Wanjiku Njeri won. ...
the Kenyan said"). Such a word is always a person, never an organization speaking; and it stands for
the one person the article itself tied to that nationality (a nationality adjective or noun in the
words just before their name, or in their role), never for someone the reader is assumed to know is
Swedish. When no one or more than one person was so tied, it names nobody: a speaker left unsure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quizapp.draft.lexicon import NATIONALITIES, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.spans import Spans

_NOUN_FORMS = {
    "swede": "Sweden", "dane": "Denmark", "finn": "Finland", "pole": "Poland", "turk": "Turkey", "scot": "Scotland",
    "briton": "Britain", "spaniard": "Spain", "irishman": "Ireland", "irishwoman": "Ireland", "frenchman": "France",
    "frenchwoman": "France", "englishman": "England", "englishwoman": "England", "welshman": "Wales",
    "welshwoman": "Wales", "scotsman": "Scotland", "scotswoman": "Scotland", "dutchman": "Netherlands",
    "dutchwoman": "Netherlands", "kenyan": "Kenya", "nigerian": "Nigeria", "ghanaian": "Ghana",
    "ethiopian": "Ethiopia", "jamaican": "Jamaica", "new zealander": "New Zealand", "kiwi": "New Zealand",
    "south african": "South Africa", "ugandan": "Uganda", "zimbabwean": "Zimbabwe", "moroccan": "Morocco",
}  # fmt: skip
"""Nouns (and adjectives used as nouns) for a person of a country, beside the adjectives of NATIONALITIES."""

_ADJECTIVES_ONLY = word_set("british french dutch irish english welsh scottish swiss chinese japanese european")
"""Adjectives never used alone as a noun for one person ("the French said" means a government)."""


def country_of_demonym(word: str) -> str | None:
    """The country a nationality noun stands for ("Swede" -> Sweden), or None when it is no such noun."""
    lowered = word.lower()
    if lowered in _NOUN_FORMS:
        return _NOUN_FORMS[lowered]
    if lowered in _ADJECTIVES_ONLY:
        return None
    return NATIONALITIES.get(lowered)


def _nationality_words(country: str) -> set[str]:
    words = {noun for noun, place in _NOUN_FORMS.items() if place == country}
    words |= {adjective for adjective, place in NATIONALITIES.items() if place == country}
    words |= {word + "s" for word in list(words)} | {country.lower()}
    return words


_THE_DEMONYM = re.compile(r"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ \t]+[A-Z])")
_WORDS_BEFORE = 40
_TIED_WITHIN = 3000
"""Characters read back from "the Swede" for the name it was tied to: a few paragraphs of a news story."""
_WORD = re.compile(r"[\w-]+")


def demonym_mentions(
    text: str, start: int, mentions: Sequence[Mention], people: Sequence[Person], quoted: Spans
) -> list[Mention]:
    """A mention for each "the Swede" that stands for the one person the article tied to that nationality."""
    found: list[Mention] = []
    known = {mention.start for mention in mentions}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    for match in _THE_DEMONYM.finditer(text, start):
        country = country_of_demonym(match.group(1))
        if country is None or quoted.contains(match.start()) or {match.start(), match.start(1)} & known:
            continue
        tied = _people_tied_to(text, country, ordered, people, max(start, match.start() - _TIED_WITHIN), match.start())
        if len(tied) == 1:
            person = next(p for p in people if p.id in tied)
            person.add_alias("t" + match.group(0)[1:])
            found.append(Mention(match.start(), match.end(), person.id, False, False))
    return found


def _people_tied_to(
    text: str, country: str, ordered: Sequence[Mention], people: Sequence[Person], since: int, until: int
) -> set[str]:
    """Ids of the people the article ties to `country`: by their role or country, or by a nationality word among
    the few words before one of their names in its sentence, between `since` and `until` ("Kenyan runner Wanjiku
    Njeri", "One of the Swedes, Johan Ek"). Only the text just before the noun is read: linear in the article."""
    words = _nationality_words(country)
    persons = {person.id for person in people if person.kind == "person"}
    tied = {
        person.id
        for person in people
        if person.id in persons
        and (person.country == country or (person.role and words & set(_WORD.findall(person.role.lower()))))
    }
    starts = [mention.start for mention in ordered]
    written = words | {word.title() for word in words}  # "Kenyan runner", "the Swedes"; no slower IGNORECASE
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, written), key=len, reverse=True)) + r")\b")
    for word in pattern.finditer(text, since, until):
        index = bisect.bisect_left(starts, word.end())
        while index < len(starts) and starts[index] - word.end() <= _WORDS_BEFORE and starts[index] < until:
            if "." not in text[word.end() : starts[index]] and ordered[index].person in persons:
                tied.add(ordered[index].person)
            index += 1
    return tied
