"""Questions on facts and events: cloze, true/false, "where did this happen?", and ordering.

Every element asked about (a number, a place, a person, a day) must not appear anywhere else
in what the student sees, so no question is answerable from its own prompt. True/false swaps
one element for another of the same type from the same article, which is what makes a false
statement plausible.
"""

from __future__ import annotations

import hashlib
import re

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.facts import Element, Fact
from quizapp.draft.lexicon import WEEKDAYS, word_set
from quizapp.draft.timeline import Event
from quizapp.draft.wording import capitalized, contains_phrase, excerpt, question_id, shorten, slug

MAX_CLOZE = 10
MAX_TRUE_FALSE = 8
MAX_WHERE = 4
MIN_EVENTS, MAX_EVENTS = 4, 6
MIN_FACT_WORDS, MAX_FACT_WORDS = 6, 45
_CLOZE_ORDER = ("number", "place", "day", "person")
_SWAP_ORDER = ("number", "person", "place", "day")
"""Numbers first: "at least 20" for "at least 14" is plainly false, while "Kyiv" for "Ukraine" may still be true."""
_HAPPENED_VERBS = word_set(
    "met held spoke took gathered arrived died fought landed opened closed signed voted played won lost began started "
    "ended crashed struck killed attacked announced protested marched rallied stayed lived born was were"
)
_UNSAFE = re.compile(r"[{}|]")
_LEADING_FILLER = re.compile(r"^(?:[\s,;—–-]|however\b|but\b|and\b|then\b|also\b)+", re.IGNORECASE)


def _sentence(extraction: Extraction, start: int, end: int) -> str:
    return extraction.text[start:end].strip()


def _source(extraction: Extraction, start: int, end: int) -> str:
    """The verbatim excerpt for `source`: the same span the review screen highlights."""
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]


def _usable(extraction: Extraction, fact: Fact) -> bool:
    sentence = _sentence(extraction, fact.start, fact.end)
    words = len(sentence.split())
    return MIN_FACT_WORDS <= words <= MAX_FACT_WORDS and not _UNSAFE.search(sentence)


def _all_names(extraction: Extraction, element: Element) -> list[str]:
    """Every way the answer could be written, to check none is left visible."""
    names = [element.text, *element.alternatives]
    if element.kind == "person":
        person = extraction.person(element.value)
        if person is not None:
            names += [*person.aliases, person.name]
            names += [person.last] if person.last else []
    return [name for name in names if len(name) > 1]


def _visible_elsewhere(extraction: Extraction, fact: Fact, element: Element, shown: str) -> bool:
    return any(contains_phrase(shown, name) for name in _all_names(extraction, element))


def _drafted(extraction: Extraction, question, fact_start: int, fact_end: int, key: str) -> DraftedQuestion:
    span = excerpt(extraction.text, fact_start, fact_end)
    paragraph = extraction.article.paragraph_index(fact_start) + 1
    return DraftedQuestion(question, span, paragraph, (fact_start, key))


