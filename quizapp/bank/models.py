"""The bank format: the one description of what a teacher may write in a TOML bank.

The question kinds live in modules of their own (quizapp.bank.question holds what they share;
choice_kinds, structured_kinds and numeric_kind the kinds); this module gathers them into the
discriminated `Question` union and the `Bank`, and is where the rest of quizapp imports them from.

Everything else is derived from these models: validation (pydantic), the JSON Schema that
editors use (`quizapp schema`), and the teacher documentation (`docs/bank-format.md`, generated
by `quizapp docs`). Field descriptions and each kind's docstring and `example` are written for
teachers, because they end up in front of teachers.

Cross-checks that pydantic cannot express from types alone (an answer must be one of the
choices, ids must be unique, ...) live here too: each kind lists its own problems in
`cross_checks()`, and the bank runs them all in one pass and reports every one, each at its
exact key. One pass over the bank costs a fraction of a validator per question, which matters
for a 10,000-question bank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cached_property
from typing import Annotated, Any, Literal, TypeAlias, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.dataclasses import dataclass
from pydantic_core import InitErrorDetails, PydanticCustomError

from quizapp.bank.choice_kinds import MultipleChoice, MultiSelect, ShortAnswer, TrueFalse
from quizapp.bank.numeric_kind import Numeric, NumericAlternative
from quizapp.bank.question import (
    CLOSED_RECORD,
    FORMAT_VERSION,
    ID_PATTERN,
    CrossCheck,
    Id,
    QuestionBase,
    Text,
    duplicates,
    field_infos,
)
from quizapp.bank.structured_kinds import Blank, Cloze, Matching, Ordering, Pair
from quizapp.bounds import MAX_STRING

__all__ = [
    "CROSS_CHECK_CODES",
    "FORMAT_VERSION",
    "ID_PATTERN",
    "KIND_NAMES",
    "MODEL_BY_KIND",
    "QUESTION_KINDS",
    "AnyQuestion",
    "Bank",
    "Blank",
    "Cloze",
    "CrossCheck",
    "Id",
    "Matching",
    "MultiSelect",
    "MultipleChoice",
    "Numeric",
    "NumericAlternative",
    "Ordering",
    "Pair",
    "Question",
    "QuestionBase",
    "ShortAnswer",
    "Source",
    "Text",
    "TrueFalse",
    "any_question",
    "cross_check_errors",
    "duplicate_id_errors",
    "field_infos",
]

AnyQuestion: TypeAlias = MultipleChoice | MultiSelect | TrueFalse | ShortAnswer | Cloze | Ordering | Matching | Numeric
"""A question of any kind, as code that builds questions (drafting, importers) types them."""

QUESTION_KINDS: tuple[type[QuestionBase], ...] = (
    MultipleChoice,
    MultiSelect,
    TrueFalse,
    ShortAnswer,
    Cloze,
    Ordering,
    Matching,
    Numeric,
)
KIND_NAMES: tuple[str, ...] = tuple(get_args(field_infos(kind)["kind"].annotation)[0] for kind in QUESTION_KINDS)
MODEL_BY_KIND: dict[str, type[QuestionBase]] = dict(zip(KIND_NAMES, QUESTION_KINDS, strict=True))


def any_question(question: QuestionBase) -> AnyQuestion:
    """`question` as the union of the kinds a bank holds (for code that builds questions generically).

    Raises TypeError for a QuestionBase that is none of the kinds: a programming error, not a teacher's.
    """
    if isinstance(
        question, MultipleChoice | MultiSelect | TrueFalse | ShortAnswer | Cloze | Ordering | Matching | Numeric
    ):
        return question
    raise TypeError(f"{type(question).__name__} is not a question kind of the bank format")


Question = Annotated[AnyQuestion, Field(discriminator="kind")]


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
class Source:
    """Where the bank's questions come from: an article, a chapter, a lecture."""

    title: Text = Field(description="Title of the source.")
    publisher: Text | None = Field(default=None, description="Who published it.")
    date: dt.date | None = Field(default=None, description="Publication date, as a TOML date: 2025-05-19.")
    url: Text | None = Field(default=None, description="Where to read it.")
    authors: tuple[Text, ...] = Field(default=(), description="Who wrote it.")


CROSS_CHECK_CODES = frozenset(
    {
        "duplicate",
        "duplicate_id",
        "answer_not_a_choice",
        "no_blanks",
        "empty_blank",
        "distractor_is_answer",
        "numeric_range",
    }
)
"""The error types raised by cross-checks; their messages are complete sentences already."""


def cross_check_errors(
    questions: Sequence[QuestionBase], positions: Sequence[int] | None = None
) -> list[InitErrorDetails]:
    """Every cross-check problem of these questions, as pydantic errors located in the bank.

    `positions` gives each question's place in the bank when `questions` is only some of
    them (the loader re-checks the questions that validated when others did not).
    """
    positions = positions if positions is not None else range(len(questions))
    errors: list[InitErrorDetails] = []
    for position, question in zip(positions, questions, strict=True):
        for check in question.cross_checks():
            errors.append(
                InitErrorDetails(
                    type=PydanticCustomError(check.code, check.message, check.context),
                    loc=("questions", position, *check.location),
                    input=question.id,
                )
            )
    return errors + duplicate_id_errors([question.id for question in questions], positions)


def duplicate_id_errors(ids: Sequence[Any], positions: Sequence[int]) -> list[InitErrorDetails]:
    """An error at each question whose id an earlier question already uses."""
    return [
        InitErrorDetails(
            type=PydanticCustomError(
                "duplicate_id",
                "id '{value}' is used by another question; ids must be unique in a bank",
                {"value": question_id},
            ),
            loc=("questions", positions[index], "id"),
            input=question_id,
        )
        for index, question_id in duplicates(ids)
        if isinstance(question_id, str)
    ]


class Bank(BaseModel):
    """A question bank: one TOML file, studied as one deck."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_STRING)

    format: Literal[1] = Field(default=FORMAT_VERSION, description="Version of the bank format. Write `format = 1`.")
    id: Id = Field(description="Stable id of the bank. Progress is kept under it, so renaming the file keeps progress.")
    title: Text = Field(description="Title shown in the bank list.")
    description: Text | None = Field(default=None, description="A sentence or two about the bank.")
    author: Text | None = Field(default=None, description="Who wrote the questions.")
    language: Text | None = Field(default=None, description="Language of the questions, e.g. 'en'.")
    source: Source | None = Field(default=None, description="Where the questions come from.")
    questions: tuple[Question, ...] = Field(min_length=1, description="The questions, each a `[[questions]]` table.")

    @model_validator(mode="after")
    def _cross_check_questions(self) -> Bank:
        errors = cross_check_errors(self.questions)
        if errors:
            raise ValidationError.from_exception_data("Bank", errors)
        return self

    @cached_property
    def answer_hashes(self) -> dict[str, str]:
        """Question id -> answer hash, in the bank's order: what the store keeps schedules against."""
        return {question.id: question.answer_hash for question in self.questions}

    @cached_property
    def by_id(self) -> dict[str, QuestionBase]:
        return {question.id: question for question in self.questions}

    @cached_property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({tag for question in self.questions for tag in question.tags}))
