"""Where each kind of time cue may be in an article: the words every cue of that kind holds.

The timeline's `CueIndex` looks for each kind's anchors once over the text, then runs a kind's
full pattern (which ignores case and is tried at every position) only on the sentences holding
one of its anchors. An anchor found where no cue is costs one more search of one sentence; a
cue without its anchor would be lost, so every anchor is a word the kind's pattern requires.
Plain words are found with `str.find`, years by their digits and month names by their capital
(capitals are few): a pattern opening with a word boundary or with an alternation of lowercase
words is tried at every position of the text, several times slower.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import WEEKDAYS

_YEAR_ANCHOR = lazy_compile(r"(?:19|20)\d\d")
"""A year cue's year, looked for once over the lowercased text by its digits (a faster scan than for the
words before it)."""
_WORD_LED_ANCHORS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "around": (
        ("hours", "minutes", "days", "weeks", "shortly", "just", "moments"),
        lazy_compile(r"(?:hours|minutes|days|weeks|shortly|just|moments)\s+(?:\w+\s+)?(?:before|after)"),
    ),
    "period": (("last", "this", "next"), lazy_compile(r"(?:last|this|next)\s+(?:week|month|year)")),
}
"""What every cue of these kinds holds, opening with one of its words: a relative cue ("hours before the
call") holds its unit and its direction. Each opening word is found with `str.find` and the pattern tried
only there: a scan for a pattern opening with an alternation tries every position of the text."""
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
_CAPITALISED_MONTH = lazy_compile(
    r"(?:J(?i:anuary|une|uly)|F(?i:ebruary)|M(?i:arch|ay)|A(?i:pril|ugust)|S(?i:eptember)|O(?i:ctober)"
    r"|N(?i:ovember)|D(?i:ecember))\b"
)
"""A month cue's name, capitalised ("may" is a verb), in the text as written: capitals are few, so this
scan is faster than one `str.find` per month."""
_WEEKDAY_STEMS = tuple(day.removesuffix("day") for day in WEEKDAYS)
_WEEKDAY_STEMS_BY_LAST_LETTER = {
    letter: tuple(stem for stem in _WEEKDAY_STEMS if stem.endswith(letter))
    for letter in {s[-1] for s in _WEEKDAY_STEMS}
}
"""The weekdays' stems ("mon", "tues") by their last letter: the letter before a "day" names the few to try."""
_SPACE_DIGIT = lazy_compile(r"\s+\d")
_DAY_WORD = lazy_compile(r"day\b")


def _literal_starts(lowered: str, word: str) -> list[int]:
    starts = []
    position = lowered.find(word)
    while position >= 0:
        starts.append(position)
        position = lowered.find(word, position + 1)
    return starts


def _word_led_starts(lowered: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> list[int]:
    """Where `pattern.finditer(lowered)` finds its matches, tried only where one of its opening `words` is."""
    starts = []
    end = 0  # matches do not overlap: an opening word inside the last match opens none
    for start in sorted(start for word in words for start in _literal_starts(lowered, word)):
        if start >= end and (match := pattern.match(lowered, start)) is not None:
            starts.append(start)
            end = match.end()
    return starts


def anchor_starts(text: str, lowered: str) -> dict[str, list[int]]:
    """Where a cue of each kind may be: every cue holds its kind's anchor (a month or weekday cue a
    capitalised name: "may" is a verb), so a sentence without one is not searched for that kind."""
    found = {kind: _word_led_starts(lowered, *anchor) for kind, anchor in _WORD_LED_ANCHORS.items()}
    found["year"] = [match.start() for match in _YEAR_ANCHOR.finditer(lowered)]
    for kind, words in _LITERAL_ANCHORS.items():
        found[kind] = [start for word in words for start in _literal_starts(lowered, word)]
    found["weekday"] = [
        start
        for match in _DAY_WORD.finditer(lowered)
        for stem in _WEEKDAY_STEMS_BY_LAST_LETTER.get(lowered[match.start() - 1 : match.start()], ())
        if (start := match.start() - len(stem)) >= 0 and lowered.startswith(stem, start) and text[start].isupper()
    ]
    months = list(_CAPITALISED_MONTH.finditer(text))
    found["month"] = [match.start() for match in months]
    found["date"] = [match.start() for match in months if _SPACE_DIGIT.match(text, match.end())]
    return found
