"""The question "where did this happen?" asks the place of the event a deed happened at ("spoke at a rally in
Leeds"), unless the event is still to come or belongs to an infinitive ("a chance to speak at a rally in Leeds").
Fixtures written for these tests."""

from __future__ import annotations

from quizapp.bank.models import ShortAnswer
from quizapp.draft.extraction import extract
from quizapp.draft.fact_questions import fact_questions

_TEXT = """Ferry campaign goes on.

Nora Pell, the chair of the ferry users' group, attacked the fare rise on Monday during a rally in Kelbridge.

Tom Vale, the captain of the morning boat, will speak about the timetable at a meeting in Ashby next week.

Ida Marsh, who runs the harbour cafe, turned down a chance to speak at a forum in Dunmore on Tuesday.
"""


def _where() -> dict[str, str]:
    asked = [drafted.question for drafted in fact_questions(extract(_TEXT))]
    return {q.prompt: q.answer for q in asked if isinstance(q, ShortAnswer) and q.prompt.startswith("Where")}


def test_the_place_of_the_event_a_deed_happened_at_is_asked() -> None:
    assert list(_where().values()) == ["Kelbridge"]
    (prompt,) = _where()
    assert "Kelbridge" not in prompt and "during a rally" in prompt
