"""`?`: what every key does, the current screen's keys first, and how quizapp decides when a question comes back."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HOME = """\
## Home
| key | does |
|---|---|
| ↑ ↓ | choose a bank |
| enter | study: what is due, then new questions (up to the daily limit) |
| p | practice every question of the bank (the schedule is not changed) |
| e | exam: a fixed set, feedback at the end, a score out of 100 |
| s | statistics |
| r | reload the banks from disk |
"""

QUIZ = """\
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
soon the question comes back (each key shows when). **u** takes the answer back. **f** flags the question
as wrong or unclear, with a note for your teacher (also in the exam review, by number). **escape** ends
the session and shows the summary.
"""

SCHEDULING = """\
## When questions come back
quizapp schedules each question with FSRS, a spaced-repetition model: it predicts when you would be about
to forget an answer and asks just before. A question you had learnt and get wrong comes back later in the
same study session; one missed on its first showing, in the next session (its answer is its first lesson). A
right answer to a question whose answer is among the options is rated good at most; easy is for answers
you type or put together, quicker than you usually are. Practice and exams do not change the schedule.
"""

ANYWHERE = """\
## Anywhere
**?** this help · **ctrl+p** commands and themes · **q** or **ctrl+q** quit (answers are saved as you go)
"""

SECTIONS: dict[str, tuple[str, ...]] = {
    "home": (HOME, QUIZ, SCHEDULING, ANYWHERE),
    "quiz": (QUIZ, SCHEDULING, HOME, ANYWHERE),
}
"""The help of each screen, its own keys first."""


def help_text(screen: str = "home") -> str:
    """The help in Markdown, the keys of `screen` ('home', 'quiz', ...) first."""
    return "# quizapp help\n\n" + "\n".join(SECTIONS.get(screen, SECTIONS["home"]))


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "dismiss", "Close help")]

    def __init__(self, screen: str = "home") -> None:
        super().__init__()
        self.topic = screen
        """Whose keys come first: the screen help was asked from."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(help_text(self.topic))

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(result)
