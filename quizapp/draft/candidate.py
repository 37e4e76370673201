"""A drafted question with where it comes from in the article, for review before it counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizapp.bank.models import MODEL_BY_KIND, QuestionBase

if TYPE_CHECKING:
    from quizapp.draft.extraction import Extraction

LIMITS_WORDS = 800
"""The article length the per-article limits of the question kinds were set for: at one question per 80 words, ten
clozes and eight true/false questions on its facts. A live blog or debate of 4,000 words stopped at those limits and
reached one sound question per 110 words (issue 10, point 4)."""
MAX_SCALE = 8
"""No article's limits grow past eight times: the drafts of the longest transcripts stay reviewable."""


def length_scaled(limit: int, extraction: Extraction) -> int:
    """`limit` for an article of up to LIMITS_WORDS words; a longer article (a live blog, a debate, a transcript)
    gets as many more as its length asks."""
    words = extraction.words_up_to(LIMITS_WORDS * MAX_SCALE)  # counted no further than the most it can ask
    return max(limit, limit * words // LIMITS_WORDS)


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
