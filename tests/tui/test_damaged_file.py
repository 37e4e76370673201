"""A damaged progress file opens a screen that says so and offers repair, a fresh start, or quitting;
nothing is changed before the student chooses, and the damaged file is always kept."""

from __future__ import annotations

import re
import sqlite3
from functools import partial
from pathlib import Path

import pytest
from tests_tui_support import BANKS, NOW, SEED, settle, shown_text
from textual.widgets import Static

from quizapp.bank.loader import load_bank
from quizapp.commands.app import reopen_damaged
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import StudyService
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.damaged import DamagedScreen
from quizapp.tui.screens.home import HomeScreen

ANSWERS = 140  # enough for several pages of answers, so that losing one leaves most


def damaged_progress(db_path: Path) -> bytes:
    """140 answers of 'ana', then one page of the answers table in the middle overwritten; the file's bytes."""
    bank = load_bank(BANKS / "kinds.toml").require()
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        service = StudyService(store, "ana", fixed_clock(NOW), fuzz=False, seed=SEED)
        for _ in range(ANSWERS // len(bank.questions)):
            session = service.start(bank, Mode.PRACTICE)
            while not session.done:
                session.answer(None, seconds=3)
            session.finish()
    with sqlite3.connect(db_path) as connection:
        try:
            pages = [
                row[0]
                for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'reviews' AND pagetype = 'leaf'")
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a page of answers")
    assert len(pages) >= 3
    page_size = 4096
    data = bytearray(db_path.read_bytes())
    middle = pages[len(pages) // 2]
    data[(middle - 1) * page_size : middle * page_size] = b"\xff" * page_size
    db_path.write_bytes(data)
    return bytes(data)


def app_on(db_path: Path) -> QuizApp:
    clock = fixed_clock(NOW)
    return QuizApp(
        lambda: Store.open(db_path, clock=clock),  # as `quizapp` opens it
        recover_store=partial(reopen_damaged, db_path),
        profile_name="ana",
        bank_paths=[BANKS / "kinds.toml"],
        include_default_banks=False,
        clock=clock,
        seed=SEED,
        fuzz=False,
        answer_grace=0.0,
    )


async def _damaged_screen(pilot) -> str:
    """What the damaged-file screen says, once it shows (start-up waits on it: `settle` would too)."""
    for _ in range(200):
        if isinstance(pilot.app.screen, DamagedScreen):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    assert isinstance(pilot.app.screen, DamagedScreen)
    return "\n".join(shown_text(widget) for widget in pilot.app.screen.query(Static))


async def test_repair_saves_every_readable_answer_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    damaged = damaged_progress(db_path)
    app = app_on(db_path)
    async with app.run_test(size=(110, 30)) as pilot:
        shown = await _damaged_screen(pilot)
        assert "Your progress file is damaged" in shown and str(db_path) in shown
        assert "Nothing has been changed yet." in shown and "progress.db.corrupt-" in shown
        assert db_path.read_bytes() == damaged  # nothing happens before the student chooses
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        (message,) = [n.message for n in app._notifications if "saved from the damaged" in n.message]
    saved = int(re.match(r"(\d+) answers saved", message).group(1))
    assert ANSWERS * 0.6 < saved < ANSWERS  # the answers on the one lost page, and only they, are gone
    (kept,) = tmp_path.glob("progress.db.corrupt-*")
    assert kept.read_bytes() == damaged and str(kept) in message
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM reviews").fetchone() == (saved,)


async def test_starting_afresh_keeps_the_damaged_file_and_says_where(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    damaged = damaged_progress(db_path)
    app = app_on(db_path)
    async with app.run_test(size=(110, 30)) as pilot:
        await _damaged_screen(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        messages = [n.message for n in app._notifications]
    (kept,) = tmp_path.glob("progress.db.corrupt-*")
    assert kept.read_bytes() == damaged
    assert any(str(kept) in message for message in messages), messages


async def test_quitting_changes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "progress.db"
    damaged = damaged_progress(db_path)
    app = app_on(db_path)
    async with app.run_test(size=(110, 30)) as pilot:
        shown = await _damaged_screen(pilot)
        assert f"quizapp repair {db_path}" in shown
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 1
    assert db_path.read_bytes() == damaged
    assert sorted(path.name for path in tmp_path.iterdir()) == ["progress.db"]


def test_the_damaged_file_screen_looks_right(snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the screen names the file: a relative name keeps the snapshot the same everywhere
    db_path = Path("progress.db")
    damaged_progress(db_path)

    async def until_shown(pilot) -> None:
        await _damaged_screen(pilot)

    assert snap_compare(app_on(db_path), terminal_size=(80, 24), run_before=until_shown)
