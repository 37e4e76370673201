"""A problem the app cannot work around (a damaged or too-new progress file): say it plainly."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizapp.tui.text import literal


class ProblemScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,escape,enter", "leave", "Quit")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="problem-box"):
            yield Static(Content.styled(self.title_text, "bold $error"))
            yield Static(literal(self.message))
            yield Static(Content.styled("Nothing was changed. Press q to quit.", "$text-muted"))
        yield Footer()

    def action_leave(self) -> None:
        self.app.exit(return_code=1)  # the app could not do its job: say so to the shell too
