"""One answer widget per question kind, all usable from the keyboard alone and with the mouse.

Each widget shows its question's options (shuffled with the session's seed), and when the
student commits posts `AnswerSubmitted` with a response in the shape `grade` expects (see
quizapp.domain.grading). After the answer the quiz screen calls `seal()`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.tui.text import literal, one_line
from quizapp.tui.widgets.arrange import MatchingAnswer, OrderingAnswer
from quizapp.tui.widgets.messages import AnswerSubmitted

DIGIT_KEYS = [str(number) for number in range(1, 10)]


def _numbered(number: int, text: str) -> Any:
    from textual.content import Content

    return Content.assemble((f"{number} ", "$text-muted"), literal(one_line(text)))


class ChoiceAnswer(OptionList):
    """Multiple choice and true/false: a number key, or arrows and enter, or a click, answers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *[Binding(digit, f"pick({digit})", show=False) for digit in DIGIT_KEYS],
        Binding("t", "pick_named('True')", show=False),
        Binding("f", "pick_named('False')", show=False),
    ]

    def __init__(self, choices: list[str], *, id: str | None = None) -> None:
        self.choices = choices
        super().__init__(*[Option(_numbered(n, c), id=str(n - 1)) for n, c in enumerate(choices, 1)], id=id)

    def action_pick(self, number: int) -> None:
        if 1 <= number <= len(self.choices) and not self.disabled:
            self.highlighted = number - 1
            self.post_message(AnswerSubmitted(self.choices[number - 1], confirmed=False))

    def action_pick_named(self, name: str) -> None:
        if name in self.choices:
            self.action_pick(self.choices.index(name) + 1)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(self.choices[event.option_index]))

    def seal(self) -> None:
        self.disabled = True


def _ticked(number: int, text: str, chosen: bool) -> Any:
    """A multi-select choice with [✓] when chosen, [ ] when not: they differ by a symbol, not by colour alone."""
    from textual.content import Content

    box = "[✓] " if chosen else "[ ] "
    return Content.assemble((f"{number} ", "$text-muted"), (box, "bold"), literal(one_line(text)))


class MultiSelectAnswer(OptionList):
    """Several right choices: space, a number or a click toggles, enter checks. A chosen choice
    shows [✓] and an unchosen one [ ], so the two differ by a symbol, not by colour alone."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Check", priority=True),
        Binding("space", "toggle_highlighted", show=False),
        *[Binding(digit, f"toggle_number({digit})", show=False) for digit in DIGIT_KEYS],
    ]

    def __init__(self, choices: list[str], *, id: str | None = None) -> None:
        self.choices = choices
        self.chosen: set[str] = set()
        super().__init__(*[Option(_ticked(n, c, False)) for n, c in enumerate(choices, 1)], id=id)

    @property
    def selected(self) -> list[str]:
        """The chosen choices, in the order shown."""
        return [choice for choice in self.choices if choice in self.chosen]

    def toggle(self, choice: str) -> None:
        if self.disabled:
            return
        self.chosen ^= {choice}
        index = self.choices.index(choice)
        self.replace_option_prompt_at_index(index, _ticked(index + 1, choice, choice in self.chosen))

    def action_toggle_number(self, number: int) -> None:
        if 1 <= number <= len(self.choices):
            self.highlighted = number - 1
            self.toggle(self.choices[number - 1])

    def action_toggle_highlighted(self) -> None:
        if self.highlighted is not None:
            self.toggle(self.choices[self.highlighted])

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.toggle(self.choices[event.option_index])

    def action_submit(self) -> None:
        if not self.disabled:
            chosen = self.selected
            self.post_message(AnswerSubmitted(chosen, incomplete="" if chosen else "Nothing is chosen."))

    def seal(self) -> None:
        self.disabled = True


class ShortAnswerInput(Vertical):
    """A typed answer: enter checks (an empty answer means "I don't know")."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Type your answer, then press enter", id="typed")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(event.value))

    def seal(self) -> None:
        self.query_one(Input).disabled = True

    def focus_answer(self) -> None:
        self.query_one(Input).focus(scroll_visible=False)


