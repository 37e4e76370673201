"""The teacher's review of a drafted bank: keep or drop each question, reword prompts, write the kept ones.

`quizapp draft ARTICLE --review` opens `ReviewApp` once the draft is known to be good. Nothing
is written until the teacher asks to write; an existing file is replaced only after they say
yes, and quitting with decisions made asks first. The app returns a `ReviewResult` when it
wrote the bank and None when it did not, so the command can say which on the terminal.

Drafted text (prompts, quotations, the article) is content, never markup: a quotation with
`[red]` in it shows those brackets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Static, TextArea

from quizapp.files import write_text_atomically
from quizapp.text import plural
from quizapp.tui.text import KIND_LABELS, literal, one_line

if TYPE_CHECKING:
    from quizapp.draft import Draft
    from quizapp.draft.candidate import DraftedQuestion

SOURCE_HIGHLIGHT = "bold $text on $accent 35%"
"""How the sentence a question was drafted from stands out in its paragraph."""


@dataclass(frozen=True)
class ReviewResult:
    """What the review wrote, for the command to report once the screen is gone."""

    path: Path
    kept: int
    total: int


class Decisions:
    """What the teacher has decided so far: which questions stay, and which prompts they reworded.

    Everything starts kept, with the drafted prompts; a prompt edited back to the drafted one
    counts as not edited.
    """

    def __init__(self, drafted_prompts: Mapping[str, str]) -> None:
        self._drafted = dict(drafted_prompts)
        self.kept: set[str] = set(self._drafted)
        self.prompts: dict[str, str] = {}

    @property
    def total(self) -> int:
        return len(self._drafted)

    def is_kept(self, question_id: str) -> bool:
        return question_id in self.kept

    def set_kept(self, question_ids: Iterable[str], keep: bool) -> None:
        for question_id in question_ids:
            if keep:
                self.kept.add(question_id)
            else:
                self.kept.discard(question_id)

    def prompt(self, question_id: str) -> str:
        return self.prompts.get(question_id, self._drafted[question_id])

    def is_edited(self, question_id: str) -> bool:
        return question_id in self.prompts

    def edit_prompt(self, question_id: str, prompt: str) -> None:
        """Record a reworded prompt (already checked to be non-empty)."""
        if prompt == self._drafted[question_id]:
            self.prompts.pop(question_id, None)
        else:
            self.prompts[question_id] = prompt

    @property
    def changed(self) -> bool:
        """Whether quitting now would lose anything the teacher decided."""
        return len(self.kept) != self.total or bool(self.prompts)

    def describe(self) -> str:
        """'3 dropped, 1 prompt edited': what quitting would lose."""
        parts = []
        dropped = self.total - len(self.kept)
        if dropped:
            parts.append(f"{dropped} dropped")
        if self.prompts:
            parts.append(f"{plural(len(self.prompts), 'prompt')} edited")
        return ", ".join(parts) or "no changes"


# -- how a drafted question reads -------------------------------------------------------


def answer_summary(question: Any) -> str:
    """The right answer in a few words, for the list."""
    kind = question.kind
    if kind == "multiple_choice":
        return question.answer
    if kind == "multi_select":
        return ", ".join(question.answers)
    if kind == "true_false":
        return "true" if question.answer else "false"
    if kind == "short_answer":
        return question.answer
    if kind == "cloze":
        return ", ".join(blank.answer for blank in question.blanks)
    if kind == "ordering":
        return plural(len(question.items), "item") + " in order"
    if kind == "matching":
        return plural(len(question.pairs), "pair")
    return ""


def _blanked(question: Any, shown: Callable[[int], Content]) -> Content:
    """A cloze passage with each blank replaced by what `shown(index)` gives."""
    parts = [literal(part) if isinstance(part, str) else shown(part) for part in question.segments()]
    return Content.assemble(*parts)


def gist(question: Any, prompt: str) -> Content:
    """One line for the list: the prompt, and for a cloze the passage too (its prompt says little)."""
    line = literal(one_line(prompt))
    if question.kind == "cloze":
        passage = _blanked(question, lambda _index: Content("____"))
        line = Content.assemble(line, " ", literal(one_line(passage.plain)))
    return line


def question_body(question: Any) -> Content:
    """Everything a student would be asked, with the right answer marked."""
    kind = question.kind
    right = "bold $success"
    lines: list[Content] = []
    if kind in ("multiple_choice", "multi_select"):
        answers = {question.answer} if kind == "multiple_choice" else set(question.answers)
        for choice in question.choices:
            if choice in answers:
                lines.append(Content.assemble(("✓ ", right), Content.styled(choice, right)))
            else:
                lines.append(Content.assemble(("· ", "$text-muted"), literal(choice)))
    elif kind == "true_false":
        lines.append(Content.assemble(("Answer: ", "$text-muted"), ("True" if question.answer else "False", right)))
    elif kind == "short_answer":
        lines.append(Content.assemble(("Answer: ", "$text-muted"), Content.styled(question.answer, right)))
        if question.alternatives:
            also = ", ".join(question.alternatives)
            lines.append(Content.assemble(("Also accepted: ", "$text-muted"), literal(also)))
    elif kind == "cloze":
        lines.append(_blanked(question, lambda index: Content.styled(f"[{_blank_answers(question, index)}]", right)))
    elif kind == "ordering":
        for position, item in enumerate(question.items, start=1):
            lines.append(Content.assemble((f"{position}. ", "$text-muted"), literal(item)))
    elif kind == "matching":
        for pair in question.pairs:
            lines.append(
                Content.assemble(literal(pair.left), ("  → ", "$text-muted"), Content.styled(pair.right, right))
            )
        if question.distractors:
            also = ", ".join(question.distractors)
            lines.append(Content.assemble(("Also offered: ", "$text-muted"), literal(also)))
    return Content("\n").join(lines)


def _blank_answers(question: Any, index: int) -> str:
    blank = question.blanks[index]
    return " | ".join((blank.answer, *blank.alternatives))


def source_passage(draft: Draft, drafted: DraftedQuestion) -> tuple[int, Content]:
    """The paragraph(s) a question comes from, its source excerpt highlighted; and the first paragraph's number."""
    article = draft.extraction.article
    text = draft.text
    start, end = drafted.source_span
    if not article.paragraphs:
        return drafted.paragraph, literal(text[start:end]).stylize(SOURCE_HIGHLIGHT)
    first = article.paragraph_index(start)
    last = article.paragraph_index(max(start, end - 1))
    passage_start = min(article.paragraphs[first].start, start)
    passage_end = max(article.paragraphs[last].end, end)
    passage = literal(text[passage_start:passage_end])
    return first + 1, passage.stylize(SOURCE_HIGHLIGHT, start - passage_start, end - passage_start)


