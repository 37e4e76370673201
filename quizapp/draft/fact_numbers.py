"""The numbers a fact may ask for: counts and amounts, told apart from the numbers that are no fact to learn.

Kept apart from facts.py, which types a fact's elements and finds its places and people: most of what it takes
to find a number is saying what is not one (a score, a clock time, a year, a date's day, "Office 365", "No one"),
read from the characters around it, with the fast paths that keep this the busiest pattern of a fact. The
number's value and its other spellings ("14", "fourteen") and its unit ("$", "million") are read here too, for
the questions that blank or swap it.
"""

from __future__ import annotations

import functools
import re

from quizapp.draft.facts import Element
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NUMBER_WORDS, alternation

_NUMBER_PATTERN = (
    r"(?<![\w.,])(?<![^\W\d_]-)(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + alternation(sorted(NUMBER_WORDS, key=len, reverse=True))  # grouped by first letter: one try per position
    + r")(?![\w]|\.\d)(?:-(?P<unit_joined>[a-z]+))?"
)
"""A count or amount: never the end of a name joined by a hyphen ("Covid-19", "F-16"), nor the whole part of a
decimal whose fraction did not fit ("11.7p" is no "{{11}}.7p")."""
_NUMBER = lazy_compile(_NUMBER_PATTERN)
"""Run on the lowercased text: matching case-sensitively is three times faster than ignoring case."""
_NUMBER_ANY_CASE = lazy_compile(_NUMBER_PATTERN, re.IGNORECASE)
"""For the rare text whose lowercase is longer than itself ("İ"), where offsets would not match."""
_PRONOUN_ONE = lazy_compile(r"\b(?:no|any|some|every|as|the|this|that|each|which|only)\s+$", re.IGNORECASE)
_TIMETABLE = lazy_compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_UNIT_AFTER_DECIMAL = lazy_compile(
    r"\s*(?:%|per\s?cent|percent|points?|cents?|pence|m\b|bn\b|million|billion|kg|km|mph)"
)
_CURRENCY = frozenset("$£€¥")
_ROUND = lazy_compile(r"\blast\s+$", re.IGNORECASE)
_NOUN_AHEAD = lazy_compile(r"\s+(?!of\b)[a-z]")
_COUNTED_NOUN_AHEAD = lazy_compile(r"\s+(?:of\s+the\s+)?[a-z]+")
_NOT_COUNTED_AHEAD = lazy_compile(
    r"\s+(?:another|and|or|but|that|which|who|is|was|has|had|in|on|at|to|for|with|by|from|day)\b"
)
"""After "one": "one another", "an unlocked one and", "one day": a pronoun or a phrase, not a count."""
_SCORE = lazy_compile(r"\d[-–]$|[-–]\d")
"""A score or a range: "6-3", "15-13 ahead", "29-20 up"; one side alone is no number to learn."""
_OF_AHEAD = lazy_compile(r"\s+of\b")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_WORD_FOR = {value: word for word, value in NUMBER_WORDS.items() if value <= 90 and word not in {"dozen"}}


@functools.lru_cache(maxsize=4096)
def number_alternatives(text: str) -> tuple[str, tuple[str, ...]]:
    """'14' -> ('14', ('fourteen',)); 'three' -> ('three', ('3',)); the value identifies the number.

    Kept for the numbers seen last: an article writes the same few numbers many times ("two", "40").
    """
    lowered = text.lower().replace(",", "")
    if lowered in NUMBER_WORDS:
        value = NUMBER_WORDS[lowered]
        return str(value), (str(value),) if value < 1000 else (f"{value:,}", str(value))
    try:
        value_float = float(lowered)
    except ValueError:
        return lowered, ()
    if value_float.is_integer():
        value = int(value_float)
        alternatives = [number_in_words(value)] if 0 <= value < 1000 else []
        if value >= 10_000 and "," not in text:
            alternatives.append(f"{value:,}")
        elif "," in text:
            alternatives.append(str(value))
        return str(value), tuple(alternatives)
    return lowered, ()


