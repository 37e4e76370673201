"""A place the people model took for a person is never swapped for a real person in a true/false statement.

"Stacy Baker of Columbia, South Carolina says ..." made a person of "South Carolina", and the true/false writer
then swapped it in "The competition heads next to South Carolina, which holds its primary" for a candidate:
"... heads next to Donald Trump, which holds its primary", false for the wrong reason (a person is no "which").
The fixture is in our own words.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import TrueFalse
from quizapp.draft.drafting import draft_article

_FIXTURE = Path(__file__).parent / "fixtures" / "patterns" / "place_then_which.txt"


def test_no_person_is_swapped_in_before_which() -> None:
    questions = [q.question for q in draft_article(_FIXTURE.read_text(encoding="utf-8")).questions]
    statements = [q.prompt for q in questions if isinstance(q, TrueFalse)]
    assert statements, "the fixture drafts true/false statements"
    for name in ("Ruth Calloway", "Martin Pell", "Ada Mercer"):
        assert not any(re.search(rf"{name}, which", statement) for statement in statements)