# -- the list ---------------------------------------------------------------------------


class KeepMark(Static):
    """✓ or ✗ at the start of a row; clicking it keeps or drops that question."""

    class Clicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int) -> None:
        super().__init__(classes="keep-mark")
        self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self.index))


class DraftRow(Horizontal):
    """One drafted question in the list: its mark, kind and answer, and its prompt."""

    class Clicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int) -> None:
        super().__init__(id=f"row-{index}", classes="draft-row")
        self.index = index

    def compose(self) -> ComposeResult:
        yield KeepMark(self.index)
        yield Static(classes="row-text")

    def show(self, question: Any, prompt: str, *, kept: bool, edited: bool) -> None:
        mark = Content.styled("✓", "bold $success") if kept else Content.styled("✗", "bold $error")
        self.query_one(KeepMark).update(mark)
        heading = Content.assemble(
            Content.styled(KIND_LABELS.get(question.kind, question.kind), "bold" if kept else "$text-muted"),
            Content.styled(" ✎" if edited else "", "$warning"),
            ("  → ", "$text-muted"),
            Content.styled(one_line(answer_summary(question)), "$text-muted"),
        )
        self.query_one(".row-text", Static).update(Content.assemble(heading, "\n", gist(question, prompt)))
        self.set_class(not kept, "-dropped")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self.index))


