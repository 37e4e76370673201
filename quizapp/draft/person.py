"""A person (or speaking organization, or unnamed role) of an article, and one mention of them.

Kept apart from the finder so that questions, facts and attribution share these plain records
without pulling in the name-finding rules.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from quizapp.draft.lexicon import HONORIFICS, TITLES_OF_ONE_NAME
from quizapp.draft.records import written_at_once


@dataclass
class Person:
    """One person (or organization) of the article, under the name a student would know."""

    id: str
    kind: str
    """'person', 'organization', or 'role' (an unnamed speaker: "a Ryanair spokesman")."""
    name: str
    """Display name: the fullest form the article gives, without honorific ("Vladimir V. Putin")."""
    first: str | None = None
    last: str | None = None
    role: str | None = None
    """Taken from the article: "President", "Prime Minister of Britain", "a spokeswoman for the council"."""
    country: str | None = None
    gender: str | None = None
    honorific: str | None = None
    aliases: list[str] = field(default_factory=list)
    """Every name the article gives them, in the order met; grown only by `add_alias`."""
    alias_set: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    """The aliases again, for the people finder's many lookups by name (a list is read whole each time);
    read it, never change it."""

    def __post_init__(self) -> None:
        self.alias_set = set(self.aliases)

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias not in self.alias_set:
            self.aliases.append(alias)
            self.alias_set.add(alias)

    @property
    def shown(self) -> str:
        """The name on a question: the fullest name the article gives, or the surname alone ("Peskov").

        Never "Mr. Peskov": an honorific is the newspaper's house style, not part of a name, and
        a choice reading "Mr. Trump" beside "Vladimir V. Putin" looks like a different kind of answer. A pope or a
        monarch known by one name keeps the title that name is known with ("Pope Francis", not "Francis").
        """
        if self.kind != "person":
            return self.name
        if self.role in TITLES_OF_ONE_NAME and " " not in self.name:
            return f"{self.role} {_shown_name(self.name)}"  # "Pope Francis", "King Abdullah": never "Francis" alone
        return _shown_name(self.name)


@written_at_once
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: str
    possessive: bool
    in_quote: bool
    guessed: bool = False
    """A description linked to one of several people who fit it ("the president"), by salience."""
    why: str | None = None
    """For a guessed description, why it is a guess, when that is more than several people fitting it: "“The
    66-year-old” opens a paragraph ..." (epithets.py). Shown as the speaker's doubt."""


_HONORIFIC_WITHOUT_STOP = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "mme"})


def next_person_id(people: list[Person]) -> str:
    """A new person's id, unique even after people were merged away (an id counted from the list's length
    was then given twice, and a quotation went to whichever of the two was looked up first)."""
    last = people[-1].id[1:] if people else "0"  # people are appended in the order their ids were given
    return f"p{max(len(people), int(last) if last.isdigit() else 0) + 1}"


@functools.lru_cache(maxsize=4096)
def _shown_name(name: str) -> str:
    """A person's name as shown: read for every option of every question, and the same few names each time."""
    return in_name_case(without_honorific(name))


def without_honorific(name: str) -> str:
    """ "Mr. Peskov" -> "Peskov", "Dr Ana Ruiz" -> "Ana Ruiz"; a name that is only an honorific stays as it is."""
    tokens = name.split()
    while len(tokens) > 1:
        bare = tokens[0].rstrip(".").lower()
        if bare in HONORIFICS and (tokens[0].endswith(".") or bare in _HONORIFIC_WITHOUT_STOP):
            tokens.pop(0)
        else:
            break
    return " ".join(tokens)


def in_name_case(name: str, full_name: str | None = None) -> str:
    """A name set in capitals, as label paragraphs print it ("KEVIN O'SHAUGHNESSY"), in the case a
    student reads names in ("Kevin O'Shaughnessy"); any other name stays as the article writes it.

    Only a name with no lowercase letter at all and two words of two letters or more changes, so
    an acronym taken for a person ("NHS", "B.C. RCMP": a word with no vowel), mixed-case names and
    "McAllister" keep their case. A part
    of a name (the surname) follows its `full_name`: "O'SHAUGHNESSY" of "KEVIN O'SHAUGHNESSY".
    """
    whole = (full_name or name).split()
    if any(char.islower() for char in full_name or name) or sum(sum(c.isalpha() for c in w) >= 2 for w in whole) < 2:
        return name
    if any(_is_acronym(word) for word in whole):
        return name  # "B.C. RCMP", a police force, not "B.c. Rcmp"
    return " ".join(_word_in_name_case(word) for word in name.split())


def _is_acronym(word: str) -> bool:
    """A capitalised word with no vowel ("RCMP", "NHS"): letters of an acronym, which no name's word is."""
    letters = [char for char in word if char.isalpha()]
    return "." not in word and len(letters) >= 2 and not any(char in "AEIOUY" for char in letters)


def _word_in_name_case(word: str) -> str:
    cased = word.capitalize()
    for prefix in ("O'", "O’", "D'", "D’"):
        if cased.startswith(prefix.capitalize()) and len(cased) > 2:
            cased = prefix + cased[2:].capitalize()
    if cased.startswith("Mc") and len(cased) > 2:
        cased = "Mc" + cased[2:].capitalize()
    return "-".join(part[:1].upper() + part[1:] for part in cased.split("-"))


def merge_person_into(kept: Person, absorbed: Person, people: list[Person], mentions: list[Mention]) -> list[Mention]:
    """One person written two ways ("David" and "David Murray", "Van der Berg" and "Pieter van der Berg"):
    `absorbed` leaves `people`, its names, role and gender go to `kept`; the mentions, moved, are returned."""
    for alias in absorbed.aliases:
        kept.add_alias(alias)
    kept.role = kept.role or absorbed.role
    kept.gender = kept.gender or absorbed.gender
    people.remove(absorbed)
    return [replace(mention, person=kept.id) if mention.person == absorbed.id else mention for mention in mentions]
