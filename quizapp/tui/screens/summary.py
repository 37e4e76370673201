"""The end of a session: the score and how it was counted, the time, each question right or wrong,
what comes next; after an exam, a review of every question with the right answer and why, where
`f` flags one of them (by its number) as wrong or unclear."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Digits, Footer, Static

from quizapp.text import describe_duration, describe_interval, plural
from quizapp.tui.text import literal, one_line
from quizapp.tui.widgets.feedback import comparison, mark

if TYPE_CHECKING:
    from quizapp.bank.models import Bank, QuestionBase
    from quizapp.session import SessionSummary, StudySession
    from quizapp.tui.host import QuizHost


class SummaryScreen(Screen[None]):
    app: QuizHost

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "home", "Back to banks"),
        Binding("s", "app.stats", "Statistics"),
        Binding("f", "flag", "Flag"),
    ]

    def __init__(self, summary: SessionSummary, bank: Bank, session: StudySession | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.bank = bank
        self.session = session
        """The session summed up, to flag its questions (None: nothing to flag)."""

    def _reviewed(self) -> list[QuestionBase]:
        """The questions of the exam review, in its numbered order."""
        return [question for question, _ in (*self.summary.results, *self.summary.unanswered)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "flag":
            return self.session is not None and self.summary.mode.value == "exam" and bool(self._reviewed())
        return True

    def action_flag(self) -> None:
        from quizapp.tui.screens.flag import FlagRequest, FlagScreen

        questions = self._reviewed()

        def save(request: FlagRequest | None) -> None:
            if request is not None:
                self.save_flag(questions[request.index], request.note)

        self.app.push_screen(FlagScreen([question.prompt for question in questions]), save)

    @work(group="flag")
    async def save_flag(self, question: QuestionBase, note: str) -> None:
        if self.session is None:  # check_action offers f only with a session
            return
        if await self.app.db_or_say("flag the question", self.session.flag, question, note) is not None:
            self.notify("Flagged for the teacher: `quizapp results` carries it.", timeout=3)

    def compose(self) -> ComposeResult:
        summary = self.summary
        with VerticalScroll(id="summary"):
            yield Static(Content.assemble(literal(self.bank.title), f" · {summary.mode.value}"), id="summary-title")
            with Vertical(id="score-box"):
                yield Digits(f"{round(summary.score_percent)}%", id="score")
                yield Static(self._headline(), id="summary-headline")
            yield Static(self._score_explained(), id="summary-score")
            yield Static(self._next_steps(), id="summary-next")
            if summary.mode.value == "exam":
                yield Static(self._exam_review(), id="summary-review")
            else:
                yield Static(self._results(), id="summary-results")
        yield Footer()

    def _headline(self) -> Content:
        summary = self.summary
        if summary.answered == 0:
            return Content("No questions answered this time.")
        relearned = f" · {summary.relearned} relearned" if summary.relearned else ""
        return Content.assemble(
            f"{summary.correct} of {plural(summary.answered, 'question')} right{relearned}",
            Content.styled(f" · {describe_duration(summary.duration.total_seconds())}", "$text-muted"),
        )

    def _score_explained(self) -> Content:
        """How the percentage was counted: partial credit, and in an exam the unanswered questions."""
        summary = self.summary
        if summary.answered == 0:
            return Content("")
        partial = [result for _, result in summary.results if not result.correct and result.score > 0]
        points = sum(result.score for _, result in summary.results)
        out_of = summary.answered + (len(summary.unanswered) if summary.mode.value == "exam" else 0)
        parts = [f"Score: {points:.3g} {'point' if points == 1 else 'points'} out of {out_of}: 1 for each right answer"]
        if partial:
            parts.append(f", part of 1 for {plural(len(partial), 'partly right answer')} (the share of it right)")
        if summary.mode.value == "exam" and summary.unanswered:
            parts.append(f", 0 for {plural(len(summary.unanswered), 'unanswered question')}")
        if summary.relearned:
            parts.append("; each question counts its first answer")
        return Content.styled("".join(parts) + ".", "$text-muted")

    def _exam_review(self) -> Content:
        """Every question of the exam: the student's answer against the right one, and the explanation."""
        blocks = []
        for number, (question, result) in enumerate(self.summary.results, start=1):
            head = Content.assemble(mark(result), f" {number}. ", Content.styled(one_line(question.prompt), "bold"))
            blocks.append(Content("\n").join([head, comparison(result), literal(question.explanation)]))
        for number, (question, result) in enumerate(self.summary.unanswered, start=len(blocks) + 1):
            head = Content.assemble(
                f"– {number}. ", Content.styled(one_line(question.prompt), "bold"), " (not answered)"
            )
            blocks.append(Content("\n").join([head, comparison(result), literal(question.explanation)]))
        return Content("\n\n").join(blocks) if blocks else Content("")

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
