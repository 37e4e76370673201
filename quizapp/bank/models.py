"""The bank format: the one description of what a teacher may write in a TOML bank.

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
import hashlib
import json
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Annotated, Any, ClassVar, Final, Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, model_validator
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

from quizapp.bounds import MAX_STRING

FORMAT_VERSION: Final = 1
"""The bank format this quizapp writes and reads; banks declare it as `format = 1`."""

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


Text = Annotated[str, Field(min_length=1)]
"""A piece of teacher-written text: any characters, shown literally, never empty.

Checked inside pydantic-core: a Python validator (or stripping, or a regex) here would run on
every string of the bank and cost a quarter of a large bank's load time.
"""

Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=120,
        description="Letters, digits, '.', '_' or '-', starting with a letter or digit.",
    ),
]


_CLOSED = ConfigDict(extra="forbid", str_max_length=MAX_STRING)  # no text a screen could choke on
"""Closed tables: a misspelt key is an error, not silently ignored."""

# Questions and their parts are frozen pydantic dataclasses rather than BaseModels: they validate
# twice as fast, and a bank can hold tens of thousands of them. Each is decorated with
# `@dataclass(frozen=True, kw_only=True, config=_CLOSED)` written out, not through an alias, so
# that pydantic's mypy plugin sees them as the dataclasses they are.


def field_infos(model: type) -> dict[str, FieldInfo]:
    """pydantic's description of each field of a bank record (a pydantic dataclass), in order.

    pydantic sets `__pydantic_fields__` on every dataclass it builds, but its stubs do not declare
    it for dataclasses: this is the one place that reads it.
    """
    fields: dict[str, FieldInfo] = getattr(model, "__pydantic_fields__")  # noqa: B009 (see above)
    return fields


class CrossCheck(NamedTuple):
    """A problem that types alone cannot catch, at `key` (and list position) of a question."""

    location: tuple[str | int, ...]
    code: str
    message: str
    context: dict[str, Any]


def _duplicates(values: Sequence[Any]) -> list[tuple[int, Any]]:
    """(index, value) of every value seen before in `values`; an array or table where text belongs is
    not compared (its type is reported on its own)."""
    try:
        if len(set(values)) == len(values):
            return []
    except TypeError:
        pass
    seen: set[Any] = set()
    found = []
    for index, value in enumerate(values):
        try:
            if value in seen:
                found.append((index, value))
            seen.add(value)
        except TypeError:
            continue
    return found


def _duplicate_checks(values: Sequence[str], key: str, what: str) -> list[CrossCheck]:
    return [
        CrossCheck((key, index), "duplicate", f"{what} '{{value}}' appears twice", {"value": value})
        for index, value in _duplicates(values)
    ]


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class QuestionBase:
    """What every question has, whatever its kind."""

    kind: str
    id: Id = Field(
        description="Stable id of the question within the bank. A student's progress is kept under it, "
        "so keep it when you reword a question."
    )
    prompt: Text = Field(description="The question as the student sees it. Shown literally.")
    explanation: Text = Field(
        description="Shown after the student answers: why the answer is right, in your own words."
    )
    source: Text | None = Field(
        default=None, description="A short verbatim excerpt of the text the question comes from."
    )
    tags: tuple[Text, ...] = Field(default=(), description="Topics for filtering and per-topic statistics.")

    example: ClassVar[str] = ""
    """A TOML snippet for the teacher documentation; a test validates every one."""

    def answer_fields(self) -> dict[str, Any]:
        """The fields that decide what is right; a change to them restarts the schedule."""
        raise NotImplementedError

    def cross_checks(self) -> list[CrossCheck]:
        """Problems that types alone cannot catch; empty when the question is sound."""
        return []

    @cached_property
    def answer_hash(self) -> str:
        """A short fingerprint of the answer: the store restarts a question's schedule when it changes.

        Rewording a prompt or an explanation keeps the student's progress; changing what counts
        as right does not.
        """
        canonical = json.dumps({"kind": self.kind, **self.answer_fields()}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class MultipleChoice(QuestionBase):
    """One right choice among several. Choices are shown shuffled unless `shuffle = false`."""

    kind: Literal["multiple_choice"] = Field(description='Which kind of question this is: "multiple_choice".')
    choices: tuple[Text, ...] = Field(min_length=2, description="Every choice, the right one included.")
    answer: Text = Field(description="The right choice, written exactly as in `choices`.")
    shuffle: StrictBool = Field(default=True, description="Shuffle the choices each time the question is asked.")

    example: ClassVar[str] = """
