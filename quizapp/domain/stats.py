"""The numbers a student wants, per bank and per tag: pure arithmetic over schedules and answer
counts that the store reads in bulk.

Counting rules (the same everywhere the app shows them):
- new: in the bank, never answered (or answered before its answer changed);
- learning: answered, still in (re)learning steps; mature: in review with stability of three
  weeks or more (`CardState.is_mature`); due: scheduled for now or earlier, whatever its stage;
- accuracy: the share of answers that were entirely right, over all time and over the last
  7 local days;
- recall: the average predicted probability of recall now (FSRS, via the Scheduler) over the
  questions answered at least once;
- forecast: questions due on each of the next 7 local days, today first (today includes what
  is overdue).

Days are the student's local calendar days; stored times stay UTC. `tz=None` means the
system's local zone, with its daylight-saving rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from quizapp.domain.scheduling import CardState

RECENT_DAYS = 7
FORECAST_DAYS = 7
STREAK_LIMIT_DAYS = 3660
"""A streak is counted back at most ten years: one indexed query per day."""


@dataclass(frozen=True)
class QuestionHistory:
    """How one question went so far."""

    answers: int = 0
    correct: int = 0
    recent_answers: int = 0
    recent_correct: int = 0


@dataclass(frozen=True)
class Accuracy:
    answers: int = 0
    correct: int = 0

    @property
    def percent(self) -> float | None:
        """0..100, None before any answer."""
        return 100.0 * self.correct / self.answers if self.answers else None


@dataclass(frozen=True)
class GroupStats:
    """The numbers of one bank, or of one tag within a bank."""

    name: str
    total: int
    new: int
    learning: int
    due: int
    mature: int
    accuracy: Accuracy
    accuracy_recent: Accuracy
    recall: float | None
    """Average predicted recall now (0..1) of the questions answered at least once; None if none."""
    forecast: tuple[int, ...]
    """Due on each of the next FORECAST_DAYS local days, today (with overdue) first."""


@dataclass(frozen=True)
class BankStats:
    bank_id: str
    title: str
    overall: GroupStats
    tags: tuple[GroupStats, ...]


@dataclass(frozen=True)
class StatsReport:
    profile: str
    generated_at: datetime
    streak_days: int
    studied_today: bool
    banks: tuple[BankStats, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: times as ISO 8601 UTC, percentages included next to the counts."""
        return _jsonable(asdict(self)) | {
            "banks": [
                {
                    "bank_id": bank.bank_id,
                    "title": bank.title,
                    "overall": _group_dict(bank.overall),
                    "tags": [_group_dict(tag) for tag in bank.tags],
                }
                for bank in self.banks
            ]
        }


def _group_dict(group: GroupStats) -> dict[str, Any]:
    data = _jsonable(asdict(group))
    data["accuracy"]["percent"] = group.accuracy.percent
    data["accuracy_recent"]["percent"] = group.accuracy_recent.percent
    return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


class _Tally:
    """Running totals of one group while the bank's questions are walked once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = self.new = self.learning = self.due = self.mature = 0
        self.answers = self.correct = self.recent_answers = self.recent_correct = 0
        self.recall_sum = 0.0
        self.recalled = 0
        self.forecast = [0] * FORECAST_DAYS

    def add(self, card: CardState | None, history: QuestionHistory | None, recall: float, day: int, due: bool) -> None:
        self.total += 1
        if card is None:
            self.new += 1
        else:
            self.learning += card.is_learning
            self.mature += card.is_mature
            self.due += due
            self.recall_sum += recall
            self.recalled += 1
            if day < FORECAST_DAYS:
                self.forecast[day] += 1
        if history is not None:
            self.answers += history.answers
            self.correct += history.correct
            self.recent_answers += history.recent_answers
            self.recent_correct += history.recent_correct

    def result(self) -> GroupStats:
        return GroupStats(
            name=self.name,
            total=self.total,
            new=self.new,
            learning=self.learning,
            due=self.due,
            mature=self.mature,
            accuracy=Accuracy(self.answers, self.correct),
            accuracy_recent=Accuracy(self.recent_answers, self.recent_correct),
            recall=self.recall_sum / self.recalled if self.recalled else None,
            forecast=tuple(self.forecast),
        )


def bank_stats(
    bank_id: str,
    title: str,
    questions: Iterable[tuple[str, Sequence[str]]],
    cards: Mapping[str, CardState],
    histories: Mapping[str, QuestionHistory],
    now: datetime,
    day_ends: Sequence[datetime],
    recall: Callable[[CardState], float],
) -> BankStats:
    """One bank's numbers, overall and per tag (tags sorted by name).

    `questions` are (id, tags) of the bank as loaded now: a question the teacher removed is not
    counted, and `cards` of it are ignored. `day_ends` are the ends of the local days of the
    forecast, today first.
    """
    overall = _Tally(title)
    by_tag: dict[str, _Tally] = {}
    for question_id, tags in questions:
        card = cards.get(question_id)
        history = histories.get(question_id)
        if card is None:
            chance, day, due = 0.0, FORECAST_DAYS, False
        else:
            chance, day, due = recall(card), bisect.bisect_right(day_ends, card.due), card.is_due(now)
        overall.add(card, history, chance, day, due)
        for tag in tags:
            tally = by_tag.get(tag)
            if tally is None:
                tally = by_tag[tag] = _Tally(tag)
            tally.add(card, history, chance, day, due)
    return BankStats(bank_id, title, overall.result(), tuple(by_tag[tag].result() for tag in sorted(by_tag)))


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The student's calendar day at `moment`."""
    return moment.astimezone(tz).date()


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The UTC instant at which `day` starts in the student's zone."""
    naive = datetime(day.year, day.month, day.day)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


def day_boundaries(first: date, days: int, tz: tzinfo | None = None) -> list[datetime]:
    """Midnights (UTC) from the start of `first` to the end of its `days`-th day: days + 1 instants."""
    return [local_midnight(first + timedelta(days=offset), tz) for offset in range(days + 1)]


def streak_days(today: date, studied_on: Callable[[date], bool], limit: int = STREAK_LIMIT_DAYS) -> int:
    """Consecutive days with at least one answer, ending today, or yesterday when today has
    none yet (a streak is not lost before the day is over)."""
    day = today if studied_on(today) else today - timedelta(days=1)
    count = 0
    while count < limit and studied_on(day):
        count += 1
        day -= timedelta(days=1)
    return count
