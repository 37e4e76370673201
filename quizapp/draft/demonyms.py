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
from functools import lru_cache

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.spans import Spans

_NOUN_FORMS = {
    "swede": "Sweden", "dane": "Denmark", "finn": "Finland", "pole": "Poland", "turk": "Turkey", "scot": "Scotland",
    "briton": "Britain", "spaniard": "Spain", "irishman": "Ireland", "irishwoman": "Ireland", "frenchman": "France",
    "frenchwoman": "France", "englishman": "England", "englishwoman": "England", "welshman": "Wales",
    "welshwoman": "Wales", "scotsman": "Scotland", "scotswoman": "Scotland", "dutchman": "Netherlands",
    "dutchwoman": "Netherlands", "new zealander": "New Zealand", "kiwi": "New Zealand",
    "south african": "South Africa",
}  # fmt: skip
"""Nouns for a person of a country that are not also its adjective in NATIONALITIES ("Kenyan" is read there)."""

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


def is_nationality(word: str) -> bool:
    """Whether a word names a nationality, as adjective or as noun, for one or many: "English", "Swede",
    "Jamaicans", "Irishmen" (a who-they-are, never a name to ask)."""
    lowered = word.lower()
    singulars = {lowered, lowered.removesuffix("s")} | ({lowered[:-3] + "man"} if lowered.endswith("men") else set())
    return any(form in NATIONALITIES or form in _NOUN_FORMS for form in singulars)


@lru_cache(maxsize=64)
def _nationality_words(country: str) -> frozenset[str]:
    words = {noun for noun, place in _NOUN_FORMS.items() if place == country}
    words |= {adjective for adjective, place in NATIONALITIES.items() if place == country}
    words |= {word + "s" for word in list(words)} | {country.lower()}
    return frozenset(words)


_THE_DEMONYM = lazy_compile(r"he ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ \t]+[A-Z])")
"""After the "T" or "t" of "the": a literal start the regex engine finds fast in a long text."""
_WORDS_BEFORE = 40
_TIED_WITHIN = 3000
"""Characters read back from "the Swede" for the name it was tied to: a few paragraphs of a news story."""
_WORD = lazy_compile(r"[\w-]+")


def demonym_mentions(
    text: str, start: int, mentions: Sequence[Mention], people: Sequence[Person], quoted: Spans
) -> list[Mention]:
    """A mention for each "the Swede" that stands for the one person the article tied to that nationality."""
    found: list[Mention] = []
    known = {mention.start for mention in mentions}
    ordered = sorted(mentions, key=lambda mention: mention.start)
    starts = [mention.start for mention in ordered]
    persons = {person.id for person in people if person.kind == "person"}
    by_role: dict[str, frozenset[str]] = {}  # asked once per country of the article
    for found_he in _THE_DEMONYM.finditer(text, start + 1):
        if text[found_he.start() - 1] not in "Tt" or text[found_he.start() - 2 : found_he.start() - 1].isalnum():
            continue
        the_start, the_end = found_he.start() - 1, found_he.end()
        country = country_of_demonym(found_he.group(1))
        if country is None or quoted.contains(the_start) or {the_start, found_he.start(1)} & known:
            continue
        since = max(start, the_start - _TIED_WITHIN)
        if country not in by_role:
            by_role[country] = _tied_by_role(country, people)
        tied = _people_tied_to(text, country, (ordered, starts), by_role[country], persons, (since, the_start))
        if len(tied) == 1:
            person = next(p for p in people if p.id in tied)
            person.add_alias("t" + text[the_start + 1 : the_end])
            found.append(Mention(the_start, the_end, person.id, False, False))
    return found


def _people_tied_to(
    text: str,
    country: str,
    mentions: tuple[Sequence[Mention], Sequence[int]],
    by_role: frozenset[str],
    persons: set[str],
    window: tuple[int, int],
) -> set[str]:
    """Ids of the people the article ties to `country`: by their role or country, or by a nationality word among
    the few words before one of their names in its sentence, between `since` and `until` ("Kenyan runner Wanjiku
    Njeri", "One of the Swedes, Johan Ek"). Only the text just before the noun is read: linear in the article."""
    words = _nationality_words(country)
    ordered, starts = mentions
    since, until = window
    tied = set(by_role)
    written = words | {word.title() for word in words}  # "Kenyan runner", "the Swedes"; no slower IGNORECASE
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, written), key=len, reverse=True)) + r")\b")
    for word in pattern.finditer(text, since, until):
        index = bisect.bisect_left(starts, word.end())
        while index < len(starts) and starts[index] - word.end() <= _WORDS_BEFORE and starts[index] < until:
            if "." not in text[word.end() : starts[index]] and ordered[index].person in persons:
                tied.add(ordered[index].person)
            index += 1
    return tied


def _tied_by_role(country: str, people: Sequence[Person]) -> frozenset[str]:
    """Ids of the people whose country or role names `country`."""
    words = _nationality_words(country)
    return frozenset(
        person.id
        for person in people
        if person.kind == "person"
        and (person.country == country or (person.role and words & set(_WORD.findall(person.role.lower()))))
    )
