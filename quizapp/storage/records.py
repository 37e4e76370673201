"""The store's values, and how they are written into SQLite columns.

Times are stored as ISO 8601 text in UTC with microseconds ("2025-05-19T12:00:00.000000+00:00"):
every one has the same width, so text order is time order and range queries use the indexes;
they are exact, readable with any SQLite tool, and parsed back five times faster than integer
timestamps are converted (statistics convert two per question). Card states inside reviews are
compact JSON arrays: they are read back only to override a rating or to export, never searched.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from quizapp.domain.scheduling import CardStage, CardState, Rating
from quizapp.storage.errors import InvalidValue

PROFILE_NAME_MAX = 40
CARD_COLUMNS = "stage, step, stability, difficulty, due, last_review, reps, lapses"

_STAGES: dict[int, CardStage] = {int(stage): stage for stage in CardStage}


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("datetimes given to the store must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


from_text = datetime.fromisoformat
"""Parses what `to_text` wrote (an aware UTC datetime)."""


def optional_text(moment: datetime | None) -> str | None:
    return None if moment is None else to_text(moment)


def optional_datetime(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def card_to_json(card: CardState | None) -> str | None:
    """A schedule as a compact JSON list, in the cards table's column order (see card_columns)."""
    if card is None:
        return None
    return json.dumps(list(card_columns(card)), separators=(",", ":"))


UNSCHEDULED = "null"
"""A review's `card_after` when the answer left a question without a schedule (see Store.record_review)."""


def card_from_json(text: str | None) -> CardState | None:
    if text is None or text == UNSCHEDULED:
        return None
    stage, step, stability, difficulty, due, last_review, reps, lapses = json.loads(text)
    return card_from_columns(stage, step, stability, difficulty, due, last_review, reps, lapses)


def card_from_columns(
    stage: int,
    step: int | None,
    stability: float | None,
    difficulty: float | None,
    due: str,
    last_review: str | None,
    reps: int,
    lapses: int,
) -> CardState:
    return CardState(
        _STAGES[stage],
        step,
        stability,
        difficulty,
        from_text(due),
        None if last_review is None else from_text(last_review),
        reps,
        lapses,
    )


def card_columns(card: CardState) -> tuple[Any, ...]:
    """stage, step, stability, difficulty, due, last_review, reps, lapses: the order of the cards table."""
    return (
        int(card.stage),
        card.step,
        card.stability,
        card.difficulty,
        to_text(card.due),
        optional_text(card.last_review),
        card.reps,
        card.lapses,
    )


CARD_QUERY = f"SELECT answer_hash, {CARD_COLUMNS} FROM cards WHERE profile_id = ? AND bank_id = ? AND question_id = ?"


def card_from_row(rows: list[Any], answer_hash: str | None) -> CardState | None:
    """The schedule in `CARD_QUERY`'s rows; None when there is none, or when `answer_hash` differs
    from the answer it was scheduled for (its schedule starts again)."""
    if not rows or rows[0][1] is None or (answer_hash is not None and rows[0][0] != answer_hash):
        return None
    return card_from_columns(*rows[0][1:])


def _jsonable(value: Any) -> Any:
    """Responses arrive as tuples, sets and mappings; JSON wants lists and dicts (sets sorted, so
    the same answer is always stored the same way)."""
    if isinstance(value, Set):
        return sorted(value, key=str)
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return str(value)


def response_to_json(response: Any) -> str:
    return json.dumps(response, default=_jsonable, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Profile:
    """One student sharing the machine, with their own progress and scheduling preferences."""

    id: int
    name: str
    desired_retention: float
    daily_new_limit: int


@dataclass(frozen=True)
class ReviewRecord:
    """One answer, as stored."""

    id: int
    profile_id: int
    bank_id: str
    question_id: str
    session_id: int | None
    answered_at: datetime
    response: Any
    correct: bool
    score: float
    rating: Rating
    duration_ms: int
    answer_hash: str
    card_before: CardState | None
    card_after: CardState | None
    """None: the answer changed no schedule and the question had none (a practice or exam answer)."""
    suggested_rating: Rating | None = None
    """The rating the answer earned before any override by the student (None: same as `rating`)."""

    @property
    def overridden(self) -> bool:
        return self.suggested_rating is not None and self.suggested_rating != self.rating


class DueSchedule(NamedTuple):
    """What choosing among due questions needs of one schedule (lighter than a CardState)."""

    question_id: str
    stability: float | None
    last_review: datetime | None
    due: datetime


@dataclass(frozen=True)
class SessionRecord:
    id: int
    profile_id: int
    bank_id: str
    mode: str
    started_at: datetime
    ended_at: datetime | None
    score: float | None
    """0..100; None while the session runs or when nothing was answered."""


@dataclass(frozen=True)
class SyncReport:
    """What changed in a bank since the store last saw it (question ids, sorted)."""

    restarted: tuple[str, ...] = ()
    """The answer changed: the schedule starts again (the old reviews stay)."""
    removed: tuple[str, ...] = ()
    """No longer in the bank: kept, not asked."""
    returned: tuple[str, ...] = ()
    """Back in the bank after being removed: their schedule resumes."""

    @property
    def changed(self) -> bool:
        return bool(self.restarted or self.removed or self.returned)


@dataclass(frozen=True)
class CardCounts:
    """Scheduled questions of one bank still in it (new questions are the bank's size minus `scheduled`)."""

    scheduled: int = 0
    learning: int = 0
    due: int = 0
    mature: int = 0
    next_step: datetime | None = None
    """When the earliest (re)learning step of the bank ends."""
    next_review: datetime | None = None
    """When the earliest review of the bank falls due (asked from the start of its day: DueBy)."""


@dataclass(frozen=True)
class ExportRow:
    """A review joined with its profile and session, for `quizapp export`."""

    review: ReviewRecord
    profile: str
    mode: str | None = field(default=None)


REVIEW_COLUMNS = (
    "r.id, r.profile_id, r.bank_id, r.question_id, r.session_id, r.answered_at, r.response, r.correct, r.score, "
    "r.rating, r.duration_ms, r.answer_hash, r.card_before, r.card_after, r.suggested_rating"
)
"""The columns `review_from_row` reads, in its order (reviews aliased as r)."""


def review_from_row(row: Sequence[Any]) -> ReviewRecord:
    (
        id_,
        profile_id,
        bank_id,
        question_id,
        session_id,
        answered_at,
        response,
        correct,
        score,
        rating,
        duration_ms,
        answer_hash,
        card_before,
        card_after,
        suggested_rating,
    ) = row
    after = card_from_json(card_after)
    return ReviewRecord(
        id_,
        profile_id,
        bank_id,
        question_id,
        session_id,
        from_text(answered_at),
        json.loads(response),
        bool(correct),
        score,
        Rating(rating),
        duration_ms,
        answer_hash,
        card_from_json(card_before),
        after,
        Rating(suggested_rating),
    )


def valid_profile_name(name: str) -> str:
    """`name` without surrounding spaces; InvalidValue when it cannot name a profile."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidValue("A profile name cannot be empty.")
    if len(cleaned) > PROFILE_NAME_MAX:
        raise InvalidValue(f"A profile name is at most {PROFILE_NAME_MAX} characters; {cleaned[:20]!r}... is longer.")
    if any(unicodedata.category(char).startswith("C") for char in cleaned):
        raise InvalidValue(f"A profile name cannot contain control characters: {cleaned!r}.")
    return cleaned
