"""The role nouns next to each name are read once per article and asked of every role that speaks (speed).

`TitledNames` reads the mentions in order only as far as a question needs and keeps what it read for the next
questions: asked in any order, it must name the same person as a fresh `titled_before_name` per question.
"""

from __future__ import annotations

from itertools import permutations

from quizapp.draft.extraction import extract
from quizapp.draft.roles import TitledNames, titled_before_name

STORY = (
    "The visitors brought their coach Ben Ortiz. Mara Quist, the club treasurer, counted the money. "
    'Harbour board chairwoman Ms. Ann Reid opened the meeting. "We will meet again," the chairwoman said. '
    '"The books balance," the treasurer said. "Train harder," the coach said. "Nobody knows," the janitor said.'
)
PHRASES = ("the chairwoman", "the treasurer", "the coach", "the janitor", "a coach")


def test_a_shared_index_names_the_same_people_as_a_fresh_reading_in_any_order() -> None:
    found = extract(STORY)
    people = {person.id: person for person in found.people}
    fresh = {phrase: titled_before_name(phrase, found.text, found.mentions, people) for phrase in PHRASES}
    assert {phrase: person.name if person else None for phrase, person in fresh.items()} == {
        "the chairwoman": "Ann Reid",
        "the treasurer": "Mara Quist",
        "the coach": "Ben Ortiz",
        "the janitor": None,
        "a coach": None,
    }
    for order in permutations(PHRASES):
        titled = TitledNames(found.text, found.mentions)
        assert {phrase: titled.named(phrase, people) for phrase in order} == fresh
