"""What the student sees after answering: the verdict, their answer against the right one,
the explanation, the source excerpt; and the line saying how the scheduler will bring the
question back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quizapp.text import describe_interval
from quizapp.tui.text import literal

RATING_KEYS = "1 again · 2 hard · 3 good · 4 easy"


def mark(result: Any) -> Content:
    """✓ right, ◐ partly right, ✗ wrong: the same symbols wherever a result is shown (and without colour)."""
    if result.correct:
        return Content.styled("✓", "bold $success")
    if result.score > 0:
        return Content.styled("◐", "bold $warning")
    return Content.styled("✗", "bold $error")


def verdict(result: Any) -> Content:
    if result.correct:
        return Content.styled("✓ Right", "bold $success")
    if result.score > 0:
        return Content.styled(f"◐ Partly right ({round(result.score * 100)}%)", "bold $warning")
    return Content.styled("✗ Not right", "bold $error")


def comparison(result: Any) -> Content:
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


def schedule_line(rating: Any, due: datetime, now: datetime) -> Content:
    """That the answer is saved, the rating, when the question comes back, and the keys to change it.

    Shown by the quiz screen below its scrolling body, so the keys stay in view on a long feedback.
    """
    when = describe_interval((due - now).total_seconds())
    return Content.assemble(
        Content.styled("Saved. ", "$text-muted"),
        "Rated ",
        Content.styled(rating.label, "bold"),
        f": back {when}." if when != "now" else ": back in a moment.",
        "\n",
        Content.styled(f"Change it: {RATING_KEYS}", "$text-muted"),
    )


class FeedbackPanel(Vertical):
    """Filled in by the quiz screen once the answer is saved."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="comparison")
        yield Static(id="note")
        yield Static(id="explanation")
        yield Static(id="source")

    def show(self, outcome: Any, *, bank_source: str | None) -> None:
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
