"""Answers that change no schedule, and answers taken back: the two ways an answer leaves a
question's schedule as it was (see Store.record_review and session.py). Part of the Store."""

from __future__ import annotations

from typing import Any

from quizapp.domain.scheduling import CardState
from quizapp.storage.errors import InvalidValue, NotFound
from quizapp.storage.numbers import ProgressNumbers
from quizapp.storage.records import (
    CARD_COLUMN_NAMES,
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

    def _record_unscheduled(
        self, answer: tuple[Any, ...], duration_ms: int, answer_hash: str, card_before: CardState | None
    ) -> ReviewRecord:
        """An answer that changes no schedule: the review keeps the card as it was (`card_after` the
        same as `card_before`, or JSON null when the question has none); only the counts move."""
        profile_id, bank_id, question_id, session_id, answered_at, response_json, correct, score, rating = answer
        unchanged = card_to_json(card_before)
        with self._write("save this answer") as db:
            cursor = db.execute(
                "INSERT INTO reviews (profile_id, bank_id, question_id, session_id, answered_at, response, correct, "
                "score, rating, suggested_rating, duration_ms, answer_hash, card_before, card_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    unchanged,
                    unchanged or UNSCHEDULED,
                ),
            )
            db.execute(
                "INSERT INTO cards (profile_id, bank_id, question_id, answer_hash, in_bank, answers, correct) "
                "VALUES (?, ?, ?, ?, 1, 1, ?) ON CONFLICT (profile_id, bank_id, question_id) DO UPDATE SET "
                "answers = answers + 1, correct = correct + excluded.correct",
                (profile_id, bank_id, question_id, answer_hash, int(correct)),
            )
        assert cursor.lastrowid is not None
        rows = self._rows(
            "read an answer", f"SELECT {REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?", (cursor.lastrowid,)
        )
        return review_from_row(rows[0])

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
            latest = db.execute(
                "SELECT max(id) FROM reviews WHERE profile_id = ? AND bank_id = ? AND question_id = ?",
                (profile_id, bank_id, question_id),
            ).fetchone()[0]
            if latest != review_id:
                raise InvalidValue("Only the latest answer to a question can be undone.")
            before = card_from_json(card_before)
            schedule = card_columns(before) if before is not None else (None,) * 6 + (0, 0)
            cursor = db.execute(
                f"UPDATE cards SET ({CARD_COLUMN_NAMES}) = (?, ?, ?, ?, ?, ?, ?, ?), answers = answers - 1, "
                "correct = correct - ? WHERE profile_id = ? AND bank_id = ? AND question_id = ? AND answer_hash = ?",
                (*schedule, correct, profile_id, bank_id, question_id, answer_hash),
            )
            if cursor.rowcount == 0:
                raise InvalidValue("This question changed since the answer was given; the answer cannot be undone.")
            db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
