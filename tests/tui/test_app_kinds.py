"""Answering every kind from the keyboard, right and wrong: the feedback says so and the store has it."""

from __future__ import annotations

import pytest
from tests_tui_support import current_answer_widget, one_question_bank, settle, shown_text, stored_reviews
from textual.pilot import Pilot
from textual.widgets import Static

from quizapp.tui.widgets.answers import ChoiceAnswer, MultiSelectAnswer
from quizapp.tui.widgets.arrange import LETTERS, MatchingAnswer, OrderingAnswer


async def answer(pilot: Pilot, kind: str, right: bool) -> None:
    """Answer the question on screen the way a student would, with keys only."""
    widget = current_answer_widget(pilot.app)
    if kind == "mc":
        assert isinstance(widget, ChoiceAnswer)
        target = "Istanbul" if right else "Rome"
        await pilot.press(str(widget.choices.index(target) + 1))
    elif kind == "tf":
        await pilot.press("t" if right else "f")
    elif kind == "ms":
        assert isinstance(widget, MultiSelectAnswer)
        picks = ["Italy", "France"] if right else ["Italy", "China"]
        await pilot.press(*[str(widget.choices.index(pick) + 1) for pick in picks], "enter")
    elif kind == "sa":
        await pilot.press(*("sochi" if right else "rome"), "enter")
    elif kind == "cz":
        await pilot.press(*("fourteen" if right else "three"), "enter", *("saturday" if right else "monday"), "enter")
    elif kind == "or":
        assert isinstance(widget, OrderingAnswer)
        order = ["January", "February", "April", "May"]
        if not right:
            order.reverse()  # every pair out of order: no partial credit
        await pilot.press(*[LETTERS[widget.items.index(item)].lower() for item in order], "enter")
    elif kind == "ma":
        assert isinstance(widget, MatchingAnswer)
        truth = {
            "went very well": "Trump",
            "very meaningful and quite frank": "Putin",
            "prolonged work ahead": "Peskov",
        }
        for left in widget.lefts:
            option = truth[left] if right else "Starmer"
            await pilot.press(str(widget.options.index(option) + 1))
        await pilot.press("enter")
    else:
        raise AssertionError(kind)
    await settle(pilot)


async def study_the_only_bank(pilot: Pilot) -> None:
    """Start a study session on the home screen's one bank and wait for its first question."""
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


KINDS = ["mc", "ms", "tf", "sa", "cz", "or", "ma"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
async def test_every_kind_answered_from_the_keyboard(make_app, db_path, tmp_path, kind: str, right: bool) -> None:
    app = make_app(one_question_bank(tmp_path, kind))
    async with app.run_test(size=(100, 40)) as pilot:
        await study_the_only_bank(pilot)
        assert app.screen.query_one("#quiz-count", Static).content == "1 / 1"

        await answer(pilot, kind, right)

        verdict = shown_text(app.screen.query_one("#verdict", Static))
        assert verdict == ("✓ Right" if right else "✗ Not right")
        explanation = shown_text(app.screen.query_one("#explanation", Static))
        assert explanation  # the explanation is shown with the verdict
        reviews = stored_reviews(db_path)
        assert [(review.question_id, review.correct) for review in reviews] == [(kind, right)]


async def test_a_partly_right_answer_is_rated_hard_and_shows_each_part(make_app, db_path, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "ma"))
    async with app.run_test(size=(100, 40)) as pilot:
        await study_the_only_bank(pilot)
        widget = current_answer_widget(app)
        truth = {
            "went very well": "Trump",
            "very meaningful and quite frank": "Putin",
            "prolonged work ahead": "Peskov",
        }
        wrong_left = widget.lefts[0]
        for left in widget.lefts:
            option = "Starmer" if left == wrong_left else truth[left]
            await pilot.press(str(widget.options.index(option) + 1))
        await pilot.press("enter")
        await settle(pilot)

        assert shown_text(app.screen.query_one("#verdict", Static)) == "◐ Partly right (67%)"
        comparison = shown_text(app.screen.query_one("#comparison", Static))
        assert f"✗ {wrong_left}: Starmer  → {truth[wrong_left]}" in comparison
        assert "Rated hard" in shown_text(app.screen.query_one("#schedule", Static))
    (review,) = stored_reviews(db_path)
    assert review.score == pytest.approx(2 / 3)
    assert review.rating.label == "hard"


