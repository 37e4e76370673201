"""A surname two people of the article share: "Reid said" after "Tom Reid and his wife, Ann Reid".

Families, siblings and namesakes share surnames in news (a couple in court, a father and son
in a tribute). The people model links a bare "Reid" to the one bearer named before it, if only one
was (`first_named`: "Ana Reid ... Reid said ... her son, Leo Reid ... Reid said"), and to nobody when
both were; for an answer key that is a guess. A mention that is a bare surname (or a title and a
surname that does not tell them apart) of two people leaves the speaker unsure, unless the story called
that person by the bare surname before it named the other (`BareFirst`); "Mrs. Reid" beside a Mr. Reid
does not.
"""

from __future__ import annotations

from quizapp.draft.lexicon import HONORIFICS
from quizapp.draft.person import Mention, Person


def shared_surname(
    text: str,
    mention: Mention,
    people: dict[str, Person],
    bare_first: BareFirst | None = None,
    by_surname: dict[str, list[Person]] | None = None,
) -> str | None:
    """The surname when `mention` names it alone and two or more people of the article, named in full, bear
    it, else None; None too when the article called the mention's person by the bare surname before it named
    any other bearer (`bare_first`). `by_surname` is `named_in_full(people)`, when the caller keeps it."""
    words = text[mention.start : mention.end].removesuffix("’s").removesuffix("'s").split()
    honorific = words[0].rstrip(".").lower() if len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS else None
    if len(words) != 1 and honorific is None:
        return None
    surname = words[-1]
    bearers = list((named_in_full(people) if by_surname is None else by_surname).get(surname, ()))
    gender = HONORIFICS.get(honorific) if honorific else None
    if gender is not None:
        bearers = [p for p in bearers if p.gender in {None, gender}]
    if len(bearers) < 2:
        return None
    if bare_first is not None and bare_first.holds(mention.person, surname, bearers):
        return None  # "Ana Reid ... Reid said ... her son, Leo Reid ... Reid said": the story's Reid is Ana
    if bare_first is not None and bare_first.kept_for_one(mention.person, surname, bearers, people):
        return None  # "Ana Reid ... Reid said ... her son, Leo Reid" and Leo is never "Reid": the bare one is Ana's
    return surname


def named_in_full(people: dict[str, Person]) -> dict[str, list[Person]]:
    """The people named with a first name and a surname, by surname, in the order of `people`: who may share the
    surname a mention names alone. Read once per article by the attributor, as the names of the people do not
    change while quotations are attributed (the people added then are roles and bodies): reading every person for
    each quotation's speaker grew with the square of a long article's length."""
    by_surname: dict[str, list[Person]] = {}
    for person in people.values():
        if person.kind == "person" and person.last and person.first:
            by_surname.setdefault(person.last, []).append(person)
    return by_surname


def first_named(mentions: list[Mention]) -> dict[str, int]:
    """Where each person is first mentioned, by person id."""
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.start < first.get(mention.person, mention.start + 1):
            first[mention.person] = mention.start
    return first


class BareFirst:
    """Whom the article called by a bare surname before it named anyone else who bears it.

    News calls the first bearer of a surname by it alone and names a later namesake in full or by first
    name ("his wife, Jane", "Leo Reid"); once the bare surname is someone's, it stays theirs. Read once per
    article from every mention."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self._first = first_named(mentions)
        self._first_bare: dict[tuple[str, str], int] = {}
        for mention in mentions:
            words = text[mention.start : mention.end].removesuffix("’s").removesuffix("'s").split()
            titled = len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS  # "Mr. Reid" is bare, too
            key = (mention.person, words[-1]) if len(words) == 1 or titled else None
            if key is not None and mention.start < self._first_bare.get(key, mention.start + 1):
                self._first_bare[key] = mention.start

    def holds(self, person: str, surname: str, bearers: list[Person]) -> bool:
        """Whether `person` went by the bare surname before any other of its `bearers` was named at all."""
        bare = self._first_bare.get((person, surname))
        return bare is not None and all(
            self._first.get(other.id, bare + 1) > bare for other in bearers if other.id != person
        )

    def kept_for_one(self, person: str, surname: str, bearers: list[Person], people: dict[str, Person]) -> bool:
        """Whether the bare surname stays the one bearer's who was named before it was first used alone, because
        the article never calls any other bearer by it: "Ana Reid ... Reid said ... her son, Leo Reid" with
        "Leo Reid" or "Leo" ever after. `person` is that bearer, or a person the article knows by the bare surname
        only (the people model keeps "Reid" apart when two bearers are named in full)."""
        bare = self._first_bare.get((person, surname))
        if bare is None:
            return False
        before = [bearer for bearer in bearers if self._first.get(bearer.id, bare) < bare]
        if len(before) != 1:
            return False
        known = people.get(person)
        if person != before[0].id and (known is None or known.first or person in {b.id for b in bearers}):
            return False
        return all((other.id, surname) not in self._first_bare for other in bearers if other.id != before[0].id)
