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
from quizapp.draft.person import Person
from quizapp.draft.who_said import may_be_one_person

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
