"""Which questions to ask now, and in what order: a pure function of the bank and what is due,
so every choice is testable without a file or a clock.

- study: the due reviews, the most at risk of being forgotten first, then new questions up to
  what is left of today's allowance; the new ones are spread among the reviews at seeded random
  places (the reviews keep their risk order, the new ones the teacher's order).
- practice: every question of the bank, shuffled (schedules are still updated by the answers).
- exam: a fixed, seeded set (every question, or `limit` of them) in a seeded order.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class Mode(StrEnum):
    STUDY = "study"
    PRACTICE = "practice"
    EXAM = "exam"

    @property
    def feedback_now(self) -> bool:
        """Whether the student sees each answer's feedback at once (not in an exam)."""
        return self is not Mode.EXAM


class DueReview(NamedTuple):
    """A question due for review now, and how likely the student still recalls it (FSRS)."""

    question_id: str
    recall: float
    due: datetime


def plan_session(
    question_ids: Sequence[str],
    mode: Mode,
    *,
    due: Iterable[DueReview] = (),
    scheduled: Collection[str] = (),
    new_allowance: int = 0,
    seed: int | None = None,
    limit: int | None = None,
) -> tuple[str, ...]:
    """The ids to ask, in order.

    `question_ids` are the bank's questions in the teacher's order. For a study session, `due`
    are the reviews due now, `scheduled` every question that has a schedule (the others are
    new), and `new_allowance` how many new questions may still be introduced today. `limit`
    caps the session's length (due reviews keep priority over new questions).
    """
    if limit is not None and limit < 0:
        raise ValueError(f"a session cannot have a negative length ({limit})")
    rng = random.Random(seed)
    if mode is Mode.STUDY:
        return _study(question_ids, due, scheduled, new_allowance, rng, limit)
    if mode is Mode.PRACTICE:
        shuffled = list(question_ids)
        rng.shuffle(shuffled)
        return tuple(shuffled[:limit])
    count = len(question_ids) if limit is None else min(limit, len(question_ids))
    return tuple(rng.sample(list(question_ids), count))


def _study(
    question_ids: Sequence[str],
    due: Iterable[DueReview],
    scheduled: Collection[str],
    new_allowance: int,
    rng: random.Random,
    limit: int | None,
) -> tuple[str, ...]:
    in_bank = set(question_ids)
    reviews = [review for review in due if review.question_id in in_bank]
    reviews.sort(key=lambda review: (review.recall, review.due, review.question_id))  # most at risk first
    due_ids = [review.question_id for review in reviews]
    new: list[str] = []
    if new_allowance > 0:
        taken = set(due_ids)
        for question_id in question_ids:
            if question_id not in scheduled and question_id not in taken:
                new.append(question_id)
                if len(new) == new_allowance:
                    break
    if limit is not None:
        due_ids = due_ids[:limit]
        new = new[: limit - len(due_ids)]
    return interleave(due_ids, new, rng)


def interleave(first: Sequence[str], second: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """Both sequences merged, each keeping its own order, `second`'s items at random places."""
    total = len(first) + len(second)
    places = set(rng.sample(range(total), len(second)))
    firsts, seconds = iter(first), iter(second)
    return tuple(next(seconds) if place in places else next(firsts) for place in range(total))
