"""A party's or a faith's word is no name to blank in quoted words ("elect a {{Republican}} president"), a nation's
word read as a one-word name or a place named after someone ("Trump Tower") is offered as no one, and a sentence
opening on "That," or "This," points back to what the student does not see. Fixtures written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from quizapp.draft.extraction import extract
from quizapp.draft.offered_people import named_after_another, named_like_a_person
from quizapp.draft.person import Person
from quizapp.draft.quoted_names import quoted_name_questions
from quizapp.draft.standalone import standalone_edits

_QUOTED = """Island council vote.

Nora Pell, the chair of the ferry users' group, spoke after the vote on Monday.

"We need a Republican mayor who listens to the island, and a Methodist minister who visits it," Pell said.

The Republican candidate, Tom Vale, is a Methodist from the mainland. Pell backs him.
"""


def test_a_party_or_faith_word_is_not_blanked() -> None:
    texts = [drafted.question.text for drafted in quoted_name_questions(extract(_QUOTED), set(), "", 5)]
    assert not any("{{Republican}}" in text or "{{Methodist}}" in text for text in texts)


_POINTING = """Island council vote.

Tom Vale, the captain of the morning boat, said the fares would rise in 2027. That, Vale said, was agreed in May.
"""


def test_that_with_a_comma_opening_a_sentence_points_back() -> None:
    extraction = extract(_POINTING)
    opening = extraction.text.index("That, Vale")
    sentence = extraction.sentence_holding(opening)
    assert sentence is not None
    assert standalone_edits(extraction, sentence.start, sentence.end) is None


def test_a_nations_word_read_as_a_one_word_name_is_offered_as_no_one() -> None:
    assert not named_like_a_person(Person(id="p1", kind="person", name="Turkey"))
    assert not named_like_a_person(Person(id="p2", kind="person", name="American"))
    assert named_like_a_person(Person(id="p3", kind="person", name="French", honorific="Mr."))  # "Mr. French"
    assert named_like_a_person(Person(id="p4", kind="person", name="Ana Ruiz"))


def test_a_place_named_after_someone_is_offered_as_no_one() -> None:
    people = [
        Person(id="p1", kind="person", name="Tom Vale", first="Tom", last="Vale"),
        Person(id="p2", kind="person", name="Vale Tower", first="Vale", last="Tower"),  # the mayor's building
        Person(id="p3", kind="person", name="Ida Vale", first="Ida", last="Vale"),  # his sister: a namesake
    ]
    article = SimpleNamespace(people=people)
    assert named_after_another(article, people[1])  # type: ignore[arg-type]
    assert not named_after_another(article, people[0])  # type: ignore[arg-type]
    assert not named_after_another(article, people[2])  # type: ignore[arg-type]
