"""Whether a number is counted out beside it: "two mountains, called Wright Mons and Piccard Mons".

A cloze on such a number is answered by counting the names the sentence lists right after it,
so it tests nothing. The list is the first run of capitalised names (each may open with "the")
after the number, joined by commas and a final "and"; when it holds as many names as the number
says, the number is counted.
The same holds for things counted out one by one ("two incidents, one was a red, one was a
yellow"), and for one end of a rough range ("{{two}} or three chances", "four to five weeks"):
the student guesses it from the other end, and the article said no one number.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile

_NAME = r"(?:the[ ])?[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)*"
"""A listed name, with the article bodies and rivers take ("the Avon, the Severn and the Wye")."""
_LIST = lazy_compile(rf"(?P<items>{_NAME}(?:,[ ]{_NAME})*,?[ ]and[ ]{_NAME})")
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MAX_COUNTED = 10
_LIST_REACH = 600
"""How far after the number its list is read: ten names of a few words each. Searched further, a sentence of
thousands of capitalised words joined by commas costs the square of its length (2.7 s on 30 KB)."""


def counted_beside(after: str, value: str) -> bool:
    """Whether the text after a number (`value`, "2" or "two") lists exactly that many names."""
    number = _WORD_NUMBERS.get(value.lower()) if not value.isdigit() else int(value)
    if number is None or not 2 <= number <= MAX_COUNTED:
        return False
    found = _LIST.search(after, 0, _LIST_REACH)
    if found is None:
        return False
    items = re.split(r",[ ](?:and[ ])?|[ ]and[ ]", found.group("items"))
    return len(items) == number


_ONE_BY_ONE = lazy_compile(r"\b(?:one|another|the other|the second|the third)\b", re.IGNORECASE)
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"
_RANGE_AFTER = lazy_compile(
    rf"\s*(?:(?:or|to|and|-|–)\s*(?:\d|(?:{_SMALL})\b)|and\s+a\s+(?:half|quarter)\b)", re.IGNORECASE
)
_RANGE_BEFORE = lazy_compile(rf"(?:\d|\b(?:{_SMALL}))\s*(?:or|to|-|–)\s*$", re.IGNORECASE)


def counted_one_by_one(after: str, value: str) -> bool:
    """Whether the words after a small number (two or three) go through its items one by one: "one ..., one ..."."""
    number = _WORD_NUMBERS.get(value.lower()) if not value.isdigit() else int(value)
    return number in {2, 3} and len(_ONE_BY_ONE.findall(after)) >= number


def end_of_a_range(before: str, after: str) -> bool:
    """Whether the number is one end of a rough range ("two or three", "four to five", "6-8") or the whole part
    of a fraction written out ("two and a half"): blanked, it is half of what the article says."""
    return bool(_RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before[-20:]))


_SPAN_OF_TIMES = lazy_compile(
    r"^\s*hours?\b.*\bfrom\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b.*\b(?:to|until|till)\s+\d", re.IGNORECASE
)


def hours_between_times(after: str) -> bool:
    """Whether a number of hours is followed by the clock times it spans ("{{24}} hours from 6 am to 6 am the next
    day"): the student works the blank out from them."""
    return _SPAN_OF_TIMES.match(after) is not None
