"""Answers that change no schedule (practice, exams) and answers taken back (undo), in a real file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from store_helpers import NOW, answer

from quizapp.domain.scheduling import Rating
from quizapp.storage import InvalidValue, NotFound, Store


def practise(store: Store, profile_id: int, question_id: str, *, correct: bool = True, minutes: int = 1):
    return store.record_review(
        profile_id=profile_id,
        bank_id="bank",
        question_id=question_id,
        session_id=None,
        answered_at=NOW + timedelta(minutes=minutes),
        response="Paris",
        correct=correct,
        score=1.0 if correct else 0.0,
        rating=Rating.GOOD if correct else Rating.AGAIN,
        duration_ms=3000,
        answer_hash="hash",
        schedule=None,
    )


def test_an_unscheduled_answer_is_kept_and_counted_but_schedules_nothing(store: Store) -> None:
    ann = store.profile("ann")
    review = practise(store, ann.id, "new")
    assert (review.card_before, review.card_after) == (None, None)
    assert store.card(ann.id, "bank", "new") is None
    assert store.scheduled_ids(ann.id, "bank") == set()
    assert store.new_questions_since(ann.id, "bank", NOW) == 0  # the daily allowance is untouched
    assert store.answered_ids(ann.id, "bank") == {"new"}
    assert [r.id for r in store.reviews(ann.id)] == [review.id]

    studied = answer(store, ann.id, "old")
    kept = practise(store, ann.id, "old", correct=False, minutes=2)
    assert kept.card_before == kept.card_after == studied.card_after
    assert store.card(ann.id, "bank", "old") == studied.card_after
    assert store.new_questions_since(ann.id, "bank", NOW) == 1
    latest_two = [("new", 3000, True), ("old", 3000, False)]  # the latest, in time order
    assert store.recent_answers(ann.id, "bank", 2) == latest_two


def test_undo_deletes_the_answer_and_restores_schedule_and_counts(store: Store) -> None:
    ann = store.profile("ann")
    first = answer(store, ann.id, "q1")
    second = answer(store, ann.id, "q1", at=NOW + timedelta(days=1), rating=Rating.AGAIN, correct=False)
    with pytest.raises(InvalidValue):
        store.undo_review(first.id)  # a later answer was scheduled from it
    store.undo_review(second.id)
    assert store.card(ann.id, "bank", "q1") == first.card_after
    assert [review.id for review in store.reviews()] == [first.id]
    store.undo_review(first.id)
    assert store.card(ann.id, "bank", "q1") is None
    assert store.answered_ids(ann.id, "bank") == set()
    with pytest.raises(NotFound):
        store.undo_review(first.id)


def test_an_unscheduled_answer_exports_with_its_mode_and_no_schedule(store: Store) -> None:
    from quizapp.commands.export import export_record

    ann = store.profile("ann")
    session = store.start_session(ann.id, "bank", "practice", NOW)
    store.record_review(
        profile_id=ann.id,
        bank_id="bank",
        question_id="new",
        session_id=session,
        answered_at=NOW,
        response="Paris",
        correct=True,
        score=1.0,
        rating=Rating.GOOD,
        duration_ms=2500,
        answer_hash="hash",
        schedule=None,
    )
    (row,) = store.export_rows(ann.id)
    record = export_record(row)
    assert (record["mode"], record["correct"], record["stage_after"], record["due_after"]) == (
        "practice",
        True,
        None,
        None,
    )
