"""The session planner: what to study now, in which order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.domain.scheduling import CardStage, CardState
from quizapp.domain.sessions import Mode, interleave, plan_session

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)
IDS = [f"q{number}" for number in range(10)]


def due_card(days_ago: float) -> CardState:
    due = NOW - timedelta(days=days_ago)
    return CardState(CardStage.REVIEW, None, 5.0, 5.0, due, due - timedelta(days=5))


def recall_by_due(card: CardState) -> float:
    """The longer overdue, the lower the predicted recall (as FSRS would say)."""
    return 1.0 / (1.0 + (NOW - card.due).total_seconds())


def test_study_asks_due_reviews_most_at_risk_first_then_new_ones_up_to_the_allowance() -> None:
    cards = {"q1": due_card(1), "q2": due_card(5), "q3": due_card(-2), "q4": due_card(3)}
    plan = plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=2, recall=recall_by_due, seed=7)
    reviews = [question_id for question_id in plan if question_id in cards]
    assert reviews == ["q2", "q4", "q1"]  # q3 is not due yet
    assert [question_id for question_id in plan if question_id not in cards] == ["q0", "q5"]  # teacher's order
    assert len(plan) == 5


def test_new_questions_are_interleaved_at_seeded_places() -> None:
    cards = {f"q{number}": due_card(number + 1) for number in range(5)}
    plans = {
        plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=5, recall=recall_by_due, seed=seed)
        for seed in range(20)
    }
    assert len(plans) > 1  # the places of the new questions vary with the seed
    again = plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=5, recall=recall_by_due, seed=3)
    assert again == plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=5, recall=recall_by_due, seed=3)
    assert any(plan.index("q5") < plan.index("q0") for plan in plans)  # not all new ones at the end


def test_a_used_up_allowance_means_reviews_only() -> None:
    cards = {"q1": due_card(1)}
    assert plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=0, recall=recall_by_due) == ("q1",)
    assert plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=-3, recall=recall_by_due) == ("q1",)


def test_a_limit_keeps_due_reviews_before_new_questions() -> None:
    cards = {"q1": due_card(1), "q2": due_card(2), "q3": due_card(3)}
    short = plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=20, recall=recall_by_due, limit=2)
    assert short == ("q3", "q2")
    longer = plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=20, recall=recall_by_due, limit=5, seed=1)
    assert sorted(longer) == ["q0", "q1", "q2", "q3", "q4"]
    with pytest.raises(ValueError, match="negative"):
        plan_session(IDS, cards, NOW, Mode.STUDY, new_allowance=1, recall=recall_by_due, limit=-1)


def test_practice_asks_every_question_in_a_seeded_order() -> None:
    cards = {"q1": due_card(-30)}  # not due: practice asks it anyway
    plan = plan_session(IDS, cards, NOW, Mode.PRACTICE, new_allowance=0, recall=recall_by_due, seed=11)
    assert sorted(plan) == sorted(IDS)
    assert plan != tuple(IDS)
    assert plan == plan_session(IDS, {}, NOW, Mode.PRACTICE, new_allowance=0, recall=recall_by_due, seed=11)
    assert len(plan_session(IDS, {}, NOW, Mode.PRACTICE, new_allowance=0, recall=recall_by_due, limit=4)) == 4


def test_an_exam_is_a_fixed_seeded_set() -> None:
    whole = plan_session(IDS, {}, NOW, Mode.EXAM, new_allowance=0, recall=recall_by_due, seed=5)
    assert sorted(whole) == sorted(IDS)
    part = plan_session(IDS, {}, NOW, Mode.EXAM, new_allowance=0, recall=recall_by_due, seed=5, limit=4)
    assert len(set(part)) == 4
    assert part == plan_session(IDS, {}, NOW, Mode.EXAM, new_allowance=0, recall=recall_by_due, seed=5, limit=4)
    assert len(plan_session(IDS, {}, NOW, Mode.EXAM, new_allowance=0, recall=recall_by_due, limit=99)) == 10


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
