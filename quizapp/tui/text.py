"""Teacher-written text is content, never markup: `[red]` in a prompt is shown as typed."""

from __future__ import annotations

from textual.content import Content

from quizapp.text import displayable


def literal(text: str, style: str = "") -> Content:
    """Content that shows `text` exactly, brackets, backslashes and all; control characters shown, not obeyed.

    Every piece of file text on a screen comes through here (or `one_line`), styled with `style` if given."""
    return Content.styled(displayable(text), style) if style else Content(displayable(text))


def one_line(text: str) -> str:
    """Collapse line breaks for places that show a single line (list options)."""
    return " ".join(displayable(text).split())
