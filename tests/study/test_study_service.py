"""The study service end to end: a real bank file, a real progress file, a clock we move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from study_support import ANSWERS, START, HandClock, bank_text, load_bank_text, right, service_for, write_bank

from quizapp.bank.loader import load_bank
from quizapp.bank.models import Bank
from quizapp.domain.kinds import guess_chance
from quizapp.domain.planner import Mode
from quizapp.domain.scheduling import CardStage, Rating
from quizapp.session import SessionError
from quizapp.storage import Store, StoreFull
from quizapp.study_service import StudyService


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return write_bank(tmp_path / "civics.toml", ANSWERS, {"s0": "law", "s1": "law", "s2": "history"})


def test_a_fresh_bank_is_all_new(store: Store, clock: HandClock, bank: Bank) -> None:
    overview = service_for(store, clock).overview(bank)
    assert (overview.total, overview.new, overview.due, overview.learning, overview.mature) == (6, 6, 0, 0, 0)
    assert overview.recent == (0,) * 14
    assert (overview.last_score, overview.next_due) == (None, None)


def test_a_study_session_introduces_new_questions_up_to_the_daily_limit(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    service = service_for(store, clock)
    service.update_profile(daily_new_limit=4)
    session = service.start(bank, Mode.STUDY)
    # Interleaved by tag and kind: law, history and untagged questions in turn, each in the teacher's order.
    assert [question.id for question in session.questions] == ["s0", "s2", "s3", "s1"]
    while not session.done:
        session.answer(right(session.current()), seconds=20)
    # The same day, the allowance is used up: nothing new, and nothing due yet (90 seconds after a hard).
    assert service.start(bank, Mode.STUDY).questions == ()
    clock.advance(days=1)
    tomorrow = service.start(bank, Mode.STUDY)
    assert {question.id for question in tomorrow.questions} == {"s0", "s1", "s2", "s3", "s4", "s5"}


def test_an_answer_is_graded_scheduled_and_saved_before_the_next_question(
    store: Store, clock: HandClock, bank: Bank, tmp_path: Path
) -> None:
    session = service_for(store, clock).start(bank, Mode.STUDY)
    first = session.current()
    assert first is not None
    clock.advance(seconds=30)
    outcome = session.answer(not right(first), seconds=3)
    assert outcome.question is first
    assert (outcome.result.correct, outcome.rating) == (False, Rating.AGAIN)
    assert outcome.card.due == clock.now + timedelta(minutes=1)  # its one learning step
    assert session.position == 1 and session.current() is not first
    with Store.open(tmp_path / "progress.db") as other:  # as another process would see it
        (saved,) = other.reviews()
    assert saved == outcome.review
    assert (saved.question_id, saved.response, saved.correct, saved.duration_ms) == (
        first.id,
        not right(first),
        False,
        3000,
    )
    assert saved.session_id == session.id
    quick = session.answer(right(session.current()), seconds=2)
    assert (quick.rating, quick.reason) == (Rating.HARD, "right on its first showing, but it could have been a guess")


def test_due_reviews_come_back_most_at_risk_first(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    service.update_profile(daily_new_limit=3)
    session = service.start(bank, Mode.STUDY)
    outcomes = {}
    for _ in range(3):
        question = session.current()
        outcomes[question.id] = session.answer(right(question), seconds=2)  # good: due in 10 minutes
    session.finish()
    clock.advance(days=30)
    service.update_profile(daily_new_limit=0)
    later = service.start(bank, Mode.STUDY)
    assert sorted(question.id for question in later.questions) == sorted(outcomes)
    recalls = [service.scheduler().retrievability(outcomes[q.id].card, clock.now) for q in later.questions]
    assert recalls == sorted(recalls)


def test_overriding_the_last_rating_reschedules_from_the_card_before(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    with pytest.raises(SessionError):
        session.override(Rating.EASY)
    question = session.current()
    outcome = session.answer(right(question), seconds=30)
    assert outcome.rating == Rating.HARD  # a true/false question's first showing
    clock.advance(minutes=2)  # the student reads the feedback, then says it was easy
    easier = session.override(Rating.EASY)
    assert easier.rating == Rating.EASY
    scheduler = service.scheduler().for_guessing(guess_chance(question))  # as the answer was scheduled
    expected = scheduler.review(None, Rating.EASY, outcome.review.answered_at)
    assert easier.card == expected
    assert store.card(service.profile.id, bank.id, question.id) == expected
    assert (easier.review.rating, easier.review.suggested_rating) == (Rating.EASY, Rating.HARD)
    assert session.outcomes[-1] == easier


def test_a_study_summary_counts_partial_credit_of_what_was_answered(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    session.answer(right(session.current()), seconds=5)
    session.answer(not right(session.current()), seconds=5)
    session.skip()
    clock.advance(minutes=4)
    summary = session.finish()
    assert (summary.mode, summary.answered, summary.correct, summary.score_percent) == (Mode.STUDY, 2, 1, 50.0)
    assert summary.duration == timedelta(minutes=4)
    assert summary.streak_days == 1
    assert summary.next_due == START + timedelta(minutes=1)  # the wrong one, again in a minute
    assert [result.correct for _, result in summary.results] == [True, False]
    assert session.finish() is summary
    assert session.done and session.current() is None
    with pytest.raises(SessionError):
        session.answer(True, seconds=1)
    assert service.overview(bank).last_score == 50.0
    assert len(list(store.reviews())) == 2  # the skipped question left no trace


def test_an_exam_withholds_feedback_and_scores_out_of_every_question(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    service = service_for(store, clock)
    exam = service.start(bank, Mode.EXAM, limit=4)
    assert not exam.feedback_now
    assert len({question.id for question in exam.questions}) == 4
    exam.answer(right(exam.current()), seconds=5)
    exam.answer(not right(exam.current()), seconds=5)
    summary = exam.finish()  # left after two of four questions
    assert summary.score_percent == 25.0
    assert store.cards(service.profile.id, bank.id) == {}  # an exam schedules nothing
    assert len(list(store.reviews())) == 2  # but its answers are kept


def test_practice_asks_every_question_and_changes_no_schedule(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    service.update_profile(daily_new_limit=2)
    study = service.start(bank, Mode.STUDY)
    while not study.done:
        study.answer(right(study.current()), seconds=30)
    schedules = store.cards(service.profile.id, bank.id)
    assert len(schedules) == 2

    practice = service.start(bank, Mode.PRACTICE)
    assert practice.feedback_now and not practice.reschedules
    assert sorted(question.id for question in practice.questions) == sorted(ANSWERS)
    while not practice.done:
        outcome = practice.answer(not right(practice.current()), seconds=30)
        assert not outcome.returns and not outcome.rescheduled  # no relearning outside study sessions
    assert practice.finish().score_percent == 0.0
    assert store.cards(service.profile.id, bank.id) == schedules  # every due date as it was
    overview = service.overview(bank)
    assert (overview.new, overview.learning) == (4, 2)
    with pytest.raises(SessionError):
        practice.override(Rating.GOOD)
    # Practising did not use up the daily allowance, nor go around it.
    clock.advance(days=1)
    assert sum(question.id not in schedules for question in service.start(bank, Mode.STUDY).questions) == 2
    report = service.stats([bank])
    assert (report.banks[0].overall.accuracy.answers, report.banks[0].overall.accuracy.correct) == (8, 2)
    modes = [row.mode for row in store.export_rows()]
    assert modes == ["study"] * 2 + ["practice"] * 6


def test_teacher_edits_restart_changed_answers_and_hide_removed_questions(
    store: Store, clock: HandClock, tmp_path: Path
) -> None:
    path = tmp_path / "civics.toml"
    bank = write_bank(path, {"a": True, "b": True, "c": True})
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    while not session.done:
        session.answer(True, seconds=2)
    assert service.overview(bank).new == 0
    # The teacher fixes the answer of b and removes c.
    edited = write_bank(path, {"a": True, "b": False})
    overview = service.overview(edited)
    assert overview.changes.restarted == ("b",)
    assert overview.changes.removed == ("c",)
    assert (overview.total, overview.new, overview.learning, overview.mature) == (2, 1, 1, 0)  # a still learning
    clock.advance(days=60)
    asked = service.start(edited, Mode.STUDY)
    assert sorted(question.id for question in asked.questions) == ["a", "b"]
    assert len(list(store.reviews())) == 3  # the history of b and c is kept
    outcome = asked.answer(False, seconds=2) if asked.current().id == "b" else asked.answer(True, seconds=2)
    assert outcome.result.correct


def test_a_renamed_bank_file_with_the_same_id_keeps_its_progress(
    store: Store, clock: HandClock, tmp_path: Path
) -> None:
    original = write_bank(tmp_path / "civics.toml", {"a": True, "b": False})
    service = service_for(store, clock)
    session = service.start(original, Mode.STUDY)
    session.answer(True, seconds=2)
    session.finish()
    (tmp_path / "civics.toml").rename(tmp_path / "civics-2025.toml")
    renamed = load_bank(tmp_path / "civics-2025.toml").require()
    overview = service.overview(renamed)
    assert (overview.new, overview.last_score) == (1, 100.0)
    assert not overview.changes.changed


def test_a_full_disk_leaves_the_session_on_the_same_question(store: Store, clock: HandClock, tmp_path: Path) -> None:
    bank = write_bank(tmp_path / "big.toml", {f"q{number}": True for number in range(300)})
    session = service_for(store, clock).start(bank, Mode.PRACTICE)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 2}")  # a real SQLITE_FULL after a few answers
    with pytest.raises(StoreFull):
        while not session.done:
            question = session.current()
            session.answer(True, seconds=5)
    assert session.current() is question  # not skipped: the student can answer it again
    answered = session.position
    assert 0 < answered < 300
    assert len(list(store.reviews())) == answered
    store._db.execute("PRAGMA max_page_count = 1000000")  # space is freed
    session.answer(True, seconds=5)
    assert session.position == answered + 1
    assert len(list(store.reviews())) == answered + 1


def test_overview_recent_activity_is_per_local_day_today_last(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.PRACTICE)
    session.answer(True, seconds=5)
    clock.advance(days=2)
    session.answer(True, seconds=5)
    session.answer(True, seconds=5)
    assert service.overview(bank).recent[-3:] == (1, 0, 2)


def test_recent_activity_adds_up_the_given_banks_only(
    store: Store, clock: HandClock, bank: Bank, tmp_path: Path
) -> None:
    other = load_bank_text(tmp_path / "other.toml", bank_text({"o1": True, "o2": False}, bank_id="other"))
    unlisted = load_bank_text(tmp_path / "unlisted.toml", bank_text({"u1": True}, bank_id="unlisted"))
    service = service_for(store, clock)
    service.start(bank, Mode.PRACTICE).answer(True, seconds=5)
    clock.advance(days=1)
    session = service.start(other, Mode.PRACTICE)
    session.answer(True, seconds=5)
    session.answer(True, seconds=5)
    service.start(unlisted, Mode.PRACTICE).answer(True, seconds=5)

    activity = service.recent_activity([bank, other])
    assert len(activity) == 14
    assert activity[-2:] == [1, 2]  # yesterday one answer in civics, today two in other; unlisted not counted
    assert sum(activity) == 3


def test_stats_per_bank_and_tag_with_streak(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    for _ in range(3):
        question = session.current()
        session.answer(right(question) if question.id != "s1" else not right(question), seconds=30)
    clock.advance(days=1)
    session.answer(right(session.current()), seconds=30)
    report = service.stats([bank])
    assert (report.profile, report.streak_days, report.studied_today) == ("ann", 2, True)
    (civics,) = report.banks
    overall = civics.overall
    assert (overall.total, overall.new, overall.learning) == (6, 2, 4)
    wrong = sum(not result.correct for _, result in session.finish().results)
    assert (overall.accuracy.answers, overall.accuracy.correct) == (4, 4 - wrong)
    assert overall.recall is not None and 0 < overall.recall <= 1
    assert sum(overall.forecast) == 4  # all within the week
    assert [tag.name for tag in civics.tags] == ["history", "law"]


def test_streaks_follow_the_students_own_days(store: Store, tmp_path: Path) -> None:
    auckland = ZoneInfo("Pacific/Auckland")  # UTC+12 in May
    clock = HandClock(datetime(2025, 5, 19, 11, 30, tzinfo=UTC))  # 23:30 in Auckland
    bank = write_bank(tmp_path / "b.toml", {"a": True, "b": True})
    service = StudyService(store, "kiri", clock, fuzz=False, seed=1, tz=auckland)
    session = service.start(bank, Mode.PRACTICE)
    session.answer(True, seconds=3)
    clock.advance(hours=1)  # 00:30 the next day in Auckland, the same UTC day
    session.answer(True, seconds=3)
    assert service.streak_days() == 2
    assert StudyService(store, "kiri", clock, tz=UTC).streak_days() == 1


def test_profiles_study_apart(store: Store, clock: HandClock, bank: Bank) -> None:
    ann = service_for(store, clock)
    bob = StudyService(store, "bob", clock, fuzz=False, seed=1, tz=UTC)
    session = ann.start(bank, Mode.STUDY)
    session.answer(True, seconds=3)
    assert ann.overview(bank).new == 5
    assert bob.overview(bank).new == 6


def test_a_lower_retention_schedules_further_apart(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    session.answer(right(session.current()), seconds=2)
    first = session.override(Rating.EASY)
    service.update_profile(desired_retention=0.75)
    session.answer(right(session.current()), seconds=2)
    second = session.override(Rating.EASY)
    assert first.card.stage == second.card.stage == CardStage.REVIEW
    assert second.card.due > first.card.due


def test_a_review_is_asked_on_the_day_it_falls_due_whatever_the_hour(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    """Studied at noon, back at nine the next mornings: a review falls due during its day and is
    asked from that day's start, so an interval of N days never runs N + 1 (the home screen, the
    session and the 'next review' line agree)."""
    clock.now = START.replace(hour=12)
    service = service_for(store, clock)
    for _ in range(2):  # a right first showing of a true/false question is a learning step: twice
        session = service.start(bank, Mode.STUDY)
        while not session.done:
            session.answer(right(session.current()), seconds=20)
        clock.advance(minutes=5)
    scheduled = {question_id: store.card(service.profile.id, bank.id, question_id) for question_id in ANSWERS}
    first_review = min(card.due for card in scheduled.values() if card is not None)
    assert first_review.hour == 12  # due after noon, by the clock
    clock.now = first_review.replace(hour=9)
    due_ids = {qid for qid, card in scheduled.items() if card is not None and card.due.date() == first_review.date()}
    overview = service.overview(bank)
    assert overview.due == len(due_ids) > 0
    assert {question.id for question in service.start(bank, Mode.STUDY).questions} >= due_ids
    clock.now = first_review - timedelta(days=1)  # the day before: nothing due, and the next review is at midnight
    overview = service.overview(bank)
    assert overview.due == 0
    assert overview.next_due == first_review.replace(hour=0, minute=0)
