"""Who is studying? Asked at start when several students share one progress file (quizapp serve)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.tui.text import literal

MAX_NAME = 40


class ProfileScreen(Screen[str]):
    """Type a name (a new profile is made for it) or pick one of the existing profiles."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "app.quit", "Quit", priority=True)]

    def __init__(self, existing: list[str]) -> None:
        super().__init__()
        self.existing = existing

    def compose(self) -> ComposeResult:
        with Vertical(id="profile-box"):
            yield Static(Content.styled("Who is studying?", "bold $accent"))
            yield Static("Your answers and schedule are kept under your name.", classes="muted")
            yield Input(placeholder="Your name, then enter", max_length=MAX_NAME, id="profile-name")
            yield Static(id="profile-error")
            if self.existing:
                yield Static("Or pick yours:", classes="muted")
                yield OptionList(*[Option(literal(name), id=name) for name in self.existing], id="profiles")
        yield Footer()

    def on_mount(self) -> None:
        # Explicitly: a browser tab without focus (quizapp serve) would otherwise leave nothing focused.
        self.query_one("#profile-name", Input).focus()

    @on(Input.Submitted, "#profile-name")
    def _typed(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if not name:
            self.query_one("#profile-error", Static).update(Content.styled("Type a name first.", "$error"))
            return
        self.dismiss(name)

    @on(OptionList.OptionSelected, "#profiles")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or "")
