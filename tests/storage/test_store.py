"""The store keeps profiles, answers, sessions and schedules exactly, in one file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from store_helpers import NOW, SCHEDULER, answer

from quizapp.domain.scheduling import CardStage, Rating
from quizapp.domain.stats import due_by
from quizapp.storage import InvalidValue, NotFound, QuestionFacts, Store, StoreError
from quizapp.storage import opening as opening_module
from quizapp.storage import store as store_module
from quizapp.storage.schema import APPLICATION_ID, LATEST_VERSION

TODAY = due_by(NOW, UTC)
"""What is due at NOW for a student in UTC: steps by the clock, reviews until midnight."""


def test_open_creates_the_folders_and_a_wal_file_at_the_latest_version(db_path: Path) -> None:
    assert not db_path.parent.exists()
    Store.open(db_path).close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    raw.close()


def test_a_file_of_an_older_version_is_migrated_in_order_and_keeps_its_data(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        answer(store, store.profile("ann").id, "q1")
    # A later quizapp adds two migrations; opening the old file applies both, in order.
    later = (
        *opening_module.MIGRATIONS,
        ("ALTER TABLE profiles ADD COLUMN colour TEXT", "UPDATE profiles SET colour = 'red'"),
        ("UPDATE profiles SET colour = colour || '-then-blue'",),
    )
    monkeypatch.setattr(opening_module, "MIGRATIONS", later)
    monkeypatch.setattr(opening_module, "LATEST_VERSION", len(later))
    with Store.open(db_path) as store:
        assert [review.question_id for review in store.reviews()] == ["q1"]
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 2
    assert raw.execute("SELECT colour FROM profiles").fetchall() == [("red-then-blue",)]
    raw.close()


def test_a_failing_migration_leaves_the_file_at_its_last_good_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path).close()
    broken = (*opening_module.MIGRATIONS, ("ALTER TABLE profiles ADD COLUMN colour TEXT", "THIS IS NOT SQL"))
    monkeypatch.setattr(opening_module, "MIGRATIONS", broken)
    monkeypatch.setattr(opening_module, "LATEST_VERSION", len(broken))
    with pytest.raises(StoreError, match="prepare the progress file"):
        Store.open(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert "colour" not in [column[1] for column in raw.execute("PRAGMA table_info(profiles)")]
    raw.close()


def test_progress_survives_closing_and_reopening(location: Path | str) -> None:
    with Store.open(location) as store:
        ann = store.profile("ann")
        first = answer(store, ann.id, "q1", response=("Rome", "Istanbul"))
    with Store.open(location) as store:
        assert store.profile("ann") == ann
        assert list(store.reviews()) == [first]
        assert store.cards(ann.id, "bank") == {"q1": first.card_after}


def test_an_answer_is_committed_before_record_review_returns(store: Store, location: Path | str) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1")
    # A second, independent connection (another process would see the same) finds it at once.
    with Store.open(location) as other:
        assert [review.question_id for review in other.reviews()] == ["q1"]
        assert {question: card.reps for question, card in other.cards(ann.id, "bank").items()} == {"q1": 1}


def test_a_review_round_trips_every_field_exactly(store: Store) -> None:
    ann = store.profile("ann")
    session = store.start_session(ann.id, "bank", "study", NOW)
    at = NOW + timedelta(microseconds=123_457)
    before = answer(store, ann.id, "q-7", at=NOW - timedelta(days=3), rating=Rating.AGAIN, answer_hash="abc123")
    after = SCHEDULER.review(before.card_after, Rating.HARD, at)
    saved = store.record_review(
        profile_id=ann.id,
        bank_id="bank",
        question_id="q-7",
        session_id=session,
        answered_at=at,
        response={"ready to work": "Putin", "went very well": "Trump"},
        correct=False,
        score=0.5,
        rating=Rating.HARD,
        duration_ms=12_345,
        answer_hash="abc123",
        schedule=lambda stored: SCHEDULER.review(stored, Rating.HARD, at),
    )
    (_, loaded) = store.reviews()
    assert loaded == saved
    assert loaded.answered_at == at
    assert loaded.response == {"ready to work": "Putin", "went very well": "Trump"}
    assert (loaded.correct, loaded.score, loaded.rating, loaded.duration_ms) == (False, 0.5, Rating.HARD, 12_345)
    assert loaded.card_before == before.card_after
    assert loaded.card_after == after
    assert loaded.session_id == session


def test_responses_of_every_shape_are_stored_as_json(store: Store) -> None:
    ann = store.profile("ann")
    shapes = [True, None, "Paris", ("b", "a"), frozenset({"Sochi", "Rome"}), {"left": "right"}]
    for number, response in enumerate(shapes):
        answer(store, ann.id, f"q{number}", response=response)
    assert [review.response for review in store.reviews()] == [
        True,
        None,
        "Paris",
        ["b", "a"],
        ["Rome", "Sochi"],
        {"left": "right"},
    ]


def test_profiles_keep_their_progress_apart(store: Store) -> None:
    ann, bob = store.profile("ann"), store.profile("bob")
    answer(store, ann.id, "q1")
    answer(store, bob.id, "q2")
    answer(store, bob.id, "q3")
    assert [review.question_id for review in store.reviews(ann.id)] == ["q1"]
    assert [review.question_id for review in store.reviews(bob.id)] == ["q2", "q3"]
    assert set(store.cards(bob.id, "bank")) == {"q2", "q3"}
    assert [profile.name for profile in store.profiles()] == ["ann", "bob"]


def test_a_new_profile_gets_default_settings_and_they_can_change(store: Store) -> None:
    created = store.profile("  ann ")
    assert (created.name, created.desired_retention, created.daily_new_limit) == ("ann", 0.9, 20)
    changed = store.update_profile("ann", desired_retention=0.85, daily_new_limit=30)
    assert (changed.desired_retention, changed.daily_new_limit) == (0.85, 30)
    assert store.update_profile("ann", daily_new_limit=5).desired_retention == 0.85
    assert store.profile("ann") == store.update_profile("ann")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"desired_retention": 0.5}, r"between 0\.70 and 0\.99"),
        ({"desired_retention": 1.0}, r"between 0\.70 and 0\.99"),
        ({"daily_new_limit": -1}, "between 0 and 9999"),
    ],
)
def test_settings_out_of_range_are_refused_and_nothing_changes(
    store: Store, changes: dict[str, float], message: str
) -> None:
    store.profile("ann")
    with pytest.raises(InvalidValue, match=message):
        store.update_profile("ann", **changes)  # type: ignore[arg-type]
    assert store.profile("ann").desired_retention == 0.9


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, "ann\x00"])
def test_bad_profile_names_are_refused(store: Store, name: str) -> None:
    with pytest.raises(InvalidValue):
        store.profile(name)
    assert store.profiles() == []


def test_updating_a_missing_profile_says_so(store: Store) -> None:
    with pytest.raises(NotFound, match="no profile named 'zoe'"):
        store.update_profile("zoe", daily_new_limit=3)


def test_settings_are_app_wide(store: Store) -> None:
    assert store.get_setting("theme") is None
    assert store.get_setting("theme", "dark") == "dark"
    store.set_setting("theme", "light")
    store.set_setting("theme", "solarized")
    assert store.get_setting("theme") == "solarized"


def test_sessions_record_mode_times_and_score(store: Store) -> None:
    ann = store.profile("ann")
    first = store.start_session(ann.id, "bank", "exam", NOW)
    store.finish_session(first, NOW + timedelta(minutes=5), 80.0)
    second = store.start_session(ann.id, "bank", "study", NOW + timedelta(hours=1))
    (done, running) = store.sessions(ann.id)
    assert (done.id, done.mode, done.ended_at, done.score) == (first, "exam", NOW + timedelta(minutes=5), 80.0)
    assert (running.id, running.ended_at, running.score) == (second, None, None)
    assert store.last_score(ann.id, "bank") == 80.0
    store.finish_session(second, NOW + timedelta(hours=2), None)  # left before answering anything
    assert store.last_score(ann.id, "bank") == 80.0
    with pytest.raises(NotFound):
        store.finish_session(999, NOW, 1.0)


def test_overriding_the_latest_rating_reschedules_and_keeps_the_suggestion(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1", at=NOW - timedelta(days=10), rating=Rating.GOOD)
    last = answer(store, ann.id, "q1", at=NOW, rating=Rating.GOOD)
    easier = SCHEDULER.review(last.card_before, Rating.EASY, last.answered_at)
    assert easier.due > last.card_after.due
    changed = store.override_rating(last.id, Rating.EASY, easier)
    assert (changed.rating, changed.suggested_rating, changed.overridden) == (Rating.EASY, Rating.GOOD, True)
    assert changed.card_after == easier
    assert store.card(ann.id, "bank", "q1") == easier
    assert store.review(last.id) == changed


def test_only_the_latest_answer_to_a_question_can_be_re_rated(store: Store) -> None:
    ann = store.profile("ann")
    older = answer(store, ann.id, "q1", at=NOW - timedelta(days=1))
    latest = answer(store, ann.id, "q1")
    with pytest.raises(InvalidValue, match="Only the latest answer"):
        store.override_rating(older.id, Rating.EASY, older.card_after)
    assert store.review(older.id).rating == Rating.GOOD
    assert store.card(ann.id, "bank", "q1") == latest.card_after
    with pytest.raises(NotFound):
        store.override_rating(12345, Rating.EASY, older.card_after)


def test_a_changed_answer_restarts_the_schedule_and_keeps_the_history(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1", answer_hash="old")
    answer(store, ann.id, "q2", answer_hash="same")
    report = store.sync_bank(ann.id, "bank", {"q1": "new", "q2": "same"})
    assert report.restarted == ("q1",)
    assert set(store.cards(ann.id, "bank")) == {"q2"}
    assert store.scheduled_ids(ann.id, "bank") == {"q2"}
    assert store.card(ann.id, "bank", "q1") is None
    assert not store.sync_bank(ann.id, "bank", {"q1": "new", "q2": "same"}).changed  # restarted once only
    assert len(list(store.reviews(ann.id))) == 2
    fresh = answer(store, ann.id, "q1", answer_hash="new")
    assert fresh.card_before is None
    assert fresh.card_after.reps == 1


def test_a_removed_question_keeps_its_schedule_out_of_the_counts_until_it_returns(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1")
    answer(store, ann.id, "q2")
    assert store.sync_bank(ann.id, "bank", {"q2": "hash"}).removed == ("q1",)
    assert store.card_counts(ann.id, "bank", TODAY).scheduled == 1
    assert set(store.cards(ann.id, "bank")) == {"q1", "q2"}
    report = store.sync_bank(ann.id, "bank", {"q1": "hash", "q2": "hash"})
    assert report.returned == ("q1",)
    assert store.card_counts(ann.id, "bank", TODAY).scheduled == 2


def test_syncing_an_unchanged_bank_changes_nothing(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1")
    assert not store.sync_bank(ann.id, "bank", {"q1": "hash", "q2": "other"}).changed


def test_card_for_another_answer_hash_is_a_fresh_start(store: Store) -> None:
    ann = store.profile("ann")
    saved = answer(store, ann.id, "q1", answer_hash="v1")
    assert store.card(ann.id, "bank", "q1", "v1") == saved.card_after
    assert store.card(ann.id, "bank", "q1", "v2") is None
    assert store.card(ann.id, "bank", "nope") is None


def test_card_counts_of_a_bank(store: Store) -> None:
    ann = store.profile("ann")
    # q1: answered once, hard: still learning, due in 90 seconds.
    answer(store, ann.id, "q1", rating=Rating.HARD)
    # q2: wrong a week ago, due long since.
    answer(store, ann.id, "q2", at=NOW - timedelta(days=7), rating=Rating.AGAIN)
    # q3: learnt 2 years ago and reviewed 200 days ago: in review, mature, due in the future.
    answer(store, ann.id, "q3", at=NOW - timedelta(days=800), rating=Rating.EASY)
    mature = answer(store, ann.id, "q3", at=NOW - timedelta(days=200), rating=Rating.EASY)
    assert mature.card_after.stage == CardStage.REVIEW and mature.card_after.is_mature
    assert mature.card_after.due > NOW
    answer(store, ann.id, "other", bank_id="other-bank")
    counts = store.card_counts(ann.id, "bank", TODAY)
    assert (counts.scheduled, counts.learning, counts.due, counts.mature) == (3, 2, 1, 1)
    assert counts.next_step == NOW - timedelta(days=7) + timedelta(minutes=1)
    assert counts.next_review == mature.card_after.due


def test_counts_of_an_unknown_bank_are_zero(store: Store) -> None:
    ann = store.profile("ann")
    counts = store.card_counts(ann.id, "nothing", TODAY)
    assert (counts.scheduled, counts.learning, counts.due, counts.mature) == (0, 0, 0, 0)
    assert (counts.next_step, counts.next_review) == (None, None)


def test_answers_are_counted_between_boundaries(store: Store) -> None:
    ann = store.profile("ann")
    for hours in (0, 1, 25, 26, 27, 72):
        answer(store, ann.id, f"q{hours}", at=NOW + timedelta(hours=hours))
    answer(store, ann.id, "x", bank_id="other", at=NOW)
    days = [NOW + timedelta(days=day) for day in range(4)]
    assert store.count_reviews(ann.id, "bank", days) == [2, 3, 0]
    assert store.count_reviews(ann.id, None, days) == [3, 3, 0]
    assert store.count_reviews(ann.id, "bank", days[:1]) == []


def test_new_questions_since_counts_first_reviews_only(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "old", at=NOW - timedelta(days=2))
    answer(store, ann.id, "old", at=NOW)  # a review, not a new question
    answer(store, ann.id, "fresh", at=NOW)
    answer(store, ann.id, "fresh", at=NOW + timedelta(minutes=1))
    answer(store, ann.id, "also-fresh", at=NOW + timedelta(minutes=2))
    assert store.new_questions_since(ann.id, "bank", NOW - timedelta(hours=1)) == 2


DAY_ENDS = [NOW.replace(hour=0) + timedelta(days=day) for day in range(1, 8)]


def facts_of(store: Store, profile_id: int) -> dict[str, QuestionFacts]:
    facts = store.question_facts(profile_id, "bank", TODAY, DAY_ENDS, NOW - timedelta(days=7))
    return {fact.question_id: fact for fact in facts}


def test_question_facts_count_right_answers_overall_and_recently(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1", at=NOW - timedelta(days=20), correct=False, rating=Rating.AGAIN)
    answer(store, ann.id, "q1", at=NOW - timedelta(days=2), correct=True)
    answer(store, ann.id, "q1", at=NOW - timedelta(days=1), correct=False, rating=Rating.AGAIN)
    answer(store, ann.id, "q2", at=NOW - timedelta(days=30), correct=True)
    answer(store, ann.id, "x", bank_id="other", at=NOW)
    facts = facts_of(store, ann.id)
    assert facts.keys() == {"q1", "q2"}
    assert facts["q1"][-4:] == (3, 1, 2, 1)
    assert facts["q2"][-4:] == (1, 1, 0, 0)


def test_question_facts_classify_schedules_as_card_state_does(store: Store) -> None:
    ann = store.profile("ann")
    histories = {
        "new-learning": [(0, Rating.HARD)],  # due in 90 seconds: today
        "lapsed": [(-40, Rating.EASY), (-20, Rating.AGAIN)],  # relearning, overdue
        "young": [(-3, Rating.EASY)],  # review, due in 5 days
        "mature": [(-800, Rating.EASY), (-200, Rating.EASY)],  # review, stability over 21 days
        "overdue-review": [(-30, Rating.EASY)],
    }
    cards = {}
    for question_id, history in histories.items():
        for days, rating in history:
            cards[question_id] = answer(store, ann.id, question_id, at=NOW + timedelta(days=days), rating=rating)
    facts = facts_of(store, ann.id)
    for question_id, review in cards.items():
        card = review.card_after
        fact = facts[question_id]
        assert (fact.learning, fact.due, fact.mature) == (card.is_learning, card.is_due(TODAY), card.is_mature)
        expected_day = sum(1 for end in DAY_ENDS if end <= card.due)
        assert fact.due_day == expected_day, question_id
        assert (fact.stability, fact.last_review) == (card.stability, card.last_review)
    assert {question_id for question_id, fact in facts.items() if fact.mature} == {"mature"}
    assert facts["young"].due_day == 5 and facts["new-learning"].due_day == 0


def test_question_facts_keep_the_answers_of_a_restarted_question(store: Store) -> None:
    ann = store.profile("ann")
    answer(store, ann.id, "q1", answer_hash="old", correct=False, rating=Rating.AGAIN)
    store.sync_bank(ann.id, "bank", {"q1": "new"})
    fact = facts_of(store, ann.id)["q1"]
    assert (fact.stability, fact.last_review, fact.due_day) == (None, None, 7)
    assert fact[-4:] == (1, 0, 1, 0)


def test_answered_between_spans_every_bank(store: Store) -> None:
    ann, bob = store.profile("ann"), store.profile("bob")
    answer(store, ann.id, "q1", bank_id="other", at=NOW)
    answer(store, bob.id, "q1", at=NOW + timedelta(days=1))
    assert store.answered_between(ann.id, NOW, NOW + timedelta(seconds=1))
    assert not store.answered_between(ann.id, NOW + timedelta(seconds=1), NOW + timedelta(days=2))
    assert not store.answered_between(ann.id, NOW - timedelta(days=1), NOW)  # the end is excluded


def test_export_rows_read_in_batches_carry_profile_and_mode(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "EXPORT_BATCH", 3)
    ann, bob = store.profile("ann"), store.profile("bob")
    session = store.start_session(bob.id, "bank", "exam", NOW)
    for number in range(7):
        answer(store, ann.id, f"q{number}")
    answer(store, bob.id, "b1", session_id=session)
    rows = list(store.export_rows())
    assert [row.review.question_id for row in rows] == [f"q{number}" for number in range(7)] + ["b1"]
    assert [(row.profile, row.mode) for row in rows[-2:]] == [("ann", None), ("bob", "exam")]
    assert [row.review.question_id for row in store.export_rows(bob.id)] == ["b1"]
    assert len(list(store.reviews(ann.id, "bank"))) == 7


def test_a_score_outside_0_to_1_is_refused_and_nothing_is_saved(store: Store) -> None:
    ann = store.profile("ann")
    card = SCHEDULER.review(None, Rating.GOOD, NOW)
    with pytest.raises(InvalidValue):
        store.record_review(
            profile_id=ann.id,
            bank_id="bank",
            question_id="q1",
            session_id=None,
            answered_at=NOW,
            response="x",
            correct=True,
            score=1.5,
            rating=Rating.GOOD,
            duration_ms=1,
            answer_hash="h",
            schedule=lambda _: card,
        )
    assert list(store.reviews()) == []


def test_a_review_for_an_unknown_profile_is_refused_whole(store: Store) -> None:
    with pytest.raises(StoreError):
        answer(store, 42, "q1")
    assert list(store.reviews()) == []
    assert store.cards(42, "bank") == {}


def test_a_review_is_due_all_day_and_a_step_by_the_clock(store: Store) -> None:
    """A student who answered at 12:00 and comes back at 11:00 the next day gets the review
    (an interval of one day must not run two); a relearning step of ten minutes waits for its minutes."""
    ann = store.profile("ann")
    review = answer(store, ann.id, "review", at=NOW - timedelta(days=1), rating=Rating.GOOD)
    assert review.card_after.stage == CardStage.REVIEW
    day_later = review.card_after.due
    answer(store, ann.id, "lapse", at=NOW - timedelta(days=40), rating=Rating.EASY)
    lapse = answer(store, ann.id, "lapse", at=day_later - timedelta(hours=1, minutes=5), rating=Rating.AGAIN)
    assert lapse.card_after.stage == CardStage.RELEARNING
    morning = day_later - timedelta(hours=1)
    due_now = {schedule.question_id for schedule in store.due_schedules(ann.id, "bank", due_by(morning, UTC))}
    assert due_now == {"review"}  # the relearning step ends in 5 minutes
    assert store.card_counts(ann.id, "bank", due_by(morning, UTC)).due == 1
    later = morning + timedelta(minutes=6)
    assert {schedule.question_id for schedule in store.due_schedules(ann.id, "bank", due_by(later, UTC))} == {
        "review",
        "lapse",
    }
    day_before = day_later - timedelta(days=1)  # the review's day has not begun: not due
    assert "review" not in {s.question_id for s in store.due_schedules(ann.id, "bank", due_by(day_before, UTC))}
