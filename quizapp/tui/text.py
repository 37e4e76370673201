"""Teacher-written text is content, never markup: `[red]` in a prompt is shown as typed."""

from __future__ import annotations

from textual.content import Content


def literal(text: str) -> Content:
    """Content that shows `text` exactly, brackets, backslashes and all."""
    return Content(text)


def one_line(text: str) -> str:
    """Collapse line breaks for places that show a single line (list options)."""
    return " ".join(text.split())


KIND_LABELS = {  # what each kind asks the student to do: the quiz and the draft review both show it
    "multiple_choice": "Choose one",
    "multi_select": "Choose all that apply",
    "true_false": "True or false?",
    "short_answer": "Type the answer",
    "cloze": "Fill in the blanks",
    "ordering": "Put in order",
    "matching": "Match each item",
}
