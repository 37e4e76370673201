"""Each question kind's facts in one table, so that adding a kind is one entry per layer.

What a teacher writes for a kind is its model in quizapp.bank.models. What the rest of quizapp
needs to know about a kind was spread over a dozen files (labels in the TUI, quick times in the
scheduler, part counts in the study service, answer summaries in the draft review); it is all
here now, keyed by the kind's name. The other layers keep one table each, keyed the same way:
graders (`quizapp.domain.grading`), answer widgets and their key hints
(`quizapp.tui.widgets.answers.ANSWER_WIDGETS`), and one mapping per interchange format.
`tests/test_kinds.py` checks that every table covers every kind.

This module imports nothing heavy (no pydantic): the first screen reads the labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizapp.domain.numeric import described
from quizapp.text import plural


def _one(question: Any) -> int:
    return 1


@dataclass(frozen=True)
class KindInfo:
    """What quizapp knows about one question kind, beyond the fields a teacher writes."""

    name: str
    label: str
    """What the kind asks the student to do; the quiz and the draft review both show it."""
    recognition: bool
    """The right answer is among what the student is shown (true/false, choices, matching): a right
    answer may be recognised or guessed, so it is at most Good (quizapp.domain.rating). Otherwise
    the student produces the answer from memory (recall)."""
    summary: Callable[[Any], str]
    """The right answer in a few words, for lists (the draft review, reports)."""
    parts: Callable[[Any], int] = _one
    """How many parts an answer has (blanks, items, pairs): answer times are compared per part."""


def _true_false(question: Any) -> str:
    return "true" if question.answer else "false"


def _numeric(question: Any) -> str:
    answer = described(question.answer, question.tolerance, question.range)
    return f"{answer} {question.units[0]}" if question.units else answer


KINDS: dict[str, KindInfo] = {
    info.name: info
    for info in (
        KindInfo("multiple_choice", "Choose one", True, lambda q: q.answer),
        KindInfo("multi_select", "Choose all that apply", True, lambda q: ", ".join(q.answers)),
        KindInfo("true_false", "True or false?", True, _true_false),
        KindInfo("short_answer", "Type the answer", False, lambda q: q.answer),
        KindInfo(
            "cloze",
            "Fill in the blanks",
            False,
            lambda q: ", ".join(blank.answer for blank in q.blanks),
            parts=lambda q: len(q.blanks),
        ),
        KindInfo(
            "ordering",
            "Put in order",
            False,
            lambda q: plural(len(q.items), "item") + " in order",
            parts=lambda q: len(q.items),
        ),
        KindInfo(
            "matching",
            "Match each item",
            True,
            lambda q: plural(len(q.pairs), "pair"),
            parts=lambda q: len(q.pairs),
        ),
        KindInfo("numeric", "Type a number", False, _numeric),
    )
}
"""Every kind quizapp knows, in the order the documentation lists them."""


def kind_label(kind: str) -> str:
    """The kind's label, or the kind's own name when it is unknown."""
    info = KINDS.get(kind)
    return info.label if info is not None else kind


def is_recognition(kind: str) -> bool:
    """Whether a right answer of this kind may have been recognised or guessed (an unknown kind: yes,
    which never overrates it)."""
    info = KINDS.get(kind)
    return info.recognition if info is not None else True


def guess_chance(question: Any) -> float:
    """The chance of a right answer by guessing alone: 1/2 for true/false, 1/n for n choices, one
    non-empty subset of n for multi-select, one of n! pairings for matching; 0 for recall kinds."""
    import math

    if question.kind == "true_false":
        return 0.5
    if question.kind == "multiple_choice":
        return 1 / max(1, len(question.choices))
    if question.kind == "multi_select":
        subsets: int = 2 ** len(question.choices) - 1  # every non-empty choice of boxes
        return 1 / max(1, subsets)
    if question.kind == "matching":
        return 1 / math.factorial(max(1, len(question.pairs)))
    return 0.0


def answer_parts(question: Any) -> int:
    """How many parts an answer to `question` has."""
    info = KINDS.get(question.kind)
    return info.parts(question) if info is not None else 1


def answer_summary(question: Any) -> str:
    """The right answer to `question` in a few words ('' for an unknown kind)."""
    info = KINDS.get(question.kind)
    return info.summary(question) if info is not None else ""
