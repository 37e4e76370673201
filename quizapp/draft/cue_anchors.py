"""Where each kind of time cue may be in an article: the words every cue of that kind holds.

The timeline's `CueIndex` looks for each kind's anchors once over the text, then runs a kind's
full pattern (which ignores case and is tried at every position) only on the sentences holding
one of its anchors. An anchor found where no cue is costs one more search of one sentence; a
cue without its anchor would be lost, so every anchor is a word the kind's pattern requires.
Plain words are found with `str.find` and patterns open with plain letters or digits: a pattern
opening with a word boundary or an alternation of words is tried at every position of the text.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import WEEKDAYS

_ANCHORS: dict[str, re.Pattern[str]] = {
    kind: re.compile(words)
    for kind, words in (
        ("around", r"(?:hours|minutes|days|weeks|shortly|just|moments)\s+(?:\w+\s+)?(?:before|after)"),
        ("year", r"(?:19|20)\d\d"),
        ("period", r"(?:last|this|next)\s+(?:week|month|year)"),
    )
}
"""What every cue of these kinds holds, looked for once over the lowercased text (far faster than
ignoring case): a relative cue ("hours before the call") holds its unit and its direction, a year cue its
year (found by its digits, a faster scan than for the words before it)."""
_LITERAL_ANCHORS = {
    "weekend": ("weekend",),
    "ago": ("ago",),
    "day": ("today", "tonight", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening"),
    "after": (
        "since then", "later", "next day", "following day", "day before", "previous day", "that evening",
        "that night", "next morning",
    ),
}  # fmt: skip
"""Plain words every cue of these kinds holds, found by `str.find` (a scan for an alternation of words
tries every position); finding one more than needed only runs that kind's pattern on one more sentence."""
_MONTH_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_WEEKDAY_STEMS = tuple(day.removesuffix("day") for day in WEEKDAYS)
_SPACE_DIGIT = re.compile(r"\s+\d")
_DAY_WORD = re.compile(r"day\b")


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _literal_starts(lowered: str, word: str) -> list[int]:
    starts = []
    position = lowered.find(word)
    while position >= 0:
        starts.append(position)
        position = lowered.find(word, position + 1)
    return starts


def anchor_starts(kind: str, text: str, lowered: str) -> list[int]:
    """Where a cue of `kind` may be: every place one is holds its anchor (a month or weekday cue a
    capitalised name: "may" is a verb), so a sentence without one is not searched for that kind."""
    if kind in _ANCHORS:
        return [match.start() for match in _ANCHORS[kind].finditer(lowered)]
    if kind in _LITERAL_ANCHORS:
        return [start for word in _LITERAL_ANCHORS[kind] for start in _literal_starts(lowered, word)]
    if kind == "weekday":
        return [
            start
            for match in _DAY_WORD.finditer(lowered)
            for stem in _WEEKDAY_STEMS
            if (start := match.start() - len(stem)) >= 0 and lowered.startswith(stem, start) and text[start].isupper()
        ]
    starts = []  # "month" and "date": a capitalised month name ending a word, and for a date a day after it
    for month in _MONTH_WORDS:
        for start in _literal_starts(lowered, month):
            end = start + len(month)
            if not text[start].isupper() or (end < len(lowered) and _is_word_character(lowered[end])):
                continue
            if kind == "month" or _SPACE_DIGIT.match(lowered, end):
                starts.append(start)
    return starts
