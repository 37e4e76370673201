"""When things happened: time cues ("on Monday", "in late April", "hours before the call") placed on
the article's own timeline.

A cue becomes a position in days relative to the article's "now": its date when the article
gives one, otherwise a made-up now chosen so that the weekdays it mentions fall in the
shortest past week (a story about "Monday" that also mentions "Saturday" and "Friday" was
written on Monday), after the months it mentions. Relative cues ("since then", "the next
day") follow the event before them; "hours before the call" precedes the event that
mentions the call.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from quizapp.draft.article import MONTHS
from quizapp.draft.cue_anchors import anchor_starts
from quizapp.draft.lexicon import NUMBER_WORDS, WEEKDAYS
from quizapp.draft.spans import Spans

_DAY_PART = {"morning": 0.35, "afternoon": 0.6, "evening": 0.8, "night": 0.9}
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAME = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_AFTER_DELTA = {
    "since then": 0.05, "later that day": 0.2, "later in the day": 0.2, "that evening": 0.3, "that night": 0.4,
    "the next day": 1, "the following day": 1, "the day before": -1, "the previous day": -1, "a day later": 1,
    "days later": 3, "weeks later": 14, "hours later": 0.2, "a week later": 7, "later that week": 2,
    "the next morning": 0.9,
}  # fmt: skip
_AFTER_WORDS = "|".join(sorted(_AFTER_DELTA, key=len, reverse=True))
_CUE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
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
_PATTERN_OF = dict(_CUE_PATTERNS)
_LOWERCASE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?-i:[a-z]+)", "[a-z]+")))
    for kind, pattern in _CUE_PATTERNS
)
"""The cue patterns for the lowercased text, matching case (three times faster than ignoring it)."""
_LOWER_WORD = re.compile(r"\s[a-z]+$")
_HABITUAL = re.compile(r"\b(?:every|each)\s+[^.,;]*$", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|expects?|expected|plans? to|scheduled|is set to|are set to|next)\b")
_FUTURE_STEMS = ("will", "would", "expect", "plan", "scheduled", "set", "next")
"""A word of each of `_FUTURE`'s phrases without its spaces: a clause holding none cannot match it, and most
clauses hold none, so the pattern (tried at every position, its word boundary first) is seldom run."""
_CLAUSE_ENDS = '.;:!?"“”‘’«»\n'
_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_ENDS)}]")
_DAY_PRECISE = frozenset({"weekday", "weekend", "date", "day", "after", "around"})
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class TimeCue:
    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Event:
    """A sentence that says when something happened, placed on the article's timeline."""

    start: int
    end: int
    cue: TimeCue
    when: float
    """Days after the article's "now" (negative: before it); only the order is meaningful without a date."""
    date: dt.date | None
    """The calendar date, when the article's date anchors the cue to one day."""


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


def _count(word: str) -> float:
    word = word.lower()
    if word.isdigit():
        return float(word)
    if word in {"a", "an"}:
        return 1
    if word in {"several", "a few", "few"}:
        return 3
    return float(NUMBER_WORDS.get(word, 2))


