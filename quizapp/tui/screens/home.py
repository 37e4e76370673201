"""Home: every bank found, what is due in each, and the way into a session."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import LoadingIndicator, OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from quizapp.text import describe_interval, plural
from quizapp.tui.text import literal
from quizapp.tui.widgets.footer import SteadyFooter

if TYPE_CHECKING:
    from quizapp.study_service import BankOverview
    from quizapp.tui.host import HomeEntry, QuizHost

REFRESH_SECONDS = 30.0
"""How often the home screen counts due questions again: more fall due when the student's day turns."""


def counts_line(overview: BankOverview) -> Content:
    parts = [
        Content.styled(f"{overview.due} due", "bold $warning" if overview.due else "$text-muted"),
        Content.styled(f"{overview.new} new", "bold $accent" if overview.new else "$text-muted"),
        Content.styled(f"{plural(overview.total, 'question')}", "$text-muted"),
    ]
    if overview.last_score is not None:
        parts.append(Content.styled(f"last {round(overview.last_score)}%", "$text-muted"))
    return Content(" · ").join(parts)


class HomeScreen(Screen[None]):
    app: QuizHost

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "study", "Study", priority=True),
        Binding("p", "practice", "Practice"),
        Binding("e", "exam", "Exam"),
        Binding("s", "app.stats", "Stats"),
        Binding("r", "app.reload", "Reload"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[HomeEntry] = []

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="home-title")
        yield LoadingIndicator(id="home-loading")
        with Horizontal(id="home-main"):
            yield OptionList(id="banks")
            with VerticalScroll(id="bank-detail"):
                yield Static(id="detail-text")
                yield Static("Reviews, last 14 days", id="spark-label", classes="muted")
                yield Sparkline([], id="recent")
                yield Static(id="detail-due")
        yield Static(id="problems")
        yield SteadyFooter()

    def _title(self) -> Content:
        # A name from --profile shows from the first frame; one to be asked, once it is chosen.
        known = not self.app.ask_profile or self.app.service is not None
        profile = self.app.profile_name if known else ""
        return Content.assemble(
            Content.styled("quizapp", "bold $accent"),
            Content.styled(f"  ·  {profile}" if profile else "", "$text-muted"),
        )

    def on_mount(self) -> None:
        self.query_one("#home-main").display = False
        self.query_one("#problems").display = False
        self.call_after_refresh(self.app.home_painted)
        self.set_interval(REFRESH_SECONDS, self.refresh_counts)

    def refresh_counts(self) -> None:
        """Count again what is due: questions fall due as time passes, without the student pressing r."""
        if self.is_current and self.entries and self.app.service is not None:
            self.app.refresh_home()

    def on_screen_resume(self) -> None:
        """Back from another screen (or a name asked at start): the bank list takes the keys again.

        Explicitly, because in a browser tab without focus (quizapp serve) Textual focuses nothing.
        """
        if self.focused is None and self.entries:
            self.query_one("#banks", OptionList).focus()

    def show_loading(self) -> None:
        self.query_one("#home-loading").display = True

    def show_entries(self, entries: list[HomeEntry]) -> None:
        """Fill the list; banks with problems are listed with their reasons, not hidden."""
        self.query_one("#home-title", Static).update(self._title())
        self.entries = [entry for entry in entries if entry.overview is not None]
        highlighted = self.query_one("#banks", OptionList).highlighted
        banks = self.query_one("#banks", OptionList)
        banks.clear_options()
        for index, entry in enumerate(self.entries):
            if entry.overview is None:
                continue  # only loaded banks have an overview; this keeps the type checker sure of it
            banks.add_option(
                Option(
                    Content.assemble(literal(entry.summary.title, "bold"), "\n", counts_line(entry.overview)),
                    id=str(index),
                )
            )
        if self.entries:
            banks.highlighted = min(highlighted or 0, len(self.entries) - 1)
        problems = [problem for entry in entries if entry.overview is None for problem in entry.summary.problems]
        problem_box = self.query_one("#problems", Static)
        if problems:
            lines = [Content.styled(f"Banks with problems ({len(problems)}): fix them and press r", "bold $error")]
            lines += [literal(str(problem)) for problem in problems[:20]]
            if len(problems) > 20:
                lines.append(Content(f"… and {len(problems) - 20} more (run quizapp validate)"))
            problem_box.update(Content("\n").join(lines))
        problem_box.display = bool(problems)
        self.query_one("#home-loading").display = False
        self.query_one("#home-main").display = True
        if not self.entries:
            self.query_one("#detail-text", Static).update(
                "No banks to study. Put a bank (*.toml) in your banks folder, or run quizapp --bank PATH."
            )
        banks.focus()
        self._show_detail()

    @on(OptionList.OptionHighlighted, "#banks")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected, "#banks")
    def _selected(self) -> None:
        self.action_study()

    def selected_entry(self) -> HomeEntry | None:
        index = self.query_one("#banks", OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        bank, overview = entry.summary, entry.overview
        if overview is None:
            return
        lines = [literal(bank.title, "bold")]
        if bank.description:
            lines.append(literal(bank.description))
        if bank.source is not None:
            lines.append(Content.assemble(Content.styled("Source: ", "$text-muted"), literal(bank.source)))
        lines.append(Content(""))
        lines.append(
            Content(
                f"{overview.due} due · {overview.new} new · {overview.learning} learning · "
                f"{overview.mature} mature · {overview.total} in all"
            )
        )
        if overview.last_score is not None:
            lines.append(Content(f"Last session: {round(overview.last_score)}%"))
        self.query_one("#detail-text", Static).update(Content("\n").join(lines))
        self.query_one("#recent", Sparkline).data = list(overview.recent)
        due_text = ""
        if overview.next_due is not None and not overview.due:
            due_text = f"Next review {describe_interval((overview.next_due - self.app.clock()).total_seconds())}."
        elif overview.due:
            due_text = "Press enter to review what is due."
        elif overview.new:
            due_text = "Press enter to start on new questions."
        self.query_one("#detail-due", Static).update(due_text)

    def _start(self, mode: str) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.overview is not None:
            self.app.start_session(entry.summary, mode)

    def action_study(self) -> None:
        self._start("study")

    def action_practice(self) -> None:
        self._start("practice")

    def action_exam(self) -> None:
        self._start("exam")
