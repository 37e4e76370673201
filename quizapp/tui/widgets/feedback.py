"""What the student sees after answering: the verdict, their answer against the right one,
the explanation, the source excerpt; and the line saying how the scheduler will bring the
question back."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quizapp.text import short_interval
from quizapp.tui.text import literal

if TYPE_CHECKING:  # the first screen imports neither
    from quizapp.domain.grading import GradeResult
    from quizapp.session import AnswerOutcome


def mark(result: GradeResult) -> Content:
    """✓ right, ◐ partly right, ✗ wrong: the same symbols wherever a result is shown (and without colour)."""
    if result.correct:
        return Content.styled("✓", "bold $success")
    if result.score > 0:
        return Content.styled("◐", "bold $warning")
    return Content.styled("✗", "bold $error")


def verdict(result: GradeResult) -> Content:
    if result.correct:
        return Content.styled("✓ Right", "bold $success")
    if result.score > 0:
        return Content.styled(f"◐ Partly right ({round(result.score * 100)}%)", "bold $warning")
    return Content.styled("✗ Not right", "bold $error")


def comparison(result: GradeResult) -> Content:
    """Your answer against the right one; each part marked when the answer has parts."""
    if result.parts:
        lines = []
        for part in result.parts:
            mark = Content.styled("✓ ", "$success") if part.correct else Content.styled("✗ ", "$error")
            line = Content.assemble(mark, literal(part.label), ": ", literal(part.given or "—"))
            if not part.correct:
                line = Content.assemble(line, Content.styled("  → ", "$text-muted"), literal(part.expected, "bold"))
            lines.append(line)
        return Content("\n").join(lines)
    given = Content.assemble(Content.styled("Your answer: ", "$text-muted"), literal(result.given or "—"))
    if result.correct:
        return given
    expected = Content.assemble(Content.styled("Answer:      ", "$text-muted"), literal(result.expected, "bold"))
    return Content("\n").join([given, expected])


def schedule_line(outcome: AnswerOutcome, now: datetime, width: int = 80) -> Content:
    """That the answer is saved, its rating and why, and the keys that change it, each with when the
    question would come back ("1 again 1m · 2 hard 6m · 3 good 10m · 4 easy 8d"); u undoes the answer,
    f flags the question.

    Shown by the quiz screen below its scrolling body, so the keys stay in view on a long feedback.
    The keys are packed into lines of `width` characters without splitting one (at 60 columns the
    rating keys take one line and undo and flag the next). Practice and exam answers change no
    schedule: nothing to re-rate.
    """
    if not outcome.rescheduled:
        return Content.assemble(
            Content.styled("Saved. ", "$text-muted"),
            f"{outcome.review.rating.label.capitalize()} — {outcome.reason}. ",
            Content.styled("Practice leaves the schedule as it is.", "$text-muted"),
            "\n",
            _packed([Content.styled(key, "$text-muted") for key in ("enter next", "u undo", "f flag")], width),
        )
    keys = [Content.styled("Change it:", "$text-muted")]
    for rating, due in outcome.next_due.items():
        choice = f"{int(rating)} {rating.label} {short_interval((due - now).total_seconds())}"
        keys.append(Content.styled(choice, "bold reverse") if rating == outcome.rating else Content(choice))
    keys += [Content.styled("u undo", "$text-muted"), Content.styled("f flag", "$text-muted")]
    back = " Back later in this session." if outcome.returns else ""
    return Content.assemble(
        Content.styled("Saved. ", "$text-muted"),
        "Rated ",
        Content.styled(outcome.rating.label, "bold"),
        f": {outcome.reason}.{back}",
        "\n",
        _packed(keys, width),
    )


def _packed(keys: list[Content], width: int) -> Content:
    """`keys` joined by " · " in lines of at most `width` cells, a key never split over two lines
    (the first key, a label such as "Change it:", is followed by a space only)."""
    lines: list[Content] = []
    line = Content("")
    for index, key in enumerate(keys):
        glue = "" if not line.cell_length else (" " if index == 1 and keys[0].plain.endswith(":") else " · ")
        if line.cell_length and line.cell_length + len(glue) + key.cell_length > width:
            lines.append(line)
            line, glue = Content(""), ""
        line = Content.assemble(line, Content.styled(glue, "$text-muted"), key)
    lines.append(line)
    return Content("\n").join(lines)


class FeedbackPanel(Vertical):
    """Filled in by the quiz screen once the answer is saved."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="comparison")
        yield Static(id="note")
        yield Static(id="explanation")
        yield Static(id="source")

    def show(self, outcome: AnswerOutcome, *, bank_source: str | None) -> None:
        result = outcome.result
        self.query_one("#verdict", Static).update(verdict(result))
        self.query_one("#comparison", Static).update(comparison(result))
        note = self.query_one("#note", Static)
        note.update(literal(result.note) if result.note else "")
        note.display = bool(result.note)
        self.query_one("#explanation", Static).update(literal(outcome.question.explanation))
        source = self.query_one("#source", Static)
        excerpt = outcome.question.source
        if excerpt:
            cite = literal(f"  — {bank_source}", "$text-muted") if bank_source else Content("")
            source.update(Content.assemble(literal(f"“{excerpt}”", "italic"), cite))
        source.display = bool(excerpt)
