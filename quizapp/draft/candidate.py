"""A drafted question with where it comes from in the article, for review before it counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.bank.models import MODEL_BY_KIND, QuestionBase


@dataclass(frozen=True)
class DraftedQuestion:
    """One question of the draft and the span of the article text its `source` excerpt quotes."""

    question: QuestionBase
    source_span: tuple[int, int]
    """Offsets into `Draft.text` of the verbatim excerpt, for highlighting in the review screen."""
    paragraph: int
    """1-based paragraph of the article the question comes from."""
    answer_key: tuple[int, str]
    """(sentence start, answer): two questions with the same key ask the same thing."""
    unsure: str | None = None
    """Why the answer key may be wrong (an unsure speaker): shown in review, never kept by default."""

    @property
    def id(self) -> str:
        return self.question.id


def make_question(kind: str, **fields: Any) -> QuestionBase:
    """Build and validate a question of the bank format (raises pydantic's ValidationError if invalid)."""
    return MODEL_BY_KIND[kind](kind=kind, **fields)
