"""Whether a number is counted out beside it: "two mountains, called Wright Mons and Piccard Mons".

A cloze on such a number is answered by counting the names the sentence lists right after it,
so it tests nothing. The list is the first run of capitalised names after the number, joined by
commas and a final "and"; when it holds as many names as the number says, the number is counted.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)*"
_LIST = re.compile(rf"(?P<items>{_NAME}(?:,[ ]{_NAME})*,?[ ]and[ ]{_NAME})")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MAX_COUNTED = 10


def counted_beside(after: str, value: str) -> bool:
    """Whether the text after a number (`value`, "2" or "two") lists exactly that many names."""
    number = _WORD_NUMBERS.get(value.lower()) if not value.isdigit() else int(value)
    if number is None or not 2 <= number <= MAX_COUNTED:
        return False
    found = _LIST.search(after)
    if found is None:
        return False
    items = re.split(r",[ ](?:and[ ])?|[ ]and[ ]", found.group("items"))
    return len(items) == number