class Timeline:
    """Places cues on one timeline, anchored on the article's date or on a made-up "now"."""

    def __init__(self, text: str, date: dt.date | None, all_cues: list[TimeCue]) -> None:
        self.text = text
        self.date = date
        if date is not None:
            self.now = date
        else:
            self.now = self._made_up_now(all_cues)

    def _made_up_now(self, cues: list[TimeCue]) -> dt.date:
        weekdays = {WEEKDAYS.index(m.group("weekday").lower()) for m in self._matches(cues, "weekday")}
        months = [MONTHS[m.group("month").lower()] for m in self._matches(cues, "month")]
        years = [int(m.group("year")) for m in self._matches(cues, "year")]
        year = max(years) if years else 2001
        month = (max(months) % 12) + 1 if months else 6
        if months and max(months) == 12:
            year += 1
        best = 0
        if weekdays:
            best = min(range(7), key=lambda ref: (max((ref - day) % 7 for day in weekdays), -ref))
        day = dt.date(year, month, 20)
        return day + dt.timedelta(days=(best - day.weekday()) % 7)

    def _matches(self, cues: list[TimeCue], kind: str) -> list[re.Match[str]]:
        pattern = _PATTERN_OF[kind]
        return [m for cue in cues if cue.kind == kind and (m := pattern.match(self.text, cue.start, cue.end))]

    def _future(self, cue: TimeCue) -> bool:
        """Whether the clause leading to the cue speaks of the future ("will meet on Friday", "is expected to")."""
        window = self.text[max(0, cue.start - 70) : cue.start]
        clause = _CLAUSE_END.split(window)[-1]  # after the last clause end, if any: one scan of the window
        if not any(stem in clause for stem in _FUTURE_STEMS):
            return False
        return bool(_FUTURE.search(" ".join(clause.split()[-8:])))

    def place(self, cue: TimeCue, sentence: str) -> float | None:
        """Days from now of an absolute cue; None for cues relative to other events."""
        match = _PATTERN_OF[cue.kind].match(self.text, cue.start, cue.end)
        if match is None:
            return None
        future = self._future(cue)
        groups = match.groupdict()
        part = _DAY_PART.get(groups.get("part") or "", 0.5)
        if cue.kind == "weekday":
            weekday = WEEKDAYS.index(groups["weekday"].lower())
            back = (self.now.weekday() - weekday) % 7
            which = (groups.get("which") or "").lower()
            if which == "next" or (future and which not in {"last", "since"}):
                return ((weekday - self.now.weekday()) % 7 or 7) + part
            if which == "last" and back == 0:
                back = 7
            return -back + part
        if cue.kind == "weekend":
            back = (self.now.weekday() - 5) % 7
            return -back + 0.5
        if cue.kind in {"date", "month"}:
            month = MONTHS[groups["month"].lower()]
            which = (groups.get("which") or "").lower()
            phase = (groups.get("phase") or (which if which in {"early", "late", "mid"} else "")).lower()
            day = int(groups.get("day") or {"early": 5, "mid": 15, "late": 25}.get(phase or "", 15))
            year = int(groups["year"]) if groups.get("year") else self.now.year
            try:
                when = _clamped_date(year, month, day)
                if not groups.get("year") and when > self.now and not future:
                    when = _clamped_date(year - 1, month, day)  # "February 29" of last year is the 28th
            except ValueError:
                return None
            return (when - self.now).days + 0.5
        if cue.kind == "year":
            year = int(groups["year"])
            return (dt.date(year, 7, 1) - self.now).days if self.date else (year - self.now.year) * 365.0 - 180
        if cue.kind == "ago":
            unit = groups["unit"].rstrip("s")
            return -_count(groups["count"]) * _UNIT_DAYS[unit]
        if cue.kind == "period":
            which, unit = groups["which"], groups["unit"]
            size = _UNIT_DAYS[unit]
            shifts = {"last": -size, "this": -size / 3, "next": size, "earlier this": -size / 2, "later this": size / 3}
            return shifts[which.lower()]
        if cue.kind == "day":
            return {"today": 0.5, "tonight": 0.9, "yesterday": -0.5, "tomorrow": 1.5, "this morning": 0.35,
                    "this afternoon": 0.6, "this evening": 0.8}[groups["word"].lower()]  # fmt: skip
        return None

    def around_day(self, cue: TimeCue, sentence: str) -> float | None:
        """ "hours before the call on Monday": the day named, shifted by the hours or days before or after it."""
        match = _PATTERN_OF["around"].match(self.text, cue.start, cue.end)
        if match is None or not match.group("weekday"):
            return None
        day = self.place(TimeCue(cue.text, match.start("weekday"), match.end("weekday"), "weekday"), sentence)
        return None if day is None else self.relative(cue, day, [], named_first=False)

    def relative(
        self, cue: TimeCue, previous: float | None, events: list[Event], *, named_first: bool = True
    ) -> float | None:
        """Days from now of a cue relative to another event: the previous one, or the one it names."""
        match = _PATTERN_OF[cue.kind].match(self.text, cue.start, cue.end)
        if match is None:
            return None
        if cue.kind == "after":
            return None if previous is None else previous + _AFTER_DELTA[match.group("word").lower()]
        if cue.kind == "around":
            delta = {"hours": 0.2, "minutes": 0.02, "days": 2, "weeks": 14, "shortly": 0.05, "just": 0.05,
                     "moments": 0.01}[match.group("relation").lower()]  # fmt: skip
            sign = -1 if match.group("direction").lower() == "before" else 1
            noun = match.group("noun").split()[-1]
            named = None
            if named_first:
                naming = re.compile(rf"\b{re.escape(noun)}\b")
                named = next((e for e in events if naming.search(self.text, e.start, e.end)), None)
            base = named.when if named else previous
            return None if base is None else base + sign * delta
        return None


def build_timeline(
    text: str,
    date: dt.date | None,
    sentences: list[tuple[int, int]],
    excluded: list[tuple[int, int]],
    index: CueIndex | None = None,
) -> list[Event]:
    """Events of the article (sentences with a time cue outside quotations), in text order."""
    per_sentence = []
    quoted = Spans(excluded)
    index = index or CueIndex(text)
    for (start, end), found in zip(sentences, index.find_each(sentences), strict=True):
        cues = [cue for cue in found if not quoted.contains(cue.start)] if found else found
        per_sentence.append((start, end, cues))
    timeline = Timeline(text, date, [cue for _s, _e, cues in per_sentence for cue in cues])
    events: list[Event] = []
    previous: float | None = None
    previous_day: float | None = None  # the last event placed to the day: "later that day" follows it
    for start, end, cues in per_sentence:
        if not cues:
            continue
        sentence = text[start:end]
        relative = [cue for cue in cues if cue.kind in {"after", "around"}]
        around = next((cue for cue in relative if cue.kind == "around"), None)
        if around is not None and (on_day := timeline.around_day(around, sentence)) is not None:
            chosen = (around, on_day)  # "hours before the call on Monday"
        elif (  # the first cue placed on its own: the later ones are not placed at all
            absolute := next(((cue, when) for cue in cues if (when := timeline.place(cue, sentence)) is not None), None)
        ) is not None:
            chosen = absolute
        elif relative:
            same_day = relative[0].kind == "after" and re.search(r"day|evening|night|morning", relative[0].text, re.I)
            base = previous_day if same_day and previous_day is not None else previous
            when = timeline.relative(relative[0], base, events)
            if when is None:
                continue
            chosen = (relative[0], when)
        else:
            continue
        cue, when = chosen
        date_of = timeline.now + dt.timedelta(days=int(when // 1)) if date is not None else None
        events.append(Event(start, end, cue, when, date_of))
        previous = when
        if cue.kind in _DAY_PRECISE:
            previous_day = when
    return events


def _clamped_date(year: int, month: int, day: int) -> dt.date:
    """The date, with a day past the month's end (a slip, or February 29 of another year) on its last day."""
    if 1 <= day <= 28:  # every month has these days: the calendar is asked only past them
        return dt.date(year, month, day)
    return dt.date(year, month, max(1, min(day, calendar.monthrange(year, month)[1])))
