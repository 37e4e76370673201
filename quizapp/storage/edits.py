"""Answers after the fact: recorded without rescheduling, re-rated, or taken back (see Store.record_review
and session.py). Part of the Store."""

from __future__ import annotations

from typing import Any

from quizapp.domain.scheduling import CardState, Rating
from quizapp.storage.database import Executor
from quizapp.storage.errors import InvalidValue, NotFound
from quizapp.storage.numbers import ProgressNumbers
from quizapp.storage.records import (
    CARD_COLUMNS,
    REVIEW_COLUMNS,
    UNSCHEDULED,
    ReviewRecord,
    card_columns,
    card_from_json,
    card_to_json,
    review_from_row,
    to_text,
)


class AnswerEdits(ProgressNumbers):
    """Writes that record an answer without rescheduling, or undo the latest answer to a question."""

    @staticmethod
    def _insert_review(
        db: Executor,
        answer: tuple[Any, ...],
        rating: Rating,
        duration_ms: int,
        answer_hash: str,
        card_before: str | None,
        card_after: str | None,
    ) -> int:
        """The one INSERT of an answer: (profile, bank, question, session, time, response JSON, correct,
        score) with its rating, time taken and the schedule before and after it as JSON; its new id."""
        profile_id, bank_id, question_id, session_id, answered_at, response_json, correct, score = answer
        review_id: int = db.execute(
            "INSERT INTO reviews (profile_id, bank_id, question_id, session_id, answered_at, response, correct, "
            "score, rating, suggested_rating, duration_ms, answer_hash, card_before, card_after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                profile_id,
                bank_id,
                question_id,
                session_id,
                to_text(answered_at),
                response_json,
                int(correct),
                float(score),
                int(rating),
                int(rating),
                duration_ms,
                answer_hash,
                card_before,
                card_after,
            ),
        ).fetchone()[0]
        return review_id

    def _insert_unscheduled(
        self,
        db: Executor,
        answer: tuple[Any, ...],
        rating: Rating,
        duration_ms: int,
        answer_hash: str,
        card_before: CardState | None,
    ) -> ReviewRecord:
        """Inside record_review's transaction: an answer that changes no schedule. The review keeps the
        card as it was (`card_after` the same as `card_before`, or JSON null when the question has none);
        only the question's answer counts move."""
        profile_id, bank_id, question_id, *_, correct, _score = answer
        unchanged = card_to_json(card_before)
        review_id = self._insert_review(
            db, answer, rating, duration_ms, answer_hash, unchanged, unchanged or UNSCHEDULED
        )
        db.execute(
            "INSERT INTO cards (profile_id, bank_id, question_id, answer_hash, in_bank, answers, correct) "
            "VALUES (?, ?, ?, ?, 1, 1, ?) ON CONFLICT (profile_id, bank_id, question_id) DO UPDATE SET "
            "answers = cards.answers + 1, correct = cards.correct + excluded.correct",
            (profile_id, bank_id, question_id, answer_hash, int(correct)),
        )
        rows = db.execute(f"SELECT {REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?", (review_id,)).fetchall()
        return review_from_row(rows[0])

    def review(self, review_id: int) -> ReviewRecord:
        rows = self._rows("read an answer", f"SELECT {REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?", (review_id,))
        if not rows:
            raise NotFound(f"There is no answer {review_id}.")
        return review_from_row(rows[0])

    def override_rating(self, review_id: int, rating: Rating, card_after: CardState) -> ReviewRecord:
        """Replace the rating of an answer (and the schedule it led to), in one transaction.

        Only the latest answer to a question can be re-rated: a later answer was scheduled
        from this one's result. The rating the answer first earned stays in `suggested_rating`.
        """
        with self._write("change the rating") as db:
            rows = db.execute(
                "SELECT profile_id, bank_id, question_id, answer_hash FROM reviews WHERE id = ?", (review_id,)
            ).fetchall()
            if not rows:
                raise NotFound(f"There is no answer {review_id} to re-rate.")
            profile_id, bank_id, question_id, answer_hash = rows[0]
            self._lock_profile(db, profile_id)
            latest = db.execute(
                "SELECT max(id) FROM reviews WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                (profile_id, bank_id, question_id),
            ).fetchone()[0]
            if latest != review_id:
                raise InvalidValue("Only the latest answer to a question can be re-rated.")
            db.execute(
                "UPDATE reviews SET rating = ?, card_after = ? WHERE id = ?",
                (int(rating), card_to_json(card_after), review_id),
            )
            cursor = db.execute(
                "UPDATE cards SET stage = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                "reps = ?, lapses = ? WHERE profile_id = ? AND bank_id = ? AND question_id = ? AND answer_hash = ? "
                "AND stage IS NOT NULL",
                (*card_columns(card_after), profile_id, bank_id, question_id, answer_hash),
            )
            if cursor.rowcount == 0:
                raise InvalidValue("This question changed since the answer was given; its rating cannot be changed.")
        return self.review(review_id)

    def undo_review(self, review_id: int) -> None:
        """Take back an answer: the review is deleted and the question's schedule and counts are
        what they were before it, in one transaction. Only a question's latest answer can be undone."""
        with self._write("undo the answer") as db:
            rows = db.execute(
                "SELECT profile_id, bank_id, question_id, answer_hash, correct, card_before FROM reviews WHERE id = ?",
                (review_id,),
            ).fetchall()
            if not rows:
                raise NotFound(f"There is no answer {review_id} to undo.")
            profile_id, bank_id, question_id, answer_hash, correct, card_before = rows[0]
            self._lock_profile(db, profile_id)
            latest = db.execute(
                "SELECT max(id) FROM reviews WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                (profile_id, bank_id, question_id),
            ).fetchone()[0]
            if latest != review_id:
                raise InvalidValue("Only the latest answer to a question can be undone.")
            before = card_from_json(card_before)
            schedule = card_columns(before) if before is not None else (None,) * 6 + (0, 0)
            cursor = db.execute(
                f"UPDATE cards SET ({CARD_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?, ?), answers = answers - 1, "
                "correct = correct - ? WHERE profile_id = ? AND bank_id = ? AND question_id = ? AND answer_hash = ?",
                (*schedule, correct, profile_id, bank_id, question_id, answer_hash),
            )
            if cursor.rowcount == 0:
                raise InvalidValue("This question changed since the answer was given; the answer cannot be undone.")
            db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
