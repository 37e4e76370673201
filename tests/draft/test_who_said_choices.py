"""Issue 10, item 4: "who said this?" offers as wrong choices the article's other speakers, when it has two.

A tribute story (tests/draft/fixtures/questions/coach_tributes.txt, written in our own words)
quotes three people about a coach who has died; the coach was offered as a wrong choice for
words said about him, a choice a student disputes. Read on fifty real articles, the people
offered besides the speakers were the story's subject, or a shop or a firm the people finder
took for a person ("Discount", "Quinn Estates"). With two other speakers or more, only speakers
are offered; with fewer, the article's other people still make the three choices needed.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.models import MultipleChoice
from quizapp.draft import draft_article

FIXTURES = Path(__file__).parent / "fixtures" / "questions"


def test_the_person_remembered_is_not_offered_for_words_said_about_him() -> None:
    draft = draft_article((FIXTURES / "coach_tributes.txt").read_text(encoding="utf-8"))
    asked = [d.question for d in draft.questions if d.id.startswith("who-said")]
    assert len(asked) == 3, [d.id for d in draft.questions]
    for question in asked:
        assert isinstance(question, MultipleChoice)
        assert set(question.choices) == {"Dana Whitfield", "Leo Marsh", "Sophie Tran"}, question.choices


def test_a_story_with_one_other_speaker_still_offers_three_people() -> None:
    """The two speakers and the people the article names besides them: no coin toss, no dropped question."""
    draft = draft_article(
        (FIXTURES / "coach_tributes.txt")
        .read_text(encoding="utf-8")
        .replace('"Every medal I won started with a cold morning at his pool," said former champion Leo Marsh.\n\n', "")
        .replace("said the club's chair, Sophie Tran.", "said the club's chair, Sophie Tran, beside Leo Marsh.")
    )
    asked = [
        d.question for d in draft.questions if d.id.startswith("who-said") and isinstance(d.question, MultipleChoice)
    ]
    assert asked and all(len(question.choices) >= 3 for question in asked), [d.id for d in draft.questions]
