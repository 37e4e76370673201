"""Shared by the store tests: a fixed time, real FSRS cards, and answers recorded the app's way."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from quizapp.domain.scheduling import Rating, Scheduler
from quizapp.storage import ReviewRecord, Store

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)
SCHEDULER = Scheduler(fuzz=False)


def answer(
    store: Store,
    profile_id: int,
    question_id: str,
    *,
    bank_id: str = "bank",
    at: datetime = NOW,
    rating: Rating = Rating.GOOD,
    correct: bool = True,
    answer_hash: str = "hash",
    response: Any = "Paris",
    session_id: int | None = None,
) -> ReviewRecord:
    """Record an answer the way the app does: scheduled from the stored card, read as it is saved."""
    return store.record_review(
        profile_id=profile_id,
        bank_id=bank_id,
        question_id=question_id,
        session_id=session_id,
        answered_at=at,
        response=response,
        correct=correct,
        score=1.0 if correct else 0.0,
        rating=rating,
        duration_ms=4200,
        answer_hash=answer_hash,
        schedule=lambda before: SCHEDULER.review(before, rating, at),
    )
