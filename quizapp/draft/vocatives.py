"""Whoever a quotation addresses by name or title is its listener, never its speaker.

Spoken words set off a name or a title with a comma when they speak to someone: "Yes, judge.", "Thank you,
Mr Okafor.", "Minister, with respect, that is not true." That person is who the words are said to, so a speaker
found for them that the vocative names (by a name they have, or by the title or role the article gives them)
is the listener, taken by a sieve that read the sentence around them: a court report's "Lobb asked the
foreperson if the jury had agreed. "Yes, judge."" or a question-and-answer exchange. Such a speaker is kept,
unsure, for the teacher to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS
from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Madame|Judge|Justice|Professor|Prof|Minister|President)"
_ADDRESS = r"((?:" + _TITLES + r"\.?\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
_ADDRESS_ENDS = lazy_compile(
    r"(?:^|[,;]\s*|\b(?:yes|no|thanks|thank\s+you|sorry|well|okay|please)\s+)" + _ADDRESS + r"$"
)
"""The words a sentence of speech ends with, after its comma: ", judge", "Thank you, Mr Okafor"."""
_ADDRESS_OPENS = lazy_compile(_ADDRESS + r",\s+(?!who\b|whose\b|which\b|the\b|a\b|an\b|aged\b|\d)")
"""The words a sentence of speech opens with, before its comma: "Minister, with respect"."""
_ADDRESS_INSIDE = lazy_compile(r",\s+((?:" + _TITLES + r"\.?\s+[A-Z][\w'’-]*)|[a-z]+),\s")
"""A title set off by commas inside the words, "We have, judge, on all counts", or an honorific and a surname:
never a bare name, which may be an item of a list."""
_SPOKEN_SENTENCE = lazy_compile(r"[^.!?…]+")
_QUOTE_MARKS = "\"“”‘’«»'"
_HONORIFICS = frozenset(honorific.lower().rstrip(".") for honorific in HONORIFICS)
"""Honorifics as an address's words are compared: lowercased, without their full stop."""


def addressed_in(words: str) -> list[str]:
    """The names or titles the quoted `words` address, each lowercased, honorifics kept apart as words."""
    found: list[str] = []
    if "," not in words:
        return found  # every address is set off by a comma
    for sentence in _SPOKEN_SENTENCE.findall(words.strip(_QUOTE_MARKS + " ")):
        sentence = sentence.strip(_QUOTE_MARKS + " ,;")
        if not sentence or "," not in sentence:
            continue  # "Judge Reid" alone, or a sentence with no comma, addresses nobody
        for pattern, place in ((_ADDRESS_ENDS, sentence.rsplit(",", 1)[-1]), (_ADDRESS_OPENS, sentence)):
            match = pattern.search(place.strip()) if pattern is _ADDRESS_ENDS else pattern.match(place)
            if match is not None:
                found.append(match.group(1).lower())
        found += [match.group(1).lower() for match in _ADDRESS_INSIDE.finditer(sentence)]
    return found


def names_or_titles(person: Person) -> set[str]:
    """What a person can be called to their face: a name of theirs, a name with an honorific, their title."""
    called = {alias.lower() for alias in person.aliases} | {person.name.lower()}
    called |= {part.lower() for part in (person.first, person.last) if part}
    if person.role:
        head = re.split(r"\s(?:of|for|at|in|to|with)\s", person.role.lower(), maxsplit=1)[0].split()
        called |= set(head[-1:])  # "Judge", "Prime Minister of Britain": judge, minister
    called |= {alias.lower().removeprefix("the ") for alias in person.aliases if alias.lower().startswith("the ")}
    return called


def addresses(words: str, person: Person) -> bool:
    """Whether the quoted `words` speak to `person` by a name or title they have."""
    found = addressed_in(words)  # the cheap test first: most words address nobody
    if not found:
        return False
    called = names_or_titles(person)
    for address in found:
        parts = address.replace(".", "").split()
        bare = " ".join(part for part in parts if part not in _HONORIFICS) or address
        if address in called or bare in called or (len(parts) > 1 and parts[-1] in called and bare != address):
            return True
    return False


def listeners_unsure(found: Iterable[Quotation], people: Mapping[str, Person]) -> list[Quotation]:
    """The quotations, those whose speaker they address made unsure: that person is their listener. The reason
    replaces a weaker doubt ("the quotation before it asks a question"): it says the speaker found is wrong."""
    result = []
    for quotation in found:
        person = people.get(quotation.speaker) if quotation.speaker else None
        if person is not None and addresses(quotation.text, person):
            quotation = replace(
                quotation, sure=False, doubt="the words address the speaker found: that person is their listener"
            )
        result.append(quotation)
    return result
