"""The kinds whose answer has parts: cloze (blanks in a text), ordering (items in order), matching (pairs)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, ClassVar, Literal, NamedTuple

from pydantic import Field
from pydantic.dataclasses import dataclass

from quizapp.bank.question import (
    CLOSED_RECORD,
    CrossCheck,
    QuestionBase,
    Text,
    duplicate_checks,
    duplicates,
)

_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_EMPTY_BLANK = re.compile(r"\{\{\s*(\||\}\})|\|\s*\||\|\s*\}\}")


class Blank(NamedTuple):
    """One blank of a cloze passage: the answer shown, and every answer accepted."""

    answer: str
    alternatives: tuple[str, ...]

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.answer, *self.alternatives)


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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
        return duplicate_checks(self.items, "items", "item")

    def answer_fields(self) -> dict[str, Any]:
        return {"items": list(self.items)}


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
class Pair:
    """One left item and the right item it goes with."""

    left: Text = Field(description="The item to match, e.g. a quotation.")
    right: Text = Field(description="What it matches, e.g. the speaker. Several left items may share one.")


@dataclass(frozen=True, kw_only=True, config=CLOSED_RECORD)
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
            for index, value in duplicates(lefts)
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
        problems += duplicate_checks(self.distractors, "distractors", "distractor")
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
