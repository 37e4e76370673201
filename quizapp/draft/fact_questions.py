"""Questions on facts: "where did this happen?", cloze and true/false, at most one per sentence.

Every element asked about (a number, a place, a person, a day) must not appear anywhere else
in what the student sees, so no question is answerable from its own prompt, nor from the
ordering question's item for the same sentence. One sentence gives one question: a cloze
and a true/false on the same sentence answer each other. True/false swaps one element for
another of the same type from the same article, which is what makes a false statement
plausible, and keeps it false: "at least 14" never becomes "at least three".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from quizapp.bank.models import QuestionBase
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.facts import Element, Fact, number_unit
from quizapp.draft.lexicon import HONORIFICS, WEEKDAYS, word_set
from quizapp.draft.ordering_question import ordering_items, ordering_question
from quizapp.draft.person import Person
from quizapp.draft.standalone import Edit, render, standalone_edits
from quizapp.draft.wording import capitalized, contains_phrase, excerpt, question_id, slug

MAX_CLOZE = 10
MAX_TRUE_FALSE = 8
MAX_WHERE = 4
MIN_FACT_WORDS, MAX_FACT_WORDS = 6, 45
TOPIC_SHARE, TOPIC_MIN_SENTENCES = 0.2, 4
_CLOZE_ORDER = ("number", "place", "person", "day")
"""A weekday is the last thing to blank: "On {{Tuesday}}" tests memory of the dateline, not the story."""
_SWAP_ORDER = ("number", "person", "place", "day")
"""Numbers first: "at least 20" for "at least 14" is plainly false, while "Kyiv" for "Ukraine" may still be true."""
_HAPPENED_VERBS = word_set(
    "met held spoke took gathered arrived died fought landed opened closed signed voted played won lost began started "
    "ended crashed struck killed attacked announced protested marched rallied stayed lived born was were"
)
_UNSAFE = re.compile(r"[{}|]")
_LOWER_BOUND = re.compile(
    r"\b(?:at least|more than|over|above|upwards of|no fewer than|no less than|in excess of)\s+$", re.IGNORECASE
)
_UPPER_BOUND = re.compile(r"\b(?:at most|up to|fewer than|less than|under|below|no more than)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_REFERENCE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _ShownFact:
    """A fact as questions show it: its sentence made readable alone, and what the ordering item shows of it."""

    fact: Fact
    edits: list[Edit]
    in_ordering: str
    """The ordering question's item for this sentence ("" when it has none): visible to the student too."""
    topics: frozenset[str]
    """The article's topic places (`_topic_places`), never asked for."""

    def text(self, extraction: Extraction, start: int, end: int) -> str:
        return render(extraction.text, start, end, self.edits)


def fact_questions(extraction: Extraction) -> list[DraftedQuestion]:
    """The ordering question, then where, cloze and true/false questions, one per usable sentence, cloze and
    true/false taking turns; the ordering comes first because what it shows is not asked again."""
    items = ordering_items(extraction)
    in_ordering = {event.start: item for event, item in items}
    where: list[DraftedQuestion] = []
    cloze: list[DraftedQuestion] = []
    true_false: list[DraftedQuestion] = []
    cloze_answers: set[str] = set()
    topics = _topic_places(extraction)
    for fact in extraction.facts:
        if len(where) >= MAX_WHERE and len(cloze) >= MAX_CLOZE and len(true_false) >= MAX_TRUE_FALSE:
            break
        if not _usable(extraction, fact):
            continue
        edits = standalone_edits(extraction, fact.start, fact.end)
        if edits is None:
            continue  # "he said..." with no telling who
        shown = _ShownFact(fact, edits, in_ordering.get(fact.start, ""), topics)
        if len(where) < MAX_WHERE and (question := _where(extraction, shown)) is not None:
            where.append(question)
            continue
        turns: list[tuple[list[DraftedQuestion], int, Callable[[], DraftedQuestion | None]]] = [
            (cloze, MAX_CLOZE, partial(_cloze, extraction, shown, cloze_answers)),
            (true_false, MAX_TRUE_FALSE, partial(_true_false, extraction, shown, len(true_false) % 2 == 1)),
        ]
        if len(true_false) < len(cloze):
            turns.reverse()
        for bucket, limit, build in turns:
            if len(bucket) < limit and (question := build()) is not None:
                bucket.append(question)
                break
    return ordering_question(extraction, items) + where + cloze + true_false


