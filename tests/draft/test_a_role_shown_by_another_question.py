"""A role another question shows beside its holder's name is not asked "who is ROLE?", whatever its case: "The
chair of the harbour trust, Nora Pell, spoke ..." opening a "where?" prompt answers "Who is the chair of the harbour
trust?". The fixture is written for this test."""

from __future__ import annotations

from quizapp.draft import draft_article
from quizapp.draft.wording import question_wording

_TEXT = """Harbour trust backs the ferry plan.

The chair of the harbour trust, Nora Pell, spoke at a rally in Kelbridge on Monday about the new timetable.

Tom Vale, the captain of the morning boat, said 40 passengers had signed a letter for the plan.

Ida Marsh, who runs the harbour cafe, said the 3 extra crossings would bring more visitors in summer.
"""


def test_a_role_shown_by_another_question_is_not_asked() -> None:
    wordings = [question_wording(drafted.question) for drafted in draft_article(_TEXT).questions]
    shown_with_name = [w for w in wordings if "The chair of the harbour trust, Nora Pell" in w]
    asked = [w for w in wordings if w.startswith("Who is the chair of the harbour trust")]
    assert not (shown_with_name and asked), wordings
