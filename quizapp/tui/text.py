"""Teacher-written text is content, never markup: `[red]` in a prompt is shown as typed."""

from __future__ import annotations

from textual.content import Content


def literal(text: str) -> Content:
    """Content that shows `text` exactly, brackets, backslashes and all."""
    return Content(text)


def one_line(text: str) -> str:
    """Collapse line breaks for places that show a single line (list options)."""
    return " ".join(text.split())
