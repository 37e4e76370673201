"""Inside a study session: ratings from evidence, forgotten questions coming back, undo, the
next interval of each rating. A real bank file and progress file, a clock moved by hand."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from study_support import ANSWERS, HandClock, right, service_for, write_bank

from quizapp.bank.models import Bank
from quizapp.domain.planner import Mode
from quizapp.domain.scheduling import Rating
from quizapp.session import RELEARN_AFTER, SessionError
from quizapp.storage import Store


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return write_bank(tmp_path / "civics.toml", ANSWERS)


def test_a_right_true_false_on_its_first_showing_is_hard_not_easy(store: Store, clock: HandClock, bank: Bank) -> None:
    session = service_for(store, clock).start(bank, Mode.STUDY)
    outcome = session.answer(right(session.current()), seconds=0.8)
    assert outcome.rating == Rating.HARD  # it may have been a coin toss
    assert outcome.reason == "right on its first showing, but it could have been a guess"
    # Hard keeps it in its one learning step: back in the next session, where a right answer schedules it.
    assert outcome.card is not None and outcome.card.due == clock.now + timedelta(minutes=1, seconds=30)


def test_a_quick_recall_answer_is_easy_only_against_the_students_own_pace(
    store: Store, clock: HandClock, tmp_path: Path
) -> None:
    path = tmp_path / "capitals.toml"
    question = 'kind = "short_answer"\nprompt = "Where?"\nanswer = "Istanbul"\nexplanation = "Istanbul."\n'
    questions = "".join(f'\n[[questions]]\nid = "c{n}"\n{question}' for n in range(6))
    path.write_text(f'format = 1\nid = "capitals"\ntitle = "Capitals"\n{questions}', encoding="utf-8")
    from quizapp.bank.loader import load_bank

    capitals = load_bank(path).require()
    service = service_for(store, clock)
    first = service.start(capitals, Mode.PRACTICE)
    for _ in range(6):
        first.answer("Istanbul", seconds=10)  # the student's pace: 10 s a short answer
    first.finish()
    clock.advance(days=1)
    session = service.start(capitals, Mode.STUDY)
    quick = session.answer("Istanbul", seconds=4)
    assert (quick.rating, quick.reason) == (Rating.EASY, "right, and quicker than you usually are")
    usual = session.answer("Istanbul", seconds=10)
    assert (usual.rating, usual.reason) == (Rating.GOOD, "right, at your usual pace")
    typo = session.answer("Istambul", seconds=2)
    assert (typo.rating, typo.reason) == (Rating.GOOD, "right with a typo forgiven")


def learned_yesterday(store: Store, clock: HandClock, bank: Bank):
    """A study session the day after every question of `bank` was answered right once: all due again."""
    service = service_for(store, clock)
    first = service.start(bank, Mode.STUDY)
    while not first.done:
        first.answer(right(first.current()), seconds=5)
    first.finish()
    clock.advance(days=1)
    return service.start(bank, Mode.STUDY)


def test_a_question_missed_on_its_first_showing_waits_for_the_next_session(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    session = service_for(store, clock).start(bank, Mode.STUDY)
    missed = session.current()
    outcome = session.answer(not right(missed), seconds=5)
    assert outcome.rating == Rating.AGAIN and not outcome.returns
    assert outcome.reason == "not right; back next session"
    assert len(session.questions) == 6
    while not session.done:
        assert session.current() is not missed
        session.answer(right(session.current()), seconds=5)
    session.finish()
    clock.advance(days=1)
    assert missed in service_for(store, clock).start(bank, Mode.STUDY).questions


def test_a_forgotten_question_comes_back_in_the_same_session_until_it_is_right(
    store: Store, clock: HandClock, bank: Bank
) -> None:
    session = learned_yesterday(store, clock, bank)
    assert len(session.questions) == 6
    forgotten = session.current()
    outcome = session.answer(not right(forgotten), seconds=5)
    assert outcome.returns and outcome.rating == Rating.AGAIN and outcome.reason == "not right"
    asked = []
    while not session.done:
        question = session.current()
        asked.append(question.id)
        clock.advance(minutes=1)
        wrong_again = question is forgotten and asked.count(question.id) == 1
        session.answer(right(question) != wrong_again, seconds=5)
    # Back after RELEARN_AFTER others, wrong again, back after as many more (or at the end), then right.
    assert asked.index(forgotten.id) == RELEARN_AFTER
    assert asked.count(forgotten.id) == 2 and len(asked) == 7
    summary = session.finish()
    assert (summary.answered, summary.correct, summary.relearned) == (6, 5, 1)
    card = store.card(service_for(store, clock).profile.id, bank.id, forgotten.id)
    assert card is not None and card.reps == 4  # right yesterday, then wrong, wrong, right: all four scheduled


def test_re_rating_a_forgotten_answer_as_good_takes_its_return_back(store: Store, clock: HandClock, bank: Bank) -> None:
    session = learned_yesterday(store, clock, bank)
    session.answer(not right(session.current()), seconds=5)
    assert len(session.questions) == 7
    assert not session.override(Rating.GOOD).returns
    assert len(session.questions) == 6
    assert session.override(Rating.AGAIN).returns
    assert len(session.questions) == 7


def test_undo_restores_the_schedule_and_deletes_the_answer(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    service.update_profile(daily_new_limit=1)
    session = service.start(bank, Mode.STUDY)
    new_question = session.current()
    session.answer(right(new_question), seconds=5)
    assert session.undo() is new_question
    assert store.card(service.profile.id, bank.id, new_question.id) is None  # new again
    assert service.overview(bank).new == 6 and list(store.reviews()) == []

    first = session.answer(right(new_question), seconds=5)
    clock.advance(days=1)
    service.update_profile(daily_new_limit=0)
    again = service.start(bank, Mode.STUDY)
    question = again.current()
    assert question.id == first.question.id  # due again: the learning step has passed
    before = store.card(service.profile.id, bank.id, question.id)
    outcome = again.answer(not right(question), seconds=5)
    assert outcome.returns and len(again.questions) == 2

    assert again.undo() is question
    assert again.current() is question and again.position == 0 and len(again.questions) == 1
    assert store.card(service.profile.id, bank.id, question.id) == before
    assert [review.id for review in store.reviews()] == [first.review.id]
    assert again.outcomes == ()
    with pytest.raises(SessionError):
        again.undo()


def test_each_rating_shows_when_the_question_would_come_back(store: Store, clock: HandClock, bank: Bank) -> None:
    service = service_for(store, clock)
    session = service.start(bank, Mode.STUDY)
    outcome = session.answer(right(session.current()), seconds=5)
    minutes = {rating: round((due - clock.now).total_seconds() / 60) for rating, due in outcome.next_due.items()}
    assert (minutes[Rating.AGAIN], minutes[Rating.HARD]) == (1, 2)
    assert outcome.next_due[outcome.rating] == outcome.card.due
    assert outcome.next_due[Rating.EASY] > outcome.next_due[Rating.GOOD]


def test_siblings_are_spread_over_days(store: Store, clock: HandClock, tmp_path: Path) -> None:
    question = 'kind = "true_false"\nprompt = "Statement {n}."\nanswer = true\nexplanation = "So."\n'
    shared = 'source = "Both statements come from this one sentence."\n'
    body = "".join(f'\n[[questions]]\nid = "t{n}"\n{question.format(n=n)}{shared}' for n in range(2))
    path = tmp_path / "family.toml"
    path.write_text(f'format = 1\nid = "family"\ntitle = "Family"\n{body}', encoding="utf-8")
    from quizapp.bank.loader import load_bank

    family = load_bank(path).require()
    service = service_for(store, clock)
    first = service.start(family, Mode.STUDY)
    assert [q.id for q in first.questions] == ["t0"]  # its sibling waits for another day
    first.answer(True, seconds=5)
    first.finish()
    clock.advance(hours=1)
    assert [q.id for q in service.start(family, Mode.STUDY).questions] == []  # not even later the same day
    clock.advance(days=1)
    review = service.start(family, Mode.STUDY)
    assert [q.id for q in review.questions] == ["t0"]  # due: reviews come first, the new sibling waits
    review.answer(True, seconds=5)
    for _ in range(10):  # each day: t0 when due, else its sibling; never both on one day
        clock.advance(days=1)
        asked = [q.id for q in service.start(family, Mode.STUDY).questions]
        if asked != ["t0"]:
            break
        service.start(family, Mode.STUDY).answer(True, seconds=5)
    assert asked == ["t1"]
