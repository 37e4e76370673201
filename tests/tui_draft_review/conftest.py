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
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import extract
from quizapp.tui.draft_review import ReviewApp

ARTICLE = Path(__file__).parent / "articles" / "library_hall.txt"
SIZE = (80, 24)

ReviewFactory = Callable[..., ReviewApp]


@pytest.fixture(scope="session")
def draft() -> Draft:
    return draft_article(read_article(ARTICLE))


def hand_drafted() -> Draft:
    """A draft of the test article with questions written here, not by the drafter's rules.

    Snapshots use it, so they change when the screen changes, not whenever the drafter learns
    to word a question differently. Spans are phrases found in the article's clean text.
    """
    extraction = extract(read_article(ARTICLE))
    text = extraction.text

    def drafted(kind: str, phrase: str, **fields: object) -> DraftedQuestion:
        start = text.index(phrase)
        span = (start, start + len(phrase))
        question = make_question(kind, source=phrase, **fields)
        return DraftedQuestion(question, span, extraction.article.paragraph_index(start) + 1, (start, question.id))

    questions = (
        drafted(
            "multiple_choice",
            "We will count every visitor [red] and report back in June",
            id="who-said-count-every-visitor",
            prompt="Who said this? “We will count every visitor [red] and report back in June”",
            choices=("Tom Reyes", "Helen Okafor"),
            answer="Tom Reyes",
            explanation="The article attributes these words to Tom Reyes, a city councillor.",
        ),
        drafted(
            "true_false",
            "The study hall has 80 desks",
            id="true-or-false-80-desks",
            prompt="The study hall has 60 desks.",
            answer=False,
            explanation="The article says the study hall has 80 desks.",
        ),
        drafted(
            "cloze",
            "keeping its second floor open until midnight for 12 weeks",
            id="fill-12-weeks",
            prompt="Fill in the blank.",
            text="The library keeps its second floor open until midnight for {{12|twelve}} weeks.",
            explanation="The article says the second floor stays open until midnight for 12 weeks.",
        ),
        drafted(
            "ordering",
            "The library first proposed the idea in October 2025, and the council approved it in January",
            id="order-proposed-approved-opened",
            prompt="Put these events in the order they happened, earliest first.",
            items=("The library proposed the study hall", "The council approved it", "The study hall opened"),
            explanation="Proposed in October 2025, approved in January, opened on Monday.",
        ),
    )
    return Draft(extraction, questions, "Library Opens a Late-Night Study Hall", "draft-library-hall")


@pytest.fixture
def output(tmp_path: Path) -> Path:
    return tmp_path / "library_hall.toml"


@pytest.fixture
def make_review(draft: Draft, output: Path) -> ReviewFactory:
    """A ReviewApp on the draft (or `of`), writing to `output` (or `to`), closing at once after writing."""

    def make(to: Path | None = None, *, of: Draft | None = None) -> ReviewApp:
        return ReviewApp(of or draft, to or output, exit_delay=0)

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
