"""The end of a session: the score, the time, each question right or wrong, what comes next."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Digits, Footer, Static

from quizapp.text import describe_duration, describe_interval, plural
from quizapp.tui.text import literal, one_line
from quizapp.tui.widgets.feedback import mark

if TYPE_CHECKING:
    from quizapp.tui.host import QuizHost


class SummaryScreen(Screen[None]):
    app: QuizHost

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "home", "Back to banks"),
        Binding("s", "app.stats", "Statistics"),
    ]

    def __init__(self, summary: Any, bank: Any) -> None:
        super().__init__()
        self.summary = summary
        self.bank = bank

    def compose(self) -> ComposeResult:
        summary = self.summary
        with VerticalScroll(id="summary"):
            yield Static(Content.assemble(literal(self.bank.title), f" · {summary.mode.value}"), id="summary-title")
            with Vertical(id="score-box"):
                yield Digits(f"{round(summary.score_percent)}%", id="score")
                yield Static(self._headline(), id="summary-headline")
            yield Static(self._next_steps(), id="summary-next")
            yield Static(self._results(), id="summary-results")
        yield Footer()

    def _headline(self) -> Content:
        summary = self.summary
        if summary.answered == 0:
            return Content("No questions answered this time.")
        return Content.assemble(
            f"{summary.correct} of {plural(summary.answered, 'question')} right",
            Content.styled(f" · {describe_duration(summary.duration.total_seconds())}", "$text-muted"),
        )

    def _next_steps(self) -> Content:
        summary = self.summary
        parts = []
        if summary.next_due is not None:
            seconds = (summary.next_due - self.app.clock()).total_seconds()
            parts.append(f"Next review of this bank: {describe_interval(seconds)}.")
        else:
            parts.append("Nothing scheduled for this bank yet.")
        if summary.streak_days:
            parts.append(f"Day streak: {plural(summary.streak_days, 'day')}.")
        return Content(" ".join(parts))

    def _results(self) -> Content:
        lines = [
            Content.assemble(mark(result), " ", literal(one_line(question.prompt)))
            for question, result in self.summary.results
        ]
        return Content("\n").join(lines) if lines else Content("")

    def action_home(self) -> None:
        self.app.show_home()
