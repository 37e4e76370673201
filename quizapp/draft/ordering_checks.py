"""Which events the ordering question may ask: only those whose place in time the article makes certain.

The timeline places every cue it finds; the ordering question shows its order as an answer key, so it asks
only events whose order a reader of the article would agree with. Four kinds of event are left out:

- one the sentence speaks of as to come ("will meet on Friday", "is expected to", "plans to", "scheduled
  for", "next week"): it has not happened, so it has no place among what happened;
- one whose cue dates a thing named in the sentence, not the sentence's own event ("the March 8 incident",
  "a Monday rally", "Tuesday's debate", "in the last year"), or is part of a name ("Super Tuesday");
- one on the same day as another when either says no part of the day ("on Sunday", "Sunday night"): which
  came first is not said;
- in an article without a date, one whose place rests on a guess of when the article was written: a cue
  relative to now ("last month", "last week") beside a named month, a named month in the latest month named
  beside this week's weekdays (the article may be written in that month), months spread over more of the
  year than a reader can place without a year, weekdays that fit two different weeks equally well, and
  spans that hold now ("this week", "earlier this month").
"""

from __future__ import annotations

import re

from quizapp.draft.article import MONTHS
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NUMBER_WORDS, WEEKDAYS
from quizapp.draft.time_cues import PATTERN_OF
from quizapp.draft.timeline import Event

_FUTURE = lazy_compile(
    r"\b(?:will|won['’]t|shall|expects?\s+to|expected\s+to|plans?\s+to|planned\s+to|planning\s+to|scheduled"
    r"|slated|set\s+to|going\s+to|hopes?\s+to|intends?\s+to|upcoming|could|might|to\s+be\s+\w+ed"
    r"|next(?!\s+(?:day|morning)))\b|['’]ll\b",
    re.IGNORECASE,
)
"""What a sentence about something still to come says: the future, a plan, an expectation, a possibility."""
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
     "each", "every", "any", "some", "no", "whose"}
)  # fmt: skip
_WORD_BEFORE = lazy_compile(r"([\w'’]+)[ \t]*$")
_OPENING_MARKS = " \t\n\"“'‘(—–-"
_EXPLICIT_PART = lazy_compile(r"morning|afternoon|evening|night|tonight", re.IGNORECASE)
_WEEK_SCALE = frozenset({"weekday", "weekend", "day"})
_NOW_SPANS = ("this", "earlier this", "later this")


def speaks_of_future(text: str, event: Event) -> bool:
    """Whether the event's sentence speaks of something to come, planned or only possible, or the timeline
    placed it after the article's day ("would light the bridge on Monday night", read as next Monday)."""
    return event.when > 1 or to_come(text, event.start, event.end)


def to_come(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of something still to come, planned or only possible ("will endorse him at a
    rally", "plans to", "could"): it has not happened, so it has no time among what happened, nor a place."""
    return _FUTURE.search(text, start, end) is not None


def dates_a_thing(text: str, event: Event) -> bool:
    """Whether the cue dates a thing the sentence names, not the sentence's event, or is part of a name."""
    cue = event.cue
    before = _WORD_BEFORE.search(text, max(event.start, cue.start - 30), cue.start)
    word = before.group(1) if before else ""
    if word.lower() in _DETERMINERS or word.endswith(("'s", "’s", "s'")):
        return True  # "the March 8 incident", "Biden's July 8 event", "over the last year"
    if text.startswith(("'s", "’s"), cue.end):
        return True  # "Tuesday's debate"
    if cue.kind == "after" and (word.isdigit() or word.lower() in NUMBER_WORDS or word.lower() in {"few", "several"}):
        return True  # "three days later": the count is not the cue's, and the item would keep it
    bare = cue.text[:1].isupper() and cue.text.split()[0].lower() not in {"on", "in", "last", "this", "next"}
    if not bare:
        return False
    first_word = before is None or not text[event.start : before.start()].strip(_OPENING_MARKS)
    if word[:1].isupper() and not first_word:
        return True  # "Super Tuesday", "Fox News Sunday"
    after = re.match(r" ([A-Z])", text[cue.end : cue.end + 2])
    return after is not None  # "April" opening a name


def _explicit_part(event: Event) -> bool:
    """Whether the cue says when in its day ("Sunday night", "this morning", "later that day")."""
    return event.cue.kind in {"after", "around"} or _EXPLICIT_PART.search(event.cue.text) is not None


def same_day_unclear(first: Event, second: Event) -> bool:
    """Two events placed on one day, one of them saying no part of it: their order is not said."""
    return int(first.when // 1) == int(second.when // 1) and not (_explicit_part(first) and _explicit_part(second))


def _named_month(event: Event) -> int | None:
    """The month a month or date cue names without a year ("in April", "on May 3"), else None."""
    if event.cue.kind not in {"month", "date"}:
        return None
    match = PATTERN_OF[event.cue.kind].match(event.cue.text)
    if match is None or match.group("year"):
        return None
    return MONTHS[match.group("month").lower()]


def _unit(event: Event) -> str:
    """The unit of a cue relative to now ("last month", "two weeks ago"), else ""."""
    if event.cue.kind not in {"period", "ago"}:
        return ""
    match = PATTERN_OF[event.cue.kind].match(event.cue.text)
    return match.group("unit").lower().rstrip("s") if match else ""


def _cyclic_gaps(values: set[int], size: int) -> list[tuple[int, int]]:
    """Each value with the gap to the next one round the cycle (of months or weekdays), largest gap first."""
    ordered = sorted(values)
    gaps = [((ordered[(i + 1) % len(ordered)] - value) % size or size, value) for i, value in enumerate(ordered)]
    return sorted(gaps, reverse=True)


def placed_without_guess(events: list[Event], dated: bool) -> list[Event]:
    """The events whose order does not rest on a guess of the article's date (see the module's docstring)."""
    kept = [e for e in events if not (e.cue.kind == "period" and _period_which(e) in _NOW_SPANS)]
    if dated:
        return kept
    months = {month for e in kept if (month := _named_month(e)) is not None}
    week_scale = any(e.cue.kind in _WEEK_SCALE or _unit(e) in {"hour", "day", "week"} for e in kept)
    if months:
        gaps = _cyclic_gaps(months, 12)
        if gaps[0][0] < 8:  # the months span more than four: which came first turns on years not given
            kept = [e for e in kept if _named_month(e) is None]
        else:
            latest = gaps[0][1]  # the month before the largest gap closes the window
            kept = [e for e in kept if _unit(e) not in {"month", "year"}]  # "last month" beside "in March"
            if week_scale:
                kept = [e for e in kept if _named_month(e) != latest]
    weekdays = {WEEKDAYS.index(day) for e in kept if e.cue.kind == "weekday" and (day := _weekday(e))}
    if weekdays:
        kept = [e for e in kept if _unit(e) != "week"]  # "last week" may hold "Monday"
    if len(weekdays) > 1:
        gaps = _cyclic_gaps(weekdays, 7)
        if gaps[0][0] - gaps[1][0] < 2:  # two weeks fit them about as well: "Saturday" before or after "Tuesday"?
            kept = [e for e in kept if e.cue.kind not in {"weekday", "after", "around"}]
    return kept


def _period_which(event: Event) -> str:
    match = PATTERN_OF["period"].match(event.cue.text)
    return match.group("which").lower() if match else ""


def _weekday(event: Event) -> str:
    match = PATTERN_OF["weekday"].match(event.cue.text)
    return match.group("weekday").lower() if match else ""
