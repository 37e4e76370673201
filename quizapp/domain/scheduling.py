"""Spaced repetition with FSRS (the `fsrs` library), in quizapp's own terms.

The app and the store speak `CardState` and `Rating`; only this module touches `fsrs`, so a
future version of the library changes one file. Every datetime is aware UTC; "now" is always
passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

import fsrs

if TYPE_CHECKING:
    from quizapp.domain.stats import DueBy

DEFAULT_RETENTION = 0.9
RETENTION_RANGE = (0.7, 0.99)
"""What a student may ask for: below 0.7 reviews come too rarely to learn, above 0.99 too often."""
LEARNING_STEPS = (timedelta(minutes=1),)
"""One learning step, the first of fsrs's default two (1 and 10 minutes).

A study session's questions are planned when it starts (only a forgotten question is put back in
it), so a learning step of minutes is met by the next session, usually a day later: each further
step cost another day and another review before FSRS scheduled the question from its memory. With
one step, a new question answered right is scheduled by FSRS at once, and one answered wrong or
hard waits for a right answer in a later session. The learning benchmark
(tests/benchmarks/learning.py) measures fewer reviews per remembered question with one step than
with two, for the same day-60 recall."""
MATURE_DAYS = 21.0
"""A card whose stability reaches three weeks is 'mature' (the usual Anki threshold)."""


class Rating(IntEnum):
    """How well the student recalled; the scheduler's input. Same values as fsrs.Rating."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.lower()


class CardStage(IntEnum):
    """Same values as fsrs.State."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    """The schedule of one question for one student, after at least one review."""

    stage: CardStage
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    """Reviews since the schedule (re)started."""
    lapses: int = 0
    """Times a review-stage card was forgotten (rated Again)."""

    def is_due(self, due_by: DueBy) -> bool:
        return due_by.covers(self.due, self.stage == CardStage.REVIEW)

    @property
    def is_mature(self) -> bool:
        return self.stage == CardStage.REVIEW and (self.stability or 0.0) >= MATURE_DAYS

    @property
    def is_learning(self) -> bool:
        return self.stage != CardStage.REVIEW


_FSRS_STATES: dict[CardStage, fsrs.State] = {stage: fsrs.State(int(stage)) for stage in CardStage}
"""Looked up rather than converted: statistics convert every card of a bank, and the enum call
cost more than the FSRS formula itself."""


def _to_fsrs(card: CardState | None, card_id: int) -> fsrs.Card:
    if card is None:
        # card_id given: without it fsrs sleeps a millisecond to make a unique one.
        return fsrs.Card(card_id=card_id)
    # Positional, in fsrs.Card's order: (card_id, state, step, stability, difficulty, due, last_review).
    return fsrs.Card(
        card_id, _FSRS_STATES[card.stage], card.step, card.stability, card.difficulty, card.due, card.last_review
    )


class Scheduler:
    """FSRS with the student's desired retention. One per profile."""

    def __init__(self, desired_retention: float = DEFAULT_RETENTION, *, fuzz: bool = True) -> None:
        low, high = RETENTION_RANGE
        if not low <= desired_retention <= high:
            raise ValueError(f"desired retention must be between {low:.2f} and {high:.2f}, not {desired_retention}")
        self.desired_retention = desired_retention
        self._fsrs = fsrs.Scheduler(
            desired_retention=desired_retention, learning_steps=LEARNING_STEPS, enable_fuzzing=fuzz
        )
        # FSRS-6's forgetting curve R(t) = (1 + factor * t / S) ** -decay, from its public parameters:
        # decay is the 21st weight, and factor makes R = 0.9 when t = S (the FSRS-6 definition).
        self._decay: float = -float(self._fsrs.parameters[20])
        self._factor: float = 0.9 ** (1 / self._decay) - 1
        self._fuzz = fuzz
        self._guessing: dict[float, Scheduler] = {}

    def for_guessing(self, chance: float) -> Scheduler:
        """The scheduler for a question answered right by guessing with probability `chance`.

        The desired retention is the share of reviews the student should answer right. On a question
        that can be guessed, right answers are memory plus lucky guesses: R + (1 - R) * chance. So its
        memory is scheduled for R = (desired - chance) / (1 - chance), never below the lowest retention
        allowed (a true/false question at 0.90 wanted: 0.80; four choices: 0.87; recall kinds: 0.90).
        The learning benchmark (tests/benchmarks/learning.py) measures that this costs fewer reviews
        per remembered question while day-60 recall stays within 0.03 of the desired retention.
        """
        retention = round(max(RETENTION_RANGE[0], (self.desired_retention - chance) / (1 - chance)), 2)
        if chance <= 0 or chance >= self.desired_retention or retention >= self.desired_retention:
            return self
        if retention not in self._guessing:
            self._guessing[retention] = Scheduler(retention, fuzz=self._fuzz)
        return self._guessing[retention]

    def review(self, card: CardState | None, rating: Rating, now: datetime) -> CardState:
        """The card's schedule after a review at `now` (None: the question's first review)."""
        now = _utc(now)
        reviewed, _log = self._fsrs.review_card(_to_fsrs(card, 1), fsrs.Rating(int(rating)), now)
        previous_stage = card.stage if card is not None else CardStage.LEARNING
        lapsed = previous_stage == CardStage.REVIEW and rating == Rating.AGAIN
        return CardState(
            stage=CardStage(reviewed.state.value),
            step=reviewed.step,
            stability=reviewed.stability,
            difficulty=reviewed.difficulty,
            due=reviewed.due,
            last_review=reviewed.last_review,
            reps=(card.reps if card else 0) + 1,
            lapses=(card.lapses if card else 0) + (1 if lapsed else 0),
        )

    def preview(self, card: CardState | None, now: datetime) -> dict[Rating, datetime]:
        """When the question would come back after each rating given at `now` (the rating bar's intervals)."""
        return {rating: self.review(card, rating, now).due for rating in Rating}

    def retrievability(self, card: CardState | None, now: datetime) -> float:
        """Predicted probability of recall at `now`; 0 for a question never reviewed."""
        if card is None:
            return 0.0
        return self.recall(card.stability, card.last_review, now)

    def recall(self, stability: float | None, last_review: datetime | None, now: datetime) -> float:
        """`retrievability` from the only two numbers it depends on.

        Statistics ask it for every question of a bank (10,000 and more), where building a
        whole CardState first would cost more than the FSRS formula itself.
        """
        if stability is None or last_review is None:
            return 0.0
        # fsrs's own forgetting curve with this scheduler's own constants: calling
        # get_card_retrievability means building an fsrs.Card per question, which made a
        # 5,000-review session plan miss its 20 ms. A test checks both agree exactly.
        elapsed_days = max(0, (now - last_review).days)
        return float((1 + self._factor * elapsed_days / stability) ** self._decay)

    def interval(self, card: CardState) -> timedelta:
        return card.due - (card.last_review or card.due)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware (UTC)")
    return moment.astimezone(UTC)
