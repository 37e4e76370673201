"""The session planner: what to study now, in which order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.domain.planner import DueReview, Mode, interleave, plan_session

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)
IDS = [f"q{number}" for number in range(10)]


def due(question_id: str, recall: float, days_ago: float = 1.0) -> DueReview:
    return DueReview(question_id, recall, NOW - timedelta(days=days_ago))


def study(reviews: list[DueReview], scheduled: set[str] | None = None, **options) -> tuple[str, ...]:
    scheduled = {review.question_id for review in reviews} if scheduled is None else scheduled
    return plan_session(IDS, Mode.STUDY, due=reviews, scheduled=scheduled, **options)


def test_study_asks_due_reviews_most_at_risk_first_then_new_ones_up_to_the_allowance() -> None:
    reviews = [due("q1", 0.8), due("q2", 0.3), due("q4", 0.6)]
    plan = study(reviews, scheduled={"q1", "q2", "q3", "q4"}, new_allowance=2, seed=7)
    assert [question_id for question_id in plan if question_id in {"q1", "q2", "q4"}] == ["q2", "q4", "q1"]
    assert [question_id for question_id in plan if question_id not in {"q1", "q2", "q4"}] == ["q0", "q5"]
    assert "q3" not in plan  # scheduled, not due: neither a review nor new


def test_equal_recall_puts_the_longest_overdue_first() -> None:
    plan = study([due("q1", 0.5, days_ago=1), due("q2", 0.5, days_ago=3), due("q3", 0.5, days_ago=2)])
    assert plan == ("q2", "q3", "q1")


def test_a_review_of_a_question_no_longer_in_the_bank_is_not_asked() -> None:
    assert study([due("gone", 0.1), due("q1", 0.5)]) == ("q1",)


def test_new_questions_are_interleaved_at_seeded_places() -> None:
    reviews = [due(f"q{number}", number / 10) for number in range(5)]
    plans = {study(reviews, new_allowance=5, seed=seed) for seed in range(20)}
    assert len(plans) > 1  # the places of the new questions vary with the seed
    assert study(reviews, new_allowance=5, seed=3) == study(reviews, new_allowance=5, seed=3)
    assert any(plan.index("q5") < plan.index("q0") for plan in plans)  # not all new ones at the end
    assert all([q for q in plan if q in {"q0", "q1", "q2", "q3", "q4"}] == IDS[:5] for plan in plans)


def test_a_used_up_allowance_means_reviews_only() -> None:
    assert study([due("q1", 0.5)], new_allowance=0) == ("q1",)
    assert study([due("q1", 0.5)], new_allowance=-3) == ("q1",)


def test_a_limit_keeps_due_reviews_before_new_questions() -> None:
    reviews = [due("q1", 0.9), due("q2", 0.5), due("q3", 0.1)]
    assert study(reviews, new_allowance=20, limit=2) == ("q3", "q2")
    longer = study(reviews, new_allowance=20, limit=5, seed=1)
    assert sorted(longer) == ["q0", "q1", "q2", "q3", "q4"]
    with pytest.raises(ValueError, match="negative"):
        study(reviews, new_allowance=1, limit=-1)


def test_practice_asks_every_question_in_a_seeded_order() -> None:
    plan = plan_session(IDS, Mode.PRACTICE, seed=11)
    assert sorted(plan) == sorted(IDS)
    assert plan != tuple(IDS)
    assert plan == plan_session(IDS, Mode.PRACTICE, seed=11)
    assert len(plan_session(IDS, Mode.PRACTICE, limit=4)) == 4


def test_an_exam_is_a_fixed_seeded_set() -> None:
    whole = plan_session(IDS, Mode.EXAM, seed=5)
    assert sorted(whole) == sorted(IDS)
    part = plan_session(IDS, Mode.EXAM, seed=5, limit=4)
    assert len(set(part)) == 4
    assert part == plan_session(IDS, Mode.EXAM, seed=5, limit=4)
    assert len(plan_session(IDS, Mode.EXAM, limit=99)) == 10


def test_feedback_is_withheld_only_in_exams() -> None:
    assert Mode.STUDY.feedback_now and Mode.PRACTICE.feedback_now
    assert not Mode.EXAM.feedback_now
    assert Mode("exam") is Mode.EXAM


@given(
    first=st.lists(st.text(min_size=1), unique=True, max_size=30),
    second=st.lists(st.integers().map(str), unique=True, max_size=30),
    seed=st.integers(),
)
def test_interleaving_keeps_everything_and_each_order(first: list[str], second: list[str], seed: int) -> None:
    second = [f"new-{item}" for item in second]
    first = [f"due-{item}" for item in first]
    merged = interleave(first, second, random.Random(seed))
    assert [item for item in merged if item.startswith("due-")] == first
    assert [item for item in merged if item.startswith("new-")] == second
