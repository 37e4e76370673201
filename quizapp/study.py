"""The application service: what the app and the command line call to study a bank.

It joins the pure parts (grading, FSRS scheduling, the session planner, the statistics) to
the progress store, in the order that keeps a student's work safe: every answer is graded,
scheduled and committed to the file before the session moves on.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from quizapp.bank.models import Bank, Cloze, Matching, Ordering, QuestionBase
from quizapp.domain.clock import Clock, utc_now
from quizapp.domain.grading import GradeResult, grade
from quizapp.domain.scheduling import CardState, Rating, Scheduler, rating_for
from quizapp.domain.sessions import DueReview, Mode, plan_session
from quizapp.domain.stats import (
    FORECAST_DAYS,
    RECENT_DAYS,
    BankIndex,
    StatsReport,
    bank_stats,
    consecutive_days,
    day_boundaries,
    index_bank,
    local_date,
    local_midnight,
    streak_days,
)
from quizapp.storage import Profile, ReviewRecord, Store, SyncReport

RECENT_ACTIVITY_DAYS = 14
"""Days of answer counts in a bank's overview (the home screen's sparkline)."""


class SessionError(ValueError):
    """A call the session cannot honour (answering after the end, re-rating before any answer)."""


@dataclass(frozen=True)
class BankOverview:
    """One bank's line on the home screen."""

    bank_id: str
    total: int
    new: int
    learning: int
    due: int
    mature: int
    last_score: float | None
    """0..100, of the last finished session in which something was answered."""
    recent: tuple[int, ...]
    """Answers on each of the last RECENT_ACTIVITY_DAYS local days, oldest first, today last."""
    next_due: datetime | None
    changes: SyncReport
    """What the teacher's edits changed since the bank was last opened."""


@dataclass(frozen=True)
class AnswerOutcome:
    review: ReviewRecord
    result: GradeResult
    rating: Rating
    card: CardState
    """The question's schedule after this answer."""
    question: QuestionBase


@dataclass(frozen=True)
class SessionSummary:
    mode: Mode
    answered: int
    correct: int
    score_percent: float
    """0..100 with partial credit; an exam counts unanswered questions as 0, other modes count
    only what was answered (0 when nothing was)."""
    duration: timedelta
    results: tuple[tuple[QuestionBase, GradeResult], ...]
    next_due: datetime | None
    """When the bank next has a question due."""
    streak_days: int