def _sentence(extraction: Extraction, start: int, end: int) -> str:
    return extraction.text[start:end].strip()


def _source(extraction: Extraction, start: int, end: int) -> str:
    """The verbatim excerpt for `source`: the same span the review screen highlights."""
    span = excerpt(extraction.text, start, end)
    return extraction.text[span[0] : span[1]]


def _usable(extraction: Extraction, fact: Fact) -> bool:
    sentence = _sentence(extraction, fact.start, fact.end)
    words = len(sentence.split())
    if sentence.startswith(("--", "—", "–")):
        return False  # "-- Novak Djokovic on learning that ...": who said the quotation above, not a fact
    return MIN_FACT_WORDS <= words <= MAX_FACT_WORDS and not _UNSAFE.search(sentence)


def _all_names(extraction: Extraction, element: Element) -> list[str]:
    """Every way the answer could be written, to check none is left visible."""
    names = [element.text, *element.alternatives]
    if element.kind == "person":
        person = extraction.person(element.value)
        if person is not None:
            names += [*person.aliases, person.name]
            names += [person.last] if person.last else []
    return [name for name in names if len(name) > 1 or name.isdigit()]  # "7" counts; a stray initial does not


def _visible_elsewhere(extraction: Extraction, element: Element, shown: str) -> bool:
    return any(contains_phrase(shown, name) for name in _all_names(extraction, element))


def _topic_places(extraction: Extraction) -> frozenset[str]:
    """Places named in a fifth of the article's sentences: what it is about, so asked for, they are guessed."""
    places = sorted({element.text for fact in extraction.facts for element in fact.of_kind("place")}, key=len)
    if not places:
        return frozenset()
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(place) for place in reversed(places)) + r")(?!\w)")
    starts = [sentence.start for sentence in extraction.sentences]
    in_sentences = {
        (match.group(0), bisect.bisect_right(starts, match.start())) for match in pattern.finditer(extraction.text)
    }
    named_in = Counter(place for place, _sentence in in_sentences)
    threshold = max(TOPIC_MIN_SENTENCES, len(extraction.sentences) * TOPIC_SHARE)
    return frozenset(place for place, count in named_in.items() if count >= threshold)


def _is_reference(text: str, element: Element) -> bool:
    """ "the two sides", "the three attended": a number pointing back at something, not a count to learn."""
    return element.kind == "number" and _REFERENCE.search(text, max(0, element.start - 8), element.start) is not None


def _drafted(
    extraction: Extraction, question: QuestionBase, fact_start: int, fact_end: int, key: str
) -> DraftedQuestion:
    span = excerpt(extraction.text, fact_start, fact_end)
    paragraph = extraction.article.paragraph_index(fact_start) + 1
    return DraftedQuestion(question, span, paragraph, (fact_start, key))


