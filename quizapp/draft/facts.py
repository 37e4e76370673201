"""Facts: sentences of the story that say where, how many, who or when, with those elements located.

Each element is typed (number, place, person, day) because questions blank one out (cloze),
swap it for another of the same type (true/false) or ask for it (where did it happen?). The numbers, which take
most telling apart from what is no count, are found in fact_numbers.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NAME_STOPWORDS, ORGANIZATION_WORDS, PLACE_WORDS
from quizapp.draft.person import Mention, Person
from quizapp.draft.records import written_at_once
from quizapp.draft.time_cues import TimeCue

_PLACE_WORD = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w'’-]*(?!\.[A-Z]\.))"
"""A capitalised word of a place, or a dotted abbreviation whole ("L.A.", "D.C."), never its first letter."""
PLACE_PART = (
    r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|downtown|rural|suburban|"
    r"coastal|inner-city)"
)
"""A part of a place before its name ("in central Sydney", "in northern Kenya", "in rural Ohio"), the way news prose
places an event inside a country or city: the name after it is the place to ask, "central Sydney" an answer too."""
_PLACE = lazy_compile(
    r"(?P<preposition>in|at|near|outside|inside)\s+"  # no \b before: it would be tried at every character
    rf"(?:(?P<part>{PLACE_PART})\s+)?"
    rf"(?P<place>(?:the\s+)?{_PLACE_WORD}(?:\s+(?:of\s+|de\s+)?{_PLACE_WORD}){{0,3}})"
    r"(?P<region>,\s+(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w'’-]*(?=[\s,.;])))?"
)
"""A region after a comma is a word ("in Dayton, Ohio") or a dotted abbreviation whole ("in Truro, N.S."), never its
first letter ("Truro, N")."""
_NUMBER_AHEAD = lazy_compile(r"[ ]\d")
_NOT_PLACES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "English", "Spanish",
     "French", "Russian", "Ukrainian", "The", "His", "Her", "Their", "Its", "Our"}
)  # fmt: skip
_INSTITUTION_WORDS = ORGANIZATION_WORDS - PLACE_WORDS
_MONTH_NAMES_LONG = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_ENDING = lazy_compile(r"(?:\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + _MONTH_NAMES_LONG + r"))+$")
"""Weekdays and months closing a run of capitalised words after "in": "in Ashby Hall Sunday", "at Oakfield Park
Tuesday", as American papers date an event; the place is the words before them."""


@written_at_once
@dataclass(frozen=True)
class Element:
    kind: str
    """'number', 'place', 'person' or 'day'."""
    text: str
    start: int
    end: int
    alternatives: tuple[str, ...] = ()
    value: str = ""
    """What identifies it across the article: a person's id, a place's name, a number's value."""


@dataclass
class Fact:
    start: int
    end: int
    paragraph: int
    elements: list[Element] = field(default_factory=list)
    cue: TimeCue | None = None

    def of_kind(self, kind: str) -> list[Element]:
        return [element for element in self.elements if element.kind == kind]


def find_places(text: str, start: int, end: int, people_spans: list[tuple[int, int]]) -> list[Element]:
    places = []
    for match in _PLACE.finditer(text, start, end):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue  # "within Rome": the preposition must be a word of its own
        place = match.group("place")
        place_start = match.start("place")
        if place.endswith(("'s", "’s")):
            place = place[:-2]  # "in Italy's elections": the place is Italy
        if place.startswith("the "):
            continue  # "in the White House": an institution more often than a place
        dated = _DAY_ENDING.search(place)
        if dated is not None:
            place = place[: dated.start()]  # "in Ashby Hall Sunday afternoon": the day is no part of the place
        first = place.split()[0]
        if first in _NOT_PLACES or first in NAME_STOPWORDS or any(w in _INSTITUTION_WORDS for w in place.split()):
            continue
        if any(a <= place_start < b for a, b in people_spans):
            continue
        if place.split()[-1].isdigit() or _NUMBER_AHEAD.match(text, match.end("place")):
            continue  # "at Block 971A", "Gate 5": part of an address, not a place to ask for
        region = "" if dated is not None else (match.group("region") or "").strip(", ")
        if region and (_is_a_name_ahead(text, match.end("region")) or _inside(match.start("region") + 2, people_spans)):
            region = ""  # "at Ashby Hall, Nora Fielding, ...": the words after the comma begin a name, not a region
        alternatives: tuple[str, ...] = (f"{place}, {region}",) if region and region not in _NOT_PLACES else ()
        if match.group("part"):
            alternatives += (f"{match.group('part')} {place}",)
        places.append(Element("place", place, place_start, place_start + len(place), alternatives, place))
    return places


def _is_a_name_ahead(text: str, at: int) -> bool:
    """A capitalised word right after: the region's word was the first of several ("Nora Fielding")."""
    return at + 1 < len(text) and text[at] == " " and text[at + 1].isupper()


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def person_elements(
    text: str, mentions: list[Mention], people: dict[str, Person], known: dict[str, tuple[str, ...]] | None = None
) -> list[Element]:
    """The people named in `mentions` (not in quotations, not possessives), each with the names it goes by.

    `known` keeps each person's names between calls: a long article names the same people often.
    """
    known = {} if known is None else known
    elements = []
    for mention in mentions:
        person = people[mention.person]
        if mention.possessive or mention.in_quote or person.kind != "person":
            continue
        alternatives = known.get(person.id)
        if alternatives is None:
            alternatives = known[person.id] = tuple(
                dict.fromkeys([person.name, person.shown, *(a for a in person.aliases if a[0].isupper())])
            )
        start, end = mention.start, mention.end
        elements.append(Element("person", text[start:end], start, end, alternatives, person.id))
    return elements
