"""The review's widgets: the list of drafted questions (a row each, with its keep mark) and the prompt editor.

Each posts messages upward; the screen decides what they mean.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, TextArea

from quizapp.domain.kinds import answer_summary, kind_label
from quizapp.tui.draft_review.display import gist
from quizapp.tui.text import one_line


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

    def show(self, question: Any, prompt: str, *, kept: bool, edited: bool, unsure: bool = False) -> None:
        mark = Content.styled("✓", "bold $success") if kept else Content.styled("✗", "bold $error")
        self.query_one(KeepMark).update(mark)
        heading = Content.assemble(
            Content.styled(kind_label(question.kind), "bold" if kept else "$text-muted"),
            Content.styled(" ✎" if edited else "", "$warning"),
            ("  → ", "$text-muted"),
            Content.styled(one_line(answer_summary(question)), "$text-muted"),
            Content.styled("  unsure: check the speaker" if unsure else "", "bold $warning"),
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