[[questions]]
id = "capital-of-france"
kind = "multiple_choice"
prompt = "What is the capital of France?"
choices = ["Paris", "Lyon", "Marseille", "Nice"]
answer = "Paris"
explanation = "Paris has been the capital since the 10th century."
"""

    def cross_checks(self) -> list[CrossCheck]:
        if self.answer in self.choices and len(set(self.choices)) == len(self.choices):
            return []
        problems = _duplicate_checks(self.choices, "choices", "choice")
        if self.answer not in self.choices:
            problems.append(
                CrossCheck(
                    ("answer",),
                    "answer_not_a_choice",
                    "answer '{answer}' is not one of the choices",
                    {"answer": self.answer},
                )
            )
        return problems

    def answer_fields(self) -> dict[str, Any]:
        return {"choices": sorted(self.choices), "answer": self.answer}


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class MultiSelect(QuestionBase):
    """Several right choices. Each right pick earns credit and each wrong pick takes one away; only
    exactly the right choices count as right."""

    kind: Literal["multi_select"] = Field(description='Which kind of question this is: "multi_select".')
    choices: tuple[Text, ...] = Field(min_length=2, description="Every choice, right and wrong.")
    answers: tuple[Text, ...] = Field(
        min_length=1, description="The right choices, each written exactly as in `choices`."
    )
    shuffle: StrictBool = Field(default=True, description="Shuffle the choices each time the question is asked.")

    example: ClassVar[str] = """
[[questions]]
id = "primary-colours"
kind = "multi_select"
prompt = "Which of these are primary colours of light?"
choices = ["Red", "Green", "Blue", "Yellow"]
answers = ["Red", "Green", "Blue"]
explanation = "Screens mix red, green and blue light; yellow is red plus green."
"""

    def cross_checks(self) -> list[CrossCheck]:
        choices = set(self.choices)
        if (
            len(choices) == len(self.choices)
            and len(set(self.answers)) == len(self.answers)
            and choices.issuperset(self.answers)
        ):
            return []
        problems = _duplicate_checks(self.choices, "choices", "choice")
        problems += _duplicate_checks(self.answers, "answers", "answer")
        problems += [
            CrossCheck(
                ("answers", index),
                "answer_not_a_choice",
                "answer '{answer}' is not one of the choices",
                {"answer": answer},
            )
            for index, answer in enumerate(self.answers)
            if answer not in choices
        ]
        return problems

    def answer_fields(self) -> dict[str, Any]:
        return {"choices": sorted(self.choices), "answers": sorted(self.answers)}


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class TrueFalse(QuestionBase):
    """A statement the student marks true or false."""

    kind: Literal["true_false"] = Field(description='Which kind of question this is: "true_false".')
    answer: StrictBool = Field(description="Whether the statement in `prompt` is true: true or false.")

    example: ClassVar[str] = """
[[questions]]
id = "water-boils-at-100"
kind = "true_false"
prompt = "At sea level, water boils at 100 °C."
answer = true
explanation = "At standard pressure (1 atm) the boiling point of water is 100 °C."
"""

    def answer_fields(self) -> dict[str, Any]:
        return {"answer": self.answer}


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class ShortAnswer(QuestionBase):
    """A typed answer. Case, accents, punctuation, extra spaces, a leading "the", "a" or "an", and
    number words ("fourteen" for 14) do not matter; one typo is forgiven in answers of six letters
    or more, two from twelve letters, never in answers with digits."""

    kind: Literal["short_answer"] = Field(description='Which kind of question this is: "short_answer".')
    answer: Text = Field(description="The answer shown to the student as the right one.")
    alternatives: tuple[Text, ...] = Field(
        default=(), description="Other answers that also count as right (other spellings, synonyms, abbreviations)."
    )

    example: ClassVar[str] = """
[[questions]]
id = "longest-river"
kind = "short_answer"
prompt = "Which river flows through Cairo?"
answer = "the Nile"
alternatives = ["Nile River"]
explanation = "Cairo lies on the Nile, just south of its delta."
"""

    def answer_fields(self) -> dict[str, Any]:
        return {"answer": self.answer, "alternatives": sorted(self.alternatives)}


_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_EMPTY_BLANK = re.compile(r"\{\{\s*(\||\}\})|\|\s*\||\|\s*\}\}")


class Blank(NamedTuple):
    """One blank of a cloze passage: the answer shown, and every answer accepted."""

    answer: str
    alternatives: tuple[str, ...]

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.answer, *self.alternatives)


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class Cloze(QuestionBase):
    """A passage with blanks to fill in. Mark each blank as `{{answer}}`, or
    `{{answer|alternative|...}}` when several answers are right."""

    kind: Literal["cloze"] = Field(description='Which kind of question this is: "cloze".')
    text: Text = Field(description="The passage. Each `{{...}}` is a blank; `|` separates accepted answers.")

    example: ClassVar[str] = """
