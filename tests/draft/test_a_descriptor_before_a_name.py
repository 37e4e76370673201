"""A word before a full name the article also writes bare: "Progressive Daniel Brennick" is Daniel Brennick.

The longer run ("Progressive Daniel Brennick", a party, a place or a headline's verb before the name) made a second
person bearing the surname, so every bare "Brennick said" found nobody, was read as an organization from its
capitals and left unsure (prefixed_names.py). The fixture is in our own words.
"""

from __future__ import annotations

from quizapp.draft.person import Mention, Person
from quizapp.draft.prefixed_names import merge_prefixed_names

from .speakers import pattern, sure_speakers


def test_the_bare_surname_is_the_one_person_and_sure() -> None:
    extraction = pattern("descriptor_before_a_name")
    assert [person.name for person in extraction.people if person.last == "Brennick"] == ["Daniel Brennick"]
    speakers = sure_speakers(extraction)
    assert speakers["A levy on every"] == "Daniel Brennick"
    assert speakers["We were told the"] == "Daniel Brennick"


def test_a_surname_of_two_words_goes_to_the_full_name() -> None:
    people = [
        Person(id="p1", kind="person", name="Maria Costa Pereira", first="Maria", last="Pereira"),
        Person(id="p2", kind="person", name="Costa Pereira", first="Costa", last="Pereira"),
    ]
    mentions = [Mention(0, 19, "p1", False, False), Mention(40, 53, "p2", False, False)]
    merged = merge_prefixed_names(people, mentions)
    assert [person.name for person in people] == ["Maria Costa Pereira"]
    assert {mention.person for mention in merged} == {"p1"}


def test_two_names_that_both_open_with_a_first_name_stay_apart() -> None:
    people = [
        Person(id="p1", kind="person", name="Maria Anna Lind", first="Maria", last="Lind"),
        Person(id="p2", kind="person", name="Anna Lind", first="Anna", last="Lind"),
    ]
    merge_prefixed_names(people, [])
    assert len(people) == 2