def _cloze(extraction: Extraction, shown: _ShownFact, used_answers: set[str]) -> DraftedQuestion | None:
    """A cloze on the first element of the sentence that is hidden elsewhere and not already a cloze's answer."""
    text = extraction.text
    fact = shown.fact
    for kind in _CLOZE_ORDER:
        for element in fact.of_kind(kind):
            answer_key = f"{kind}:{(element.value or text[element.start : element.end]).lower()}"
            if answer_key in used_answers or _is_reference(text, element) or element.text in shown.topics:
                continue  # three clozes on "Monday" teach one thing three times
            before = shown.text(extraction, fact.start, element.start)
            after = shown.text(extraction, element.end, fact.end)
            if _visible_elsewhere(extraction, element, f"{before} {after} {shown.in_ordering}"):
                continue
            surface = text[element.start : element.end]
            alternatives = [alt for alt in dict.fromkeys(_all_names(extraction, element)) if alt != surface]
            alternatives = [alt for alt in alternatives if not _UNSAFE.search(alt) and alt[0].isalnum()]
            blank = "{{" + "|".join([surface, *alternatives[:4]]) + "}}"
            original = text[fact.start : element.start] + " " + text[element.end : fact.end]
            question = make_question(
                "cloze",
                id=question_id("fill", slug(surface, 3), slug(original, 5)),
                prompt="Fill in the blank.",
                text=capitalized((before + blank + after).strip()),
                explanation=f"The article says: “{_sentence(extraction, fact.start, fact.end)}”",
                source=_source(extraction, fact.start, fact.end),
                tags=("facts",),
            )
            used_answers.add(answer_key)
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


def _comparable(extraction: Extraction, element: Element, other: Element) -> bool:
    if _sort_of(element) != _sort_of(other):
        return False
    if element.kind == "person":
        return _same_gender(extraction.person(element.value), extraction.person(other.value))
    if element.kind != "number":
        return True
    if number_unit(extraction.text, element) != number_unit(extraction.text, other):
        return False  # "23.2 cents" never becomes "23.2 %"
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
            if other.value.lower() in seen or not _comparable(extraction, element, other):
                continue
            seen.add(other.value.lower())
            others.append(other)
    return others


def _same_gender(first: Person | None, second: Person | None) -> bool:
    """ "Ms. Lind said she..." swapped to a man reads false for the wrong reason: the pronoun gives it away."""
    if first is None or second is None:
        return False
    return first.gender is None or second.gender is None or first.gender == second.gender


def _stays_false(text: str, element: Element, other: Element) -> bool:
    """Whether swapping keeps a bound false: "at least 14" may become "at least 20", never "at least 3";
    "fallen every year since 2019" may become "since 1978", never "since 2021"."""
    try:
        value, swapped = float(element.value), float(other.value)
    except ValueError:
        return True
    if element.kind == "day":
        return not _SINCE.search(text, max(0, element.start - 8), element.start) or swapped < value
    if element.kind != "number":
        return True
    if _LOWER_BOUND.search(text, max(0, element.start - 20), element.start):
        return swapped > value
    if _UPPER_BOUND.search(text, max(0, element.start - 20), element.start):
        return swapped < value
    return True