class DraftList(VerticalScroll, can_focus=True):
    """Every drafted question; ↑/↓ move the highlight, a click highlights a row, a click on its mark toggles it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
    ]

    cursor: reactive[int] = reactive(0, init=False)

    class Highlighted(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class ToggleRequested(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, count: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.count = count
        self.locked = False
        """While a prompt is being edited the list stays as it is: clicks and keys do nothing."""

    def compose(self) -> ComposeResult:
        for index in range(self.count):
            yield DraftRow(index)

    def row(self, index: int) -> DraftRow:
        return self.query_one(f"#row-{index}", DraftRow)

    def on_mount(self) -> None:
        if self.count:
            self.row(0).add_class("-cursor")

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(self.count - 1, cursor))

    def watch_cursor(self, old: int, new: int) -> None:
        self.row(old).remove_class("-cursor")
        self.row(new).add_class("-cursor")
        self.row(new).scroll_visible(animate=False)
        self.post_message(self.Highlighted(new))

    def action_move(self, step: int) -> None:
        if not self.locked:
            self.cursor += step

    def action_page(self, direction: int) -> None:
        rows_per_page = max(1, self.scrollable_content_region.height // 2 - 1)
        self.action_move(direction * rows_per_page)

    def action_jump(self, index: int) -> None:
        if not self.locked:
            self.cursor = index if index >= 0 else self.count + index

    @on(DraftRow.Clicked)
    def _row_clicked(self, message: DraftRow.Clicked) -> None:
        message.stop()
        if not self.locked:
            self.cursor = message.index
            self.focus()

    @on(KeepMark.Clicked)
    def _mark_clicked(self, message: KeepMark.Clicked) -> None:
        message.stop()
        if not self.locked:
            self.cursor = message.index
            self.focus()
            self.post_message(self.ToggleRequested(message.index))


# -- editing a prompt -------------------------------------------------------------------


class PromptEditor(TextArea):
    """The prompt, editable in place: enter or ctrl+s saves, escape puts the old one back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,ctrl+s", "save", "Save prompt", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    class Saved(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Cancelled(Message):
        pass

    def action_save(self) -> None:
        self.post_message(self.Saved(self.text))

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


