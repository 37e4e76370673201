"""Numerical answers as Moodle keeps them (GIFT and Moodle XML alike), as a numeric question.

Moodle's numerical question has any number of answers, each a number with a margin and a share
of the credit. quizapp's numeric keeps the first full-credit one as `answer` (with its
tolerance, or as a `range` when the source wrote one) and the others as `alternatives`.
Numbers stay exact as written (decimal, not binary floating point) until they become TOML.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from quizapp.domain.numeric import shown


@dataclass(frozen=True)
class NumericAnswer:
    centre: Decimal
    margin: Decimal
    credit: float
    """From 0 (excluded) to 1."""
    feedback: str | None = None
    as_range: bool = False


def parse_number(text: str) -> Decimal | None:
    """A finite number as a teacher wrote it in the source, or None."""
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def numeric_fields(
    prompt: str, answers: list[NumericAnswer], answer_feedback: list[tuple[str, str]]
) -> dict[str, Any] | None:
    """The numeric question's fields (with `_feedback` for the right answer's feedback), or None
    when no answer earns full credit. Other answers' feedback goes to `answer_feedback`."""
    full = [answer for answer in answers if answer.credit >= 1]
    if not full:
        return None
    first = full[0]
    fields: dict[str, Any] = {"kind": "numeric", "prompt": prompt, "answer": float(first.centre)}
    if first.as_range:
        fields["range"] = [float(first.centre - first.margin), float(first.centre + first.margin)]
    elif first.margin:
        fields["tolerance"] = float(first.margin)
    others = [answer for answer in answers if answer is not first]
    if others:
        fields["alternatives"] = [
            {"answer": float(other.centre), "tolerance": float(other.margin)}
            | ({"credit": other.credit} if other.credit < 1 else {})
            for other in others
        ]
    if first.feedback:
        fields["_feedback"] = first.feedback
    answer_feedback.extend((shown(other.centre), other.feedback) for other in others if other.feedback)
    return fields
