"""GIFT's lexical rules, shared by the reader and the writer so the two always agree.

GIFT (Moodle's "General Import Format Technology") gives `~ = # { } :` a meaning; a backslash
makes them literal (`\\~`), `\\\\` is a backslash and `\\n` a line break. Anything else after a
backslash is kept as written, as Moodle does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CLOZE_PROMPT = "Fill in the blank."
"""GIFT has only the passage: a missing-word short answer gets this prompt (and the writer leaves it out)."""
BLANK = "_____"
"""Where Moodle shows the answers of a missing-word question (Moodle writes five underscores)."""

WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d*)?)%")
"""An answer's weight: `%50%` before its text."""
TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
"""How GIFT writes a true/false answer."""


_UNESCAPED = {":": ":", "#": "#", "=": "=", "{": "{", "}": "}", "~": "~", "n": "\n", "\\": "\\"}
_ESCAPED = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""}

TEXT_FORMATS = ("moodle", "html", "plain", "markdown")
"""The `[format]` markers GIFT allows at the start of a text."""


def _unescaped_indexes(text: str, start: int, stop: int) -> Iterator[int]:
    """Indexes from `start` to before `stop` of the characters no backslash escapes (escapes are skipped whole)."""
    index = start
    while index < stop:
        if text[index] == "\\" and index + 1 < len(text) and text[index + 1] in _UNESCAPED:
            index += 2
            continue
        yield index
        index += 1


def find_unescaped(text: str, target: str, start: int = 0, end: int | None = None) -> int:
    """Index of the first `target` at or after `start` that is not escaped, or -1."""
    stop = len(text) if end is None else end
    return next(
        (i for i in _unescaped_indexes(text, start, stop) if text.startswith(target, i) and i + len(target) <= stop),
        -1,
    )


def find_all_unescaped(text: str, targets: str, start: int = 0, end: int | None = None) -> list[int]:
    """Indexes of every unescaped character of `targets` between `start` and `end`."""
    stop = len(text) if end is None else end
    return [index for index in _unescaped_indexes(text, start, stop) if text[index] in targets]


def unescape(text: str) -> str:
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _UNESCAPED:
            out.append(_UNESCAPED[text[index + 1]])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def escape(text: str) -> str:
    """Text written so that a GIFT reader gives it back unchanged (line breaks become `\\n`)."""
    return "".join(_ESCAPED.get(char, char) for char in text)


def split_format(text: str) -> tuple[str, str | None]:
    """(`text` without a leading `[format]` marker, the format) — (text, None) when there is none."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        close = stripped.find("]")
        if close > 0 and stripped[1:close] in TEXT_FORMATS:
            return stripped[close + 1 :], stripped[1:close]
    return text, None
