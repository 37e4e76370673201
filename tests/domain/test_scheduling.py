"""FSRS scheduling in quizapp's terms: exact schedules with an injected time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from quizapp.domain.scheduling import CardStage, Rating, Scheduler

NOW = datetime(2025, 5, 19, 12, 0, tzinfo=UTC)


def test_a_first_good_answer_is_scheduled_by_fsrs_at_once() -> None:
    card = Scheduler(fuzz=False).review(None, Rating.GOOD, NOW)
    # One learning step: a right first answer needs no second one the next day before FSRS schedules it.
    assert (card.stage, card.step, card.reps, card.lapses) == (CardStage.REVIEW, None, 1, 0)
    assert card.stability == pytest.approx(2.3065)  # FSRS-6 default w[2]
    assert card.due == NOW + timedelta(days=2)
    assert card.last_review == NOW
    assert not card.is_learning and not card.is_mature


def test_a_first_wrong_answer_stays_learning_until_a_later_right_one() -> None:
    scheduler = Scheduler(fuzz=False)
    missed = scheduler.review(None, Rating.AGAIN, NOW)
    assert (missed.stage, missed.step, missed.due) == (CardStage.LEARNING, 0, NOW + timedelta(minutes=1))
    assert missed.is_learning
    hard = scheduler.review(None, Rating.HARD, NOW)
    assert (hard.stage, hard.due) == (CardStage.LEARNING, NOW + timedelta(minutes=1, seconds=30))
    tomorrow = scheduler.review(missed, Rating.GOOD, NOW + timedelta(days=1))
    assert tomorrow.stage == CardStage.REVIEW and tomorrow.due >= NOW + timedelta(days=2)


def test_a_first_easy_answer_graduates_with_fsrs_initial_stability() -> None:
    card = Scheduler(fuzz=False).review(None, Rating.EASY, NOW)
    # FSRS-6 default w[3] = 8.2956 days: at 90% retention the interval equals the stability.
    assert card.stage == CardStage.REVIEW
    assert card.stability == pytest.approx(8.2956)
    assert card.due == NOW + timedelta(days=8)


def test_forgetting_a_review_card_is_a_lapse_and_relearning_starts() -> None:
    scheduler = Scheduler(fuzz=False)
    card = scheduler.review(None, Rating.EASY, NOW)
    forgotten = scheduler.review(card, Rating.AGAIN, card.due)
    assert (forgotten.stage, forgotten.reps, forgotten.lapses) == (CardStage.RELEARNING, 2, 1)
    assert forgotten.stability < card.stability
    assert forgotten.due == card.due + timedelta(minutes=10)
    again_in_relearning = scheduler.review(forgotten, Rating.AGAIN, forgotten.due)
    assert again_in_relearning.lapses == 1  # only a forgotten review card is a lapse


def test_a_higher_desired_retention_asks_again_sooner() -> None:
    card = Scheduler(fuzz=False).review(None, Rating.EASY, NOW)
    later = card.due + timedelta(days=1)
    relaxed = Scheduler(0.8, fuzz=False).review(card, Rating.GOOD, later)
    strict = Scheduler(0.95, fuzz=False).review(card, Rating.GOOD, later)
    assert strict.due < relaxed.due


@pytest.mark.parametrize("retention", [0.5, 0.69, 1.0])
def test_a_desired_retention_out_of_range_is_refused(retention: float) -> None:
    with pytest.raises(ValueError, match=r"between 0\.70 and 0\.99"):
        Scheduler(retention)


def test_times_must_be_aware_and_any_zone_means_the_same_instant() -> None:
    scheduler = Scheduler(fuzz=False)
    with pytest.raises(ValueError, match="timezone-aware"):
        scheduler.review(None, Rating.GOOD, datetime(2025, 5, 19, 12, 0))
    paris_summer = timezone(timedelta(hours=2))
    assert scheduler.review(None, Rating.GOOD, NOW.astimezone(paris_summer)) == scheduler.review(None, Rating.GOOD, NOW)


def test_predicted_recall_falls_with_time_and_is_near_the_target_when_due() -> None:
    scheduler = Scheduler(fuzz=False)
    card = scheduler.review(None, Rating.EASY, NOW)
    assert scheduler.retrievability(None, NOW) == 0.0
    assert scheduler.retrievability(card, NOW) == 1.0
    at_due = scheduler.retrievability(card, card.due)
    assert 0.89 < at_due < 0.92
    assert scheduler.retrievability(card, card.due + timedelta(days=30)) < at_due


@pytest.mark.parametrize("retention", [0.8, 0.9, 0.95])
def test_recall_is_exactly_what_fsrs_predicts(retention: float) -> None:
    """Our fast recall uses fsrs's forgetting curve with fsrs's constants: it must never drift from fsrs."""
    import fsrs

    scheduler = Scheduler(retention, fuzz=False)
    reference = fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)
    card = scheduler.review(None, Rating.AGAIN, NOW)
    for rating in (Rating.GOOD, Rating.GOOD, Rating.EASY, Rating.HARD, Rating.AGAIN, Rating.GOOD):
        card = scheduler.review(card, rating, card.due + timedelta(hours=5))
        probe = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=card.stability, last_review=card.last_review)
        for later in (
            card.last_review,
            card.due,
            card.due + timedelta(days=3, hours=23),
            card.due + timedelta(days=400),
        ):
            expected = reference.get_card_retrievability(probe, later)
            assert scheduler.recall(card.stability, card.last_review, later) == expected
            assert scheduler.retrievability(card, later) == expected
    assert scheduler.recall(None, None, NOW) == 0.0


def test_a_mature_card_has_three_weeks_of_stability() -> None:
    scheduler = Scheduler(fuzz=False)
    card = scheduler.review(None, Rating.EASY, NOW)
    while card.stability is not None and card.stability < 21.0:
        assert not card.is_mature
        card = scheduler.review(card, Rating.GOOD, card.due)
    assert card.is_mature and not card.is_learning
    assert scheduler.interval(card) == card.due - card.last_review


def test_fuzz_spreads_long_intervals_within_a_few_days() -> None:
    card = Scheduler(fuzz=False).review(None, Rating.EASY, NOW)
    exact = Scheduler(fuzz=False).review(card, Rating.GOOD, card.due)
    fuzzed = {Scheduler(fuzz=True).review(card, Rating.GOOD, card.due).due for _ in range(30)}
    assert len(fuzzed) > 1
    # FSRS fuzz: at most a day plus 15% (short intervals) to 5% (long ones) of the interval.
    bound = timedelta(days=1) + 0.15 * (exact.due - card.due)
    assert all(abs(due - exact.due) <= bound for due in fuzzed)


def test_the_preview_gives_each_ratings_next_due_date_longer_for_better_ratings() -> None:
    scheduler = Scheduler(fuzz=False)
    preview = scheduler.preview(None, NOW)
    assert preview[Rating.GOOD] == scheduler.review(None, Rating.GOOD, NOW).due
    dues = [preview[rating] for rating in Rating]
    assert dues == sorted(dues) and len(set(dues)) == 4


def test_a_question_that_can_be_guessed_is_scheduled_for_the_memory_its_right_answers_need() -> None:
    from types import SimpleNamespace

    from quizapp.domain.kinds import guess_chance

    base = Scheduler(0.9, fuzz=False)
    true_false = SimpleNamespace(kind="true_false")
    four_choices = SimpleNamespace(kind="multiple_choice", choices=["a", "b", "c", "d"])
    typed = SimpleNamespace(kind="short_answer")
    assert (guess_chance(true_false), guess_chance(four_choices), guess_chance(typed)) == (0.5, 0.25, 0.0)
    # right answers = memory + lucky guesses: (0.9 - 0.5) / 0.5 = 0.80; (0.9 - 0.25) / 0.75 = 0.87
    assert base.for_guessing(0.5).desired_retention == 0.8
    assert base.for_guessing(0.25).desired_retention == 0.87
    assert base.for_guessing(0.0) is base and base.for_guessing(0.001) is base
    assert base.for_guessing(0.5) is base.for_guessing(0.5)  # one scheduler per retention
    assert Scheduler(0.75, fuzz=False).for_guessing(0.5).desired_retention == 0.7  # never below the lowest allowed
    review = base.review(base.review(None, Rating.EASY, NOW), Rating.GOOD, NOW + timedelta(days=8))
    later = NOW + timedelta(days=30)
    assert base.for_guessing(0.5).review(review, Rating.GOOD, later).due > base.review(review, Rating.GOOD, later).due
