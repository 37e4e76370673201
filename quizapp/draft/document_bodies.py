"""A body named only as a document's author: `"...," a release by the Harbour Board said`, `– A report by the
Pipeline Safety and Standards Board says ...`.

News quotes an institution through its release or report and names it there once, with "the" before a proper name
("by the MFA", "from the National Rail Safety and Standards Board"). The people model may never have met it as a
speaker (an acronym, a long name joined by "and"), so the document's words went to nobody. A proper name after
"the" is an institution, never a person (people are not "the Ana Ruiz"); it is taken as an organisation only when
it reads as one: an acronym, or a last word that names a kind of body ("Board", "Ministry"). A title after "the"
("the Prime Minister", "the President") is a person's, and is left to the other sieves.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_WORDS
from quizapp.draft.person import Person, next_person_id

_CAPITALISED = r"(?:[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*\.?)"
"""A capitalised word, or one written with stops ("U.S.")."""
_THE_NAME = lazy_compile(
    rf"[Tt]he\s+(?P<name>{_CAPITALISED}(?:\s+(?:(?:and|of|for|on|&)\s+)?{_CAPITALISED}){{0,8}})(?![\w'’-])"
)
_ACRONYM = lazy_compile(r"[A-Z]{2,}s?")


def _reads_as_a_body(name: str) -> bool:
    words = name.split()
    last = words[-1].rstrip(".")
    if any(word.lower() in ROLE_NOUNS or word.lower() in TITLE_WORDS or word in TITLE_WORDS for word in words):
        return False  # "the Prime Minister", "the Foreign Secretary": a person's title
    return _ACRONYM.fullmatch(last) is not None or last in ORGANIZATION_WORDS


def body_named_at(text: str, at: int, end: int, people: list[Person]) -> str | None:
    """The organisation "the" + its proper name at `at` (before `end`) names, kept among `people` (reused when
    the article already knows it by that name), or None when no such name stands there."""
    match = _THE_NAME.match(text, at, end)
    if match is None:
        return None
    name = match.group("name")
    if name.endswith(".") and "." not in name.split()[-1][:-1]:
        name = name[:-1]  # the sentence's stop, not a stop of "U.S."
    if not _reads_as_a_body(name):
        return None
    for person in people:
        if person.kind == "organization" and (person.name == name or name in person.alias_set):
            return person.id
    organization = Person(id=next_person_id(people), kind="organization", name=name)
    organization.add_alias(name)
    people.append(organization)
    return organization.id