def number_in_words(value: int) -> str:
    """0 <= value < 1000 in words, as a student would type it: 31 -> 'thirty-one', 250 -> 'two hundred fifty'."""
    if value < 20 or (value < 100 and value % 10 == 0):
        return _WORD_FOR[value]
    if value < 100:
        return f"{_WORD_FOR[value - value % 10]}-{_WORD_FOR[value % 10]}"
    hundreds, rest = divmod(value, 100)
    return f"{_WORD_FOR[hundreds]} hundred" + (f" {number_in_words(rest)}" if rest else "")


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WORD_BEFORE = lazy_compile(r"([A-Za-z][\w&'’-]*)\.?[ \t]+$")
_MONTH_BEFORE = lazy_compile(rf"\b(?:{_MONTH_NAMES})\.?[ \t]+$")
_MONTH_AFTER = lazy_compile(rf"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTH_NAMES})\b")
"""A month after a day, as most of the world's papers write dates ("on 14 March"): the day is no count."""


def _part_of_a_name_or_date(text: str, start: int, end: int) -> bool:
    """A number right after a capitalised word that does not open its sentence, or a month's day."""
    before = text[max(0, start - 30) : start]
    if before.endswith((" ", "\t")):
        word = _word_before(before)  # what the two searches below find, read from the end
        if word is None:
            return False
        word_start, word_end = word
        if before[word_end - 3 : word_end] in _MONTH_ENDS and any(
            before.endswith(month, 0, word_end) and _word_starts(before, word_end - len(month)) for month in _MONTHS
        ):
            return True
    elif not before.endswith("\n"):
        return False  # both searches end in `[ \t]+$`: no space before the number, no match
    else:
        if _MONTH_BEFORE.search(before):
            return True
        found = _WORD_BEFORE.search(before)
        if found is None:
            return False
        word_start = found.start()
    if not before[word_start].isupper():
        return False
    ahead = before[:word_start].rstrip(" \t")
    opens_sentence = not ahead or ahead[-1] in '.!?:\n"“”'
    return not opens_sentence


_MONTHS = _MONTH_NAMES.split("|")
_MONTH_ENDS = frozenset(month[-3:] for month in _MONTHS)
_WORD_CHARACTERS = "&'’-_"


