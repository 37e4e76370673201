"""Whole flows through the real app on a real progress file: what a student does and sees."""

from __future__ import annotations

import sqlite3

import pytest
from tests_tui_support import current_answer_widget, settle, shown_text, stored_reviews
from textual.widgets import DataTable, Digits, OptionList, Static

from quizapp.domain.scheduling import Rating
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.problem import ProblemScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.stats import StatsScreen
from quizapp.tui.screens.summary import SummaryScreen
from quizapp.tui.widgets.answers import ChoiceAnswer


async def open_bank(pilot, key: str = "enter") -> None:
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)


def current_question(app):
    assert isinstance(app.screen, QuizScreen)
    return app.screen.session.current()


async def answer_wrong(pilot) -> None:
    """Give an answer that is wrong whatever the kind: an empty or untouched one."""
    widget = current_answer_widget(pilot.app)
    if isinstance(widget, ChoiceAnswer):
        question = current_question(pilot.app)
        right = "True" if question.kind == "true_false" and question.answer else getattr(question, "answer", None)
        wrong = next(choice for choice in widget.choices if choice != right and choice != str(right))
        await pilot.press(str(widget.choices.index(wrong) + 1))
    elif question_kind(pilot.app) == "short_answer":
        await pilot.press("enter")  # an empty answer: "I don't know"
    elif question_kind(pilot.app) == "cloze":
        await pilot.press(*["enter"] * len(current_question(pilot.app).blanks))
    elif question_kind(pilot.app) == "ordering":
        await pilot.press("enter")  # the shuffled order is never the right one, but may be partly right
    else:
        await pilot.press("enter")  # an empty multi-select or matching: asked before grading...
        await settle(pilot)
        if pilot.app.screen.phase.value == "asking":
            await pilot.press("enter")  # ...and checked as it is
    await settle(pilot)


def question_kind(app) -> str:
    return current_question(app).kind


