"""A pattern around words of the article (a place, a person's names), compiled once for all articles.

Some searches put the article's own words inside a pattern: "in PLACE" after a place part, a subject line
opening with one of the speaker's names. Built with `re.escape` each time, such a pattern is new in every
article and compiled afresh, and these compilations were a tenth of the time of drafting a short real
article (they also pushed the fixed patterns out of `re`'s cache). Here the words are written before the
text, each ended by a NUL, and the pattern reads them into groups and finds them again by back-reference,
`(?P=w0)`: one pattern per (before, after, number of words), whatever the words. A back-reference matches
exactly the characters of its group, as an escaped literal does, and the alternatives are tried in the
order given, so the match is the one the built pattern finds. Words holding a NUL are given to the built
pattern instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_END = "\x00"


def search_around(before: str, words: Sequence[str], after: str, text: str) -> tuple[int, int] | None:
    """The span of `re.search(before + "(?:" + "|".join(map(re.escape, words)) + ")" + after, text)`, or None.

    `before` and `after` are fixed pattern texts (no flags, no numbered groups, no `^` or `\\A`), the words tried
    in their order. A look-behind at the text's start sees the NUL ending the last word, where the built pattern
    sees nothing: the same to `(?<![\\d.,])` or `\\b`, which no NUL can satisfy."""
    return _find(before, words, after, text, anywhere=True)


def match_around(before: str, words: Sequence[str], after: str, text: str) -> tuple[int, int] | None:
    """The span of `re.match(...)` with the same pattern as `search_around`: a match at the text's start only."""
    return _find(before, words, after, text, anywhere=False)


def _find(before: str, words: Sequence[str], after: str, text: str, *, anywhere: bool) -> tuple[int, int] | None:
    if any(_END in word for word in words):
        literal = before + "(?:" + "|".join(re.escape(word) for word in words) + ")" + after
        found = re.search(literal, text) if anywhere else re.match(literal, text)
        return found.span() if found else None
    head = "".join(word + _END for word in words)
    match = _pattern(before, len(words), after, anywhere).match(head + text)
    if match is None:
        return None
    start, end = match.span("found")
    return start - len(head), end - len(head)


@functools.lru_cache(maxsize=64)
def _pattern(before: str, count: int, after: str, anywhere: bool) -> re.Pattern[str]:
    """The words read into groups w0, w1 ..., then `before`, any one of them again, and `after`; with `anywhere`,
    at the first position of the text where that matches (a lazy `.*?` tries each in turn, as a search does)."""
    groups = "".join(rf"(?P<w{number}>[^\x00]*)\x00" for number in range(count))
    alternatives = "|".join(f"(?P=w{number})" for number in range(count))
    skip = r"(?s:.*?)" if anywhere else ""
    return re.compile(rf"{groups}{skip}(?P<found>{before}(?:{alternatives}){after})")
