"""Limits on what a bank, results or import file may hold, checked before its data is used.

A file is read by a parser and then by code that walks what it built; either can be made to spin for
half a minute or overflow the stack by a file a few kilobytes long (a table header 1,000 keys deep, a
number of 5,000 digits). Every such file gets one located, one-line problem here instead, in well
under a second, and nothing else in the file is looked at. The limits sit far above anything a real
bank or results file holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 16
"""Tables and arrays inside each other. A bank needs 4 (questions > question > pairs > pair)."""
MAX_DIGITS = 40
"""Digits in one number. Bank and results numbers are counts, scores and times: 40 digits is 10^40."""
MAX_STRING = 100_000
"""Characters in one piece of text: a prompt, an explanation, a quoted passage, a name."""
MAX_ITEMS = 50_000
"""Elements of one array or keys of one table: more questions than a 16 MiB bank can hold."""
MAX_SEPARATORS = 1_000_000
"""Commas and line ends in one file, counted before parsing: a parser's time grows with the values it
builds, and a million is 1.5 times what a bank of 40,000 questions has."""

_LONG_NUMBER = re.compile(rf"(?<![\w.])[+-]?[0-9][0-9_]{{{MAX_DIGITS},}}")


@dataclass(frozen=True)
class Excess:
    """Where a file passes a limit: a path into its data (keys and positions), and what is wrong in words.
    `offset` is a character offset into the text when the data could not be built at all."""

    message: str
    path: tuple[str | int, ...] = ()
    offset: int | None = None


def data_excess(data: Any) -> Excess | None:
    """The first place where parsed data passes a limit, or None. Iterative: no depth can break it."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict | list):
            if len(path) >= MAX_DEPTH:
                return Excess(f"tables or arrays nested more than {MAX_DEPTH} deep", path)
            if len(value) > MAX_ITEMS:
                return Excess(f"{len(value):,} entries in one place; at most {MAX_ITEMS:,}", path)
            items = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend((item, (*path, key)) for key, item in reversed(list(items)))
            if isinstance(value, dict):
                long_key = next((key for key in value if isinstance(key, str) and len(key) > MAX_STRING), None)
                if long_key is not None:
                    return Excess(f"a key of {len(long_key):,} characters; at most {MAX_STRING:,}", path)
        elif isinstance(value, str) and len(value) > MAX_STRING:
            return Excess(f"text of {len(value):,} characters; at most {MAX_STRING:,}", path)
        elif isinstance(value, int) and not isinstance(value, bool) and _digits(value) > MAX_DIGITS:
            return Excess(f"a number of more than {MAX_DIGITS} digits", path)
    return None


def _digits(number: int) -> int:
    """Digits of `number`, counted without converting it to text (which Python refuses past 4,300 digits)."""
    return int(abs(number).bit_length() * 0.30103) + 1


def long_number(text: str) -> Excess | None:
    """The first number written with more than MAX_DIGITS digits, found in the text itself: a parser that
    refuses such a number (Python's int() past 4,300 digits) cannot say where it was."""
    match = _LONG_NUMBER.search(text)
    if match is None:
        return None
    digits = sum(char.isdigit() for char in match.group())
    return Excess(f"a number of {digits:,} digits; at most {MAX_DIGITS}", offset=match.start())


def too_many_values(text: str) -> Excess | None:
    """Whether the text holds more values than is worth parsing: counted at C speed, before any parser."""
    if text.count(",") + text.count("\n") <= MAX_SEPARATORS:
        return None
    matches = re.finditer(r"[,\n]", text)
    for _ in range(MAX_SEPARATORS):
        next(matches)
    offset = next(matches).start()
    return Excess(f"more than {MAX_SEPARATORS:,} values and lines; split it into several files", offset=offset)


def key_offset(text: str, path: tuple[str | int, ...]) -> int:
    """Where the last key of `path` is first written in a TOML text (0 when it cannot be found): a locator
    that costs one regular-expression search, for files too odd to be worth indexing."""
    key = next((part for part in reversed(path) if isinstance(part, str)), None)
    if key is None:
        return 0
    name = re.escape(key)
    found = re.search(rf"(?m)^[ \t]*(?:\[\[?[^\]\n]*?\b{name}\b|\"?{name}\"?[ \t]*=)", text)
    return 0 if found is None else found.start() + len(found.group()) - len(found.group().lstrip())


def too_deep(text: str, *, toml: bool) -> Excess | None:
    """The first place the text nests brackets, or (in TOML) names a key, more than MAX_DEPTH deep."""
    for offset, depth in _depths(text, toml=toml):
        if depth > MAX_DEPTH:
            return Excess(f"tables or arrays nested more than {MAX_DEPTH} deep", offset=offset)
    return None


def _depths(text: str, *, toml: bool) -> Iterator[tuple[int, int]]:
    """(offset, depth) at each opening bracket, and at each dot of a TOML key, outside strings and comments."""
    depth = 0
    dots = 0  # key parts so far on this line (TOML: a.b.c = 1, [a.b.c])
    in_value = False  # TOML: past the '=' of a key, or inside a header's brackets
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index, toml=toml)
            continue
        if char == "#" and toml:
            newline = text.find("\n", index)
            index = length if newline < 0 else newline
            continue
        if char == "\n":
            dots, in_value = 0, False
        elif char in "[{":
            depth += 1
            yield index, depth + dots
        elif char in "]}":
            depth = max(0, depth - 1)
        elif toml and char == "=" and depth == 0:
            in_value = True
        elif toml and char == "," and depth > 0:
            dots = 0  # the next key of an inline table
        elif toml and char == "." and (depth > 0 or not in_value) and text[index - 1] not in "0123456789":
            dots += 1  # a dot outside strings that follows no digit: one more part of a dotted key
            yield index, depth + dots
        index += 1


def _string_end(text: str, start: int, *, toml: bool) -> int:
    """The offset just past the string that opens at `start` (to the end of the text if it never closes)."""
    quote = text[start]
    if toml and text.startswith(quote * 3, start):
        end = text.find(quote * 3, start + 3)
        if end < 0:
            return len(text)
        end += 3
        while end < len(text) and text[end] == quote:  # up to two quotes may end a multi-line string
            end += 1
        return end
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\" and (quote == '"' or not toml):
            index += 2
            continue
        if char == quote or (toml and char == "\n"):
            return index + 1
        index += 1
    return len(text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