async def test_the_rating_can_be_changed_after_the_feedback(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        await answer_wrong(pilot)
        assert "Rated again" in shown_text(app.screen.query_one("#schedule", Static))

        await pilot.press("3")
        await settle(pilot)

        assert "Rated good" in shown_text(app.screen.query_one("#schedule", Static))
    (review,) = stored_reviews(db_path)
    assert review.rating == Rating.GOOD
    assert review.suggested_rating == Rating.AGAIN
    assert review.card_after.due > review.answered_at


async def test_the_rating_and_its_keys_stay_in_view_on_a_small_terminal(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        schedule = app.screen.query_one("#schedule", Static)
        assert not schedule.display  # nothing to rate while the question is asked

        await answer_wrong(pilot)
        body = app.screen.query_one("#quiz-body")
        assert body.max_scroll_y > 0  # the feedback runs below the fold...
        assert schedule.display and "Change it: 1 again" in shown_text(schedule)
        assert schedule.region.height == 2  # saved and rated; the keys to change it
        assert schedule.region.bottom <= app.screen.query_one("Footer").region.y  # ...the rating line does not


async def test_quitting_mid_session_keeps_every_answer(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        asked = []
        for _ in range(2):
            asked.append(current_question(app).id)
            await answer_wrong(pilot)
            await pilot.press("enter")  # next question
            await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 0
    assert [review.question_id for review in stored_reviews(db_path)] == asked

    reopened = make_app()
    async with reopened.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        overview = reopened.entries[0].overview
        assert (overview.new, overview.total) == (5, 7)


async def test_a_finished_session_shows_the_summary_with_its_score(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot, "p")  # practice: all seven questions
        assert len(app.screen.session.questions) == 7
        for _ in range(7):
            if current_question(app).kind == "true_false":
                await pilot.press("t")  # the one right answer of the session
                await settle(pilot)
            else:
                await answer_wrong(pilot)
            await pilot.press("enter")
            await settle(pilot)

        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        expected = round(sum(result.score for _, result in summary.results) / 7 * 100)
        assert str(app.screen.query_one("#score", Digits).value) == f"{expected}%"
        assert "right" in shown_text(app.screen.query_one("#summary-headline", Static))
        assert summary.correct >= 1
        assert len(summary.results) == 7

        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert len(stored_reviews(db_path)) == 7


async def test_an_exam_withholds_feedback_until_the_end(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot, "e")
        assert app.screen.session.mode.value == "exam"
        count = len(app.screen.session.questions)
        for number in range(count):
            await answer_wrong(pilot)
            if number < count - 1:
                assert not app.screen.query_one("#feedback").display
                assert shown_text(app.screen.query_one("#quiz-count", Static)) == f"{number + 2} / {count}"
        assert isinstance(app.screen, SummaryScreen)
    assert len(stored_reviews(db_path)) == count


async def test_markup_in_teacher_text_is_shown_literally_and_does_nothing(make_app, db_path) -> None:
    app = make_app("markup.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        title = str(app.screen.query_one("#banks", OptionList).get_option_at_index(0).prompt)
        assert title.startswith("[bold]Markup[/bold] is text")
        await open_bank(pilot)
        prompt = app.screen.query_one("#prompt", Static)
        assert shown_text(prompt) == "Is [red]this[/] red? [@click=app.quit]Click to quit[/] and a back\\slash"
        await pilot.click("#prompt", offset=(30, 0))  # on the would-be link
        await settle(pilot)
        assert app.is_running
        choices = current_answer_widget(app)
        assert [str(choices.get_option_at_index(i).prompt) for i in range(2)] == [
            "1 [b]yes[/b]",
            "2 [@click=app.quit]no[/]",
        ]
        await pilot.press("2")
        await settle(pilot)
        assert app.is_running
        assert "[@click=app.quit]" in shown_text(app.screen.query_one("#explanation", Static))


async def test_a_bank_with_problems_is_listed_with_its_location(make_app) -> None:
    app = make_app("kinds.toml", "broken.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        problems = shown_text(app.screen.query_one("#problems", Static))
        assert "broken.toml:7:8: question 'q1': unknown kind 'multiple_choise' (did you mean 'multiple_choice'?)" in (
            problems
        )
        assert app.screen.query_one("#banks", OptionList).option_count == 1


async def test_a_progress_file_from_a_newer_quizapp_is_refused_untouched(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA user_version = 999")
    before = db_path.read_bytes()

    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert "newer" in app.screen.message
    assert db_path.read_bytes() == before


async def test_the_chosen_theme_is_remembered(make_app) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)

    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "nord"


async def test_help_opens_and_closes(make_app) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_the_command_palette_starts_an_exam(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"exam: seven")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.mode.value == "exam"


async def test_statistics_show_banks_tags_and_charts(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        await answer_wrong(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)
        banks = app.screen.query_one("#stats-banks", DataTable)
        assert banks.row_count == 1
        assert [str(cell) for cell in banks.get_row_at(0)[:3]] == ["Seven kinds", "7", "6"]
        tags = app.screen.query_one("#stats-tags", DataTable)
        assert tags.row_count == 5  # places, people, numbers, sequence, who-said-what
        assert app.screen.query_one("#chart-forecast")
        assert app.screen.query_one("#chart-recent")


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (140, 45)])
async def test_the_quiz_fits_and_survives_resizing(make_app, size) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.resize_terminal(*size)
        await settle(pilot)
        prompt = app.screen.query_one("#prompt", Static)
        assert prompt.region.height >= 1
        assert prompt.region.y < size[1]
        await answer_wrong(pilot)
        assert app.screen.query_one("#feedback").display


async def test_nothing_due_keeps_the_student_home_with_a_hint(make_app) -> None:
    app = make_app("markup.toml")
    async with app.run_test() as pilot:
        await open_bank(pilot)
        await pilot.press("1")  # the right answer; rated easy, back in days
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # summary -> home
        await settle(pilot)
        await pilot.press("enter")  # study again: nothing due, nothing new
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert any("Nothing is due" in notification.message for notification in app._notifications)


async def test_a_damaged_progress_file_is_kept_aside_and_the_app_starts_afresh(db_path, tmp_path) -> None:
    from tests_tui_support import BANKS, NOW, SEED

    from quizapp.domain.clock import fixed_clock
    from quizapp.storage import Store
    from quizapp.tui.app import QuizApp

    garbage = b"this is not a database\x00\xff" * 200
    db_path.write_bytes(garbage)
    clock = fixed_clock(NOW)
    app = QuizApp(
        lambda: Store.open(db_path, clock=clock, move_damaged=True),  # as `quizapp` opens it
        profile_name="ana",
        bank_paths=[BANKS / "kinds.toml"],
        include_default_banks=False,
        clock=clock,
        seed=SEED,
        fuzz=False,
        answer_grace=0.0,  # Pilot presses keys faster than any student
    )
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        messages = [notification.message for notification in app._notifications]
        assert any("corrupt" in message for message in messages), messages
    (kept,) = tmp_path.glob("progress.db.corrupt-*")
    assert kept.read_bytes() == garbage


async def test_each_student_gives_their_name_when_asked(db_path) -> None:
    from tests_tui_support import BANKS, NOW, SEED

    from quizapp.domain.clock import fixed_clock
    from quizapp.storage import Store
    from quizapp.tui.app import QuizApp
    from quizapp.tui.screens.profile import ProfileScreen

    def app_asking() -> QuizApp:
        clock = fixed_clock(NOW)
        return QuizApp(
            lambda: Store.open(db_path, clock=clock),
            profile_name="default",
            bank_paths=[BANKS / "markup.toml"],
            include_default_banks=False,
            clock=clock,
            seed=SEED,
            fuzz=False,
            answer_grace=0.0,  # Pilot presses keys faster than any student
            ask_profile=True,
        )

    async def until(pilot, condition, what: str) -> None:
        # While the name is asked, the loading worker waits for it: `settle` would wait forever.
        for _ in range(1000):
            if condition():
                await pilot.pause()  # and laid out, so that clicks land where they should
                return
            await pilot.pause(0.01)
        raise AssertionError(f"never got to {what}; the screen is {pilot.app.screen}")

    async def until_asked(pilot) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, ProfileScreen), "the name question")

    app = app_asking()
    async with app.run_test() as pilot:
        await until_asked(pilot)
        await pilot.press("enter")  # no name yet: asked again
        await pilot.pause()
        assert "Type a name first" in shown_text(app.screen.query_one("#profile-error", Static))
        await pilot.press(*"Zoé", "enter")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the home screen")
        await settle(pilot)
        assert "Zoé" in shown_text(app.screen.query_one("#home-title", Static))
        await open_bank(pilot)
        await pilot.press("1")
        await settle(pilot)
    assert len(stored_reviews(db_path, "Zoé")) == 1

    app = app_asking()
    async with app.run_test() as pilot:
        await until_asked(pilot)
        names = app.screen.query_one("#profiles", OptionList)
        assert str(names.get_option_at_index(0).prompt) == "Zoé"
        await pilot.click("#profiles", offset=(2, 1))
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the home screen")
        await settle(pilot)
        assert app.profile_name == "Zoé"
        assert app.entries[0].overview.new == 0  # her answer is hers


class Stopwatch:
    """Seconds that pass only when the test says: the grace and the answer times, exactly."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


async def test_enter_pressed_twice_on_the_feedback_does_not_answer_the_next_question(make_app, db_path) -> None:
    from quizapp.tui.app import ANSWER_GRACE

    stopwatch = Stopwatch()
    app = make_app("kinds.toml", answer_grace=ANSWER_GRACE, stopwatch=stopwatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot, "p")
        stopwatch.seconds += 7.0  # the student reads, then answers
        await answer_wrong(pilot)
        await pilot.press("enter")  # moves on
        stopwatch.seconds += ANSWER_GRACE / 2
        await pilot.press("enter")  # the same key again, at once
        await settle(pilot)
        assert app.screen.phase.value == "asking"
        assert shown_text(app.screen.query_one("#quiz-count", Static)) == "2 / 7"

        stopwatch.seconds += ANSWER_GRACE  # past the grace: enter answers again
        await answer_wrong(pilot)
        assert app.screen.phase.value == "feedback"
    durations = [review.duration_ms for review in stored_reviews(db_path)]
    assert durations == [7000, round(1500 * ANSWER_GRACE)]  # each timed from when its question was shown


async def test_an_answer_that_cannot_be_saved_is_said_and_can_be_given_again(make_app, db_path) -> None:
    app = make_app("markup.toml")
    async with app.run_test() as pilot:
        await open_bank(pilot)
        # Another program holds the file's write lock (a real SQLITE_BUSY), and we wait 50 ms, not 10 s.
        app.service.store._db.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("1")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, QuizScreen)
        assert app.screen.phase.value == "asking"
        assert any(n.title == "Could not save your answer" for n in app._notifications)

        other.execute("ROLLBACK")  # the other program is done
        other.close()
        await pilot.press("1")
        await settle(pilot)
        assert app.screen.phase.value == "feedback"
    assert len(stored_reviews(db_path)) == 1