async def test_a_matching_answer_checked_half_done_no_longer_offers_its_options(make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "ma"))
    async with app.run_test(size=(100, 40)) as pilot:
        await study_the_only_bank(pilot)
        widget = current_answer_widget(app)
        rows = [shown_text(row) for row in widget.query(".match-left").results(Static)]
        assert sum("1·" in row for row in rows) == 1  # the options, beside the item being matched

        await pilot.press("1", "enter")  # the first item matched, the others left empty
        await settle(pilot)
        hint = shown_text(app.screen.query_one("#answer-hint", Static))
        assert hint == "2 of 3 items have no match. Press enter again to check it as it is."
        assert app.screen.phase.value == "asking"  # asked before grading
        await pilot.press("enter")
        await settle(pilot)
        assert shown_text(app.screen.query_one("#verdict", Static)).startswith("✗")
        rows = [shown_text(row) for row in widget.query(".match-left").results(Static)]
        assert not any("1·" in row for row in rows)  # sealed: nothing left to pick


MANY_SPEAKERS = """format = 1
id = "many-speakers"
title = "Many speakers"

[[questions]]
id = "who"
kind = "matching"
prompt = "Who said it?"
explanation = "As the article reports."
pairs = [
  { left = "ready to work", right = "President Vladimir V. Putin" },
  { left = "went very well", right = "President Donald J. Trump" },
]
distractors = ["Dmitri S. Peskov", "Prime Minister Keir Starmer", "Volodymyr Zelensky", "Marco Rubio"]
"""


async def test_the_options_beside_a_matching_item_wrap_under_its_answer(make_app, tmp_path) -> None:
    bank = tmp_path / "many.toml"
    bank.write_text(MANY_SPEAKERS, encoding="utf-8")
    app = make_app(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await study_the_only_bank(pilot)
        widget = current_answer_widget(app)
        row = next(iter(widget.query(".match-left").results(Static)))
        legend = shown_text(row).splitlines()[2:]  # under the item's text and its "→ ?"
        assert len(legend) > 1  # six long names do not fit one line of the left column
        assert all(line.startswith("   ") and len(line) <= row.content_size.width for line in legend)
        items = [item.strip() for line in legend for item in line.strip().split("  ")]
        assert items == [f"{number}·{option}" for number, option in enumerate(widget.options, 1)]


NUMERIC_BANK = """format = 1
id = "tui-numeric"
title = "Numbers"

[[questions]]
id = "nu"
kind = "numeric"
prompt = "About how many hours did the call last?"
answer = 2
tolerance = 0.25
units = ["hours", "h"]
explanation = "A two-hour call."
"""


@pytest.mark.parametrize(
    ("typed", "right", "verdict"),
    [("2,25 h", True, "✓ Right"), ("2.5", False, "✗ Not right"), ("2 km", False, "✗ Not right")],
)
async def test_a_numeric_is_typed_with_its_unit_and_graded_with_its_tolerance(
    make_app, db_path, tmp_path, typed: str, right: bool, verdict: str
) -> None:
    bank = tmp_path / "numeric.toml"
    bank.write_text(NUMERIC_BANK, encoding="utf-8")
    app = make_app(bank)
    async with app.run_test(size=(100, 40)) as pilot:
        await study_the_only_bank(pilot)
        assert "hours" in shown_text(current_answer_widget(app).query_one(".unit", Static))
        await pilot.press(*typed, "enter")
        await settle(pilot)
        assert shown_text(app.screen.query_one("#verdict", Static)) == verdict
        assert [(review.question_id, review.correct) for review in stored_reviews(db_path)] == [("nu", right)]


async def test_a_numeric_without_units_takes_no_letters(make_app, db_path, tmp_path) -> None:
    bank = tmp_path / "numeric.toml"
    bank.write_text(NUMERIC_BANK.replace('units = ["hours", "h"]\n', ""), encoding="utf-8")
    app = make_app(bank)
    async with app.run_test(size=(100, 40)) as pilot:
        await study_the_only_bank(pilot)
        await pilot.press(*"two 2", "enter")
        await settle(pilot)
        assert shown_text(app.screen.query_one("#verdict", Static)) == "✓ Right"
        assert not current_answer_widget(app).query(".unit")
