"""One session of questions: grade, rate, schedule and save each answer before the next question.

Split from the study service (study_service.py), which opens sessions: this is what happens inside one.

- Only a study session changes a question's FSRS schedule. Practice and exam answers are kept,
  with the session's mode, and count in accuracy, statistics and results, but the schedule
  stays as it was (Anki's "don't reschedule" filtered decks), so the daily limit of new
  questions cannot be bypassed by practising.
- The rating comes from the evidence (domain.rating), with the reason shown in the feedback.
- In a study session a question rated Again returns after RELEARN_AFTER other questions (its
  relearning step is ten minutes), until it is answered right or the student leaves; not on its
  first showing, when the feedback is its first lesson (domain.rating.returns_in_session).
- The last answer can be re-rated, or undone (its review deleted, the schedule restored).
- A question can be flagged as wrong or unclear, with a note for the teacher (kept apart from answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from quizapp.bank.models import Bank, QuestionBase
from quizapp.domain.clock import Clock
from quizapp.domain.grading import GradeResult, grade
from quizapp.domain.kinds import answer_parts, guess_chance
from quizapp.domain.planner import Mode
from quizapp.domain.rating import HISTORY, Evidence, rate, returns_in_session
from quizapp.domain.scheduling import CardState, Rating, Scheduler
from quizapp.storage import FlagRecord, Profile, ReviewRecord, Store


class SessionOwner(Protocol):
    """What a session needs of the study service that opened it (quizapp.study_service.StudyService):
    named here so that the service imports the session and never the other way round."""

    store: Store
    profile: Profile
    clock: Clock

    def scheduler(self) -> Scheduler: ...

    def streak_days(self) -> int: ...

    def next_asked(self, bank_id: str) -> datetime | None: ...


RELEARN_AFTER = 3
"""Other questions asked before a forgotten one returns in the same study session (fewer when
fewer are left): about the time three questions take."""
PACE_ANSWERS = 200
"""Latest answers of the bank read when a session starts, to know the student's own pace per kind."""


class SessionError(ValueError):
    """A call the session cannot honour (answering after the end, re-rating before any answer)."""


@dataclass(frozen=True)
class AnswerOutcome:
    review: ReviewRecord
    result: GradeResult
    rating: Rating
    card: CardState | None
    """The question's schedule after this answer (None: it has none, as after practising a new question)."""
    question: QuestionBase
    reason: str = ""
    """Why this rating (domain.rating): shown in the feedback."""
    next_due: Mapping[Rating, datetime] = field(default_factory=dict)
    """When the question would come back after each rating (empty when the answer schedules nothing)."""
    returns: bool = False
    """Asked again later in this session (forgotten in a study session)."""

    @property
    def rescheduled(self) -> bool:
        return bool(self.next_due)


@dataclass(frozen=True)
class SessionSummary:
    mode: Mode
    answered: int
    """Questions answered (a question asked again after a wrong answer counts once)."""
    correct: int
    """Questions right the first time they were answered in the session."""
    score_percent: float
    """0..100 with partial credit, of each question's first answer; an exam counts unanswered
    questions as 0, other modes count only what was answered (0 when nothing was)."""
    duration: timedelta
    results: tuple[tuple[QuestionBase, GradeResult], ...]
    """Each question's first answer in the session."""
    next_due: datetime | None
    """When the bank next has a question due."""
    streak_days: int
    relearned: int = 0
    """Questions forgotten and then answered right later in the same session."""
    unanswered: tuple[tuple[QuestionBase, GradeResult], ...] = ()
    """Questions of the session never answered, graded as such (an exam counts them as 0)."""


@dataclass
class _Step:
    outcome: AnswerOutcome
    return_place: int | None
    """Where the question was put back in the session's questions (None: it does not return)."""
    first_showing: bool
    paced: bool
    """Its time was added to the student's pace for its kind."""


