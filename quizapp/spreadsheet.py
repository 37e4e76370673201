"""CSV cells a spreadsheet will not run: export and the class report write text from students' hands."""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(...) in a student's name)."""
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def safe_cell(value: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; numbers (and text that is only
    a number, like '-1.00') stay numbers, None is empty."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return "" if value is None else value
