"""`f`: flag a question as wrong or unclear, with an optional note for the teacher.

Opened from a question's feedback (that question) or from the exam review (the student types the
question's number first). The dialog only gathers the words; the quiz or summary screen saves them
with `StudySession.flag`, and `quizapp results` carries them to the teacher's report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from quizapp.tui.text import literal, one_line

NOTE_MAX = 2000
"""As the store allows (quizapp.storage.flags.NOTE_MAX)."""


@dataclass(frozen=True)
class FlagRequest:
    """What the student asked: which question (an index into the choices) and the note ('' for none)."""

    index: int
    note: str


class FlagScreen(ModalScreen[FlagRequest | None]):
    """Asks for the note (and, given several questions, which one); escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompts: list[str]) -> None:
        super().__init__()
        self.prompts = prompts
        """The prompts of the questions that may be flagged: one (the question answered) or the exam's."""

    def compose(self) -> ComposeResult:
        with Vertical(id="flag-box"):
            yield Static(Content.styled("Flag a question as wrong or unclear", "bold"), id="flag-title")
            if len(self.prompts) == 1:
                yield Static(literal(one_line(self.prompts[0])), id="flag-prompt")
            else:
                yield Input(placeholder=f"question number, 1 to {len(self.prompts)}", id="flag-number")
            yield Input(placeholder="what is wrong or unclear (optional)", max_length=NOTE_MAX, id="flag-note")
            yield Static(Content.styled("enter saves the flag · escape cancels", "$text-muted"), id="flag-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#flag-number")
    def _number_given(self) -> None:
        if self._index() is not None:
            self.query_one("#flag-note", Input).focus()

    @on(Input.Submitted, "#flag-note")
    def _note_given(self, message: Input.Submitted) -> None:
        index = self._index()
        if index is not None:
            self.dismiss(FlagRequest(index, message.value.strip()))

    def _index(self) -> int | None:
        """The chosen question, or None after saying which numbers there are."""
        if len(self.prompts) == 1:
            return 0
        number_input = self.query_one("#flag-number", Input)
        text = number_input.value.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.prompts):
            return int(text) - 1
        hint = f"Type the question's number, 1 to {len(self.prompts)}, then enter."
        self.query_one("#flag-hint", Static).update(Content.styled(hint, "bold $warning"))
        number_input.focus()
        return None

    def action_cancel(self) -> None:
        self.dismiss(None)
