"""Issue 10, item 4: no question on who said or did something offers only two people (a coin toss).

Seen on drafts of real articles: in a story of two people every "who said this?" offered the two of
them, and a matching question paired two quotations with two people (the second pair follows from
the first). The fixture (tests/draft/fixtures/questions/two_person_story.txt, our own words) is such a
story: its quotations are asked by one matching question over all of them instead.

Seen too: one person named twice ("Amb Kamau", "Principal Secretary Amb Macharia Kamau"; "Mirza
Fakhrul", "Mirza Fakhrul Islam") offered as two choices, so both were right answers.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import Matching, MultipleChoice
from quizapp.draft import draft_article
from quizapp.draft.offered_people import may_be_one_person, named_like_a_person
from quizapp.draft.person import Person

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "two_person_story.txt"
PEOPLE = {"Petra Lindqvist", "Conrad Obi"}


def test_a_two_person_story_asks_no_coin_toss_between_its_people() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, MultipleChoice) and question.answer in PEOPLE:
            assert len(set(question.choices)) >= 3, question.prompt
        if isinstance(question, Matching):
            assert len(question.pairs) + len(question.distractors) >= 3, question.pairs


def test_a_two_person_story_still_asks_who_said_each_quotation() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    matchings = [d.question for d in draft.questions if isinstance(d.question, Matching)]
    assert matchings, [d.question.prompt for d in draft.questions]
    pairs = [(pair.left, pair.right) for question in matchings for pair in question.pairs]
    assert len(pairs) == 4, pairs
    assert {right for _left, right in pairs} == PEOPLE
    assert ("“The hull was in worse shape than anyone expected when we lifted her out”", "Petra Lindqvist") in pairs


def _person(person_id: str, name: str) -> Person:
    return Person(id=person_id, kind="person", name=name)


def test_one_person_named_with_and_without_a_title_is_one_choice() -> None:
    assert may_be_one_person(_person("p1", "Amb Okoth"), _person("p2", "Principal Secretary Amb Daniel Okoth"))
    assert may_be_one_person(_person("p1", "Rashid Karim"), _person("p2", "Rashid Karim Chowdhury"))
    assert not may_be_one_person(_person("p1", "Joshua Davey"), _person("p2", "Michael Davey"))


def test_a_title_alone_is_not_named_like_a_person() -> None:
    assert not named_like_a_person(_person("p1", "President"))
    assert not named_like_a_person(_person("p1", "Prime Minister"))
    assert named_like_a_person(_person("p1", "Mayor Ines Marlow"))


ROLE_STORY = """\
President orders a survey of the country's minerals

President Teodor Vasko ordered a survey of the country's minerals on Monday, after a report by the minister of \
mines, Lukas Brandt.

"We have waited too long to learn what lies under our own fields," Vasko said.

Brandt said the first maps would be ready within a year and that geologist Mira Halen would lead the work.

"Every region will be mapped, and every result will be published," the head of state told the meeting.

"The maps will show where drilling is worth the cost and where it is not," Halen said.
"""
"""A story naming a speaker and later calling him by his role ("the head of state"); written for this test."""


def test_a_role_that_may_be_a_named_person_is_never_a_wrong_choice() -> None:
    draft = draft_article(ROLE_STORY)
    asked = [d.question for d in draft.questions if isinstance(d.question, MultipleChoice)]
    assert any(question.answer == "Mira Halen" for question in asked), [q.prompt for q in asked]
    for question in asked:
        wrong = [choice for choice in question.choices if choice != question.answer]
        assert not any(choice.lower().startswith("the ") for choice in wrong), question.choices
