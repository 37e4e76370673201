"""Time cues: the words that say when ("on Monday", "in late April", "hours before the call"), found sentence
by sentence for the timeline and the facts.

Finding them is its own job because it is the costly part: the patterns ignore case and try every position,
so `CueIndex` runs each kind's pattern only on sentences holding that kind's anchor word. Placing cues on the
article's timeline is `timeline.py`'s job.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quizapp.draft.cue_anchors import anchor_starts
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.records import written_at_once
from quizapp.draft.spans import Spans

_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAME = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"

_YEAR = r"(?P<year>(?:19|20)\d\d)"
AFTER_DELTA = {
    "since then": 0.05, "later that day": 0.2, "later in the day": 0.2, "that evening": 0.3, "that night": 0.4,
    "the next day": 1, "the following day": 1, "the day before": -1, "the previous day": -1, "a day later": 1,
    "days later": 3, "weeks later": 14, "hours later": 0.2, "a week later": 7, "later that week": 2,
    "the next morning": 0.9,
}  # fmt: skip
_AFTER_WORDS = "|".join(sorted(AFTER_DELTA, key=len, reverse=True))
_CUE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, lazy_compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("date", rf"\b(?:on\s+)?{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b"),
        ("around", r"\b(?P<relation>hours|minutes|days|weeks|shortly|just|moments)\s+(?:\w+\s+)?"
                   r"(?P<direction>before|after)\s+(?P<noun>the\s+(?-i:[a-z]+))"
                   rf"(?:\s+on\s+{_WEEKDAY})?"),
        ("weekend", r"\b(?:over|during|on|at|this|last)\s+(?:the\s+)?weekend\b"),
        ("weekday", rf"\b(?:(?P<which>last|this|next|on|early|late|by|until|since)\s+)?{_WEEKDAY}{_PART}\b"),
        ("month", r"\b(?:(?P<which>in|early|late|mid|by|since|until|last|this|next)[\s-]+)?"
                  rf"(?:(?P<phase>early|late|mid)[\s-]+)?{_MONTH_NAME}(?:\s+{_YEAR})?\b"),
        ("year", rf"\b(?:in|since|by|until|of)\s+{_YEAR}\b"),
        ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+ago\b"),
        ("period", r"\b(?P<which>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year)\b"),
        ("day", r"\b(?P<word>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening)\b"),
        ("after", rf"\b(?P<word>{_AFTER_WORDS})\b"),
    )
)  # fmt: skip
PATTERN_OF = dict(_CUE_PATTERNS)
_LOWERCASE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, lazy_compile(pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?-i:[a-z]+)", "[a-z]+")))
    for kind, pattern in _CUE_PATTERNS
)
"""The cue patterns for the lowercased text, matching case (three times faster than ignoring it)."""
_LOWER_WORD = lazy_compile(r"\s[a-z]+$")
_HABITUAL = lazy_compile(r"\b(?:every|each)\s+[^.,;]*$", re.IGNORECASE)


@written_at_once
@dataclass(frozen=True)
class TimeCue:
    text: str
    start: int
    end: int
    kind: str


def find_cues(text: str, start: int, end: int) -> list[TimeCue]:
    """Time cues in text[start:end], longest first where they overlap, in text order."""
    return _chosen(
        text, start, end, [(kind, list(pattern.finditer(text, start, end))) for kind, pattern in _CUE_PATTERNS]
    )


class CueIndex:
    """Time cues sentence by sentence, each kind's pattern run only on sentences holding its anchor word.

    The full patterns ignore case and try every position, which costs most of a second per MB
    when run over every sentence; the anchors are plain words found in one pass over the
    lowercased text. A sentence without a kind's anchor cannot hold a cue of that kind, so what
    is found is exactly what `find_cues` finds. Each sentence's cues are kept: the timeline and
    the facts both ask for them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self._starts: list[int] | None = None
        self._kinds: list[int] = []
        self._found: dict[tuple[int, int], list[TimeCue]] = {}
        self._lowered = lowered
        if len(lowered) == len(text):  # a few letters ("İ") lengthen when lowered: then every sentence is scanned
            starts = anchor_starts(text, lowered)
            anchors = sorted(
                (start, 1 << bit) for bit, (kind, _pattern) in enumerate(_CUE_PATTERNS) for start in starts[kind]
            )
            self._starts = [start for start, _kind in anchors]
            self._kinds = [kind for _start, kind in anchors]

    @property
    def lowered(self) -> str:
        """`text.lower()`, made once: the facts read numbers in it too."""
        return self._lowered

    def find(self, start: int, end: int) -> list[TimeCue]:
        """The cues of text[start:end] (the same list on each call: not to be changed)."""
        found = self._found.get((start, end))
        if found is None:
            found = self._found[(start, end)] = self._find(start, end)
        return found

    def find_each(self, spans: list[tuple[int, int]]) -> list[list[TimeCue]]:
        """The cues of each span as `find` gives them, in one walk along the anchors: most sentences hold none,
        and the walk passes them by with a comparison where `find` makes two binary searches and a lookup."""
        if self._starts is None:
            return [self.find(start, end) for start, end in spans]
        starts = self._starts
        count = len(starts)
        each: list[list[TimeCue]] = []
        at = 0
        last_start = -1
        for start, end in spans:
            if start < last_start:  # spans out of text order: found again by a binary search
                at = bisect.bisect_left(starts, start)
            last_start = start
            while at < count and starts[at] < start:
                at += 1
            if at == count or starts[at] >= end:
                each.append([])  # no anchor, no cue: what `find` answers
                continue
            found = self._found.get((start, end))
            if found is None:
                found = self._found[(start, end)] = self._anchored(at, bisect.bisect_left(starts, end, at), start, end)
            each.append(found)
        return each

    def _find(self, start: int, end: int) -> list[TimeCue]:
        if self._starts is None:
            return find_cues(self.text, start, end)
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end, low)
        if low == high:
            return []
        return self._anchored(low, high, start, end)

    def _anchored(self, low: int, high: int, start: int, end: int) -> list[TimeCue]:
        """The cues of text[start:end], whose anchors are those from `low` to `high`."""
        present = 0
        for bits in self._kinds[low:high]:
            present |= bits
        per_kind: list[tuple[str, list[re.Match[str]]]] = []
        bit = 0
        while present:  # only the kinds whose anchors the sentence holds, in the patterns' order
            if present & 1:
                name, pattern = _LOWERCASE_PATTERNS[bit]
                per_kind.append((name, list(pattern.finditer(self._lowered, start, end))))
            present >>= 1
            bit += 1
        return _chosen(self.text, start, end, per_kind)


