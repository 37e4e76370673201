"""What the student sees of the schedule: ratings from evidence and their reason, practice that
changes no due date, a forgotten question coming back, undo, the exam review, the daily limit named,
help on the current screen's keys. The real app on a real progress file, driven by Pilot."""

from __future__ import annotations

from datetime import timedelta

from test_app_flows import answer_wrong, current_question, open_bank
from tests_tui_support import BANKS, NOW, current_answer_widget, one_question_bank, settle, shown_text, stored_reviews
from textual.widgets import Markdown, Static

from quizapp.bank.loader import load_bank
from quizapp.domain.clock import fixed_clock
from quizapp.domain.scheduling import Rating, Scheduler
from quizapp.storage import Store
from quizapp.tui.screens.help import HelpScreen
from quizapp.tui.screens.home import HomeScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.summary import SummaryScreen


def schedule_text(app) -> str:
    return shown_text(app.screen.query_one("#schedule", Static))


def stored_cards(db_path, bank_id: str = "tui-kinds") -> dict:
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        return store.cards(store.profile("ana").id, bank_id)


async def test_a_right_true_false_on_its_first_showing_is_hard_and_says_why(make_app, db_path, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "tf"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.press("t")  # right, at once
        await settle(pilot)
        text = schedule_text(app)
        assert "Rated hard: right on its first showing, but it could have been a guess." in text
        assert "Change it: 1 again 1m · 2 hard 2m · 3 good 8d · 4 easy" in text and "u undo" in text
    (review,) = stored_reviews(db_path)
    assert review.rating == Rating.HARD


async def test_the_rating_keys_count_from_the_answer_not_from_when_they_are_drawn(make_app, tmp_path) -> None:
    """Redrawn half a minute later (a resize), a one-minute step still reads 1m, not "now"."""
    app = make_app(one_question_bank(tmp_path, "tf"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.press("f")  # wrong
        await settle(pilot)
        app.clock = fixed_clock(NOW + timedelta(seconds=30))
        await pilot.resize_terminal(90, 24)
        await settle(pilot)
        assert "Change it: 1 again 1m · 2 hard 2m" in schedule_text(app)


async def test_a_practice_session_leaves_every_due_date_unchanged(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)  # study: the first question, answered wrong, gets a schedule
        await answer_wrong(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # summary -> home
        await settle(pilot)
        before = stored_cards(db_path)
        assert len(before) == 1

        await pilot.press("p")
        await settle(pilot)
        for _ in range(7):
            await answer_wrong(pilot)
            assert "Practice leaves the schedule as it is." in schedule_text(app)
            await pilot.press("3")  # nothing to re-rate in practice
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert app.entries[0].overview.new == 6  # practising introduced nothing
    assert stored_cards(db_path) == before
    reviews = stored_reviews(db_path)
    assert len(reviews) == 8 and all(review.rating == review.suggested_rating for review in reviews)


async def answer_right(pilot) -> None:
    """The right answer to a multiple-choice or true/false question."""
    question = current_question(pilot.app)
    if question.kind == "true_false":
        await pilot.press("t" if question.answer else "f")
    else:
        widget = current_answer_widget(pilot.app)
        await pilot.press(str(widget.choices.index(question.answer) + 1))
    await settle(pilot)


def studied_yesterday(db_path) -> list:
    """Every question of the kinds bank answered yesterday, as a study session saves it: all due
    again today, the multiple-choice one (answered wrong, the others hard) most at risk, so asked
    first. Returns the stored reviews."""
    bank = load_bank(BANKS / "kinds.toml").require()
    yesterday = NOW - timedelta(days=1)
    scheduler = Scheduler(fuzz=False)
    with Store.open(db_path, clock=fixed_clock(yesterday)) as store:
        profile = store.profile("ana")
        for question in bank.questions:
            rating = Rating.AGAIN if question.kind == "multiple_choice" else Rating.HARD
            store.record_review(
                profile_id=profile.id,
                bank_id=bank.id,
                question_id=question.id,
                session_id=None,
                answered_at=yesterday,
                response=None,
                correct=False,
                score=0.0,
                rating=rating,
                duration_ms=5000,
                answer_hash=question.answer_hash,
                schedule=lambda card, rating=rating: scheduler.review(card, rating, yesterday),
            )
    return stored_reviews(db_path)


async def test_a_wrong_answer_on_a_first_showing_waits_for_the_next_session(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        missed = current_question(app).id
        await answer_wrong(pilot)
        text = schedule_text(app)
        assert "Rated again: not right; back next session." in text and "Back later" not in text
        assert shown_text(app.screen.query_one("#quiz-count", Static)) == "1 / 7"
        for _ in range(6):
            await pilot.press("enter")
            await settle(pilot)
            assert current_question(app).id != missed
            await answer_wrong(pilot)
    assert [review.question_id for review in stored_reviews(db_path)].count(missed) == 1


async def test_a_wrong_answer_comes_back_in_the_same_session(make_app, db_path) -> None:
    yesterday = studied_yesterday(db_path)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        forgotten = current_question(app).id
        await answer_wrong(pilot)
        assert "Back later in this session." in schedule_text(app)
        assert shown_text(app.screen.query_one("#quiz-count", Static)) == "1 / 8"
        asked = []
        for _ in range(4):
            await pilot.press("enter")
            await settle(pilot)
            asked.append(current_question(app).id)
            if asked[-1] != forgotten:
                await answer_wrong(pilot)
        assert asked[3] == forgotten and forgotten not in asked[:3]  # back after three other questions
        await answer_right(pilot)
        assert "Rated good" in schedule_text(app) and "Back later" not in schedule_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "1 relearned" in shown_text(app.screen.query_one("#summary-headline", Static))
    assert [review.question_id for review in stored_reviews(db_path)] == [
        *(r.question_id for r in yesterday),
        forgotten,
        *asked,
    ]


async def test_undo_restores_the_card_and_asks_the_question_again(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        question = current_question(app)
        await answer_wrong(pilot)
        assert len(stored_reviews(db_path)) == 1
        assert len(app.screen.session.questions) == 7  # missed on its first showing: back next session
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.phase.value == "asking" and current_question(app) is question
        assert shown_text(app.screen.query_one("#quiz-count", Static)) == "1 / 7"
        assert stored_reviews(db_path) == [] and stored_cards(db_path) == {}
        await answer_right(pilot)
        assert "Rated hard" in schedule_text(app)  # after undo, still its first showing
    (review,) = stored_reviews(db_path)
    assert review.correct


async def test_the_exam_review_lists_every_right_answer_and_explains_the_score(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot, "e")
        for _ in range(3):
            await answer_wrong(pilot)
        await pilot.press("escape")  # leaves four unanswered
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        review = shown_text(app.screen.query_one("#summary-review", Static))
        score = shown_text(app.screen.query_one("#summary-score", Static))
        summary = app.screen.summary
    for question, result in summary.results + summary.unanswered:
        assert question.prompt in review and question.explanation in review
        assert all(part.expected in review for part in result.parts) if result.parts else result.expected in review
    assert review.count("(not answered)") == 4
    assert score.startswith("Score: ") and "out of 7" in score and "0 for 4 unanswered questions" in score


async def test_an_empty_study_session_names_the_daily_limit(make_app, db_path) -> None:
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        store.update_profile(store.profile("ana").name, daily_new_limit=1)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        await answer_right(pilot)  # the one new question of the day
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # summary -> home
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        (message,) = [n.message for n in app._notifications if "Nothing is due" in n.message]
    assert "(next review in 2 minutes)" in message  # right on a first showing: hard, 90 seconds
    assert "today's limit of 1 new question is reached: 6 more come on the next days" in message


async def test_help_during_a_question_opens_on_the_answering_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        source = app.screen.query_one(Markdown).source
        assert source.index("## Answering") < source.index("## Home")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        source = app.screen.query_one(Markdown).source
        assert source.index("## Home") < source.index("## Answering")


async def test_an_empty_multi_select_asks_before_grading_and_chosen_boxes_show_a_tick(make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "ms"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        widget = current_answer_widget(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.phase.value == "asking"
        hint = shown_text(app.screen.query_one("#answer-hint", Static))
        assert hint == "Nothing is chosen. Press enter again to check it as it is."

        await pilot.press("2")
        await settle(pilot)
        prompts = [str(widget.get_option_at_index(index).prompt) for index in range(len(widget.choices))]
        assert [prompt.split(" ")[1] for prompt in prompts] == ["[", "[✓]", "[", "["]
        await pilot.press("enter")  # something chosen now: graded at once
        await settle(pilot)
        assert app.screen.phase.value == "feedback"


async def test_the_empty_palette_lists_the_apps_commands(make_app) -> None:
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        listed = app.screen.query_one(OptionList)
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        for command in ("Statistics", "Help", "Study: Seven kinds", "Exam: Seven kinds"):
            assert any(command in prompt for prompt in prompts), (command, prompts)


async def test_home_counts_a_question_due_once_its_time_has_come(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_bank(pilot)
        await answer_wrong(pilot)  # back in a minute
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")  # summary -> home
        await settle(pilot)
        assert app.entries[0].overview.due == 0
        later = NOW + timedelta(minutes=2)
        app.clock = app.service.clock = lambda: later  # two minutes pass, nothing pressed
        app.home.refresh_counts()
        await settle(pilot)
        assert app.entries[0].overview.due == 1
        banks = app.home.query_one("#banks")
        assert "1 due" in str(banks.get_option_at_index(0).prompt)


async def test_statistics_and_the_ordering_footer_fit_80_by_24(make_app, tmp_path) -> None:
    from pathlib import Path

    from textual.widgets import DataTable

    article_bank = Path(__file__).resolve().parents[2] / "questions" / "trump-putin-call.toml"
    app = make_app("kinds.toml", article_bank)  # a long bank title beside a short one
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        for table in app.screen.query(DataTable):
            assert table.virtual_size.width <= table.scrollable_content_region.width, table.id  # no column cut
    app = make_app(one_question_bank(tmp_path, "or"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        footer_keys = [key.description for key in app.screen.query("FooterKey")]
        assert "End session" in footer_keys and "Move up" not in footer_keys


async def test_the_theme_list_marks_the_theme_in_use(make_app) -> None:
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        app.search_themes()
        await settle(pilot)
        listed = app.screen.query_one(OptionList)
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert [prompt for prompt in prompts if "current" in prompt] == ["nord  ✓ current"]


async def test_the_rating_bar_fits_a_small_terminal_without_splitting_a_key(make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "sa"))
    async with app.run_test(size=(60, 20)) as pilot:
        await open_bank(pilot)
        await answer_wrong(pilot)
        bar = app.screen.query_one("#schedule", Static)
        lines = schedule_text(app).splitlines()
        assert bar.size.height == len(lines) == 3  # the reason, the four ratings, undo and flag
        assert lines[1].startswith("Change it: 1 again") and "4 easy" in lines[1] and lines[2] == "u undo · f flag"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert len(schedule_text(app).splitlines()) == 2  # packed again for the wider terminal