[[questions]]
id = "moon-landing"
kind = "cloze"
prompt = "Fill in the blanks."
text = "Apollo {{11|eleven}} landed on the Moon in {{1969}}."
explanation = "Armstrong and Aldrin landed on 20 July 1969."
"""

    def cross_checks(self) -> list[CrossCheck]:
        blanks = _BLANK.findall(self.text)
        if blanks and not _EMPTY_BLANK.search(self.text):
            return []
        if not blanks:
            return [CrossCheck(("text",), "no_blanks", "a cloze needs at least one blank, written as {{answer}}", {})]
        return [
            CrossCheck(
                ("text",),
                "empty_blank",
                "blank {number} has an empty answer: write it between the braces",
                {"number": number},
            )
            for number, blank in enumerate(blanks, start=1)
            if not all(part.strip() for part in blank.split("|"))
        ]

    @cached_property
    def blanks(self) -> tuple[Blank, ...]:
        blanks = []
        for match in _BLANK.finditer(self.text):
            first, *alternatives = (part.strip() for part in match.group(1).split("|"))
            blanks.append(Blank(first, tuple(alternatives)))
        return tuple(blanks)

    def segments(self) -> list[str | int]:
        """The passage as text pieces and blank numbers, in order, for display."""
        parts: list[str | int] = []
        last = 0
        for number, match in enumerate(_BLANK.finditer(self.text)):
            parts.append(self.text[last : match.start()])
            parts.append(number)
            last = match.end()
        parts.append(self.text[last:])
        return [part for part in parts if part != ""]

    def answer_fields(self) -> dict[str, Any]:
        return {"text": self.text}


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class Ordering(QuestionBase):
    """Items to put in order. Write them in the right order; they are shown shuffled."""

    kind: Literal["ordering"] = Field(description='Which kind of question this is: "ordering".')
    items: tuple[Text, ...] = Field(
        min_length=2, max_length=26, description="The items, in the right order (first to last)."
    )

    example: ClassVar[str] = """
[[questions]]
id = "planets-from-sun"
kind = "ordering"
prompt = "Order these planets from the Sun outwards."
items = ["Mercury", "Venus", "Earth", "Mars"]
explanation = "Mercury is closest to the Sun; Mars is the fourth planet."
"""

    def cross_checks(self) -> list[CrossCheck]:
        return _duplicate_checks(self.items, "items", "item")

    def answer_fields(self) -> dict[str, Any]:
        return {"items": list(self.items)}


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class Pair:
    """One left item and the right item it goes with."""

    left: Text = Field(description="The item to match, e.g. a quotation.")
    right: Text = Field(description="What it matches, e.g. the speaker. Several left items may share one.")


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class Matching(QuestionBase):
    """Match each left item to a right item ("who said what"). Right items may repeat, and
    `distractors` adds right items that match nothing."""

    kind: Literal["matching"] = Field(description='Which kind of question this is: "matching".')
    pairs: tuple[Pair, ...] = Field(min_length=2, max_length=26, description="The right pairs.")
    distractors: tuple[Text, ...] = Field(default=(), description="Extra right-side options that match no left item.")

    example: ClassVar[str] = """
[[questions]]
id = "who-wrote-what"
kind = "matching"
prompt = "Match each book to its author."
pairs = [
  { left = "Pride and Prejudice", right = "Jane Austen" },
  { left = "Emma", right = "Jane Austen" },
  { left = "Great Expectations", right = "Charles Dickens" },
]
distractors = ["Mark Twain"]
explanation = "Austen wrote both novels; Dickens wrote Great Expectations."
"""

    def cross_checks(self) -> list[CrossCheck]:
        lefts = [pair.left for pair in self.pairs]
        rights = {pair.right for pair in self.pairs}
        if len(set(lefts)) == len(lefts) and (
            not self.distractors
            or (rights.isdisjoint(self.distractors) and len(set(self.distractors)) == len(self.distractors))
        ):
            return []
        problems = [
            CrossCheck(("pairs", index, "left"), "duplicate", "left item '{value}' appears twice", {"value": value})
            for index, value in _duplicates(lefts)
        ]
        problems += [
            CrossCheck(
                ("distractors", index),
                "distractor_is_answer",
                "distractor '{value}' is also a right answer",
                {"value": value},
            )
            for index, value in enumerate(self.distractors)
            if value in rights
        ]
        problems += _duplicate_checks(self.distractors, "distractors", "distractor")
        return problems

    @property
    def options(self) -> tuple[str, ...]:
        """Every right-side option, each once, answers before distractors."""
        return tuple(dict.fromkeys([*(pair.right for pair in self.pairs), *self.distractors]))

    def answer_fields(self) -> dict[str, Any]:
        return {
            "pairs": sorted([pair.left, pair.right] for pair in self.pairs),
            "distractors": sorted(self.distractors),
        }


Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
"""A TOML number, whole or decimal (text in quotes is not a number)."""


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
class NumericAlternative:
    """Another number that earns credit, with its own tolerance (GIFT and Moodle call this a
    second answer)."""

    answer: Number = Field(description="The number.")
    tolerance: Number = Field(default=0.0, ge=0, description="How far from it a typed number may be.")
    credit: Number = Field(
        default=1.0, gt=0, le=1, description="The share of full credit it earns, from 0 (excluded) to 1."
    )


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
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

Question = Annotated[
    MultipleChoice | MultiSelect | TrueFalse | ShortAnswer | Cloze | Ordering | Matching | Numeric,
    Field(discriminator="kind"),
]


@dataclass(frozen=True, kw_only=True, config=_CLOSED)
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
        for index, question_id in _duplicates(ids)
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
    def by_id(self) -> dict[str, QuestionBase]:
        return {question.id: question for question in self.questions}

    @cached_property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({tag for question in self.questions for tag in question.tags}))
