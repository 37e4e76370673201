"""`?`: what every key does, and how quizapp decides when a question comes back."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# quizapp help

## Home
| key | does |
|---|---|
| ↑ ↓ | choose a bank |
| enter | study: what is due, then new questions |
| p | practice every question of the bank |
| e | exam: a fixed set, feedback at the end, a score out of 100 |
| s | statistics |
| r | reload the banks from disk |

## Answering
| kind | keys |
|---|---|
| multiple choice | a number, or ↑ ↓ and enter, or click |
| true / false | t or f (or 1 / 2) |
| several answers | space or a number toggles; enter checks |
| typed answer | type, then enter; an empty answer means "I don't know" |
| fill in the blanks | enter moves to the next blank, then checks |
| put in order | shift+↑ ↓ moves the chosen item; or type the letters in order; enter checks |
| match | ↑ ↓ picks an item, a number picks its match; enter checks |

## After an answer
Your answer is already saved. **enter** goes on. **1** again, **2** hard, **3** good, **4** easy change how
soon the question comes back. **escape** ends the session and shows the summary.

## When questions come back
quizapp schedules each question with FSRS, a spaced-repetition model: it predicts when you would be about
to forget an answer and asks just before. A wrong answer comes back soon; a right and quick one waits longer.

## Anywhere
**?** this help · **ctrl+p** commands and themes · **q** or **ctrl+q** quit (answers are saved as you go)
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "dismiss", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(result)