# -- confirming -------------------------------------------------------------------------


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question before something that cannot be undone; no is the safe default."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes_label: str) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(literal(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes_label} (y)", id="confirm-yes", variant="warning")
                yield Button("No (n)", id="confirm-no", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


# -- the screen -------------------------------------------------------------------------


class ReviewScreen(Screen[None]):
    """The drafted questions on the left; the highlighted one, whole, with its paragraph, on the right."""

    app: ReviewApp

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle", "Keep/drop"),
        Binding("k", "keep", "Keep", show=False),
        Binding("d", "drop", "Drop", show=False),
        Binding("e,enter", "edit", "Edit prompt"),
        Binding("a", "keep_all", "Keep all"),
        Binding("n", "drop_all", "Drop all"),
        Binding("w,ctrl+s", "write", "Write"),
        Binding("q", "quit_review", "Quit"),
    ]

    def __init__(self, draft: Draft, output: Path) -> None:
        super().__init__()
        self.draft = draft
        self.output = output
        self.decisions = Decisions({drafted.id: drafted.question.prompt for drafted in draft.questions})
        self.editing = False
        self.written = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="review-top"):
            yield Static(id="review-title")
            yield Static(id="review-count")
        with Horizontal(id="review-main"):
            yield DraftList(len(self.draft.questions), id="drafts")
            with VerticalScroll(id="detail", can_focus=False):
                yield Static(id="detail-head")
                yield Static(id="detail-prompt")
                yield PromptEditor(id="prompt-editor", soft_wrap=True, highlight_cursor_line=False)
                yield Static(id="detail-body")
                yield Static(id="detail-explanation")
                yield Static(id="detail-source-label")
                yield Static(id="detail-source")
        yield Footer()

    def on_mount(self) -> None:
        title = Content.assemble(Content.styled("Review the draft", "bold $accent"), "  ", literal(self.draft.title))
        self.query_one("#review-title", Static).update(title)
        drafts = self.query_one(DraftList)
        drafts.border_title = "Drafted questions"
        for index in range(len(self.draft.questions)):
            self._show_row(index)
        self._show_count()
        self._show_detail()
        self.query_one(PromptEditor).display = False
        drafts.focus()
        if self.output.exists():
            self.notify(
                f"{self.output} exists: writing will ask before replacing it.",
                severity="warning",
                timeout=8,
                markup=False,
            )

    @property
    def current_index(self) -> int:
        return self.query_one(DraftList).cursor

    @property
    def current(self) -> DraftedQuestion:
        return self.draft.questions[self.current_index]

    # -- showing ----------------------------------------------------------------------

    def _show_row(self, index: int) -> None:
        drafted = self.draft.questions[index]
        question_id = drafted.id
        self.query_one(DraftList).row(index).show(
            drafted.question,
            self.decisions.prompt(question_id),
            kept=self.decisions.is_kept(question_id),
            edited=self.decisions.is_edited(question_id),
        )

    def _show_count(self) -> None:
        kept, total = len(self.decisions.kept), self.decisions.total
        count = Content.assemble(
            Content.styled(f"{kept} of {total} kept", "bold" if kept else "bold $error"),
            Content.styled(f"  → {self.output.name}", "$text-muted"),
        )
        self.query_one("#review-count", Static).update(count)

    def _show_detail(self) -> None:
        drafted = self.current
        question_id = drafted.id
        kept = self.decisions.is_kept(question_id)
        state = Content.styled("✓ kept", "bold $success") if kept else Content.styled("✗ dropped", "bold $error")
        head = Content.assemble(
            Content.styled(f"{self.current_index + 1}/{self.decisions.total} ", "$text-muted"),
            Content.styled(KIND_LABELS.get(drafted.question.kind, drafted.question.kind), "bold $accent"),
            "  ",
            state,
            Content.styled("  ✎ edited" if self.decisions.is_edited(question_id) else "", "$warning"),
            "\n",
            Content.styled(question_id, "$text-muted"),
        )
        self.query_one("#detail-head", Static).update(head)
        self.query_one("#detail-prompt", Static).update(literal(self.decisions.prompt(question_id)))
        self.query_one("#detail-body", Static).update(question_body(drafted.question))
        explanation = drafted.question.explanation
        explanation_widget = self.query_one("#detail-explanation", Static)
        explanation_widget.update(literal(explanation))
        explanation_widget.display = bool(explanation)
        paragraph, passage = source_passage(self.draft, drafted)
        self.query_one("#detail-source-label", Static).update(
            Content.styled(f"From paragraph {paragraph} of the article", "$text-muted")
        )
        self.query_one("#detail-source", Static).update(passage)
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    def _refresh(self, indexes: Iterable[int]) -> None:
        for index in indexes:
            self._show_row(index)
        self._show_count()
        self._show_detail()

    @on(DraftList.Highlighted)
    def _highlighted(self, message: DraftList.Highlighted) -> None:
        message.stop()
        self._show_detail()

    @on(DraftList.ToggleRequested)
    def _toggle_requested(self, message: DraftList.ToggleRequested) -> None:
        message.stop()
        if self.check_action("toggle", ()):
            self._toggle(message.index)

    # -- keeping and dropping -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a prompt is edited only the editor's keys work; once written, nothing does."""
        return not (self.editing or self.written)

    def _toggle(self, index: int) -> None:
        question_id = self.draft.questions[index].id
        self.decisions.set_kept([question_id], not self.decisions.is_kept(question_id))
        self._refresh([index])

    def _set_current(self, keep: bool) -> None:
        self.decisions.set_kept([self.current.id], keep)
        self._refresh([self.current_index])

    def action_toggle(self) -> None:
        self._toggle(self.current_index)

    def action_keep(self) -> None:
        self._set_current(True)

    def action_drop(self) -> None:
        self._set_current(False)

    def _set_all(self, keep: bool) -> None:
        self.decisions.set_kept((drafted.id for drafted in self.draft.questions), keep)
        self._refresh(range(len(self.draft.questions)))

    def action_keep_all(self) -> None:
        self._set_all(True)

    def action_drop_all(self) -> None:
        self._set_all(False)

    # -- editing --------------------------------------------------------------------------

    def action_edit(self) -> None:
        self._set_editing(True)
        editor = self.query_one(PromptEditor)
        editor.load_text(self.decisions.prompt(self.current.id))
        editor.focus()
        editor.move_cursor(editor.document.end)

    def _set_editing(self, editing: bool) -> None:
        """Swap the prompt for its editor and back; the list holds still meanwhile.

        The editor is composed once and hidden, never removed: Textual 8.2.8 can paint a TextArea
        just after its removal and fail (textual#6528).
        """
        self.editing = editing
        self.query_one("#detail-prompt").display = not editing
        self.query_one(PromptEditor).display = editing
        drafts = self.query_one(DraftList)
        drafts.locked = editing
        drafts.can_focus = not editing
        if not editing:
            drafts.focus()
        self.refresh_bindings()

    @on(PromptEditor.Saved)
    def _prompt_saved(self, message: PromptEditor.Saved) -> None:
        message.stop()
        prompt = message.text.strip()
        if not prompt:
            self.notify(
                "A prompt cannot be empty: type one, or press escape to keep the old one.",
                severity="error",
                markup=False,
            )
            return
        self.decisions.edit_prompt(self.current.id, prompt)
        self._set_editing(False)
        self._refresh([self.current_index])

    @on(PromptEditor.Cancelled)
    def _prompt_cancelled(self, message: PromptEditor.Cancelled) -> None:
        message.stop()
        self._set_editing(False)

    # -- writing and leaving --------------------------------------------------------------

    def action_write(self) -> None:
        if not self.decisions.kept:
            self.notify(
                "Nothing is kept: keep at least one question (space, or a for all) to write.",
                severity="error",
                markup=False,
            )
            return
        if self.output.exists():
            kept = plural(len(self.decisions.kept), "kept question")
            self.app.push_screen(
                ConfirmScreen(f"{self.output} already exists. Replace it with the {kept}?", "Replace"),
                self._replace_answered,
            )
            return
        self._write()

    def _replace_answered(self, replace: bool | None) -> None:
        if replace:
            self._write()
        else:
            self.notify("Not written. Run again with -o to write somewhere else.", timeout=6, markup=False)

    def _write(self) -> None:
        kept_ids = [drafted.id for drafted in self.draft.questions if self.decisions.is_kept(drafted.id)]
        try:
            text = self.draft.to_toml(kept_ids, self.decisions.prompts)
            write_text_atomically(self.output, text)
        except ValueError as error:
            self.notify(f"Not written: {error}.", severity="error", markup=False)
            return
        except OSError as error:
            self.notify(
                f"Cannot write {self.output}: {error.strerror or error}", severity="error", timeout=10, markup=False
            )
            return
        self.written = True
        self.refresh_bindings()
        self.notify(f"Wrote {plural(len(kept_ids), 'question')} to {self.output}.", title="Written", markup=False)
        self.app.finish(ReviewResult(self.output, len(kept_ids), self.decisions.total))

    def action_quit_review(self) -> None:
        if self.app.screen is not self:
            return
        if not (self.decisions.changed or self.editing):
            self.app.exit(None)
            return
        lost = self.decisions.describe() if self.decisions.changed else ""
        if self.editing:
            lost = f"{lost}, and the prompt being edited" if lost else "the prompt being edited"
        self.app.push_screen(
            ConfirmScreen(f"Quit without writing? Nothing is saved ({lost}).", "Quit"), self._quit_answered
        )

    def _quit_answered(self, leave: bool | None) -> None:
        if leave:
            self.app.exit(None)


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

    def finish(self, result: ReviewResult) -> None:
        """Close after the teacher has seen that the bank was written."""
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
