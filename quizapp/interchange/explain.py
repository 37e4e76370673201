"""A neutral explanation for questions imported without feedback.

The bank format requires an explanation (students learn from it). When the source has none,
the honest thing is to state the answer and nothing more, and to tell the teacher so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
"""A cloze blank, as the bank format writes it (quizapp.bank.models.Cloze)."""

NO_FEEDBACK = "no feedback in the source: wrote a neutral explanation that states the answer"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def neutral_explanation(fields: Mapping[str, Any]) -> str:
    """One sentence that states what counts as right, for any question kind given as its fields."""
    kind = fields["kind"]
    if kind == "multiple_choice":
        return _sentence(f"The right answer is: {fields['answer']}")
    if kind == "multi_select":
        return _sentence("The right answers are: " + "; ".join(fields["answers"]))
    if kind == "true_false":
        return "The statement is true." if fields["answer"] else "The statement is false."
    if kind == "short_answer":
        also = fields.get("alternatives") or ()
        text = _sentence(f"The answer is: {fields['answer']}")
        return text + (" " + _sentence("Also accepted: " + "; ".join(also)) if also else "")
    if kind == "cloze":
        answers = [blank.split("|")[0].strip() for blank in _BLANK.findall(fields["text"])]
        if len(answers) == 1:
            return _sentence(f"The missing word is: {answers[0]}")
        return _sentence("The missing words are: " + "; ".join(answers))
    if kind == "ordering":
        return _sentence("The right order is: " + ", then ".join(fields["items"]))
    if kind == "matching":
        pairs = "; ".join(f"{pair['left']} → {pair['right']}" for pair in fields["pairs"])
        return _sentence(f"The right pairs are: {pairs}")
    raise ValueError(f"unknown question kind {kind!r}")
