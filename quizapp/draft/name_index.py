"""The people found so far, by each name they go by, for the people finder's lookups while it finds them.

Every capitalised run of an article is looked up among the people already found ("Putin" after
"Vladimir Putin"), and a lookup read every person: a story that names hundreds of people (a long
report, a list of reactions) drafted in time growing with the square of its length. The index keeps,
for each name, surname and first name, who has borne it, in the order the people were found; a
lookup reads only those, and asks each the same question as before (a person may have lost a name
since, when a fuller one replaced it), so the answer is the one the scan gave.

The finder notes every change it makes to a person's names (`note`); nothing else changes them while
it reads the candidates, which is when the index is used.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.name_parts import without_joined_article
from quizapp.draft.name_words import undoubled
from quizapp.draft.person import Person

_Test = Callable[[Person], bool]


class NameIndex:
    """Who has borne each name (a display name or alias), each surname and each first name, by when found."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._order: dict[int, int] = {}
        """Each person's place in `people` (by identity): people are only added while the index is used."""
        self._names: dict[str, dict[int, Person]] = {}
        self._lasts: dict[str, dict[int, Person]] = {}
        self._firsts: dict[str, dict[int, Person]] = {}
        self._leads: dict[str, dict[int, Person]] = {}
        """By the first word of the display name: a body said short ("Norvik" for "Norvik Motors")."""
        self._joined: dict[str, dict[int, Person]] = {}
        """By the surname without its joined article ("Nuaimi" for "al-Nuaimi")."""
        self._spelled: dict[str, dict[int, Person]] = {}
        """By the surname lowercased with its doubled letters single ("mathews" for "Matthews")."""
        for person in people:
            self.note(person)

    def note(self, person: Person) -> None:
        """Record the person's names as they are now (after adding the person, or changing a name)."""
        order = self._order.setdefault(id(person), len(self._order))
        for name in (person.name, *person.aliases):
            self._names.setdefault(name, {})[order] = person
        lead = person.name.split(None, 1)[:1]
        if lead:
            self._leads.setdefault(lead[0], {})[order] = person
        if person.last is not None:
            self._lasts.setdefault(person.last, {})[order] = person
            joined = without_joined_article(person.last)
            if joined is not None:
                self._joined.setdefault(joined, {})[order] = person
            self._spelled.setdefault(undoubled(person.last), {})[order] = person
        if person.first is not None:
            self._firsts.setdefault(person.first, {})[order] = person

    def covers(self, people: list[Person]) -> bool:
        """Whether the index was kept for this very list, as long as it is now (no one added behind its back)."""
        return people is self.people and len(people) == len(self._order)

    def named(self, name: str) -> Person | None:
        """The first person found who goes by `name` (their display name or an alias)."""
        return _first(self._names.get(name), lambda person: name in person.alias_set or name == person.name)

    def with_last(self, last: str) -> list[Person]:
        """Everyone whose surname is `last`, in the order they were found."""
        return _all(self._lasts.get(last), lambda person: person.last == last)

    def with_first(self, first: str) -> list[Person]:
        """Everyone whose first name is `first`, in the order they were found."""
        return _all(self._firsts.get(first), lambda person: person.first == first)

    def maybe_led_by(self, word: str) -> list[Person]:
        """Everyone whose display name has opened with `word`, in the order found: to be asked again, as a name may
        have changed since (a superset of those it opens now)."""
        return _all(self._leads.get(word), lambda _person: True)

    def maybe_joined_last(self, word: str) -> list[Person]:
        """Everyone whose surname without its joined article has been `word`, in the order found (a superset)."""
        return _all(self._joined.get(word), lambda _person: True)

    def maybe_spelled_like(self, word: str) -> list[Person]:
        """Everyone whose surname has been `word` with a letter doubled or undoubled, or `word` itself, in the order
        found (a superset)."""
        return _all(self._spelled.get(undoubled(word)), lambda _person: True)


def _all(bearers: dict[int, Person] | None, bears: _Test) -> list[Person]:
    if not bearers:
        return []
    return [bearers[order] for order in sorted(bearers) if bears(bearers[order])]


def _first(bearers: dict[int, Person] | None, bears: _Test) -> Person | None:
    found = _all(bearers, bears)
    return found[0] if found else None
