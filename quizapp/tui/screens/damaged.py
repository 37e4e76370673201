"""A damaged progress file: say what happened and where the damaged copy goes, and let the student choose.

Nothing is changed until a key is pressed: r saves every answer that can be read into a new file, n starts
afresh with an empty one (either way the damaged file is kept beside, renamed), q quits as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizapp.tui.text import literal

Choice = Literal["repair", "afresh"]


class DamagedScreen(Screen[Choice | None]):
    """Dismissed with "repair", "afresh", or None to quit with nothing changed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('repair')", "Repair"),
        Binding("n", "choose('afresh')", "Start afresh"),
        Binding("q,escape", "choose(None)", "Quit"),
    ]

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__()
        self.path = path
        self.reason = reason

    def compose(self) -> ComposeResult:
        kept = f"{self.path.name}.corrupt-<date and time>"
        with Vertical(id="problem-box"):
            yield Static(Content.styled("Your progress file is damaged", "bold $error"))
            yield Static(literal(self.reason))
            yield Static(Content.styled("Nothing has been changed yet.", "$text-muted"))
            yield Static(
                literal(
                    f"\nr  Repair: copy every answer that can still be read into a new progress file, "
                    f"and study on with it. The damaged file is kept beside it as {kept}.\n\n"
                    f"n  Start afresh with an empty progress file. The damaged file is kept as {kept}; "
                    f"`quizapp repair` can still save its answers later.\n\n"
                    f"q  Quit without changing anything; `quizapp repair {self.path}` saves what can be read."
                ),
                id="damaged-choices",
            )
        yield Footer()

    def action_choose(self, choice: Choice | None) -> None:
        self.dismiss(choice)