class StudyService:
    """One student's studying: sessions, overviews and statistics over one progress store."""

    def __init__(
        self,
        store: Store,
        profile_name: str,
        clock: Clock = utc_now,
        *,
        fuzz: bool = True,
        seed: int | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        """`fuzz` spreads FSRS intervals a little (off in tests for exact dates); `seed` makes
        session orders reproducible; `tz` is the zone of the student's days (None: the system's)."""
        self.store = store
        self.profile: Profile = store.profile(profile_name)
        self.clock = clock
        self.tz = tz
        self._fuzz = fuzz
        self._seeds = random.Random(seed)
        self._scheduler: Scheduler | None = None
        self._synced: dict[str, Bank] = {}
        """Bank id -> the bank object last synced (see `sync`)."""
        self._indexes: dict[str, tuple[Bank, BankIndex]] = {}
        self._run_until_yesterday: tuple[date, int] | None = None
        """(today, consecutive days with answers up to yesterday), see `streak_days`."""

    def scheduler(self) -> Scheduler:
        """FSRS at the profile's desired retention."""
        if self._scheduler is None or self._scheduler.desired_retention != self.profile.desired_retention:
            self._scheduler = Scheduler(self.profile.desired_retention, fuzz=self._fuzz)
        return self._scheduler

    def update_profile(self, *, desired_retention: float | None = None, daily_new_limit: int | None = None) -> Profile:
        self.profile = self.store.update_profile(
            self.profile.name, desired_retention=desired_retention, daily_new_limit=daily_new_limit
        )
        return self.profile

    def today(self) -> date:
        return local_date(self.clock(), self.tz)

    def sync(self, bank: Bank) -> SyncReport:
        """Apply the teacher's edits to the stored schedules (see Store.sync_bank).

        Done once per loaded bank: reading every schedule of a large bank costs milliseconds,
        and afterwards the schedules only change through answers to this very bank (whose
        hashes match it) until the bank is loaded again, as a new object.
        """
        if self._synced.get(bank.id) is bank:
            return SyncReport()
        report = self.store.sync_bank(
            self.profile.id, bank.id, {question.id: question.answer_hash for question in bank.questions}
        )
        self._synced[bank.id] = bank
        return report

    def overview(self, bank: Bank) -> BankOverview:
        changes = self.sync(bank)
        now = self.clock()
        counts = self.store.card_counts(self.profile.id, bank.id, now)
        recent = self.store.count_reviews(self.profile.id, bank.id, self._recent_days(now))
        return BankOverview(
            bank_id=bank.id,
            total=len(bank.questions),
            new=max(0, len(bank.questions) - counts.scheduled),
            learning=counts.learning,
            due=counts.due,
            mature=counts.mature,
            last_score=self.store.last_score(self.profile.id, bank.id),
            recent=tuple(recent),
            next_due=counts.next_due,
            changes=changes,
        )

    def recent_activity(self, banks: Sequence[Bank]) -> list[int]:
        """Answers in all of `banks` on each of the last RECENT_ACTIVITY_DAYS local days, oldest first."""
        days = self._recent_days(self.clock())
        totals = [0] * RECENT_ACTIVITY_DAYS
        for bank in banks:
            for day, count in enumerate(self.store.count_reviews(self.profile.id, bank.id, days)):
                totals[day] += count
        return totals

    def _recent_days(self, now: datetime) -> list[datetime]:
        """The local midnights that bound the last RECENT_ACTIVITY_DAYS days, today's end included."""
        first_day = local_date(now, self.tz) - timedelta(days=RECENT_ACTIVITY_DAYS - 1)
        return day_boundaries(first_day, RECENT_ACTIVITY_DAYS, self.tz)

    def start(self, bank: Bank, mode: Mode | str, *, limit: int | None = None) -> StudySession:
        """A new session on `bank`, recorded in the store as started now."""
        mode = Mode(mode)
        self.sync(bank)
        now = self.clock()
        new_allowance = 0
        due: list[DueReview] = []
        scheduled: set[str] = set()
        if mode is Mode.STUDY:
            midnight = local_midnight(self.today(), self.tz)
            new_allowance = self.profile.daily_new_limit - self.store.new_questions_since(
                self.profile.id, bank.id, midnight
            )
            scheduler = self.scheduler()
            due = [
                DueReview(
                    schedule.question_id, scheduler.recall(schedule.stability, schedule.last_review, now), schedule.due
                )
                for schedule in self.store.due_schedules(self.profile.id, bank.id, now)
            ]
            scheduled = self.store.scheduled_ids(self.profile.id, bank.id)
        ids = plan_session(
            [question.id for question in bank.questions],
            mode,
            due=due,
            scheduled=scheduled,
            new_allowance=new_allowance,
            seed=self._seeds.randrange(2**32),
            limit=limit,
        )
        session_id = self.store.start_session(self.profile.id, bank.id, mode, now)
        return StudySession(self, session_id, bank, mode, tuple(bank.by_id[i] for i in ids), now)

    def _index(self, bank: Bank) -> BankIndex:
        """The bank's question and tag places for statistics, built once per loaded bank."""
        cached = self._indexes.get(bank.id)
        if cached is None or cached[0] is not bank:
            cached = self._indexes[bank.id] = (bank, index_bank((q.id, q.tags) for q in bank.questions))
        return cached[1]

    def streak_days(self) -> int:
        """Consecutive local days with at least one answer, in any bank (see domain.stats.streak_days).

        The run of days up to yesterday cannot change any more, so it is counted once a day:
        a long streak costs one query per day of it.
        """
        today = self.today()
        if self._run_until_yesterday is None or self._run_until_yesterday[0] != today:
            self._run_until_yesterday = (today, consecutive_days(today - timedelta(days=1), self._studied_on))
        return streak_days(today, self._studied_on, run_before=self._run_until_yesterday[1])

    def _studied_on(self, day: date) -> bool:
        start, end = local_midnight(day, self.tz), local_midnight(day + timedelta(days=1), self.tz)
        return self.store.answered_between(self.profile.id, start, end)

    def stats(self, banks: Sequence[Bank]) -> StatsReport:
        """Per bank and per tag: counts, accuracy, recall and forecast; plus the day streak."""
        now = self.clock()
        today = local_date(now, self.tz)
        day_ends = day_boundaries(today, FORECAST_DAYS, self.tz)[1:]
        recent_since = local_midnight(today - timedelta(days=RECENT_DAYS - 1), self.tz)
        scheduler = self.scheduler()
        reports = []
        for bank in banks:
            self.sync(bank)
            facts = self.store.question_facts(self.profile.id, bank.id, now, day_ends, recent_since)
            reports.append(
                bank_stats(
                    bank.id,
                    bank.title,
                    self._index(bank),
                    facts,
                    lambda stability, last_review: scheduler.recall(stability, last_review, now),
                )
            )
        return StatsReport(
            profile=self.profile.name,
            generated_at=now,
            streak_days=self.streak_days(),
            studied_today=self._studied_on(today),
            banks=tuple(reports),
        )


def answer_parts(question: QuestionBase) -> int:
    """How many parts an answer has: more parts give more time before an answer stops being quick."""
    if isinstance(question, Cloze):
        return len(question.blanks)
    if isinstance(question, Ordering):
        return len(question.items)
    if isinstance(question, Matching):
        return len(question.pairs)
    return 1


class StudySession:
    """Questions asked one after another; each answer is saved before the next question."""

    def __init__(
        self,
        service: StudyService,
        session_id: int,
        bank: Bank,
        mode: Mode,
        questions: tuple[QuestionBase, ...],
        started_at: datetime,
    ) -> None:
        self.id = session_id
        self.bank = bank
        self.mode = mode
        self.questions = questions
        self.position = 0
        self.started_at = started_at
        self._service = service
        self._outcomes: list[AnswerOutcome] = []
        self._summary: SessionSummary | None = None

    @property
    def feedback_now(self) -> bool:
        """False in an exam: results are shown only at the end."""
        return self.mode.feedback_now

    @property
    def done(self) -> bool:
        return self._summary is not None or self.position >= len(self.questions)

    @property
    def outcomes(self) -> tuple[AnswerOutcome, ...]:
        return tuple(self._outcomes)

    def current(self) -> QuestionBase | None:
        return None if self.done else self.questions[self.position]

    def answer(self, response: Any, seconds: float) -> AnswerOutcome:
        """Grade, schedule and save the answer to the current question, then move on.

        When saving fails (a StoreError: full disk, ...) nothing was saved and the session stays
        on this question, so the student can answer again.
        """
        question = self.current()
        if question is None:
            raise SessionError("This session is over: there is no question to answer.")
        service = self._service
        now = service.clock()
        result = grade(question, response)
        rating = rating_for(result, question.kind, seconds, answer_parts(question))
        scheduler = service.scheduler()
        review = service.store.record_review(
            profile_id=service.profile.id,
            bank_id=self.bank.id,
            question_id=question.id,
            session_id=self.id,
            answered_at=now,
            response=response,
            correct=result.correct,
            score=min(1.0, max(0.0, result.score)),
            rating=rating,
            duration_ms=round(max(0.0, seconds) * 1000),
            answer_hash=question.answer_hash,
            schedule=lambda before: scheduler.review(before, rating, now),  # from the card as stored now
        )
        outcome = AnswerOutcome(review, result, rating, review.card_after, question)
        self._outcomes.append(outcome)
        self.position += 1
        return outcome

    def override(self, rating: Rating) -> AnswerOutcome:
        """Re-rate the last answer: its schedule is computed again from the card it had before,
        as of the moment it was answered."""
        if not self._outcomes:
            raise SessionError("No answer to re-rate yet.")
        last = self._outcomes[-1]
        rating = Rating(rating)
        if rating == last.rating:
            return last
        card = self._service.scheduler().review(last.review.card_before, rating, last.review.answered_at)
        review = self._service.store.override_rating(last.review.id, rating, card)
        outcome = replace(last, review=review, rating=rating, card=card)
        self._outcomes[-1] = outcome
        return outcome

    def skip(self) -> None:
        """Move on without answering (nothing is recorded)."""
        if not self.done:
            self.position += 1

    def finish(self) -> SessionSummary:
        """Close the session (idempotent): at the end, or when the student leaves early."""
        if self._summary is not None:
            return self._summary
        service = self._service
        now = service.clock()
        answered = len(self._outcomes)
        points = sum(outcome.result.score for outcome in self._outcomes)
        out_of = len(self.questions) if self.mode is Mode.EXAM else answered
        score_percent = 100.0 * points / out_of if out_of else 0.0
        service.store.finish_session(self.id, now, score_percent if answered else None)
        self._summary = SessionSummary(
            mode=self.mode,
            answered=answered,
            correct=sum(outcome.result.correct for outcome in self._outcomes),
            score_percent=score_percent,
            duration=now - self.started_at,
            results=tuple((outcome.question, outcome.result) for outcome in self._outcomes),
            next_due=service.store.card_counts(service.profile.id, self.bank.id, now).next_due,
            streak_days=service.streak_days(),
        )
        return self._summary
