"""The kinds whose answer is one text or a set of texts: multiple choice, multi-select, true/false, short answer."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, StrictBool
from pydantic.dataclasses import dataclass

from quizapp.bank.question import (
    CLOSED_RECORD,
    CrossCheck,
    QuestionBase,
    Text,
    duplicate_checks,
)


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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
        problems = duplicate_checks(self.choices, "choices", "choice")
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


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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
        problems = duplicate_checks(self.choices, "choices", "choice")
        problems += duplicate_checks(self.answers, "answers", "answer")
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


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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
