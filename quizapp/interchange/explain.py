"""A neutral explanation for questions imported without feedback.

The bank format requires an explanation (students learn from it). When the source has none,
the honest thing is to state the answer and nothing more, and to tell the teacher so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from quizapp.domain.numeric import described

_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
"""A cloze blank, as the bank format writes it (quizapp.bank.models.Cloze)."""

NO_FEEDBACK = "no feedback in the source: wrote a neutral explanation that states the answer"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _cloze(fields: Mapping[str, Any]) -> str:
    answers = [blank.split("|")[0].strip() for blank in _BLANK.findall(fields["text"])]
    if len(answers) == 1:
        return _sentence(f"The missing word is: {answers[0]}")
    return _sentence("The missing words are: " + "; ".join(answers))


def _short_answer(fields: Mapping[str, Any]) -> str:
    also = fields.get("alternatives") or ()
    text = _sentence(f"The answer is: {fields['answer']}")
    return text + (" " + _sentence("Also accepted: " + "; ".join(also)) if also else "")


def _matching(fields: Mapping[str, Any]) -> str:
    pairs = "; ".join(f"{pair['left']} → {pair['right']}" for pair in fields["pairs"])
    return _sentence(f"The right pairs are: {pairs}")


def _numeric(fields: Mapping[str, Any]) -> str:
    bounds = fields.get("range")
    answer = described(fields["answer"], fields.get("tolerance", 0.0), tuple(bounds) if bounds else None)
    return _sentence(f"The answer is {answer}")


EXPLAINERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "multiple_choice": lambda fields: _sentence(f"The right answer is: {fields['answer']}"),
    "multi_select": lambda fields: _sentence("The right answers are: " + "; ".join(fields["answers"])),
    "true_false": lambda fields: "The statement is true." if fields["answer"] else "The statement is false.",
    "short_answer": _short_answer,
    "cloze": _cloze,
    "ordering": lambda fields: _sentence("The right order is: " + ", then ".join(fields["items"])),
    "matching": _matching,
    "numeric": _numeric,
}
"""One neutral explanation per kind, from the question's fields as an importer builds them."""


def neutral_explanation(fields: Mapping[str, Any]) -> str:
    """One sentence that states what counts as right, for any question kind given as its fields."""
    explainer = EXPLAINERS.get(fields["kind"])
    if explainer is None:
        raise ValueError(f"unknown question kind {fields['kind']!r}")
    return explainer(fields)
