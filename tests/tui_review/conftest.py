"""The review app on a real draft of a small article written for these tests, writing into tmp_path.

The article is ours (not a drafter fixture) so that drafter fixtures can change without moving
these tests; it yields every kind the drafter writes and a quotation with `[red]` in it.
Imports between these test modules are relative: CI installs quizapp as a wheel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from quizapp.draft import Draft, draft_article, read_article
from quizapp.tui.review import ReviewApp

ARTICLE = Path(__file__).parent / "articles" / "library_hall.txt"
SIZE = (80, 24)

ReviewFactory = Callable[..., ReviewApp]


@pytest.fixture(scope="session")
def draft() -> Draft:
    return draft_article(read_article(ARTICLE))


@pytest.fixture
def output(tmp_path: Path) -> Path:
    return tmp_path / "library_hall.toml"


@pytest.fixture
def make_review(draft: Draft, output: Path) -> ReviewFactory:
    """A ReviewApp on the draft, writing to `output` (or `to`), closing at once after writing."""

    def make(to: Path | None = None) -> ReviewApp:
        return ReviewApp(draft, to or output, exit_delay=0)

    return make


async def settle(pilot: Pilot) -> None:
    """Wait until what a key press started has been drawn."""
    await pilot.pause()
    await pilot.pause()


async def press(pilot: Pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def shown(app: App, selector: str) -> str:
    """What a Static on the current screen shows, as plain text."""
    return str(app.screen.query_one(selector, Static).content)


def notifications(app: App) -> list[str]:
    """The toasts on screen (run the app with notifications=True)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


def index_of(draft: Draft, kind: str, containing: str = "") -> int:
    """Position in the list of the first drafted question of `kind` whose prompt contains `containing`."""
    return next(
        index
        for index, drafted in enumerate(draft.questions)
        if drafted.question.kind == kind and containing in drafted.question.prompt
    )