class NumericInput(Horizontal):
    """A number: the box takes digits and separators only (letters too when the question has
    units), with the first unit beside it; enter checks, empty means "I don't know"."""

    NUMBER_CHARACTERS = r"[-+−0-9.,eE \u00a0\u202f'’]*"

    def __init__(self, units: tuple[str, ...]) -> None:
        super().__init__(classes="numeric-row")
        self.units = units

    def compose(self) -> ComposeResult:
        restrict = None if self.units else self.NUMBER_CHARACTERS
        yield Input(placeholder="Type a number, then press enter", id="typed", restrict=restrict)
        if self.units:
            yield Label(literal(self.units[0]), classes="unit")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(event.value))

    def seal(self) -> None:
        self.query_one(Input).disabled = True

    def focus_answer(self) -> None:
        self.query_one(Input).focus(scroll_visible=False)


class ClozeAnswer(Vertical):
    """A passage with numbered blanks and one input per blank; enter moves on, the last checks."""

    def __init__(self, segments: list[str | int], blanks: int) -> None:
        super().__init__()
        self.segments = segments
        self.blanks = blanks

    def compose(self) -> ComposeResult:
        from textual.content import Content

        pieces = [
            literal(part) if isinstance(part, str) else Content.styled(f"[{part + 1}]____", "bold $accent")
            for part in self.segments
        ]
        yield Static(Content.assemble(*pieces), classes="passage")
        for number in range(1, self.blanks + 1):
            with Horizontal(classes="blank-row"):
                yield Label(f"{number}.", classes="blank-label")
                yield Input(placeholder=f"blank {number}", id=f"blank-{number}")

    @on(Input.Submitted)
    def _next_or_submit(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.post_message(AnswerSubmitted([field.value for field in inputs]))

    def seal(self) -> None:
        for field in self.query(Input):
            field.disabled = True

    def focus_answer(self) -> None:
        self.query(Input).first().focus(scroll_visible=False)


def _choose_one(question: Any, rng: random.Random) -> Widget:
    choices = list(question.choices)
    if question.shuffle:
        rng.shuffle(choices)
    return ChoiceAnswer(choices)


def _choose_several(question: Any, rng: random.Random) -> Widget:
    choices = list(question.choices)
    if question.shuffle:
        rng.shuffle(choices)
    return MultiSelectAnswer(choices)


def _put_in_order(question: Any, rng: random.Random) -> Widget:
    items = list(question.items)
    while len(items) > 1 and items == list(question.items):
        rng.shuffle(items)  # never show the right order as the starting order
    return OrderingAnswer(items)


def _match(question: Any, rng: random.Random) -> Widget:
    lefts = [pair.left for pair in question.pairs]
    options = list(question.options)
    rng.shuffle(lefts)
    rng.shuffle(options)
    return MatchingAnswer(lefts, options)


@dataclass(frozen=True)
class AnswerKind:
    """How the quiz asks one kind: its widget, and the keys that answer it."""

    build: Callable[[Any, random.Random], Widget]
    hint: str


ANSWER_WIDGETS: dict[str, AnswerKind] = {
    "multiple_choice": AnswerKind(_choose_one, "number key, or ↑↓ and enter"),
    "multi_select": AnswerKind(_choose_several, "space or number toggles · enter checks"),
    "true_false": AnswerKind(lambda _question, _rng: ChoiceAnswer(["True", "False"]), "t / f, or 1 / 2"),
    "short_answer": AnswerKind(lambda _question, _rng: ShortAnswerInput(), "enter checks · empty means “I don't know”"),
    "cloze": AnswerKind(
        lambda question, _rng: ClozeAnswer(question.segments(), len(question.blanks)),
        "enter goes to the next blank, then checks",
    ),
    "ordering": AnswerKind(_put_in_order, "shift+↑↓ moves · or type the letters in order · enter checks"),
    "matching": AnswerKind(_match, "↑↓ item · number picks its match · enter checks"),
    "numeric": AnswerKind(
        lambda question, _rng: NumericInput(question.units), "enter checks · empty means “I don't know”"
    ),
}
"""The TUI's one table of kinds (the facts every layer shares are in quizapp.domain.kinds)."""


def answer_widget_for(question: Any, rng: random.Random) -> Widget:
    """The widget that asks `question`, its options in an order drawn from `rng`."""
    kind = ANSWER_WIDGETS.get(question.kind)
    if kind is None:
        raise ValueError(f"no answer widget for kind {question.kind!r}")
    return kind.build(question, rng)


def answer_hint(kind: str) -> str:
    """The keys that answer a question of `kind` ('' for an unknown kind)."""
    known = ANSWER_WIDGETS.get(kind)
    return known.hint if known is not None else ""
