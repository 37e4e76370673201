"""True/false swaps that are false for the wrong reason: a real person swapped in for a place the people model
took for one, and half a fraction swapped alone. The fixtures are in our own words.

"Stacy Baker of Columbia, South Carolina says ..." made a person of "South Carolina", and the true/false writer
then swapped it in "The competition heads next to South Carolina, which holds its primary" for a candidate:
"... heads next to Donald Trump, which holds its primary", false for the wrong reason (a person is no "which").
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


_FRACTIONS = Path(__file__).parent / "fixtures" / "patterns" / "fractions_in_facts.txt"
_FRACTION = re.compile(r"\b\w+-(?:halves|thirds|quarters|fifths)\b")


def test_a_fractions_numerator_is_never_swapped_alone() -> None:
    """ "as high as three-quarters" became "as high as two-quarters", "two-thirds" became "three-thirds": false
    for the wrong reason, the statement reads wrong whatever the article says."""
    text = _FRACTIONS.read_text(encoding="utf-8")
    questions = [q.question for q in draft_article(text).questions]
    statements = [q.prompt for q in questions if isinstance(q, TrueFalse)]
    assert statements, "the fixture drafts true/false statements"
    for statement in statements:
        assert all(fraction in text for fraction in _FRACTION.findall(statement)), statement
