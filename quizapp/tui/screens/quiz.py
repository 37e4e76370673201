"""The quiz: one question at a time, its answer widget, then feedback and the schedule."""

from __future__ import annotations

import random
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from quizapp.domain.kinds import kind_label
from quizapp.tui.text import literal
from quizapp.tui.widgets.answers import answer_hint, answer_widget_for
from quizapp.tui.widgets.feedback import FeedbackPanel, schedule_line
from quizapp.tui.widgets.messages import AnswerSubmitted

if TYPE_CHECKING:
    from quizapp.session import AnswerOutcome, StudySession
    from quizapp.tui.host import QuizHost


class Phase(Enum):
    ASKING = "asking"
    SAVING = "saving"
    FEEDBACK = "feedback"


class QuizScreen(Screen[None]):
    """Asks the session's questions. Every answer is saved before its feedback shows."""

    app: QuizHost

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "End session"),
        Binding("enter,space", "next", "Next"),
        # Not in the footer: the #schedule bar says "Change it: 1 again ...", and footer keys
        # cost 37-50 ms of re-layout on every answer (tests/benchmarks/tui_keypress.py).
        Binding("1", "rate(1)", "Again", show=False),
        Binding("2", "rate(2)", "Hard", show=False),
        Binding("3", "rate(3)", "Good", show=False),
        Binding("4", "rate(4)", "Easy", show=False),
        Binding("u", "undo", "Undo", show=False),  # also said on the #schedule bar
        Binding("f", "flag", "Flag", show=False),  # also said on the #schedule bar
    ]

    def __init__(self, session: StudySession, *, seed: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.seed = seed
        self.phase = Phase.ASKING
        self.outcome: AnswerOutcome | None = None
        self._shown_at = 0.0  # see show_question
        self._painted = False
        self._asked = 0
        self._asked_about = ""
        """What was missing from the answer the student was last asked to confirm."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="quiz-top"):
            yield Static(id="quiz-title")
            yield Static(id="quiz-count")
        yield ProgressBar(total=max(1, len(self.session.questions)), show_eta=False, show_percentage=False)
        with VerticalScroll(id="quiz-body"):
            yield Static(id="question-meta")
            with VerticalScroll(id="prompt-box", can_focus=False):  # a long prompt scrolls, the answer stays in view
                yield Static(id="prompt")
            yield Vertical(id="answer-box")
            yield Static(id="answer-hint")
            yield FeedbackPanel(id="feedback")
        yield Static(id="schedule")  # below the scrolling body: the rating keys stay in view
        yield Footer()

    async def on_mount(self) -> None:
        mode = self.session.mode
        title = Content.assemble(literal(self.session.bank.title), Content.styled(f"  · {mode.value}", "$text-muted"))
        self.query_one("#quiz-title", Static).update(title)
        await self.show_question()

    # -- asking ---------------------------------------------------------------------------

    async def show_question(self) -> None:
        question = self.session.current()
        if question is None:
            self.phase = Phase.SAVING
            self.app.finish_session(self.session)
            return
        self.phase = Phase.ASKING
        self.outcome = None
        total = len(self.session.questions)
        number = self.session.position + 1
        self.query_one("#quiz-count", Static).update(f"{number} / {total}")
        self.query_one(ProgressBar).update(total=total, progress=self.session.position)
        tags = "  ".join(f"#{tag}" for tag in question.tags)
        meta = Content.assemble(Content.styled(kind_label(question.kind), "bold $accent"))
        if tags:
            meta = Content.assemble(meta, literal(f"   {tags}", "$text-muted"))
        self.query_one("#question-meta", Static).update(meta)
        self.query_one("#prompt", Static).update(literal(question.prompt))
        hint = self.query_one("#answer-hint", Static)
        hint.update(Content.styled(answer_hint(question.kind), "$text-muted"))
        hint.display = True
        feedback = self.query_one(FeedbackPanel)
        feedback.display = False
        self.query_one("#schedule", Static).display = False
        box = self.query_one("#answer-box", Vertical)
        # While asking, clicks on the prompt must not take focus from the answer (or number keys stop answering).
        self.query_one("#quiz-body", VerticalScroll).can_focus = False
        box.remove_children()
        rng = random.Random(f"{self.seed}:{self.session.id}:{question.id}")
        widget = answer_widget_for(question, rng)
        self._asked += 1  # not the position: after an undo the same position is asked again
        widget.id = f"answer-{self._asked}"
        widget.add_class("answer")
        box.mount(widget)
        self.call_after_refresh(self._focus_answer, widget)
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self._asked_about = ""
        self._shown_at = self.app.stopwatch()  # restarted once the question is on the screen
        self._painted = False
        self.call_after_refresh(self._question_painted)
        self.refresh_bindings()

    def _question_painted(self) -> None:
        """Time the answer, and the grace for a double enter, from when the student can see the question."""
        self._shown_at = self.app.stopwatch()
        self._painted = True

    def _focus_answer(self, widget: Any) -> None:
        """Focus the answer without scrolling: the prompt above it must stay in view."""
        focus = getattr(widget, "focus_answer", None)
        if focus is not None:
            focus()
        else:
            widget.focus(scroll_visible=False)

    @on(AnswerSubmitted)
    def _answered(self, message: AnswerSubmitted) -> None:
        message.stop()
        if self.phase is not Phase.ASKING:
            return
        elapsed = self.app.stopwatch() - self._shown_at
        too_soon = not self._painted or elapsed < self.app.answer_grace
        if message.confirmed and self.app.answer_grace > 0 and too_soon:
            return  # the enter that moved on, pressed twice: not an answer to a question unseen
        if message.incomplete and message.incomplete != self._asked_about:
            self._asked_about = message.incomplete  # ask once; the same answer submitted again is graded
            ask = f"{message.incomplete} Press enter again to check it as it is."
            self.query_one("#answer-hint", Static).update(Content.styled(ask, "bold $warning"))
            return
        self.phase = Phase.SAVING
        self.save_answer(message.response, elapsed)

    @work(exclusive=True, group="answer")
    async def save_answer(self, response: Any, seconds: float) -> None:
        outcome = await self.app.db_or_say("save your answer", self.session.answer, response, seconds)
        if outcome is None:
            self.phase = Phase.ASKING  # not saved: the question stays, to be answered again
            return
        self.outcome = outcome
        widget = self.query_one("#answer-box > .answer")
        seal = getattr(widget, "seal", None)
        if seal is not None:
            seal()
        if not self.session.feedback_now:
            await self.show_question()
            return
        self.phase = Phase.FEEDBACK
        self.query_one("#answer-hint", Static).display = False
        feedback = self.query_one(FeedbackPanel)
        bank_source = self.session.bank.source.title if self.session.bank.source else None
        feedback.show(outcome, bank_source=bank_source)
        feedback.display = True
        self._show_schedule()
        total = len(self.session.questions)  # grows when a forgotten question is put back
        self.query_one("#quiz-count", Static).update(f"{self.session.position} / {total}")
        self.query_one(ProgressBar).update(total=total, progress=self.session.position)
        body = self.query_one("#quiz-body", VerticalScroll)
        body.can_focus = True  # feedback can be long: the arrows scroll it
        body.focus()
        self.call_after_refresh(body.scroll_to_widget, feedback, animate=False, top=False)
        self.refresh_bindings()

    # -- feedback -------------------------------------------------------------------------

    def _show_schedule(self) -> None:
        if self.outcome is None:  # only shown after an answer
            return
        schedule = self.query_one("#schedule", Static)
        room = self.size.width - schedule.styles.padding.width  # the bar's own width before its first layout
        # Intervals from the moment the answer was saved, as they were computed: measured from the clock
        # a second later, a one-minute step would read "now".
        schedule.update(schedule_line(self.outcome, self.outcome.review.answered_at, room))
        schedule.display = True

    def on_resize(self) -> None:
        if self.phase is Phase.FEEDBACK and self.outcome is not None:
            self._show_schedule()  # the keys are packed to the width

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next", "undo", "flag"):
            return self.phase is Phase.FEEDBACK
        if action == "rate":
            return self.phase is Phase.FEEDBACK and self.outcome is not None and self.outcome.rescheduled
        return True

    async def action_next(self) -> None:
        if self.phase is Phase.FEEDBACK:
            await self.show_question()

    @work(exclusive=True, group="answer")
    async def action_rate(self, value: int) -> None:
        if self.phase is not Phase.FEEDBACK or self.outcome is None:
            return
        from quizapp.domain.scheduling import Rating

        rating = Rating(value)
        if rating == self.outcome.rating:
            return
        outcome = await self.app.db_or_say("change the rating", self.session.override, rating)
        if outcome is None:
            return
        self.outcome = outcome
        self._show_schedule()
        self.notify(f"Rating changed to {rating.label}.", timeout=2)

    @work(exclusive=True, group="answer")
    async def action_undo(self) -> None:
        """Take the answer back: deleted from the progress file, the schedule as it was, the question asked again."""
        if self.phase is not Phase.FEEDBACK:
            return
        self.phase = Phase.SAVING
        question = await self.app.db_or_say("undo the answer", self.session.undo)
        if question is None:
            self.phase = Phase.FEEDBACK
            return
        self.notify("Answer taken back: answer it again.", timeout=2)
        await self.show_question()

    def action_flag(self) -> None:
        """Flag the question just answered as wrong or unclear, with an optional note for the teacher."""
        if self.phase is not Phase.FEEDBACK or self.outcome is None:
            return
        from quizapp.tui.screens.flag import FlagRequest, FlagScreen

        question = self.outcome.question

        def save(request: FlagRequest | None) -> None:
            if request is not None:
                self.save_flag(question, request.note)

        self.app.push_screen(FlagScreen([question.prompt]), save)

    @work(group="flag")
    async def save_flag(self, question: Any, note: str) -> None:
        if await self.app.db_or_say("flag the question", self.session.flag, question, note) is not None:
            self.notify("Flagged for the teacher: `quizapp results` carries it.", timeout=3)

    # -- leaving --------------------------------------------------------------------------

    def action_leave(self) -> None:
        self.finish()

    def finish(self) -> None:
        if self.phase is not Phase.SAVING:
            self.phase = Phase.SAVING  # no answer after the end, and one finish only
            self.app.finish_session(self.session)
