"""The review screen: the drafted list on the left, the highlighted question whole on the right."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizapp.domain.kinds import kind_label
from quizapp.files import write_text_atomically
from quizapp.text import plural
from quizapp.tui.draft_review.confirm import ConfirmScreen
from quizapp.tui.draft_review.decisions import Decisions, ReviewResult
from quizapp.tui.draft_review.display import question_body, source_passage
from quizapp.tui.draft_review.widgets import DraftList, PromptEditor
from quizapp.tui.text import literal

if TYPE_CHECKING:
    from quizapp.draft import Draft
    from quizapp.draft.candidate import DraftedQuestion


class ReviewScreen(Screen[None]):
    """The drafted questions on the left; the highlighted one, whole, with its paragraph, on the right."""

    class Finished(Message):
        """The kept questions are written: the app closes once the teacher has seen it."""

        def __init__(self, result: ReviewResult) -> None:
            super().__init__()
            self.result = result

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_kept", "Keep/drop"),
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
        self.decisions.set_kept((drafted.id for drafted in draft.questions if drafted.unsure), False)
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
            unsure=drafted.unsure is not None,
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
            Content.styled(kind_label(drafted.question.kind), "bold $accent"),
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
        if self.check_action("toggle_kept", ()):
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

    def action_toggle_kept(self) -> None:
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
        self.post_message(self.Finished(ReviewResult(self.output, len(kept_ids), self.decisions.total)))

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
