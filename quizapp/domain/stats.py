"""The numbers a student wants, per bank and per tag: pure arithmetic over schedules and answer
counts that the store reads in bulk.

Counting rules (the same everywhere the app shows them):
- new: in the bank, never answered (or answered before its answer changed);
- learning: answered, still in (re)learning steps; mature: in review with stability of three
  weeks or more (`CardState.is_mature`); due: a (re)learning step whose minutes are over, or a
  review scheduled for today or earlier (`DueBy`);
- accuracy: the share of answers that were entirely right, over all time and over the last
  7 local days;
- recall: the average predicted probability of recall now (FSRS, via the Scheduler) over the
  questions with a schedule;
- forecast: questions due on each of the next 7 local days, today first (today includes what
  is overdue).

Days are the student's local calendar days; stored times stay UTC. `tz=None` means the
system's local zone, with its daylight-saving rules.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

RECENT_DAYS = 7
FORECAST_DAYS = 7
STREAK_LIMIT_DAYS = 3660
"""A streak is counted back at most ten years: one indexed query per day."""


class QuestionFacts(NamedTuple):
    """One answered question as statistics need it: a plain tuple, as they read one per question.

    The store classifies the schedule with CardState's own rules (`is_learning`, `is_mature`,
    `is_due`); the flags are 0 or 1 so that they add up.
    """

    question_id: str
    learning: int
    due: int
    mature: int
    due_day: int
    """Local day it falls due, 0 (today, or overdue) to FORECAST_DAYS - 1; FORECAST_DAYS: later."""
    stability: float | None
    last_review: datetime | None
    """None: no schedule (its answer changed since: a new question again)."""
    answers: int
    correct: int
    recent_answers: int
    recent_correct: int


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
        report: dict[str, Any] = _jsonable(asdict(self))
        return report | {
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
    data: dict[str, Any] = _jsonable(asdict(group))
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


@dataclass(frozen=True)
class BankIndex:
    """Where each question and each tag of a bank sits, for `bank_stats`.

    Built once per loaded bank and reused by every statistics call: a bank of 10,000 questions
    has some 30,000 question-tag memberships.
    """

    size: int
    positions: Mapping[str, int]
    """Question id -> its place in the bank."""
    tags: tuple[tuple[str, Callable[[Sequence[Any]], Sequence[Any]]], ...]
    """(tag, picker of its questions' places in a column), sorted by tag."""


def index_bank(questions: Iterable[tuple[str, Sequence[str]]]) -> BankIndex:
    """The index of a bank's (question id, tags), in the bank's order."""
    positions: dict[str, int] = {}
    members: dict[str, list[int]] = {}
    for position, (question_id, tags) in enumerate(questions):
        positions[question_id] = position
        for tag in tags:
            members.setdefault(tag, []).append(position)
    return BankIndex(len(positions), positions, tuple((tag, _picker(members[tag])) for tag in sorted(members)))


def bank_stats(
    bank_id: str,
    title: str,
    index: BankIndex,
    facts: Iterable[QuestionFacts],
    recall: Callable[[float | None, datetime | None], float],
) -> BankStats:
    """One bank's numbers, overall and per tag (tags sorted by name).

    `index` is the bank as loaded now: facts of a question the teacher removed are ignored.
    `recall` is the predicted recall now from a question's stability and last review
    (Scheduler.recall).

    The numbers are columns with one place per question, filled in from the answered
    questions' facts; each group is then a set of column sums over its places, done by
    builtins rather than a Python call per question and tag.
    """
    size = index.size
    new, studied, recalls, days = [1] * size, [0] * size, [0.0] * size, [FORECAST_DAYS] * size
    learning, due, mature = [0] * size, [0] * size, [0] * size
    answers, correct, recent_answers, recent_correct = [0] * size, [0] * size, [0] * size, [0] * size
    place_of = index.positions.get
    for fact in facts:
        place = place_of(fact[0])
        if place is None:
            continue
        answers[place], correct[place], recent_answers[place], recent_correct[place] = fact[7:11]
        if fact[6] is not None:  # a schedule (without one, the question is new again)
            new[place], studied[place], recalls[place] = 0, 1, recall(fact[5], fact[6])
            learning[place], due[place], mature[place], days[place] = fact[1:5]
    columns = (new, learning, due, mature, studied, recalls, days, answers, correct, recent_answers, recent_correct)
    overall = _group(title, columns, lambda column: column)
    tags = tuple(_group(tag, columns, pick) for tag, pick in index.tags)
    return BankStats(bank_id, title, overall, tags)


def _picker(positions: list[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    if len(positions) == 1:
        only = positions[0]
        return lambda column: (column[only],)
    return operator.itemgetter(*positions)


def _group(name: str, columns: Sequence[Sequence[Any]], pick: Callable[[Sequence[Any]], Sequence[Any]]) -> GroupStats:
    new, learning, due, mature, studied, recalls, days, answers, correct, recent_answers, recent_correct = (
        pick(column) for column in columns
    )
    studied_count = sum(studied)
    per_day = Counter(days)
    return GroupStats(
        name=name,
        total=len(new),
        new=sum(new),
        learning=sum(learning),
        due=sum(due),
        mature=sum(mature),
        accuracy=Accuracy(sum(answers), sum(correct)),
        accuracy_recent=Accuracy(sum(recent_answers), sum(recent_correct)),
        recall=sum(recalls) / studied_count if studied_count else None,
        forecast=tuple(per_day.get(day, 0) for day in range(FORECAST_DAYS)),
    )


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The student's calendar day at `moment`."""
    return moment.astimezone(tz).date()


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The UTC instant at which `day` starts in the student's zone."""
    naive = datetime(day.year, day.month, day.day)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


@dataclass(frozen=True)
class DueBy:
    """What "due" means at one moment, for the session planner and every count the app shows.

    Learning and relearning steps are minutes and come due by the clock. Reviews are days:
    a student does not study at the same minute every day, and a question answered at 9:05 with
    a one-day interval, compared with the clock, would not be due at 9:00 the next day and would
    wait a second day, so every interval would run a day long. So a review is due for the whole
    local day it falls on (as Anki counts review days).
    """

    now: datetime
    day_end: datetime
    """The next local midnight: reviews falling due before it are due today."""

    def covers(self, due: datetime, in_review: bool) -> bool:
        """Whether a question scheduled for `due` is due (the rule the store's SQL repeats)."""
        return due <= self.now or (in_review and due < self.day_end)


def first_asked(next_step: datetime | None, next_review: datetime | None, tz: tzinfo | None = None) -> datetime | None:
    """When a question is next asked: at the earliest step's end, or from the start of the day of
    the earliest review (see DueBy)."""
    moments = [] if next_step is None else [next_step]
    if next_review is not None:
        moments.append(local_midnight(local_date(next_review, tz), tz))
    return min(moments, default=None)


def due_by(now: datetime, tz: tzinfo | None = None) -> DueBy:
    """What is due at `now` for a student living in `tz` (see DueBy)."""
    return DueBy(now, local_midnight(local_date(now, tz) + timedelta(days=1), tz))


def day_boundaries(first: date, days: int, tz: tzinfo | None = None) -> list[datetime]:
    """Midnights (UTC) from the start of `first` to the end of its `days`-th day: days + 1 instants."""
    return [local_midnight(first + timedelta(days=offset), tz) for offset in range(days + 1)]


def streak_days(
    today: date, studied_on: Callable[[date], bool], limit: int = STREAK_LIMIT_DAYS, *, run_before: int | None = None
) -> int:
    """Consecutive days with at least one answer, ending today, or yesterday when today has
    none yet (a streak is not lost before the day is over). `run_before`, when known, is
    `consecutive_days` up to yesterday."""
    if run_before is None:
        run_before = consecutive_days(today - timedelta(days=1), studied_on, limit)
    return min(limit, run_before + (1 if studied_on(today) else 0))


def consecutive_days(last: date, studied_on: Callable[[date], bool], limit: int = STREAK_LIMIT_DAYS) -> int:
    """How many days in a row, ending with `last`, have at least one answer (0 if `last` has none)."""
    count = 0
    day = last
    while count < limit and studied_on(day):
        count += 1
        day -= timedelta(days=1)
    return count
