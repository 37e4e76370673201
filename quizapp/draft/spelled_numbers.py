"""A number written in words is one number, however many words it takes: "twenty-one", "forty five", "three hundred".

The fact finder reads number words one at a time, so "twenty-one" gave an element "twenty" (20), and a
cloze blanked it inside the word: "So far, {{twenty|20}}-one people were hurt", which asks for half of
what the article says and whose answer, 20, is wrong. English writes a number in words as tens joined to
units by a hyphen or a space ("twenty-one", "forty five"), a count before a scale word ("three hundred",
"two thousand") and, after a scale word, the rest of the number, often after "and" ("one hundred and
twenty"). A question on such a number asks for all of it, with its digits as the other accepted answer.
An ordinal ("twenty-first") has no plain digit form to give, and is not asked at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.facts import Element
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NUMBER_WORDS

_PARTS = {word: value for word, value in NUMBER_WORDS.items() if word not in {"dozen", "zero", "million", "billion"}}
"""The words of a number written whole. "Million" and "billion" stay out: news writes them as the unit after a
count ("two million", as "2 million"), and a question blanks the count and shows the unit, as for digits."""
_SCALES = frozenset({"hundred", "thousand"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "hundredth",
     "thousandth"}
)  # fmt: skip
_WORD_AFTER = lazy_compile(r"(-|[ ]and[ ]|[ ])([A-Za-z]+)\b")
_WORD_BEFORE = lazy_compile(r"\b([A-Za-z]+)(-|[ ]and[ ]|[ ])$")
_REACH = 20
"""How far before a number word the word joined to it may start: a number word and its joint are shorter."""


def whole_spelled_number(text: str, element: Element) -> Element | None:
    """The number `element` is part of, written whole: itself when it stands alone or in digits, the longer
    number in words around it ("twenty-one", value 21, digits "21" as the other answer), or None when it is
    part of an ordinal ("twenty-first"), which no digit answer can stand for."""
    if element.kind != "number" or element.text.lower() not in _PARTS:
        return element
    start, end = element.start, element.end
    last = element.text.lower()
    while (after := _WORD_AFTER.match(text, end)) is not None:
        word = after.group(2).lower()
        if word in _ORDINALS or (word.endswith("th") and word[:-2] in _PARTS):
            return None  # "twenty-first", "twenty-fifth": a place in an order
        if word not in _PARTS or not _joins(last, after.group(1), word):
            break
        end, last = after.end(), word
    first = element.text.lower()
    while (before := _WORD_BEFORE.search(text, max(0, start - _REACH), start)) is not None:
        word = before.group(1).lower()
        if word not in _PARTS or not _joins(word, before.group(2), first):
            break
        start, first = before.start(), word
    if (start, end) == (element.start, element.end):
        return element
    value = _value(re.findall(r"[A-Za-z]+", text[start:end].lower()))
    if value is None:
        return None
    digits = f"{value:,}"
    alternatives = (digits,) if digits == str(value) else (digits, str(value))
    return replace(element, text=text[start:end], start=start, end=end, alternatives=alternatives, value=str(value))


def within_a_longer_number(text: str, element: Element) -> bool:
    """Whether the number word `element` is only a piece of a number written in words ("twenty" of
    "twenty-one"): swapped or blanked alone, it changes half a number."""
    whole = whole_spelled_number(text, element)
    return whole is None or (whole.start, whole.end) != (element.start, element.end)


def _joins(left: str, joint: str, right: str) -> bool:
    """Whether two number words make one number with `joint` between them: tens and units ("twenty-one",
    "forty five"), a count and its scale ("three hundred"), a scale and the rest ("hundred and twenty")."""
    left_value, right_value = _PARTS[left], _PARTS[right]
    if right in _SCALES:
        return joint == " " and (left not in _SCALES or (left, right) == ("hundred", "thousand"))
    if left in _SCALES:
        return joint in (" ", " and ") and right_value < left_value
    if joint == " and ":
        return False
    return 20 <= left_value <= 90 and left_value % 10 == 0 and 1 <= right_value <= 9


def _value(words: list[str]) -> int | None:
    """The value of number words in English order ("three hundred and twenty one" -> 321), or None."""
    total, current = 0, 0
    for word in words:
        if word == "and":
            continue
        value = _PARTS.get(word)
        if value is None:
            return None
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current
