"""Issue 10, item 4: one person is never offered twice in a question on who said what.

An unnamed speaker is met as "A gallery spokesperson" and then as "the spokesperson"; the people
finder may keep the two apart. A matching question pairing some quotations with one and some
with the other, or a "who said this?" offering one as a wrong choice beside the other as the
answer, has two right answers: a teacher deletes it. Two unnamed roles are one when the role of
one holds every word of the other's; a council spokesman and a police spokesman stay two. The
fixture (tests/draft/fixtures/quoted_numbers/gallery_closure.txt) is written in our own words.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import Matching, MultipleChoice
from quizapp.draft import draft_article
from quizapp.draft.offered_people import same_role
from quizapp.draft.person import Person

FIXTURE = Path(__file__).parent / "fixtures" / "quoted_numbers" / "gallery_closure.txt"


def _role(person_id: str, shown: str, role: str) -> Person:
    return Person(person_id, "role", shown, role=role)


def test_roles_holding_each_others_words_may_be_one_person() -> None:
    assert same_role(_role("p1", "A gallery spokesperson", "gallery spokesperson"), _role("p2", "x", "spokesperson"))
    assert not same_role(_role("p1", "A council spokesman", "council spokesman"), _role("p2", "x", "police spokesman"))
    assert not same_role(_role("p1", "A spokesman", "spokesman"), Person("p2", "person", "Petra Lund"))


def test_no_question_offers_the_spokesperson_twice() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    for drafted in draft.questions:
        question = drafted.question
        offered: list[str] = []
        if isinstance(question, Matching):
            offered = [pair.right for pair in question.pairs] + list(question.distractors)
        elif isinstance(question, MultipleChoice):
            offered = list(question.choices)
        spokes = {name.lower().removeprefix("a ").removeprefix("the ") for name in offered if "spokesperson" in name}
        assert sum(1 for name in set(offered) if "spokesperson" in name) <= 1, (drafted.id, offered, spokes)
