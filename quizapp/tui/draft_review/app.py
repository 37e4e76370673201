"""The app `quizapp draft --review` runs: one review screen, and the result it hands back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from quizapp.tui.draft_review.decisions import ReviewResult
from quizapp.tui.draft_review.screen import ReviewScreen

if TYPE_CHECKING:
    from quizapp.draft import Draft


class ReviewApp(App[ReviewResult | None]):
    """Review a draft and write the kept questions to `output`; returns what was written, or None."""

    CSS_PATH = "review.tcss"
    TITLE = "quizapp draft --review"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, draft: Draft, output: Path, *, exit_delay: float = 1.0) -> None:
        super().__init__()
        self.draft = draft
        self.output = Path(output)
        self.exit_delay = exit_delay
        """Seconds the "written" notification stays up before the app closes (0 in tests)."""

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.draft, self.output))

    def on_review_screen_finished(self, message: ReviewScreen.Finished) -> None:
        """Close after the teacher has seen that the bank was written."""
        result = message.result
        if self.exit_delay > 0:
            self.set_timer(self.exit_delay, lambda: self.exit(result))
        else:
            self.exit(result)

    def action_quit(self) -> None:  # type: ignore[override]
        """ctrl+q asks like q does: quitting must not lose decisions silently."""
        screen = next((screen for screen in self.screen_stack if isinstance(screen, ReviewScreen)), None)
        if screen is None:
            self.exit(None)
        elif screen.written:
            return
        else:
            screen.action_quit_review()
