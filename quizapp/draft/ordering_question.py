"""The ordering question: events of the article, without their dates, to put in the order they happened."""

from __future__ import annotations

import re

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.ordering_checks import dates_a_thing, placed_without_guess, same_day_unclear, speaks_of_future
from quizapp.draft.standalone import Edit, render, standalone_edits
from quizapp.draft.timeline import Event
from quizapp.draft.wording import capitalized, excerpt, question_id, shorten, slug

MIN_EVENTS, MAX_EVENTS = 4, 6
ITEM_WORDS = 16
_UNSAFE = lazy_compile(r"[{}|]")
_LEADING_FILLER = lazy_compile(r"^(?:[\s,;—–-]|however\b|but\b|and\b|then\b|also\b)+", re.IGNORECASE)
_LOWERCASE_CUE_WORDS = frozenset(
    {"in", "on", "at", "last", "this", "next", "over", "during", "hours", "days", "weeks", "minutes", "shortly",
     "just", "moments", "later", "since", "early", "late", "mid", "by", "until", "the", "a", "earlier", "that"}
)  # fmt: skip
_DOUBLED_PUNCTUATION = lazy_compile(r"\s*([,;])(?:\s*[,;])+")
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:from|since|until|till)\s+$")
_HANGING_BEFORE = lazy_compile(r"\b(?:of|for|to|by|before|after|between)\s+$")
"""A preposition whose object is the date: the date cannot be cut from under it."""
_YEAR = lazy_compile(r"\b(?:1[6-9]|20)\d\d\b")
_ONWARDS = lazy_compile(r"\s+onwards?\b")
_CLAUSE_OPENING = lazy_compile(
    r"\b(?:that|which|who|whom|whose|where|when)\b|\b(?:after|before|since|until)\b[^,;]*?\b[a-z]+ed\b"
)
"""A clause opened between the sentence's start and its date: the date is that clause's ("the storm came as
the town was clearing up after a flood that struck in February"; "she noted that sales in May were weak";
"the ferry came a week after the first one sailed in April"), not when the sentence's own event happened,
and ordered by it the item takes another event's place in time. "After", "before" and "since" open a
clause only with a verb of their own: "before any truce, hours before the summit on Monday" is one event."""


def _event_item(extraction: Extraction, event: Event) -> str | None:
    """The event's sentence without its time cue, readable alone, shortened: students order what happened."""
    text = extraction.text
    if any(mark in text[event.start : event.end] for mark in '"“”«»'):
        return None
    edits = standalone_edits(extraction, event.start, event.end)
    if edits is None:
        return None  # "he issued a rebuke" with no telling who
    cue = []
    if _CLAUSE_OPENING.search(text, event.start, event.cue.start) is not None:
        return None
    if event.start <= event.cue.start:
        before = _PREPOSITION_BEFORE.search(text, max(event.start, event.cue.start - 8), event.cue.start)
        after = _ONWARDS.match(text, event.cue.end, event.end)
        if before is None and _HANGING_BEFORE.search(text, max(event.start, event.cue.start - 9), event.cue.start):
            return None  # "at the end of June had": cut out, the date leaves its preposition hanging
        cue_start = before.start() if before else event.cue.start  # "from March 30 onwards" goes whole
        cue = [Edit(cue_start, after.end() if after else event.cue.end, " ")]
    item = render(text, event.start, event.end, [*edits, *cue])
    item = _DOUBLED_PUNCTUATION.sub(r"\1", item)  # "cease-fire, [hours before the call], tempering"
    item = _LEADING_FILLER.sub("", item.strip())
    item = re.sub(r"\s+([,.;])", r"\1", " ".join(item.split())).strip(" ,;")
    if len(item.split()) < 4 or _UNSAFE.search(item):
        return None
    return capitalized(shorten(item.rstrip("."), ITEM_WORDS))


def _cue_in_sentence(cue: str) -> str:
    """ "In late April" -> "in late April": the cue is quoted mid-sentence in the explanation."""
    cue = cue.strip()
    first = cue.split()[0] if cue else ""
    if first.lower() in _LOWERCASE_CUE_WORDS:
        return first.lower() + cue[len(first) :]
    return cue


def ordering_items(extraction: Extraction) -> list[tuple[Event, str]]:
    """The events the ordering question asks, earliest first, each with its item as shown."""
    chosen: list[tuple[Event, str]] = []
    items: set[str] = set()
    text = extraction.text
    certain = [e for e in extraction.events if not speaks_of_future(text, e) and not dates_a_thing(text, e)]
    relative_cues: set[str] = set()
    for event in sorted(
        placed_without_guess(certain, extraction.article.date is not None), key=lambda e: (e.when, e.start)
    ):
        if chosen and (event.when - chosen[-1][0].when < 0.1 or same_day_unclear(chosen[-1][0], event)):
            continue  # in time order, an event too close to any chosen one is too close to the last
        if event.cue.kind == "after" and event.cue.text.lower() in relative_cues:
            continue  # "that night" twice: each follows a different event, and the item does not say which
        item = _event_item(extraction, event)
        if item is None or item in items:
            continue
        chosen.append((event, item))
        items.add(item)
        if event.cue.kind == "after":
            relative_cues.add(event.cue.text.lower())
    if len(chosen) < MIN_EVENTS or _years_guessed(chosen):
        return []
    if len(chosen) > MAX_EVENTS:
        step = (len(chosen) - 1) / (MAX_EVENTS - 1)
        chosen = [chosen[round(index * step)] for index in range(MAX_EVENTS)]
    return chosen


def _years_guessed(chosen: list[tuple[Event, str]]) -> bool:
    """Whether the order rests on a year the article never gives: an undated article whose events mix a cue with
    its year ("in January 2019") and cues without one ("in April", "last year", "on Monday"). The timeline places
    the yearless ones in a year of its own guess, and two real articles were ordered wrong so ("In April" before
    "in September 2013", though it was the April after)."""
    if any(event.date is not None for event, _item in chosen):
        return False
    with_year = [_YEAR.search(event.cue.text) is not None for event, _item in chosen]
    return any(with_year) and not all(with_year)


def ordering_question(extraction: Extraction, chosen: list[tuple[Event, str]]) -> list[DraftedQuestion]:
    """The ordering question on `ordering_items(extraction)`, or none when too few events were found."""
    if not chosen:
        return []
    items = tuple(item for _event, item in chosen)
    explanation = "; ".join(f"{_cue_in_sentence(event.cue.text)}: {item}" for event, item in chosen)
    first = min(chosen, key=lambda pair: pair[0].start)[0]
    span = excerpt(extraction.text, first.start, first.end)
    question = make_question(
        "ordering",
        id=question_id("order-events", slug(items[0], 5)),
        prompt="Put these events in the order they happened, earliest first.",
        items=items,
        explanation=f"In order — {explanation}",
        source=extraction.text[span[0] : span[1]],
        tags=("timeline",),
    )
    paragraph = extraction.article.paragraph_index(first.start) + 1
    return [DraftedQuestion(question, span, paragraph, (first.start, "ordering"))]