def _word_starts(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")


def _word_before(before: str) -> tuple[int, int] | None:
    """`_WORD_BEFORE.search(before)` for a `before` ending in a space or tab: the word's start and end.

    The pattern ends in `[ \t]+$`, so the word (and an optional full stop) ends where the final
    spaces start; the search's match starts at the first ASCII letter of the run of word
    characters ending there. Read from the end, it costs the word's length, not a try at every
    position of the window.
    """
    stripped = before.rstrip(" \t")
    word_end = len(stripped) - 1 if stripped.endswith(".") else len(stripped)
    run_start = word_end
    while run_start > 0 and (before[run_start - 1].isalnum() or before[run_start - 1] in _WORD_CHARACTERS):
        run_start -= 1
    for position in range(run_start, word_end):
        if before[position] in _ASCII_LETTERS:
            return position, word_end
    return None


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


_CLOCK = lazy_compile(r"[:.]\d\d(?!\d)(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
_CLOCK_BEFORE = lazy_compile(r"\d[:.]$")
_CLOCK_BEFORE_ENDS = frozenset({":", ".", "\n"})
"""What `_CLOCK_BEFORE` can end on: its colon or full stop, or a newline its `$` stands before."""


def _may_open_a_score(character: str) -> bool:
    """Whether a score can start with this character: a dash, or a digit of any script (as `\\d` matches)."""
    return character in {"-", "–"} or character.isdecimal()


def find_numbers(text: str, start: int, end: int, lowered: str | None = None) -> list[Element]:
    """Counts and amounts in text[start:end]; `lowered` is text.lower() when the caller has it (faster)."""
    if lowered is not None and len(lowered) == len(text):
        matches = _NUMBER.finditer(lowered, start, end)
    else:
        lowered = None
        matches = _NUMBER_ANY_CASE.finditer(text, start, end)
    numbers = []
    for match in matches:
        at, number_end, match_end = match.start(), match.end("number"), match.end()  # no width before the number
        number = text[at:number_end]
        lowered_number = number.lower()
        if lowered_number in {"one", "a"} and not _COUNTED_NOUN_AHEAD.match(text, match_end, match_end + 20):
            continue
        if lowered_number == "one" and _OF_AHEAD.match(text, match_end, match_end + 5):
            continue  # "one of the largest": not a count
        if lowered_number == "one" and _NOT_COUNTED_AHEAD.match(text, match_end, match_end + 12):
            continue  # "lean on one another", "found an unlocked one and climbed in"
        if lowered_number == "one" and match.group("unit_joined") is None:
            continue  # "One landlord said": the singular noun gives the blank away; "a one-year deal" may ask
        # each pattern below is tried only where what it must start or end with is there: most numbers pass them all
        before = text[max(0, at - 2) : at]
        if (("-" in before or "–" in before) and _SCORE.search(before)) or (
            _may_open_a_score(text[match_end : match_end + 1]) and _SCORE.match(text, match_end)
        ):
            continue  # "beat Keys 6-3, 6-4": a blank in a score asks for a digit, not a fact
        if lowered_number == "one" and _PRONOUN_ONE.search(text, max(0, at - 7), at):
            continue  # "No one was killed": nobody, not a count
        if (
            (lowered is None or lowered.find("last", max(0, at - 6), at) >= 0)  # what the pattern needs, found first
            and _ROUND.search(text, max(0, at - 6), at)
            and not _NOUN_AHEAD.match(text, match_end)
        ):
            continue  # "reaching the last four": a round of the competition, not a count
        if (
            "." in number
            and _TIMETABLE.fullmatch(number)
            and not _UNIT_AFTER_DECIMAL.match(text, match_end)
            and (text[max(0, at - 1) : at] not in _CURRENCY)
        ):
            continue  # "the 18.00 Heuston/Cork service": a clock time written with a dot
        if len(number) == 4 and _YEAR.fullmatch(number):
            continue  # a year: a time cue, not a count
        if lowered_number in {"hundred", "thousand", "million", "billion", "dozen"}:
            continue  # "a million men": the count is the phrase, not the word
        if _part_of_a_name_or_date(text, at, number_end) or (
            number[:1].isdigit() and len(number) <= 2 and _MONTH_AFTER.match(text, number_end)
        ):
            continue  # "Office 365", "Galaxy S8", "May 19, 2025": not a count to learn
        if _CLOCK.match(text, number_end) or (
            text[at - 1 : at] in _CLOCK_BEFORE_ENDS and _CLOCK_BEFORE.search(text, max(0, at - 3), at)
        ):
            continue  # "4:30 p.m.", "9.15am": a time of day, whose hour alone is no number to learn
        value, alternatives = number_alternatives(number)
        numbers.append(Element("number", number, at, number_end, alternatives, value))
    return numbers


_UNIT_AFTER = lazy_compile(r"\s*(%|per\s?cent\b|[A-Za-z]+)")


def number_unit(text: str, element: Element) -> tuple[str, str]:
    """What a number counts: a currency sign before it and the word after it ("$", "million"; "", "%")."""
    sign = text[max(0, element.start - 1) : element.start]
    after = _UNIT_AFTER.match(text, element.end, element.end + 20)
    unit = after.group(1).lower().replace(" ", "") if after else ""
    return (sign if sign in "$£€¥" and sign else "", {"percent": "%", "percent.": "%"}.get(unit, unit))