class StudySession:
    """Questions asked one after another; each answer is saved before the next question."""

    def __init__(
        self,
        service: SessionOwner,
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
        """In the order asked; grows when a forgotten question is put back."""
        self.position = 0
        self.started_at = started_at
        self._service = service
        self._steps: list[_Step] = []
        self._summary: SessionSummary | None = None
        profile_id = service.profile.id
        self._answered = service.store.answered_ids(profile_id, bank.id)
        self._pace: dict[str, list[float]] = {}
        for question_id, duration_ms, correct in service.store.recent_answers(profile_id, bank.id, PACE_ANSWERS):
            question = bank.by_id.get(question_id)
            if correct and question is not None:
                self._pace.setdefault(question.kind, []).append(duration_ms / 1000 / answer_parts(question))

    @property
    def feedback_now(self) -> bool:
        """False in an exam: results are shown only at the end."""
        return self.mode.feedback_now

    @property
    def reschedules(self) -> bool:
        """Only study sessions change schedules; practice and exams leave them as they were."""
        return self.mode is Mode.STUDY

    @property
    def done(self) -> bool:
        return self._summary is not None or self.position >= len(self.questions)

    @property
    def outcomes(self) -> tuple[AnswerOutcome, ...]:
        return tuple(step.outcome for step in self._steps)

    def current(self) -> QuestionBase | None:
        return None if self.done else self.questions[self.position]

    def answer(self, response: Any, seconds: float) -> AnswerOutcome:
        """Grade, rate, schedule and save the answer to the current question, then move on.

        When saving fails (a StoreError: full disk, ...) nothing was saved and the session stays
        on this question, so the student can answer again.
        """
        question = self.current()
        if question is None:
            raise SessionError("This session is over: there is no question to answer.")
        service = self._service
        now = service.clock()
        result = grade(question, response, language=self.bank.language)
        parts = answer_parts(question)
        first_showing = question.id not in self._answered
        rated = rate(
            Evidence(
                kind=question.kind,
                score=result.score,
                correct=result.correct,
                seconds=seconds,
                parts=parts,
                with_typo=result.with_typo,
                first_showing=first_showing,
                usual_seconds=self._pace.get(question.kind, ()),
            )
        )
        profile_id = service.profile.id
        scheduler = service.scheduler().for_guessing(guess_chance(question))  # see Scheduler.for_guessing
        review = service.store.record_review(
            profile_id=profile_id,
            bank_id=self.bank.id,
            question_id=question.id,
            session_id=self.id,
            answered_at=now,
            response=response,
            correct=result.correct,
            score=min(1.0, max(0.0, result.score)),
            rating=rated.rating,
            duration_ms=round(max(0.0, seconds) * 1000),
            answer_hash=question.answer_hash,
            # The store schedules from the card it holds, read under its write lock: another quizapp of
            # this student may have answered meanwhile, and every answer counts once.
            schedule=(lambda card: scheduler.review(card, rated.rating, now)) if self.reschedules else None,
        )
        before = review.card_before  # the schedule as the store held it when the answer was saved
        after = review.card_after if self.reschedules else None
        next_due: dict[Rating, datetime] = scheduler.preview(before, now) if self.reschedules else {}
        self._answered.add(question.id)
        paced = result.correct
        if paced:
            self._pace.setdefault(question.kind, []).append(max(0.0, seconds) / parts)
            del self._pace[question.kind][:-HISTORY]
        outcome = AnswerOutcome(review, result, rated.rating, after or before, question, rated.reason, next_due)
        step = _Step(outcome, None, first_showing, paced)
        self._steps.append(step)
        self.position += 1
        self._place_return(step)
        return step.outcome

    def _place_return(self, step: _Step) -> None:
        """Put the last answered question back RELEARN_AFTER questions on when it was forgotten in a
        study session; take it out again when its rating no longer says so."""
        wanted = self.reschedules and returns_in_session(step.outcome.rating, step.first_showing)
        if wanted and step.return_place is None:
            place = min(self.position + RELEARN_AFTER, len(self.questions))
            questions = list(self.questions)
            questions.insert(place, step.outcome.question)
            self.questions = tuple(questions)
            step.return_place = place
        elif not wanted and step.return_place is not None:
            self._take_back_return(step)
        step.outcome = replace(step.outcome, returns=step.return_place is not None)

    def _take_back_return(self, step: _Step) -> None:
        if step.return_place is not None:
            questions = list(self.questions)
            del questions[step.return_place]
            self.questions = tuple(questions)
            step.return_place = None

    def override(self, rating: Rating) -> AnswerOutcome:
        """Re-rate the last answer: its schedule is computed again from the card it had before,
        as of the moment it was answered. Only a study session's answers have a schedule to change."""
        if not self._steps:
            raise SessionError("No answer to re-rate yet.")
        if not self.reschedules:
            raise SessionError(f"A {self.mode.value} answer does not change the schedule; there is nothing to re-rate.")
        step = self._steps[-1]
        last = step.outcome
        rating = Rating(rating)
        if rating == last.rating:
            return last
        scheduler = self._service.scheduler().for_guessing(guess_chance(last.question))
        card = scheduler.review(last.review.card_before, rating, last.review.answered_at)
        review = self._service.store.override_rating(last.review.id, rating, card)
        step.outcome = replace(last, review=review, rating=rating, card=card, reason="your own rating")
        self._place_return(step)
        return step.outcome

    def undo(self) -> QuestionBase:
        """Take back the last answer: its review is deleted, the question's schedule restored, and
        the session is on that question again. Returns the question."""
        if not self._steps or self._summary is not None:
            raise SessionError("No answer to undo.")
        step = self._steps[-1]
        self._service.store.undo_review(step.outcome.review.id)
        self._steps.pop()
        self._take_back_return(step)
        self.position -= 1
        question = step.outcome.question
        if step.first_showing:
            self._answered.discard(question.id)
        if step.paced:
            self._pace[question.kind].pop()
        return question

    def flag(self, question: QuestionBase, note: str = "") -> FlagRecord:
        """Flag `question` (one of this session's) as wrong or unclear, with the student's note; it
        changes no answer or schedule and goes to the teacher with `quizapp results`."""
        if question.id not in {asked.id for asked in self.questions}:
            raise SessionError(f"Question {question.id!r} is not one of this session's.")
        service = self._service
        return service.store.flag_question(
            service.profile.id, self.bank.id, question.id, question.answer_hash, service.clock(), note
        )

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
        first: dict[str, AnswerOutcome] = {}
        relearned: set[str] = set()
        for outcome in self.outcomes:
            question_id = outcome.question.id
            if question_id not in first:
                first[question_id] = outcome
            elif outcome.result.correct and first[question_id].rating == Rating.AGAIN:
                relearned.add(question_id)
        answered = len(first)
        points = sum(outcome.result.score for outcome in first.values())
        out_of = len(self.questions) if self.mode is Mode.EXAM else answered
        score_percent = 100.0 * points / out_of if out_of else 0.0
        service.store.finish_session(self.id, now, score_percent if answered else None)
        self._summary = SessionSummary(
            mode=self.mode,
            answered=answered,
            correct=sum(outcome.result.correct for outcome in first.values()),
            score_percent=score_percent,
            duration=now - self.started_at,
            results=tuple((outcome.question, outcome.result) for outcome in first.values()),
            next_due=service.next_asked(self.bank.id),
            streak_days=service.streak_days(),
            relearned=len(relearned),
            unanswered=tuple(
                (q, grade(q, None)) for q in {q.id: q for q in self.questions if q.id not in first}.values()
            ),
        )
        return self._summary
