"""Read-only numbers over the progress (a file or a database server): what the home screen, the session planner and the
statistics need, each aggregated in SQL over an index so that a bank of 10,000 questions with
100,000 answers is counted in milliseconds.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from quizapp.domain.scheduling import MATURE_DAYS, CardStage
from quizapp.domain.stats import DueBy, QuestionFacts
from quizapp.storage.database import Database
from quizapp.storage.records import UNSCHEDULED, CardCounts, DueSchedule, from_text, optional_datetime, to_text

_IS_DUE = "(due <= :now OR (stage = :review AND due < :day_end))"
"""domain.stats.DueBy.covers in SQL: a step by the clock, a review by the student's day."""


def _due_parameters(due_by: DueBy) -> dict[str, Any]:
    return {"review": int(CardStage.REVIEW), "now": to_text(due_by.now), "day_end": to_text(due_by.day_end)}


class ProgressNumbers(Database):
    """Counts and summaries; every method only reads."""

    def card_counts(self, profile_id: int, bank_id: str, due_by: DueBy) -> CardCounts:
        """Counts of the bank's scheduled questions still in the bank, in one pass over its cards."""
        rows = self._rows(
            "count questions",
            "SELECT count(stage), count(CASE WHEN stage != :review THEN 1 END), "
            f"count(CASE WHEN {_IS_DUE} THEN 1 END), "
            "count(CASE WHEN stage = :review AND stability >= :mature THEN 1 END), "
            "min(CASE WHEN stage != :review THEN due END), min(CASE WHEN stage = :review THEN due END) "
            "FROM cards WHERE profile_id = :profile AND bank_id = :bank AND in_bank = 1",
            {"profile": profile_id, "bank": bank_id, "mature": MATURE_DAYS, **_due_parameters(due_by)},
        )
        scheduled, learning, due, mature, next_step, next_review = rows[0]
        return CardCounts(
            scheduled, learning, due, mature, optional_datetime(next_step), optional_datetime(next_review)
        )

    def count_reviews(self, profile_id: int, bank_id: str | None, boundaries: Sequence[datetime]) -> list[int]:
        """Answers between each pair of consecutive `boundaries` (start inclusive, end exclusive):
        n boundaries give n - 1 counts, each an index range count."""
        if len(boundaries) < 2:
            return []
        bounds = [to_text(moment) for moment in boundaries]
        if bank_id is None:
            sql = "SELECT count(*) FROM reviews WHERE profile_id = ? AND answered_at >= ? AND answered_at < ?"
            key: tuple[Any, ...] = (profile_id,)
        else:
            sql = (
                "SELECT count(*) FROM reviews WHERE profile_id = ? AND bank_id = ? "
                "AND answered_at >= ? AND answered_at < ?"
            )
            key = (profile_id, bank_id)
        with self._reading("count answers") as db:
            return [db.execute(sql, (*key, start, end)).fetchone()[0] for start, end in itertools.pairwise(bounds)]

    def new_questions_since(self, profile_id: int, bank_id: str, since: datetime) -> int:
        """How many questions of the bank had their first review (a fresh schedule) since `since`:
        what today's allowance of new questions has been used for. Answers that scheduled nothing
        (practice, exams) use none of it."""
        rows = self._rows(
            "count new questions",
            "SELECT count(DISTINCT question_id) FROM reviews WHERE profile_id = ? AND bank_id = ? "
            "AND answered_at >= ? AND card_before IS NULL AND card_after != ?",
            (profile_id, bank_id, to_text(since), UNSCHEDULED),
        )
        return int(rows[0][0])

    def answered_since(self, profile_id: int, bank_id: str, since: datetime) -> set[str]:
        """Ids of the bank's questions answered since `since` (today's: their siblings wait for another day)."""
        rows = self._rows(
            "read answers",
            "SELECT DISTINCT question_id FROM reviews WHERE profile_id = ? AND bank_id = ? AND answered_at >= ?",
            (profile_id, bank_id, to_text(since)),
        )
        return {row[0] for row in rows}

    def recent_answers(self, profile_id: int, bank_id: str, limit: int) -> list[tuple[str, int, bool]]:
        """The bank's `limit` latest answers as (question id, duration in ms, right), oldest first:
        the student's own pace, against which an answer is judged quick (see domain.rating)."""
        rows = self._rows(
            "read answers",
            "SELECT question_id, duration_ms, correct FROM reviews WHERE profile_id = ? AND bank_id = ? "
            "ORDER BY answered_at DESC, id DESC LIMIT ?",
            (profile_id, bank_id, limit),
        )
        return [(question_id, duration_ms, bool(correct)) for question_id, duration_ms, correct in reversed(rows)]

    def answered_ids(self, profile_id: int, bank_id: str) -> set[str]:
        """Ids of the bank's questions this profile has answered at least once, in any mode."""
        sql = "SELECT question_id FROM cards WHERE profile_id = ? AND bank_id = ? AND answers > 0"
        return {row[0] for row in self._rows("read answers", sql, (profile_id, bank_id))}

    def question_facts(
        self,
        profile_id: int,
        bank_id: str,
        due_by: DueBy,
        day_ends: Sequence[datetime],
        recent_since: datetime,
    ) -> list[QuestionFacts]:
        """What statistics need of every question of the bank ever answered.

        The schedule is classified here, in SQL, with CardState's rules (learning: not in
        review; mature: in review with stability >= MATURE_DAYS; due: DueBy's rule) and its due
        date placed among the forecast's `day_ends`: building 10,000 CardStates would cost
        more than the rest of the statistics. Overall counts are kept on the card; recent ones
        come from an index range over the answers since `recent_since`.
        """
        day_cases = " ".join(f"WHEN due < :end{day} THEN {day}" for day in range(len(day_ends)))
        parameters: dict[str, Any] = {
            "profile": profile_id,
            "bank": bank_id,
            "mature": MATURE_DAYS,
            **_due_parameters(due_by),
            "since": to_text(recent_since),
            **{f"end{day}": to_text(end) for day, end in enumerate(day_ends)},
        }
        with self._reading("read progress") as db:
            rows = db.execute(
                "SELECT question_id, CASE WHEN stage != :review THEN 1 ELSE 0 END, "
                f"CASE WHEN {_IS_DUE} THEN 1 ELSE 0 END, "
                "CASE WHEN stage = :review AND stability >= :mature THEN 1 ELSE 0 END, "
                f"CASE {day_cases} ELSE {len(day_ends)} END, stability, last_review, answers, correct "
                "FROM cards WHERE profile_id = :profile AND bank_id = :bank",
                parameters,
            ).fetchall()
            recent = db.execute(
                "SELECT question_id, count(*), sum(correct) FROM reviews "
                "WHERE profile_id = :profile AND bank_id = :bank AND answered_at >= :since GROUP BY question_id",
                parameters,
            ).fetchall()
        recent_counts = {question_id: (answers, correct) for question_id, answers, correct in recent}
        none_recent = (0, 0)
        make = tuple.__new__  # QuestionFacts without the keyword handling of its __new__: 10,000 rows
        return [
            make(
                QuestionFacts,
                (
                    *row[:6],
                    None if row[6] is None else from_text(row[6]),
                    row[7],
                    row[8],
                    *recent_counts.get(row[0], none_recent),
                ),
            )
            for row in rows
        ]

    def answered_between(self, profile_id: int, start: datetime, end: datetime) -> bool:
        """Whether the profile answered anything (in any bank) from `start` until before `end`."""
        rows = self._rows(
            "read answers",
            "SELECT 1 FROM reviews WHERE profile_id = ? AND answered_at >= ? AND answered_at < ? LIMIT 1",
            (profile_id, to_text(start), to_text(end)),
        )
        return bool(rows)

    def due_schedules(self, profile_id: int, bank_id: str, due_by: DueBy) -> list[DueSchedule]:
        """The schedules due (DueBy) of questions still in the bank: what a study session reviews."""
        rows = self._rows(
            "read schedules",
            "SELECT question_id, stability, last_review, due FROM cards "
            f"WHERE profile_id = :profile AND bank_id = :bank AND in_bank = 1 AND {_IS_DUE}",
            {"profile": profile_id, "bank": bank_id, **_due_parameters(due_by)},
        )
        return [
            DueSchedule(question_id, stability, None if last_review is None else from_text(last_review), from_text(due))
            for question_id, stability, last_review, due in rows
        ]

    def scheduled_ids(self, profile_id: int, bank_id: str) -> set[str]:
        """Ids of the bank's questions that have a schedule (the others are new)."""
        sql = "SELECT question_id FROM cards WHERE profile_id = ? AND bank_id = ? AND stage IS NOT NULL"
        return {row[0] for row in self._rows("read schedules", sql, (profile_id, bank_id))}

    def last_score(self, profile_id: int, bank_id: str) -> float | None:
        """Score (0..100) of the bank's last finished session in which something was answered."""
        rows = self._rows(
            "read sessions",
            "SELECT score FROM sessions WHERE profile_id = ? AND bank_id = ? AND ended_at IS NOT NULL "
            "AND score IS NOT NULL ORDER BY ended_at DESC, id DESC LIMIT 1",
            (profile_id, bank_id),
        )
        return rows[0][0] if rows else None