def _stable_choice(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def cloze_questions(extraction: Extraction) -> list[DraftedQuestion]:
    drafted: list[DraftedQuestion] = []
    for fact in extraction.facts:
        if len(drafted) >= MAX_CLOZE or not _usable(extraction, fact):
            continue
        for kind in _CLOZE_ORDER:
            question = _cloze(extraction, fact, kind)
            if question is not None:
                drafted.append(question)
                break
    return drafted


def _cloze(extraction: Extraction, fact: Fact, kind: str) -> DraftedQuestion | None:
    text = extraction.text
    for element in fact.of_kind(kind):
        before = text[fact.start : element.start]
        after = text[element.end : fact.end]
        if _visible_elsewhere(extraction, fact, element, before + " " + after):
            continue
        surface = text[element.start : element.end]
        alternatives = [alt for alt in dict.fromkeys(_all_names(extraction, element)) if alt != surface]
        alternatives = [alt for alt in alternatives if not _UNSAFE.search(alt) and alt[0].isalnum()]
        blank = "{{" + "|".join([surface, *alternatives[:4]]) + "}}"
        cloze_text = (before + blank + after).strip()
        sentence = _sentence(extraction, fact.start, fact.end)
        question = make_question(
            "cloze",
            id=question_id("fill", slug(surface, 3), slug(before + " " + after, 5)),
            prompt="Fill in the blank.",
            text=cloze_text,
            explanation=f"The article says: “{sentence}”",
            source=_source(extraction, fact.start, fact.end),
            tags=("facts",),
        )
        return _drafted(extraction, question, fact.start, fact.end, element.value or surface)
    return None


def _sort_of(element: Element) -> str:
    """Finer than the kind: a weekday swaps for a weekday, a year for a year, an age for a similar number."""
    value = element.value.lower()
    if element.kind == "day":
        if value in WEEKDAYS:
            return "weekday"
        return "year" if value.isdigit() else "month"
    return element.kind


def _comparable(element: Element, other: Element) -> bool:
    if _sort_of(element) != _sort_of(other):
        return False
    if element.kind != "number":
        return True
    try:
        ratio = float(other.value) / float(element.value)
    except (ValueError, ZeroDivisionError):
        return False
    return 0.2 <= ratio <= 5  # "14 civilians" may become 20, not 1,200; an age stays an age


def _other_values(extraction: Extraction, element: Element) -> list[Element]:
    """Comparable elements elsewhere in the article, each value once, in order of appearance."""
    seen = {element.value.lower()}
    others = []
    for fact in extraction.facts:
        for other in fact.of_kind(element.kind):
            if other.value.lower() in seen or not _comparable(element, other):
                continue
            seen.add(other.value.lower())
            others.append(other)
    return others


def true_false_questions(extraction: Extraction) -> list[DraftedQuestion]:
    drafted: list[DraftedQuestion] = []
    for fact in extraction.facts:
        if len(drafted) >= MAX_TRUE_FALSE or not _usable(extraction, fact):
            continue
        question = _true_false(extraction, fact)
        if question is not None:
            drafted.append(question)
    return drafted


def _true_false(extraction: Extraction, fact: Fact) -> DraftedQuestion | None:
    text = extraction.text
    sentence = _sentence(extraction, fact.start, fact.end)
    for kind in _SWAP_ORDER:
        for element in fact.of_kind(kind):
            if kind == "number" and element.value == "1":
                continue  # "one civilian died" swapped for "two civilian died" reads wrong whatever the truth
            swap = next(
                (
                    other
                    for other in _other_values(extraction, element)
                    if not contains_phrase(sentence, _surface(extraction, other)) and other.value != "1"
                ),
                None,
            )
            if swap is None:
                continue
            surface = text[element.start : element.end]
            replacement = _replacement(extraction, element, swap)
            is_true = _stable_choice(sentence) % 2 == 0
            statement = (
                sentence
                if is_true
                else (text[fact.start : element.start] + replacement + text[element.end : fact.end]).strip()
            )
            explanation = (
                f"True: the article says “{sentence}”"
                if is_true
                else f"False: the article says {surface}, not {replacement}: “{sentence}”"
            )
            question = make_question(
                "true_false",
                id=question_id("true-or-false", slug(sentence, 7)),
                prompt=capitalized(statement),
                answer=is_true,
                explanation=explanation,
                source=_source(extraction, fact.start, fact.end),
                tags=("facts",),
            )
            return _drafted(extraction, question, fact.start, fact.end, f"tf:{element.value}")
    return None


def _surface(extraction: Extraction, element: Element) -> str:
    if element.kind == "person":
        person = extraction.person(element.value)
        return person.shown if person else extraction.text[element.start : element.end]
    return extraction.text[element.start : element.end]


def _replacement(extraction: Extraction, element: Element, swap: Element) -> str:
    """The swapped-in value, written the way the original was (a number word for a number word)."""
    original = extraction.text[element.start : element.end]
    if element.kind == "number":
        swapped = _surface(extraction, swap)
        written = [swapped, *swap.alternatives]
        same_form = [value for value in written if value.replace("-", "").isalpha() == original.isalpha()]
        return same_form[0] if same_form else swapped
    return _surface(extraction, swap)


def where_questions(extraction: Extraction) -> list[DraftedQuestion]:
    drafted: list[DraftedQuestion] = []
    text = extraction.text
    for fact in extraction.facts:
        if len(drafted) >= MAX_WHERE or not _usable(extraction, fact):
            continue
        for place in fact.of_kind("place"):
            phrase = re.search(
                rf"\s*,?\s*\b(?:in|at)\s+{re.escape(place.text)}(?:,\s+[A-Z][\w'’-]*)?(?=[\s,.;])",
                text[fact.start : fact.end],
            )
            if phrase is None or not _happened_there(text, fact.start + phrase.start(), fact):
                continue
            rest = (text[fact.start : fact.start + phrase.start()] + text[fact.start + phrase.end() : fact.end]).strip()
            rest = re.sub(r"\s+([,.;])", r"\1", rest)
            if _visible_elsewhere(extraction, fact, place, rest) or len(rest.split()) < 5:
                continue
            question = make_question(
                "short_answer",
                id=question_id("where", slug(rest, 7)),
                prompt=f"Where did this happen? “{capitalized(rest)}”",
                answer=place.text,
                alternatives=place.alternatives,
                explanation=f"The article says: “{_sentence(extraction, fact.start, fact.end)}”",
                source=_source(extraction, fact.start, fact.end),
                tags=("places",),
            )
            drafted.append(_drafted(extraction, question, fact.start, fact.end, place.value))
            break
    return drafted


def _happened_there(text: str, position: int, fact: Fact) -> bool:
    """Whether "in PLACE" at `position` says where the event happened: after its verb ("met in Rome") or
    its time ("On Friday in Istanbul"), not after any noun ("fighting in Ukraine")."""
    if fact.cue is not None and 0 <= position - fact.cue.end <= 2:
        return True
    before = re.findall(r"[A-Za-z]+", text[max(fact.start, position - 30) : position])
    return bool(before) and (before[-1].lower() in _HAPPENED_VERBS or before[-1].endswith("ed"))


def _event_item(extraction: Extraction, event: Event) -> str | None:
    """The event's sentence without its time cue, shortened: the student orders what happened, not dates."""
    text = extraction.text
    sentence = text[event.start : event.end]
    if any(mark in sentence for mark in '"“”«»'):
        return None
    cue_start, cue_end = event.cue.start - event.start, event.cue.end - event.start
    item = sentence[:cue_start].rstrip() + " " + sentence[cue_end:].lstrip()
    item = _LEADING_FILLER.sub("", item.strip())
    item = re.sub(r"\s+([,.;])", r"\1", item).strip()
    if len(item.split()) < 4 or _UNSAFE.search(item):
        return None
    return capitalized(shorten(item.rstrip("."), 16))


def ordering_questions(extraction: Extraction) -> list[DraftedQuestion]:
    chosen: list[tuple[Event, str]] = []
    for event in sorted(extraction.events, key=lambda e: (e.when, e.start)):
        item = _event_item(extraction, event)
        if item is None or any(abs(event.when - other.when) < 0.1 or item == text for other, text in chosen):
            continue
        chosen.append((event, item))
    if len(chosen) < MIN_EVENTS:
        return []
    if len(chosen) > MAX_EVENTS:
        step = (len(chosen) - 1) / (MAX_EVENTS - 1)
        chosen = [chosen[round(index * step)] for index in range(MAX_EVENTS)]
    items = tuple(item for _event, item in chosen)
    explanation = "; ".join(f"{event.cue.text.strip()}: {item}" for event, item in chosen)
    first = min(chosen, key=lambda pair: pair[0].start)[0]
    question = make_question(
        "ordering",
        id=question_id("order-events", slug(items[0], 5)),
        prompt="Put these events in the order they happened, earliest first.",
        items=items,
        explanation=f"In order — {explanation}",
        source=_source(extraction, first.start, first.end),
        tags=("timeline",),
    )
    return [_drafted(extraction, question, first.start, first.end, "ordering")]
