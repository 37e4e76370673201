"""A hostile file in the banks folder is listed with its one located problem; every other bank still opens."""

from __future__ import annotations

from pathlib import Path

from tests_tui_support import BANKS, settle, shown_text
from textual.widgets import OptionList, Static

HOSTILE = {
    "deep.toml": "format = 1\n[" + ".".join(["a"] * 1000) + "]\nx = 1\n",
    "number.toml": "format = " + "9" * 5000 + "\n",
    "id.toml": (BANKS / "kinds.toml").read_text(encoding="utf-8").replace('id = "mc"', 'id = ["mc"]'),
}


async def test_hostile_files_in_the_banks_folder_are_listed_and_stop_nothing(make_app, tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "kinds.toml").write_text((BANKS / "kinds.toml").read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        problems = shown_text(app.screen.query_one("#problems", Static))
        assert f"{folder}/deep.toml:2:33: tables or arrays nested more than 16 deep" in problems
        assert f"{folder}/number.toml:1:10: a number of 5,000 digits; at most 40" in problems
        assert f"{folder}/id.toml:11:6: question 1: 'id' should be text in quotes, not a list" in problems
        assert app.screen.query_one("#banks", OptionList).option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert app.active_session is not None and len(app.active_session.questions) == 7
