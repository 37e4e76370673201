"""A student flags a question as wrong or unclear (`f`), during the feedback and in the exam review;
the flag and its note reach the teacher through `quizapp results` and are counted by `quizapp report`.
The real app on a real progress file, driven by Pilot, then the real commands on what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_app_flows import answer_wrong, open_bank
from tests_tui_support import NOW, one_question_bank, settle
from textual.widgets import Input

from quizapp.cli import main
from quizapp.domain.clock import fixed_clock
from quizapp.interchange.results_file import read_results
from quizapp.storage import Store
from quizapp.tui.screens.flag import FlagScreen
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.summary import SummaryScreen

NOTE = "Both statements look true to me [bold]\x1b]0;x\x07"
"""With markup and an escape sequence: shown as typed on the screen, made harmless in the report."""


def stored_flags(db_path: Path) -> list:
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        return store.flags(store.profile("ana").id)


async def type_text(pilot, text: str) -> None:
    """Type into the focused input (press() would read "[" and the like as key names)."""
    field = pilot.app.focused
    assert isinstance(field, Input)
    field.insert_text_at_cursor(text)
    await settle(pilot)


async def test_a_flag_with_a_note_goes_into_results_and_the_report_shows_it(
    make_app, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = one_question_bank(tmp_path, "tf")
    app = make_app(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert "f flag" in str(app.screen.query_one("#schedule").render())
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FlagScreen)
        await type_text(pilot, NOTE)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)  # back on the feedback, nothing else changed
    (flag,) = stored_flags(db_path)
    assert (flag.bank_id, flag.question_id, flag.note) == ("tui-tf", "tf", NOTE.strip())

    out = tmp_path / "ana.json"
    assert main(["--data", str(db_path), "--profile", "ana", "results", str(bank), "-o", str(out)]) == 0
    (section,) = read_results(out).banks
    assert [(f.question_id, f.note) for f in section.flags] == [("tf", NOTE.strip())]
    capsys.readouterr()

    assert main(["report", str(out), "--bank", str(bank)]) == 0
    report = capsys.readouterr().out
    assert "flagged by students 1×:" in report
    assert "Both statements look true to me [bold]" in report
    assert "\x1b" not in report and "\x07" not in report  # the student's text is shown, not obeyed


async def test_a_question_of_the_exam_review_is_flagged_by_its_number(make_app, db_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot, "e")
        await answer_wrong(pilot)
        await answer_wrong(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        second = app.screen.summary.results[1][0]
        await pilot.press("f")
        await settle(pilot)
        await type_text(pilot, "99")
        await pilot.press("enter")  # no question 99: asked again, nothing saved
        await settle(pilot)
        assert isinstance(app.screen, FlagScreen)
        assert "1 to " in str(app.screen.query_one("#flag-hint").render())
        app.screen.query_one("#flag-number", Input).value = ""
        await type_text(pilot, "2")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # no note: a flag alone says enough
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    (flag,) = stored_flags(db_path)
    assert (flag.question_id, flag.note) == (second.id, "")


async def test_escape_cancels_a_flag(make_app, db_path: Path, tmp_path: Path) -> None:
    app = make_app(one_question_bank(tmp_path, "tf"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_bank(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await type_text(pilot, "never mind")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
    assert stored_flags(db_path) == []
