"""Small wording helpers shared by the command line and the app."""

from __future__ import annotations


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 question', '3 questions'."""
    word = noun if count == 1 else (plural_form or noun + "s")
    return f"{count} {word}"
