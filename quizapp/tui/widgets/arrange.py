"""Answers that arrange things: put items in order, or match left items to right ones.

Both are one focusable container of rows, so the keyboard drives everything from one place
and each row can be clicked. Rows wrap long text (events, quotations) rather than cut it.
"""

from __future__ import annotations

import string
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from quizapp.tui.text import literal
from quizapp.tui.widgets.messages import AnswerSubmitted

LETTERS = string.ascii_uppercase


class _Row(Static):
    """One clickable row; tells its owner which row was clicked."""

    class Clicked(Message):
        def __init__(self, row: _Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, index: int, *, classes: str) -> None:
        super().__init__(classes=classes)
        self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self))


class OrderingAnswer(Vertical, can_focus=True):
    """Items to put in order.

    Keys: ↑/↓ choose an item; shift+↑/shift+↓ (or space to grab, then ↑/↓) move it; or type the
    items' letters in the right order; enter checks. Mouse: click an item, then click where it
    goes.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        # Not in the footer: at 80 columns they pushed "esc End session" off it; the hint under
        # the items names them.
        Binding("shift+up,ctrl+up", "move(-1)", "Move up", show=False),
        Binding("shift+down,ctrl+down", "move(1)", "Move down", show=False),
        Binding("space", "grab", "Grab", show=False),
        Binding("enter", "submit", "Check"),
        Binding("backspace", "clear_typed", "Clear typed", show=False),
    ]

    cursor: reactive[int] = reactive(0)

    def __init__(self, items: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items = items
        """Each item's text; its letter is its index here and never changes."""
        self.order: list[int] = list(range(len(items)))
        """Which item stands at each position."""
        self.grabbed = False
        self.typed: list[int] = []
        self.locked = False

    def compose(self) -> ComposeResult:
        for position in range(len(self.items)):
            yield _Row(position, classes="order-row")
        yield Static(classes="typed-hint")

    def on_mount(self) -> None:
        self._refresh_rows()

    @property
    def response(self) -> list[str]:
        return [self.items[index] for index in self.order]

    def _refresh_rows(self) -> None:
        for position, row in enumerate(self.query(_Row)):
            item = self.order[position]
            marker = "↕" if (self.grabbed and position == self.cursor) else " "
            row.update(
                Content.assemble(
                    (f"{position + 1}. ", "$text-muted"),
                    (f"{LETTERS[item]} ", "bold"),
                    (f"{marker} ", "bold $accent"),
                    literal(self.items[item]),
                )
            )
            row.set_class(position == self.cursor, "-cursor")
            row.set_class(self.grabbed and position == self.cursor, "-grabbed")
        letters = " ".join(LETTERS[i] for i in self.typed)
        hint = (
            f"typed: {letters}"
            if self.typed
            else f"type letters (A–{LETTERS[len(self.items) - 1]}) in order, or move items"
        )
        self.query_one(".typed-hint", Static).update(hint)

    def watch_cursor(self) -> None:
        if self.is_mounted:
            self._refresh_rows()
            list(self.query(_Row))[self.cursor].scroll_visible(animate=False)

    def action_cursor(self, step: int) -> None:
        if self.grabbed:
            self.action_move(step)
            return
        self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))

    def action_move(self, step: int) -> None:
        target = self.cursor + step
        if self.locked or not 0 <= target < len(self.items):
            return
        self.order[self.cursor], self.order[target] = self.order[target], self.order[self.cursor]
        self.cursor = target
        self._refresh_rows()

    def action_grab(self) -> None:
        if not self.locked:
            self.grabbed = not self.grabbed
            self._refresh_rows()

    def action_clear_typed(self) -> None:
        self.typed.clear()
        self._refresh_rows()

    def action_submit(self) -> None:
        if not self.locked:
            self.post_message(AnswerSubmitted(self.response))

    def on_key(self, event: events.Key) -> None:
        letter = (event.character or "").upper()
        if self.locked or len(letter) != 1 or letter not in LETTERS[: len(self.items)]:
            return
        event.stop()
        item = LETTERS.index(letter)
        if item in self.typed:
            return
        self.typed.append(item)
        position = len(self.typed) - 1
        self.order.remove(item)
        self.order.insert(position, item)
        self.cursor = position
        if len(self.typed) == len(self.items):
            self.typed.clear()
        self._refresh_rows()

    def on__row_clicked(self, message: _Row.Clicked) -> None:
        if self.locked:
            return
        self.focus()
        if self.grabbed:
            item = self.order.pop(self.cursor)
            self.order.insert(message.row.index, item)
            self.grabbed = False
        else:
            self.grabbed = True
        self.cursor = message.row.index
        self._refresh_rows()

    def seal(self) -> None:
        self.locked = True
        self.grabbed = False
        self._refresh_rows()


