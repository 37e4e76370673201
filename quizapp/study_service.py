"""The application service: what the app and the command line call to study a bank.

It joins the pure parts (grading, FSRS scheduling, the session planner, the statistics) to
the progress store, in the order that keeps a student's work safe: every answer is graded,
scheduled and committed to the file before the session moves on (see session.py, what
happens inside one session).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from quizapp.domain.clock import Clock, utc_now
from quizapp.domain.scheduling import Scheduler
from quizapp.domain.stats import (
    FORECAST_DAYS,
    RECENT_DAYS,
    BankIndex,
    StatsReport,
    bank_stats,
    consecutive_days,
    day_boundaries,
    due_by,
    first_asked,
    index_bank,
    local_date,
    local_midnight,
    streak_days,
)
from quizapp.storage import CardCounts, InvalidValue, Profile, Store, StoreCorrupt, StoreError, SyncReport

if TYPE_CHECKING:  # imported where used: the home screen's counts need neither pydantic nor the session
    from quizapp.bank.models import Bank
    from quizapp.domain.planner import Mode
    from quizapp.domain.siblings import Keys
    from quizapp.session import StudySession

# The store errors the service lets through are part of its interface, so that the app can tell the
# student about them without reaching into the store (the layering contract in pyproject.toml).
# One session's names (StudySession, SessionError, ...) are quizapp.session's: importing this module
# must not load the session's graders and the bank models, which the home screen's counts do without.
__all__ = ["BankOverview", "InvalidValue", "Store", "StoreCorrupt", "StoreError", "StudiedBank", "StudyService"]


class StudiedBank(Protocol):
    """What counting and syncing need of a bank: a validated `Bank`, or its cached `BankSummary`."""

    @property
    def id(self) -> str: ...

    @property
    def answer_hashes(self) -> Mapping[str, str]: ...


RECENT_ACTIVITY_DAYS = 14
"""Days of answer counts in a bank's overview (the home screen's sparkline)."""


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
        self._synced: dict[str, StudiedBank] = {}
        """Bank id -> the bank (or summary) object last synced (see `sync`)."""
        self._indexes: dict[str, tuple[Bank, BankIndex]] = {}
        self._family_cache: dict[str, tuple[Bank, dict[str, Keys], dict[str, str]]] = {}
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

    def first_asked(self, counts: CardCounts) -> datetime | None:
        """When the bank's next question is asked (see domain.stats.DueBy)."""
        return first_asked(counts.next_step, counts.next_review, self.tz)

    def next_asked(self, bank_id: str) -> datetime | None:
        """When the bank's next question is asked, from now (the summary of a session)."""
        return self.first_asked(self.store.card_counts(self.profile.id, bank_id, due_by(self.clock(), self.tz)))

    def today(self) -> date:
        return local_date(self.clock(), self.tz)

    def sync(self, bank: StudiedBank) -> SyncReport:
        """Apply the teacher's edits to the stored schedules (see Store.sync_bank).

        Done once per loaded bank: reading every schedule of a large bank costs milliseconds,
        and afterwards the schedules only change through answers to this very bank (whose
        hashes match it) until the bank is loaded again, as a new object.
        """
        if self._synced.get(bank.id) is bank:
            return SyncReport()
        report = self.store.sync_bank(self.profile.id, bank.id, bank.answer_hashes)
        self._synced[bank.id] = bank
        return report

    def overview(self, bank: StudiedBank) -> BankOverview:
        """The bank's line on the home screen; the same numbers from a `Bank` or its `BankSummary`."""
        changes = self.sync(bank)
        now = self.clock()
        counts = self.store.card_counts(self.profile.id, bank.id, due_by(now, self.tz))
        recent = self.store.count_reviews(self.profile.id, bank.id, self._recent_days(now))
        return BankOverview(
            bank_id=bank.id,
            total=len(bank.answer_hashes),
            new=max(0, len(bank.answer_hashes) - counts.scheduled),
            learning=counts.learning,
            due=counts.due,
            mature=counts.mature,
            last_score=self.store.last_score(self.profile.id, bank.id),
            recent=tuple(recent),
            next_due=self.first_asked(counts),
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
        from quizapp.domain.planner import DueReview, Mode, plan_session
        from quizapp.session import StudySession

        mode = Mode(mode)
        self.sync(bank)
        now = self.clock()
        new_allowance = 0
        due: list[DueReview] = []
        scheduled: set[str] = set()
        taken: set[str] = set()
        siblings, groups = self._families(bank)
        if mode is Mode.STUDY:
            midnight = local_midnight(self.today(), self.tz)
            new_allowance = self.profile.daily_new_limit - self.store.new_questions_since(
                self.profile.id, bank.id, midnight
            )
            for question_id in self.store.answered_since(self.profile.id, bank.id, midnight):
                taken |= siblings.get(question_id, frozenset())
            scheduler = self.scheduler()
            due = [
                DueReview(
                    schedule.question_id, scheduler.recall(schedule.stability, schedule.last_review, now), schedule.due
                )
                for schedule in self.store.due_schedules(self.profile.id, bank.id, due_by(now, self.tz))
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
            siblings=siblings,
            groups=groups,
            taken=taken,
        )
        session_id = self.store.start_session(self.profile.id, bank.id, mode, now)
        return StudySession(self, session_id, bank, mode, tuple(bank.by_id[i] for i in ids), now)

    def _families(self, bank: Bank) -> tuple[dict[str, Keys], dict[str, str]]:
        """Each question's sibling keys and tag-and-kind group (see domain.siblings), once per loaded bank."""
        from quizapp.domain.siblings import sibling_keys

        cached = self._family_cache.get(bank.id)
        if cached is None or cached[0] is not bank:
            keys = {question.id: sibling_keys(question) for question in bank.questions}
            groups = {q.id: f"{q.tags[0] if q.tags else ''}/{q.kind}" for q in bank.questions}
            cached = self._family_cache[bank.id] = (bank, keys, groups)
        return cached[1], cached[2]

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
        due = due_by(now, self.tz)
        for bank in banks:
            self.sync(bank)
            facts = self.store.question_facts(self.profile.id, bank.id, due, day_ends, recent_since)
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