def _true_false(extraction: Extraction, shown: _ShownFact, is_true: bool) -> DraftedQuestion | None:
    """A statement from the sentence, true as the article has it or false with one element swapped.

    The caller alternates `is_true`, starting with false: a draft whose statements are all true
    teaches students to answer "true" without reading.
    """
    text = extraction.text
    fact = shown.fact
    sentence = _sentence(extraction, fact.start, fact.end)
    statement_true = shown.text(extraction, fact.start, fact.end).strip()
    for kind in _SWAP_ORDER:
        for element in fact.of_kind(kind):
            if kind == "number" and (element.value == "1" or _is_reference(text, element)):
                continue  # "one civilian died" swapped for "two civilian died" reads wrong whatever the truth
            if _visible_elsewhere(extraction, element, shown.in_ordering):
                continue  # the ordering item shows the sentence as it is
            swap = next(
                (
                    other
                    for other in _other_values(extraction, element)
                    if other.value != "1"
                    and not _visible_elsewhere(extraction, other, statement_true)
                    and _stays_false(text, element, other)
                ),
                None,
            )
            if swap is None:
                continue
            surface = text[element.start : element.end]
            if surface.startswith("The "):
                surface = "t" + surface[1:]  # quoted mid-sentence in the explanation
            replacement = _replacement(extraction, element, swap)
            statement = (
                statement_true
                if is_true
                else (
                    shown.text(extraction, fact.start, element.start)
                    + replacement
                    + shown.text(extraction, element.end, fact.end)
                ).strip()
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
    """The swapped-in value, written the way the original was (a number word for a number word, "Mr. Putin"
    for "Mr. Trump"): a name in another style than the rest of the sentence gives the swap away."""
    original = extraction.text[element.start : element.end]
    if element.kind == "person":
        person, other = extraction.person(element.value), extraction.person(swap.value)
        if person is not None and other is not None:
            return _written_like(original, person, other)
    if element.kind == "number":
        swapped = _surface(extraction, swap)
        written = [swapped, *swap.alternatives]
        same_form = [value for value in written if value.replace("-", "").isalpha() == original.isalpha()]
        return same_form[0] if same_form else swapped
    return _surface(extraction, swap)


def _written_like(original: str, person: Person, other: Person) -> str:
    """`other`'s name in the form `original` names `person`: same leading honorific or title, or surname alone."""
    words = original.split()
    names = [alias for alias in other.aliases if alias[:1].isupper()]
    same_lead = [alias for alias in names if alias.split()[0] == words[0] and len(alias.split()) == len(words)]
    if len(words) > 1 and same_lead:
        return same_lead[0]
    if words[0].rstrip(".").lower() in HONORIFICS and len(words) == 2:
        honorific = [alias for alias in names if len(alias.split()) == 2 and alias.split()[0].rstrip(".").lower()
                     in HONORIFICS]  # fmt: skip
        if honorific:
            return honorific[0]
    if original == person.last and other.last:
        return other.last
    return other.shown


def _where(extraction: Extraction, shown: _ShownFact) -> DraftedQuestion | None:
    text = extraction.text
    fact = shown.fact
    for place in fact.of_kind("place"):
        phrase = re.search(
            rf"\s*,?\s*\b(?:in|at)\s+{re.escape(place.text)}(?:,\s+[A-Z][\w'’-]*)?(?=[\s,.;])",
            text[fact.start : fact.end],
        )
        if phrase is None or not _happened_there(text, fact.start + phrase.start(), fact):
            continue
        if place.text in shown.topics:
            continue
        cut_start, cut_end = fact.start + phrase.start(), fact.start + phrase.end()
        rest = (shown.text(extraction, fact.start, cut_start) + shown.text(extraction, cut_end, fact.end)).strip()
        rest = re.sub(r"\s+([,.;])", r"\1", rest)
        if _visible_elsewhere(extraction, place, f"{rest} {shown.in_ordering}") or len(rest.split()) < 5:
            continue
        original = re.sub(r"\s+([,.;])", r"\1", (text[fact.start : cut_start] + text[cut_end : fact.end]).strip())
        question = make_question(
            "short_answer",
            id=question_id("where", slug(original, 7)),
            prompt=f"Where did this happen? “{capitalized(rest)}”",
            answer=place.text,
            alternatives=place.alternatives,
            explanation=f"The article says: “{_sentence(extraction, fact.start, fact.end)}”",
            source=_source(extraction, fact.start, fact.end),
            tags=("places",),
        )
        return _drafted(extraction, question, fact.start, fact.end, place.value)
    return None


def _happened_there(text: str, position: int, fact: Fact) -> bool:
    """Whether "in PLACE" at `position` says where the event happened: after its verb ("met in Rome") or
    its time ("On Friday in Istanbul"), not after any noun ("fighting in Ukraine")."""
    if fact.cue is not None and 0 <= position - fact.cue.end <= 2:
        return True
    before = re.findall(r"[A-Za-z]+", text[max(fact.start, position - 30) : position])
    return bool(before) and (before[-1].lower() in _HAPPENED_VERBS or before[-1].endswith("ed"))
