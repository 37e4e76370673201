"""Which questions to ask now, and in what order: a pure function of the bank, the schedules and
the time, so every choice is testable without a file or a clock.

- study: the due reviews, the most at risk of being forgotten first, then new questions up to
  what is left of today's allowance; the new ones are spread among the reviews at seeded random
  places (the reviews keep their risk order, the new ones the teacher's order).
- practice: every question of the bank, shuffled (schedules are still updated by the answers).
- exam: a fixed, seeded set (every question, or `limit` of them) in a seeded order.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum

from quizapp.domain.scheduling import CardState


class Mode(StrEnum):
    STUDY = "study"
    PRACTICE = "practice"
    EXAM = "exam"

    @property
    def feedback_now(self) -> bool:
        """Whether the student sees each answer's feedback at once (not in an exam)."""
        return self is not Mode.EXAM


def plan_session(
    question_ids: Sequence[str],
    cards: Mapping[str, CardState],
    now: datetime,
    mode: Mode,
    *,
    new_allowance: int,
    recall: Callable[[CardState], float],
    seed: int | None = None,
    limit: int | None = None,
) -> tuple[str, ...]:
    """The ids to ask, in order.

    `question_ids` are the bank's questions in the teacher's order; `cards` the schedules of
    those answered before; `new_allowance` how many never-seen questions may still be
    introduced today; `recall` the predicted probability of recalling a card now; `limit` caps
    the session's length (due reviews keep priority over new questions).
    """
    if limit is not None and limit < 0:
        raise ValueError(f"a session cannot have a negative length ({limit})")
    rng = random.Random(seed)
    if mode is Mode.STUDY:
        return _study(question_ids, cards, now, new_allowance, recall, rng, limit)
    if mode is Mode.PRACTICE:
        shuffled = list(question_ids)
        rng.shuffle(shuffled)
        return tuple(shuffled[:limit])
    count = len(question_ids) if limit is None else min(limit, len(question_ids))
    return tuple(rng.sample(list(question_ids), count))


def _study(
    question_ids: Sequence[str],
    cards: Mapping[str, CardState],
    now: datetime,
    new_allowance: int,
    recall: Callable[[CardState], float],
    rng: random.Random,
    limit: int | None,
) -> tuple[str, ...]:
    due = [question_id for question_id in question_ids if question_id in cards and cards[question_id].is_due(now)]
    due.sort(key=lambda question_id: (recall(cards[question_id]), cards[question_id].due, question_id))
    new = [question_id for question_id in question_ids if question_id not in cards][: max(0, new_allowance)]
    if limit is not None:
        due = due[:limit]
        new = new[: limit - len(due)]
    return interleave(due, new, rng)


def interleave(first: Sequence[str], second: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """Both sequences merged, each keeping its own order, `second`'s items at random places."""
    total = len(first) + len(second)
    places = set(rng.sample(range(total), len(second)))
    firsts, seconds = iter(first), iter(second)
    return tuple(next(seconds) if place in places else next(firsts) for place in range(total))
