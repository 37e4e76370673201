"""The teacher's review, driven from the keyboard and the mouse: what is written, and what never is."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import tomli

from quizapp.bank.loader import load_bank
from quizapp.draft import Draft
from quizapp.tui.draft_review import ReviewResult

from .conftest import SIZE, ReviewFactory, index_of, notifications, press, settle, shown


def _questions_by_id(path: Path) -> dict[str, object]:
    loaded = load_bank(path)
    assert not loaded.problems, [str(problem) for problem in loaded.problems]
    assert loaded.bank is not None
    return {question.id: question for question in loaded.bank.questions}


async def test_drop_two_edit_one_and_write(make_review: ReviewFactory, draft: Draft, output: Path) -> None:
    app = make_review()
    ids = [drafted.id for drafted in draft.questions]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space")  # the first question (the matching one)
        await press(pilot, "down", "down", "d")  # the third
        await press(pilot, "down", "e", "f7", *"In which order did these happen?", "enter")
        assert shown(app, "#detail-prompt") == "In which order did these happen?"
        assert shown(app, "#review-count").startswith(f"{len(ids) - 2} of {len(ids)} kept")
        await press(pilot, "w")
    assert app.return_value == ReviewResult(output, len(ids) - 2, len(ids))

    written = _questions_by_id(output)
    dropped, edited = {ids[0], ids[2]}, ids[3]
    assert list(written) == [question_id for question_id in ids if question_id not in dropped]
    assert written[edited].prompt == "In which order did these happen?"
    for drafted in draft.questions:
        if drafted.id in written and drafted.id != edited:
            assert written[drafted.id] == drafted.question  # every field as drafted
    edited_question = draft.questions[3].question
    assert written[edited] == dataclasses.replace(edited_question, prompt="In which order did these happen?")
    assert written[edited].answer_hash == edited_question.answer_hash  # students keep their progress


async def test_quit_before_deciding_anything_writes_nothing(make_review: ReviewFactory, output: Path) -> None:
    app = make_review()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "down", "q")
    assert app.return_value is None
    assert not output.exists()


async def test_quit_after_decisions_asks_first(make_review: ReviewFactory, draft: Draft, output: Path) -> None:
    app, total = make_review(), len(draft.questions)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "d", "q")
        assert "Quit without writing?" in shown(app, "#confirm-question")
        assert "1 dropped" in shown(app, "#confirm-question")
        await press(pilot, "n")  # stay: the decision is still there
        assert shown(app, "#review-count").startswith(f"{total - 1} of {total} kept")
        await press(pilot, "ctrl+q")  # the app-wide quit asks too
        assert "Quit without writing?" in shown(app, "#confirm-question")
        await press(pilot, "y")
    assert app.return_value is None
    assert not output.exists()


async def test_clicking_a_row_highlights_it_and_clicking_its_mark_toggles_it(
    make_review: ReviewFactory, draft: Draft, output: Path
) -> None:
    app, total = make_review(), len(draft.questions)
    true_false = index_of(draft, "true_false")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#row-2 .row-text")
        await settle(pilot)
        assert shown(app, "#detail-prompt") == draft.questions[2].question.prompt
        assert shown(app, "#review-count").startswith(f"{total} of {total} kept")  # a click on the text only highlights

        await pilot.click("#row-1 .keep-mark")
        await settle(pilot)
        assert shown(app, "#detail-prompt") == draft.questions[1].question.prompt
        assert "✗ dropped" in shown(app, "#detail-head")
        await pilot.click("#row-1 .keep-mark")
        await settle(pilot)
        assert "✓ kept" in shown(app, "#detail-head")

        await press(pilot, "end")  # the last rows are below the fold at first: the list scrolls to them
        await pilot.click(f"#row-{true_false} .keep-mark")
        await settle(pilot)
        await press(pilot, "w")
    written = _questions_by_id(output)
    assert draft.questions[true_false].id not in written
    assert draft.questions[1].id in written and len(written) == len(draft.questions) - 1


async def test_escape_cancels_an_edit_and_an_empty_prompt_is_refused(
    make_review: ReviewFactory, draft: Draft, output: Path
) -> None:
    app = make_review()
    original = draft.questions[0].question.prompt
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "enter", *" (edited)", "escape")
        assert shown(app, "#detail-prompt") == original
        assert "edited" not in shown(app, "#detail-head")

        await press(pilot, "e", "f7", "backspace", "enter")
        assert app.screen.query("#prompt-editor"), "an empty prompt must not close the editor"
        assert any("cannot be empty" in text for text in notifications(app))
        await press(pilot, "w", "q")  # typed into the editor, not acted on
        assert app.is_running and not output.exists()
        await press(pilot, "escape", "w")
    assert _questions_by_id(output)[draft.questions[0].id].prompt == original


async def test_markup_in_drafted_text_is_shown_literally(make_review: ReviewFactory, draft: Draft) -> None:
    app = make_review()
    quoted = index_of(draft, "multiple_choice", "[red]")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, *["down"] * quoted)
        assert "We will count every visitor [red] and report back in June" in shown(app, "#detail-prompt")
        assert "[red]" in shown(app, f"#row-{quoted} .row-text")
        assert "visitor [red] and report" in shown(app, "#detail-source")


async def test_nothing_kept_is_not_written(make_review: ReviewFactory, draft: Draft, output: Path) -> None:
    app, total = make_review(), len(draft.questions)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "n", "w")
        assert shown(app, "#review-count").startswith(f"0 of {total} kept")
        assert any("Nothing is kept" in text for text in notifications(app))
        assert app.is_running and not output.exists()
        await press(pilot, "a", "k", "w")
    assert app.return_value is not None and app.return_value.kept == total


async def test_an_existing_file_is_replaced_only_after_yes(make_review: ReviewFactory, output: Path) -> None:
    output.write_text("# the teacher's earlier bank\n", encoding="utf-8")
    app = make_review()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any("exists" in text for text in notifications(app))
        await press(pilot, "w")
        assert "already exists" in shown(app, "#confirm-question")
        await press(pilot, "n")
        assert output.read_text(encoding="utf-8") == "# the teacher's earlier bank\n"
        assert app.is_running
        await press(pilot, "ctrl+s", "y")
    assert tomli.loads(output.read_text(encoding="utf-8"))["id"].startswith("draft-")


async def test_a_file_that_cannot_be_written_keeps_the_review_open(
    make_review: ReviewFactory, draft: Draft, tmp_path: Path
) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    app, total = make_review(folder / "bank.toml"), len(draft.questions)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "d")
        folder.rmdir()  # the folder vanished while the teacher was reviewing
        await press(pilot, "w")
        assert any("Cannot write" in text for text in notifications(app))
        assert app.is_running
        assert shown(app, "#review-count").startswith(f"{total - 1} of {total} kept")  # the decisions are still there
        folder.mkdir()
        await press(pilot, "w")
    assert app.return_value is not None and app.return_value.kept == total - 1


async def test_ctrl_q_while_editing_asks_and_no_returns_to_the_edit(
    make_review: ReviewFactory, draft: Draft, output: Path
) -> None:
    app = make_review()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e", *" now", "ctrl+q")
        assert "the prompt being edited" in shown(app, "#confirm-question")
        await press(pilot, "n", *"!", "enter")
        assert shown(app, "#detail-prompt") == draft.questions[0].question.prompt + " now!"
        await press(pilot, "w")
    assert _questions_by_id(output)[draft.questions[0].id].prompt == draft.questions[0].question.prompt + " now!"
