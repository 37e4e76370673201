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

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from quizapp.draft.article import MONTHS
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NUMBER_WORDS, WEEKDAYS
from quizapp.draft.records import written_at_once
from quizapp.draft.spans import Spans
from quizapp.draft.time_cues import AFTER_DELTA, PATTERN_OF, CueIndex, TimeCue

_DAY_PART = {"morning": 0.35, "afternoon": 0.6, "evening": 0.8, "night": 0.9}
_FUTURE = lazy_compile(r"\b(?:will|would|expects?|expected|plans? to|scheduled|is set to|are set to|next)\b")
_FUTURE_STEMS = ("will", "would", "expect", "plan", "scheduled", "set", "next")
"""A word of each of `_FUTURE`'s phrases without its spaces: a clause holding none cannot match it, and most
clauses hold none, so the pattern (tried at every position, its word boundary first) is seldom run."""
_CLAUSE_ENDS = '.;:!?"“”‘’«»\n'
_CLAUSE_END = lazy_compile(f"[{re.escape(_CLAUSE_ENDS)}]")
_DAY_PRECISE = frozenset({"weekday", "weekend", "date", "day", "after", "around"})
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def _unit_days(unit: str) -> float:
    """Days in a unit as the cue wrote it: "Years" in a headline in title case is a year too."""
    return _UNIT_DAYS[unit.lower().rstrip("s")]


@written_at_once
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
        last = _window_end(months) if months else 5
        month = last % 12 + 1
        if last == 12:
            year += 1
        best = 0
        if weekdays:
            best = min(range(7), key=lambda ref: (max((ref - day) % 7 for day in weekdays), -ref))
        day = dt.date(year, month, 20)
        return day + dt.timedelta(days=(best - day.weekday()) % 7)

    def _matches(self, cues: list[TimeCue], kind: str) -> list[re.Match[str]]:
        pattern = PATTERN_OF[kind]
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
        match = PATTERN_OF[cue.kind].match(self.text, cue.start, cue.end)
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
            return -_count(groups["count"]) * _unit_days(groups["unit"])
        if cue.kind == "period":
            which, size = groups["which"], _unit_days(groups["unit"])
            shifts = {"last": -size, "this": -size / 3, "next": size, "earlier this": -size / 2, "later this": size / 3}
            return shifts[which.lower()]
        if cue.kind == "day":
            return {"today": 0.5, "tonight": 0.9, "yesterday": -0.5, "tomorrow": 1.5, "this morning": 0.35,
                    "this afternoon": 0.6, "this evening": 0.8}[groups["word"].lower()]  # fmt: skip
        return None

    def around_day(self, cue: TimeCue, sentence: str) -> float | None:
        """ "hours before the call on Monday": the day named, shifted by the hours or days before or after it."""
        match = PATTERN_OF["around"].match(self.text, cue.start, cue.end)
        if match is None or not match.group("weekday"):
            return None
        day = self.place(TimeCue(cue.text, match.start("weekday"), match.end("weekday"), "weekday"), sentence)
        return None if day is None else self.relative(cue, day, [], named_first=False)

    def relative(
        self, cue: TimeCue, previous: float | None, events: list[Event], *, named_first: bool = True
    ) -> float | None:
        """Days from now of a cue relative to another event: the previous one, or the one it names."""
        match = PATTERN_OF[cue.kind].match(self.text, cue.start, cue.end)
        if match is None:
            return None
        if cue.kind == "after":
            return None if previous is None else previous + AFTER_DELTA[match.group("word").lower()]
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


def _window_end(months: list[int]) -> int:
    """The last month of the shortest stretch of the year holding every month named: the one before the longest
    gap round the year ("November", "December", "February" end in February, written in the new year)."""
    named = sorted(set(months))
    _gap, end = max(((named[(i + 1) % len(named)] - month) % 12 or 12, month) for i, month in enumerate(named))
    return end


def _clamped_date(year: int, month: int, day: int) -> dt.date:
    """The date, with a day past the month's end (a slip, or February 29 of another year) on its last day."""
    if 1 <= day <= 28:  # every month has these days: the calendar is asked only past them
        return dt.date(year, month, day)
    return dt.date(year, month, max(1, min(day, calendar.monthrange(year, month)[1])))
