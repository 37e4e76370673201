"""Words in the first person singular are a person's: a body given them as its own is a guess.

An organization speaks as "we" ("We regret the delay," the bank said). When a sieve gives words that say
"I", "me" or "my" to a body, the body is whoever the sentence names first, not who spoke: `Police said the
suspect, Ken Ault, 45, told officers: "I was not driving."` is the suspect's answer, relayed by the police.
The body is kept as the candidate, unsure, for the teacher to check; a person or an unnamed role ("a
spokesman", "the neighbour") may say "I", and is left alone.

A "body" may be a person the people model misread: a known first name before a surname that is also a place or
company word ("Tom Park", "Ann Street"). When the sentence then gives that name a role in apposition ("Ann
Street, the ferry line's head of operations, said:"), the name holds a post, which only a person does, so words
in the first person are that person's and the speaker stays sure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS
from quizapp.draft.name_shape import name_shape
from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation

_SINGULAR = lazy_compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)(?![\w'’])")
"""The first person singular as a word of its own: "I", "I'm", "my"; not "I." of a list nor a letter in a word."""


def says_i(text: str) -> bool:
    """Whether quoted words speak in the first person singular."""
    return _SINGULAR.search(text) is not None


_APPOSITION = lazy_compile(r",\s+([^,.;:!?\"“”]{1,80}),")
"""An apposition right after a name, up to its closing comma: ", the ferry line's head of operations,"."""
_WORD = lazy_compile(r"[\w'’-]+")


def holds_a_post(text: str, start: int, end: int, person: Person) -> bool:
    """Whether the "body" is a person's name with a role in apposition in text[start:end]: a known first name,
    then a surname that is a place or company word, then ", <role>,"."""
    if not name_shape(tuple(person.name.split())).organization_but_first_name:
        return False
    at = text.find(person.name, start, end)
    while at >= 0:
        apposition = _APPOSITION.match(text, at + len(person.name), end)
        if apposition is not None and ROLE_NOUNS.intersection(_WORD.findall(apposition.group(1).lower())):
            return True
        at = text.find(person.name, at + 1, end)
    return False


def bodies_saying_i_unsure(found: Iterable[Quotation], people: Mapping[str, Person], text: str) -> list[Quotation]:
    """The quotations, those whose sure speaker is an organization made unsure when their words say "I", unless
    the article's `text` gives that "organization" a post (`holds_a_post`)."""
    result = []
    for quotation in found:
        person = people.get(quotation.speaker) if quotation.sure and quotation.speaker else None
        if (
            person is not None
            and person.kind == "organization"
            and says_i(quotation.text)
            and not holds_a_post(text, quotation.sentence.start, quotation.sentence.end, person)
        ):
            quotation = replace(
                quotation, sure=False, doubt="the words say “I”: a person's, not those of the body found"
            )
        result.append(quotation)
    return result
