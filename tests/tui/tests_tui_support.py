"""Helpers for the app's tests (a module of its own so test files can import it by name)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import tomli
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from quizapp.domain.clock import fixed_clock
from quizapp.storage import Store

BANKS = Path(__file__).parent / "banks"
NOW = dt.datetime(2026, 5, 20, 9, 0, tzinfo=dt.UTC)
SEED = 7


async def settle(pilot: Pilot) -> None:
    """Wait until the app has done everything a key press started (workers, store calls, repaints)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def shown_text(widget: Static) -> str:
    """What a Static shows, as plain text."""
    return str(widget.content)


def current_answer_widget(app: App[Any]) -> Widget:
    return app.screen.query_one("#answer-box > .answer")


def stored_reviews(db_path: Path, profile: str = "ana") -> list:
    """Every answer in the progress file, read back through a fresh Store as a new process would."""
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        profile_id = store.profile(profile).id
        return list(store.reviews(profile_id))


def one_question_bank(folder: Path, question_id: str) -> Path:
    """A bank holding only the question `question_id` of the kinds bank."""
    text = (BANKS / "kinds.toml").read_text(encoding="utf-8")
    header, *questions = text.split("\n[[questions]]\n")
    chosen = next(q for q in questions if q.startswith(f'id = "{question_id}"'))
    path = folder / f"{question_id}.toml"
    path.write_text(header.replace('id = "tui-kinds"', f'id = "tui-{question_id}"') + "\n[[questions]]\n" + chosen)
    assert tomli.loads(path.read_text())["questions"][0]["id"] == question_id
    return path