def _chosen(text: str, start: int, end: int, per_kind: list[tuple[str, list[re.Match[str]]]]) -> list[TimeCue]:
    """The cues among each kind's matches: earlier kinds win overlaps; verbs and habits are not cues.

    The matches may be made in the lowercased text: what depends on case is read in `text`.
    """
    found: list[TimeCue] = []
    taken = Spans(())  # a sentence of nothing but "Monday Monday ..." asked a list of every cue per cue
    for kind, matches in per_kind:
        for match in matches:
            match_start, match_end = match.span()
            if taken.overlaps(match_start, match_end):
                continue
            group = "month" if kind in {"date", "month"} else "weekday" if kind == "weekday" else ""
            named = text[match.start(group) : match.end(group)] if group and match.group(group) else ""
            if named and not named[0].isupper():
                continue  # "may", "march": verbs
            if kind == "around" and not _LOWER_WORD.search(text, match.start("noun"), match.end("noun")):
                continue  # "hours before the Derby": a name, not the event it names
            if kind == "month" and named == "May" and not match.group("which") and not match.group("phase"):
                continue  # "May" as a verb at a sentence start
            if kind == "weekday" and _HABITUAL.search(text, max(start, match_start - 25), match_start):
                continue  # "every Tuesday and Thursday evening": a habit, not a day on the timeline
            taken.add(match_start, match_end)
            found.append(TimeCue(text[match_start:match_end], match_start, match_end, kind))
    return sorted(found, key=lambda cue: cue.start) if len(found) > 1 else found
