"""The numeric kind: a number, right within a tolerance or a range, with optional units and partial credit."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from quizapp.bank.question import (
    CLOSED_RECORD,
    CrossCheck,
    QuestionBase,
    Text,
)

Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
"""A TOML number, whole or decimal (text in quotes is not a number)."""


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
class NumericAlternative:
    """Another number that earns credit, with its own tolerance (GIFT and Moodle call this a
    second answer)."""

    answer: Number = Field(description="The number.")
    tolerance: Number = Field(default=0.0, ge=0, description="How far from it a typed number may be.")
    credit: Number = Field(
        default=1.0, gt=0, le=1, description="The share of full credit it earns, from 0 (excluded) to 1."
    )


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
class Numeric(QuestionBase):
    """A number to type. Right within `tolerance` of `answer`, or anywhere in `range`. The
    student may write a decimal comma (2,5) and thousands separators (12 500 or 12,500), and may
    add one of the `units` after the number."""

    kind: Literal["numeric"] = Field(description='Which kind of question this is: "numeric".')
    answer: Number = Field(description="The right number, shown to the student as the answer.")
    tolerance: Number = Field(
        default=0.0, ge=0, description="How far from `answer` a typed number may be and still count as right."
    )
    range: tuple[Number, Number] | None = Field(
        default=None,
        description="Instead of `tolerance`: the lowest and the highest number that count as right, "
        "e.g. [8.1, 8.5]. `answer` must lie in it.",
    )
    units: tuple[Text, ...] = Field(
        default=(), description="Units the student may write after the number; the first is shown beside the box."
    )
    alternatives: tuple[NumericAlternative, ...] = Field(
        default=(), description="Other numbers that earn full or partial credit."
    )

    example: ClassVar[str] = """
[[questions]]
id = "sunlight-minutes"
kind = "numeric"
prompt = "About how many minutes does sunlight take to reach the Earth?"
answer = 8.3
tolerance = 0.2
units = ["minutes", "min"]
explanation = "The Sun is about 150 million km away; light covers that in about 8 minutes 20 seconds."
"""

    def cross_checks(self) -> list[CrossCheck]:
        if self.range is None:
            return []
        low, high = self.range
        if low > high:
            return [CrossCheck(("range",), "numeric_range", "the range must go from the lowest to the highest", {})]
        problems = []
        if self.tolerance:
            problems.append(
                CrossCheck(("tolerance",), "numeric_range", "give either a tolerance or a range, not both", {})
            )
        if not low <= self.answer <= high:
            problems.append(
                CrossCheck(
                    ("answer",),
                    "numeric_range",
                    "answer {answer} is outside the range",
                    {"answer": repr(self.answer).removesuffix(".0")},
                )
            )
        return problems

    def answer_fields(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "tolerance": self.tolerance,
            "range": list(self.range) if self.range else None,
            "units": sorted(self.units),
            "alternatives": sorted([a.answer, a.tolerance, a.credit] for a in self.alternatives),
        }
