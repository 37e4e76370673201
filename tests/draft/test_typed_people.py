"""Issue 10, item 4: "Who is the chair of the hall committee?" in a story of one person, answered by typing.

"Who is ROLE?" offered the article's other people as wrong choices; a story naming one person
(tests/draft/fixtures/questions/hall_reopens.txt, written in our own words) has none, so its
role question was dropped, and the draft filled the gap with a cloze on a common word of the
speaker's quotation ("We dried the {{walls}}"), which a student can only guess. The role is now
asked with the name typed, and the surname alone counts as right.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice, ShortAnswer
from quizapp.draft import draft_article
from quizapp.draft.extraction import extract
from quizapp.draft.role_questions import role_questions

FIXTURES = Path(__file__).parent / "fixtures" / "questions"


def test_a_one_person_story_asks_who_holds_the_role_as_a_typed_answer() -> None:
    draft = draft_article((FIXTURES / "hall_reopens.txt").read_text(encoding="utf-8"))
    asked = [d.question for d in draft.questions if d.id.startswith("who-is")]
    assert len(asked) == 1, [d.id for d in draft.questions]
    question = asked[0]
    assert isinstance(question, ShortAnswer)
    assert question.prompt == "Who is the chair of the hall committee, according to the article?"
    assert question.answer == "Marion Hale" and "Hale" in question.alternatives


def test_a_story_with_three_people_or_more_still_offers_choices() -> None:
    # asked of the role questions alone: in the whole draft, the fact questions show each of these roles beside its
    # holder (a cloze, a "who is missing?", a true/false), so no role question is left to ask there
    extraction = extract((FIXTURES / "harbour_appeal.txt").read_text(encoding="utf-8"))
    asked = [d.question for d in role_questions(extraction, []) if d.id.startswith("who-is")]
    assert asked and all(isinstance(question, MultipleChoice) for question in asked)
