"""Issue 10, item 4: the person a story is about is not offered as having said what others say of him.

A farewell (tests/draft/fixtures/questions/coach_farewell.txt, written in our own words) quotes
two people about a coach whose name is the headline; a third person is only reported. With one
other speaker, "who said this?" fills its choices with the article's other people, and the coach
came first among them: a wrong choice for a tribute to himself, which a student disputes. The
headline's people who never speak are now left out when two other people remain to offer.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice
from quizapp.draft import draft_article

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "coach_farewell.txt"


def test_the_coach_remembered_is_not_a_choice_for_the_tributes() -> None:
    draft = draft_article(FIXTURE.read_text(encoding="utf-8"))
    asked = [d.question for d in draft.questions if d.id.startswith("who-said")]
    assert len(asked) == 2, [d.id for d in draft.questions]
    for question in asked:
        assert isinstance(question, MultipleChoice)
        assert "Arthur Penrose" not in question.choices, question.choices
        assert len(question.choices) >= 3  # the reported chair is still offered: no coin toss
