"""Grading: a pure function from (question, response) to a result the student can learn from.

Responses by kind (what the app passes in):
- multiple_choice: the chosen choice's text (str)
- multi_select: the chosen choices' texts (a collection of str)
- true_false: bool (strings such as "true"/"false"/"t"/"f"/"yes"/"no" are understood)
- short_answer: the typed text (str)
- cloze: one typed text per blank, in order (a sequence of str)
- ordering: the items in the student's order (a sequence of str)
- matching: left item -> chosen right item (a mapping of str to str)

`grade` never raises, whatever it is given: a response of the wrong shape is simply wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Response = str | bool | Sequence[str] | Mapping[str, str] | None


@dataclass(frozen=True)
class PartResult:
    """One part of an answer: a blank, a position in an order, a matched pair, a choice."""

    label: str
    """What the part is, for display: 'blank 2', 'position 3', a left item, a choice."""
    given: str
    expected: str
    correct: bool


@dataclass(frozen=True)
class GradeResult:
    correct: bool
    """Entirely right (score == 1)."""
    score: float
    """From 0 to 1; partial credit for multi_select, cloze, ordering and matching."""
    expected: str
    """The right answer, written for display."""
    given: str
    """The student's answer, written for display."""
    parts: tuple[PartResult, ...] = ()
    """Which parts were right or wrong (empty for single-part kinds)."""
    note: str = ""
    """A remark such as 'accepted with a typo: the spelling is Istanbul'."""

    @property
    def partly_right(self) -> bool:
        return not self.correct and self.score > 0


def grade(question: Any, response: Response) -> GradeResult:
    """Grade `response` to `question` (any question kind from quizapp.bank.models)."""
    raise NotImplementedError
