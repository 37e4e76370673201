"""`quizapp preview`: the bank is read again when it is saved; problems show in place."""

from __future__ import annotations

import os
from pathlib import Path

from tests_tui_support import BANKS, NOW, SEED, settle, shown_text
from textual.widgets import OptionList, Static

from quizapp.domain.clock import fixed_clock
from quizapp.storage import Store
from quizapp.tui.app import WATCH_SECONDS, QuizApp
from quizapp.tui.screens.home import HomeScreen


def save(path: Path, text: str, stamp: int) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))  # a distinct modification time, however fast the test runs


async def test_saving_the_bank_reloads_it_and_shows_problems_in_place(tmp_path: Path) -> None:
    bank = tmp_path / "draft.toml"
    good = (BANKS / "kinds.toml").read_text(encoding="utf-8")
    save(bank, good, 1_000_000_000)
    clock = fixed_clock(NOW)
    app = QuizApp(
        lambda: Store.open(tmp_path / "preview.db", clock=clock),
        profile_name="preview",
        bank_paths=[bank],
        include_default_banks=False,
        clock=clock,
        seed=SEED,
        fuzz=False,
        answer_grace=0.0,  # Pilot presses keys faster than any student
        watch_banks=True,
    )
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.screen.query_one("#banks", OptionList).option_count == 1

        save(bank, good.replace('kind = "multiple_choice"', 'kind = "multiple_choise"'), 2_000_000_000)
        await pilot.pause(WATCH_SECONDS * 3)
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        problems = shown_text(app.screen.query_one("#problems", Static))
        assert "draft.toml:12:8: question 'mc': unknown kind 'multiple_choise'" in problems
        assert app.screen.query_one("#banks", OptionList).option_count == 0

        save(bank, good.replace('title = "Seven kinds"', 'title = "Seven kinds, revised"'), 3_000_000_000)
        await pilot.pause(WATCH_SECONDS * 3)
        await settle(pilot)
        assert not app.screen.query_one("#problems").display
        assert "Seven kinds, revised" in str(app.screen.query_one("#banks", OptionList).get_option_at_index(0).prompt)