LEGEND_INDENT = "   "
"""Where a matching row's answer and options start, under its text."""


class MatchingAnswer(Horizontal, can_focus=True):
    """Match each left item to a right option ("who said what").

    Keys: ↑/↓ choose a left item; a number picks its option and moves on; ←/→ step through
    options; delete clears; enter checks. Mouse: click a left item, then an option.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("left", "cycle(-1)", "Previous option", show=False),
        Binding("right", "cycle(1)", "Next option", show=False),
        Binding("delete,backspace", "clear", "Clear", show=False),
        Binding("enter", "submit", "Check"),
        *[Binding(str(n), f"choose({n})", show=False) for n in range(1, 10)],
    ]

    cursor: reactive[int] = reactive(0)

    def __init__(self, lefts: list[str], options: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lefts = lefts
        self.options = options
        self.chosen: dict[int, int] = {}
        self.locked = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="match-lefts"):
            for index in range(len(self.lefts)):
                yield _Row(index, classes="match-left")
        with Vertical(classes="match-options"):
            for index, option in enumerate(self.options):
                row = _Row(index, classes="match-option")
                row.update(Content.assemble((f"{index + 1} ", "bold $accent"), literal(option)))
                yield row

    def on_mount(self) -> None:
        self._refresh_rows()

    @property
    def response(self) -> dict[str, str]:
        return {self.lefts[left]: self.options[option] for left, option in self.chosen.items()}

    def _refresh_rows(self) -> None:
        for row in self.query(".match-left").results(_Row):
            option = self.chosen.get(row.index)
            answer = (
                Content.assemble(
                    ("→ ", "$text-muted"), (f"{option + 1} ", "bold $accent"), literal(self.options[option])
                )
                if option is not None
                else Content.styled("→ ?", "$text-muted")
            )
            if row.index == self.cursor and not self.locked:
                legend = self._legend(row.content_size.width - len(LEGEND_INDENT))
                answer = Content.assemble(answer, "\n", literal(legend, "$text-muted"))
            row.update(
                Content.assemble(
                    (f"{LETTERS[row.index]}. ", "bold"), literal(self.lefts[row.index]), "\n" + LEGEND_INDENT, answer
                )
            )
            row.set_class(row.index == self.cursor, "-cursor")

    def _legend(self, width: int) -> str:
        """The options on the chosen row too (with many items, the options column scrolls out of
        view), packed into lines of `width` cells, each indented under the answer: left to the
        terminal, a long legend wrapped to the row's first column."""
        lines: list[str] = []
        line = ""
        for number, option in enumerate(self.options, 1):
            item = f"{number}·{option}"
            if line and width > 0 and cell_len(line) + 2 + cell_len(item) > width:
                lines.append(line)
                line = item
            else:
                line = f"{line}  {item}" if line else item
        lines.append(line)
        return "\n".join(LEGEND_INDENT + line for line in lines)

    def on_resize(self) -> None:
        self._refresh_rows()  # the legend's lines follow the width

    def watch_cursor(self) -> None:
        if self.is_mounted:
            self._refresh_rows()
            rows = list(self.query(".match-left").results(_Row))
            rows[self.cursor].scroll_visible(animate=False)

    def action_cursor(self, step: int) -> None:
        self.cursor = max(0, min(len(self.lefts) - 1, self.cursor + step))

    def action_choose(self, number: int) -> None:
        if self.locked or not 1 <= number <= len(self.options):
            return
        self.chosen[self.cursor] = number - 1
        unanswered = [i for i in range(len(self.lefts)) if i not in self.chosen]
        following = [i for i in unanswered if i > self.cursor] or unanswered
        if following:
            self.cursor = following[0]
        self._refresh_rows()

    def action_cycle(self, step: int) -> None:
        if self.locked:
            return
        current = self.chosen.get(self.cursor, -1 if step > 0 else 0)
        self.chosen[self.cursor] = (current + step) % len(self.options)
        self._refresh_rows()

    def action_clear(self) -> None:
        if not self.locked:
            self.chosen.pop(self.cursor, None)
            self._refresh_rows()

    def action_submit(self) -> None:
        if not self.locked:
            missing = len(self.lefts) - len(self.chosen)
            incomplete = f"{missing} of {len(self.lefts)} items have no match." if missing else ""
            self.post_message(AnswerSubmitted(self.response, incomplete=incomplete))

    def on__row_clicked(self, message: _Row.Clicked) -> None:
        if self.locked:
            return
        self.focus()
        if message.row.has_class("match-left"):
            self.cursor = message.row.index
        else:
            self.action_choose(message.row.index + 1)

    def seal(self) -> None:
        self.locked = True
        self._refresh_rows()  # the options legend goes with the cursor
