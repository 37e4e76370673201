"""Ratings from evidence: what an answer may claim about memory, and the reason the student is shown."""

from __future__ import annotations

import pytest

from quizapp.domain.kinds import KINDS
from quizapp.domain.rating import FLOOR_SECONDS, Evidence, quick_limit, rate, returns_in_session
from quizapp.domain.scheduling import Rating

RECOGNITION_KINDS = {kind for kind, info in KINDS.items() if info.recognition}

USUAL = (10.0, 12.0, 8.0, 10.0)  # this student's recent right short answers: usually 10 s


def evidence(kind: str = "short_answer", score: float = 1.0, seconds: float = 3.0, **more: object) -> Evidence:
    return Evidence(kind=kind, score=score, correct=score == 1.0, seconds=seconds, usual_seconds=USUAL, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", sorted(RECOGNITION_KINDS))
def test_a_quick_right_answer_to_a_recognition_kind_is_good_not_easy(kind: str) -> None:
    rated = rate(evidence(kind, seconds=0.5))
    assert rated.rating == Rating.GOOD
    assert "among the options" in rated.reason


@pytest.mark.parametrize("kind", sorted(RECOGNITION_KINDS))
def test_a_right_recognition_answer_on_its_first_showing_is_hard_for_it_may_be_a_guess(kind: str) -> None:
    rated = rate(evidence(kind, seconds=0.5, first_showing=True))
    assert (rated.rating, rated.reason) == (Rating.HARD, "right on its first showing, but it could have been a guess")
    assert rate(evidence(kind, score=0.0, first_showing=True)).rating == Rating.AGAIN


def test_a_quick_right_answer_to_a_recall_kind_is_easy_for_this_student() -> None:
    rated = rate(evidence("short_answer", seconds=7.0))  # 0.75 × 10 s = 7.5 s
    assert rated == rate(evidence("cloze", seconds=7.0))
    assert rated.rating == Rating.EASY and "quicker than you usually are" in rated.reason
    assert rate(evidence("short_answer", seconds=8.0)).rating == Rating.GOOD


def test_quick_is_measured_against_the_students_own_times_per_part() -> None:
    slow_student = Evidence("ordering", 1.0, True, seconds=40.0, parts=4, usual_seconds=(15.0, 14.0, 16.0))
    assert rate(slow_student).rating == Rating.EASY  # 10 s an item, where they usually need 15
    fast_student = Evidence("ordering", 1.0, True, seconds=40.0, parts=4, usual_seconds=(4.0, 5.0, 4.0))
    assert rate(fast_student).rating == Rating.GOOD


def test_the_quick_threshold_has_a_floor() -> None:
    assert quick_limit((0.4, 0.5, 0.4)) == FLOOR_SECONDS
    assert quick_limit((10.0, 10.0)) is None  # too few answers to know the student's pace


def test_without_enough_history_a_right_recall_answer_is_good() -> None:
    rated = rate(Evidence("short_answer", 1.0, True, seconds=1.0, usual_seconds=(5.0,)))
    assert rated.rating == Rating.GOOD and "too few" in rated.reason


def test_never_easy_on_a_first_showing_or_with_a_typo() -> None:
    first = rate(evidence(seconds=1.0, first_showing=True))
    assert (first.rating, first.reason) == (Rating.GOOD, "right on its first showing")
    typo = rate(evidence(seconds=1.0, with_typo=True))
    assert (typo.rating, typo.reason) == (Rating.GOOD, "right with a typo forgiven")


@pytest.mark.parametrize(
    ("score", "rating", "reason"),
    [
        (0.0, Rating.AGAIN, "not right"),
        (0.25, Rating.AGAIN, "less than half right"),
        (0.49, Rating.AGAIN, "less than half right"),
        (0.5, Rating.HARD, "partly right"),
        (0.9, Rating.HARD, "partly right"),
    ],
)
def test_wrong_and_partial_answers(score: float, rating: Rating, reason: str) -> None:
    rated = rate(evidence("matching", score=score, seconds=1.0))
    assert (rated.rating, rated.reason) == (rating, reason)


@pytest.mark.parametrize(("score", "reason"), [(0.0, "not right"), (0.25, "less than half right")])
def test_a_miss_on_a_first_showing_says_it_comes_back_next_session(score: float, reason: str) -> None:
    rated = rate(evidence("matching", score=score, seconds=1.0, first_showing=True))
    assert (rated.rating, rated.reason) == (Rating.AGAIN, f"{reason}; back next session")
    assert not returns_in_session(rated.rating, first_showing=True)


def test_only_a_forgotten_question_returns_in_the_same_session() -> None:
    assert returns_in_session(Rating.AGAIN, first_showing=False)
    assert not any(returns_in_session(rating, first_showing=False) for rating in Rating if rating != Rating.AGAIN)
    assert not any(returns_in_session(rating, first_showing=True) for rating in Rating)
