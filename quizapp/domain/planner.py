"""Which questions to ask now, and in what order: a pure function of the bank and what is due,
so every choice is testable without a file or a clock.

- study: the due reviews, the most at risk of being forgotten first, then new questions up to
  what is left of today's allowance, interleaved by tag and kind; the new ones are spread among
  the reviews at seeded random places. At most one question of a family of siblings (a shared
  quotation or source excerpt, see siblings.py) is taken per day; the others wait.
- practice: every question of the bank, shuffled (practice changes no schedule).
- exam: a fixed, seeded set (every question, or `limit` of them) in a seeded order.

In every mode no two siblings are asked in a row when another order allows it.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from quizapp.domain.siblings import Keys, bury, interleave_new, spread


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
    siblings: Mapping[str, Keys] | None = None,
    groups: Mapping[str, str] | None = None,
    taken: Collection[str] = (),
) -> tuple[str, ...]:
    """The ids to ask, in order.

    `question_ids` are the bank's questions in the teacher's order. For a study session, `due`
    are the reviews due now, `scheduled` every question that has a schedule (the others are
    new), and `new_allowance` how many new questions may still be introduced today. `limit`
    caps the session's length (due reviews keep priority over new questions). `siblings` gives
    each question's sibling keys, `groups` its tag-and-kind group (new questions are interleaved
    by it), `taken` the sibling keys of what was answered today.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"a session cannot have a negative length ({limit})")
    rng = random.Random(seed)
    keys = siblings or {}
    if mode is Mode.STUDY:
        order = _study(question_ids, due, scheduled, new_allowance, rng, limit, keys, groups or {}, taken)
    elif mode is Mode.PRACTICE:
        shuffled = list(question_ids)
        rng.shuffle(shuffled)
        order = tuple(shuffled[:limit])
    else:
        count = len(question_ids) if limit is None else min(limit, len(question_ids))
        order = tuple(rng.sample(list(question_ids), count))
    return spread(order, keys)


def _study(
    question_ids: Sequence[str],
    due: Iterable[DueReview],
    scheduled: Collection[str],
    new_allowance: int,
    rng: random.Random,
    limit: int | None,
    keys: Mapping[str, Keys],
    groups: Mapping[str, str],
    taken: Collection[str],
) -> tuple[str, ...]:
    in_bank = set(question_ids)
    reviews = [review for review in due if review.question_id in in_bank]
    reviews.sort(key=lambda review: (review.recall, review.due, review.question_id))  # most at risk first
    due_ids = bury([review.question_id for review in reviews], keys, taken)
    new: list[str] = []
    if new_allowance > 0:
        asked = set(due_ids)
        candidates = [qid for qid in question_ids if qid not in scheduled and qid not in asked]
        used = set(taken).union(*(keys.get(qid, frozenset()) for qid in due_ids))
        new = bury(interleave_new(candidates, groups, rng), keys, used)[:new_allowance]
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
