"""Which sentences of the body are facts to ask about, and what each one says: where, how many, who, on what day.

A sentence is a fact when it holds a place, a number or a day named by its time cue, and it is neither a
quotation's sentence (that is a who-said question) nor a heading or lead-in (no full stop of its own); the people
it names go with it, for questions that swap them. Kept apart from extraction.py, which runs the stages in order
and holds what they found: this is one stage, the last, reading the people, quotations and time cues before it.
"""

from __future__ import annotations

import bisect
import operator

from quizapp.draft.embedded_posts import post_paragraphs
from quizapp.draft.fact_numbers import find_numbers
from quizapp.draft.facts import Element, Fact, find_places, person_elements
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.people import PeopleFinder
from quizapp.draft.sentences import Sentence
from quizapp.draft.spans import Spans
from quizapp.draft.time_cues import CueIndex, TimeCue
from quizapp.draft.timeline import Event


def find_facts(
    text: str,
    sentences: list[Sentence],
    finder: PeopleFinder,
    quote_spans: list[tuple[int, int]],
    events: list[Event],
    cue_index: CueIndex,
) -> list[Fact]:
    """The facts among `sentences`, in text order, each with its elements sorted by where they stand."""
    people = {person.id: person for person in finder.people}
    quoted = Spans(quote_spans)
    quote_starts, quote_spans_sorted = quoted.starts, quoted.spans
    event_at = {event.start: event for event in events}
    facts = []
    mentions = finder.mentions
    mention_count = len(mentions)
    lowered = cue_index.lowered
    names: dict[str, tuple[str, ...]] = {}  # each person's names, worked out once
    posts = post_paragraphs(text, sentences)
    index = 0
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        last = bisect.bisect_left(quote_starts, end) - 1  # spans are sorted and apart: ends are sorted
        if last >= 0 and quote_spans_sorted[last][1] > start:
            continue  # a sentence with a quotation is a who-said question, not a fact
        if not text[start:end].rstrip().rstrip(_CLOSERS).endswith((".", "!", "?")):
            continue  # "Current Leaders Stay in Place", "the latest news in the squad:": a heading or a lead-in
        if sentence.paragraph in posts:
            continue  # "... pic.twitter.com/Ab12 — Ana Ruiz (@anaruiz) July 23, 2016.": a pasted post, not the story
        while index < mention_count and mentions[index].start < start:
            index += 1
        cursor = index
        while cursor < mention_count and mentions[cursor].start < end:
            cursor += 1
        in_sentence = mentions[index:cursor]
        elements: list[Element] = find_places(text, start, end, [(m.start, m.end) for m in in_sentence])
        elements += find_numbers(text, start, end, lowered)
        asks = bool(elements)  # a place, a number or (below) a day: what makes the sentence a fact
        if in_sentence:
            elements += person_elements(text, in_sentence, people, names)
        event = event_at.get(start)
        cues = [event.cue] if event else cue_index.find(start, end)
        if cues and cues[0].kind in _DAY_KINDS:
            day = _cue_core(cues[0])
            if day is not None:
                words = day[0].split()
                alternatives = (f"{words[1]} {words[0]}",) if len(words) == 2 else ()  # "9 September"
                elements.append(Element("day", " ".join(words), day[1], day[2], alternatives, day[0].lower()))
                asks = True
        if not asks:
            continue
        if len(elements) > 1:
            elements.sort(key=_START)
        facts.append(Fact(start, end, sentence.paragraph, elements, cues[0] if cues else None))
    return facts


_DAY_KINDS = frozenset({"weekday", "month", "date", "year"})
"""Cues that name a day, month or year a fact may ask for."""
_START = operator.attrgetter("start")


_CUE_CORE = lazy_compile(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+[1-9]\d?\b(?!,?\s*(?:19|20)\d\d))?|(?:19|20)\d\d"
)
"""The day, month or year a cue names; a month with its day ("September 9") is one date: blanking
only "September" of "on September 9" asks half of it."""
_CLOSERS = "\"”’')]"


def _cue_core(cue: TimeCue) -> tuple[str, int, int] | None:
    """The day or month word of a cue ("Saturday" in "On Saturday"), with its span."""
    match = _CUE_CORE.search(cue.text)
    if match is None:
        return None
    return match.group(0), cue.start + match.start(), cue.start + match.end()
