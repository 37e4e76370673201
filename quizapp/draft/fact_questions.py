"""Questions on facts: the ordering question, "where did this happen?", cloze and true/false, one per sentence.

Every element asked about (a number, a place, a person, a day) must not appear anywhere else
in what the student sees, so no question is answerable from its own prompt, nor from the
ordering question's item for the same sentence. One sentence gives one question: a cloze
and a true/false on the same sentence answer each other. True/false (`true_false`) swaps one
element for another of the same sort from the same article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial

from quizapp.draft.author_notes import is_author_note
from quizapp.draft.candidate import DraftedQuestion, length_scaled, make_question
from quizapp.draft.counted import counted_beside, hours_between_times
from quizapp.draft.extraction import Extraction
from quizapp.draft.facts import PLACE_PART, Fact
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import WEEKDAYS, word_set
from quizapp.draft.literal_patterns import search_around
from quizapp.draft.ordering_checks import to_come
from quizapp.draft.ordering_question import ordering_items, ordering_question
from quizapp.draft.shown_fact import (
    ShownFact,
    all_names,
    drafted_fact,
    in_a_note_on_the_article,
    inside_a_name,
    is_reference,
    name_start,
    part_of_a_number,
    sentence_of,
    source_of,
    visible_elsewhere,
)
from quizapp.draft.spelled_numbers import whole_spelled_number
from quizapp.draft.standalone import standalone_edits
from quizapp.draft.true_false import SwapIndex, true_false_question
from quizapp.draft.wording import capitalized, question_id, slug

MAX_CLOZE = 10
MAX_TRUE_FALSE = 8
MAX_WHERE = 4
MIN_FACT_WORDS, MAX_FACT_WORDS = 6, 45
TOPIC_SHARE, TOPIC_MIN_SENTENCES = 0.2, 4
_CLOZE_ORDER = ("number", "place", "person", "day")
"""A weekday is the last thing to blank: "On {{Tuesday}}" tests memory of the dateline, not the story."""
_HAPPENED_VERBS = word_set(
    "met held spoke took gathered arrived died fought landed opened closed signed voted played won lost began started "
    "ended crashed struck killed attacked announced protested marched rallied stayed lived born was were"
)
_UNSAFE = lazy_compile(r"[{}|]")
_DAY = lazy_compile(r"day\b")
_NEXT_WORD = lazy_compile(r"[ ]+([a-z][\w'’-]*)")
_AFTER_A_PLACE = word_set(
    "on at in to for from and or but as after before when while with since during until last this next earlier later "
    "yesterday today tonight overnight over amid because despite following ahead early late by under into near than "
    "so then where which who whose that on off until against around about"
)
"""Words that may follow "in PLACE" once the place is said: a time, a clause, a conjunction ("met in Rome on
Friday", "protested in Oslo and marched"); any other lowercase word continues a phrase the place qualifies."""
_ANOTHER_LISTED = lazy_compile(r"[^.;]{0,40}?\b(?:and|or)\s+[A-Z]")
"""A second capitalised name joined by "and" soon after the place: "in Leeds, on the coast, and York"."""
_DIGIT_BEFORE = lazy_compile(r"\d(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?$")
_DIGIT_AFTER = lazy_compile(r",?[ ]+\d")
_IN_PLACE_BEFORE = rf"\s*,?\s*\b(?:in|at)\s+(?:{PLACE_PART}\s+)?"
_IN_PLACE_AFTER = r"(?:,\s+(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*(?=[\s,.;])))?(?=[\s,.;])"
"""Around the place asked "where?": "in central Leeds", "at Leeds, England" (`search_around`: the place
itself is written between them, no pattern compiled for it)."""
_RELATIVE_AFTER = lazy_compile(r"\s*,?\s*(?:where|which|whose)\b")
"""A relative clause right after a place: the place is its antecedent, so the clause cannot stand without it."""
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_WEEKDAY_STEMS_BY_LAST_LETTER = {
    letter: tuple(stem for stem in _WEEKDAY_STEMS if stem.endswith(letter))
    for letter in {s[-1] for s in _WEEKDAY_STEMS}
}
"""The stems by their last letter: the letter before a "day" names the one or three to try, not all seven."""


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
    swaps = SwapIndex(extraction)
    weekdays = _weekdays_named(extraction.text)
    max_where, max_cloze, max_true_false = (
        length_scaled(limit, extraction) for limit in (MAX_WHERE, MAX_CLOZE, MAX_TRUE_FALSE)
    )
    for fact in extraction.facts:
        if len(where) >= max_where and len(cloze) >= max_cloze and len(true_false) >= max_true_false:
            break
        if not _usable(extraction, fact):
            continue
        edits = standalone_edits(extraction, fact.start, fact.end, sentence_before=True)
        if edits is None:
            continue  # "he said..." with no telling who
        shown = ShownFact(fact, edits, in_ordering.get(fact.start, ""), topics)
        if len(where) < max_where and (question := _where(extraction, shown)) is not None:
            where.append(question)
            continue
        turns: list[tuple[list[DraftedQuestion], int, Callable[[], DraftedQuestion | None]]] = [
            (cloze, max_cloze, partial(_cloze, extraction, shown, cloze_answers, weekdays)),
            (true_false, max_true_false, partial(true_false_question, swaps, shown, len(true_false) % 2 == 1)),
        ]
        if len(true_false) < len(cloze):
            turns.reverse()
        for bucket, limit, build in turns:
            if len(bucket) < limit and (question := build()) is not None:
                bucket.append(question)
                break
    return ordering_question(extraction, items) + where + cloze + true_false


def _usable(extraction: Extraction, fact: Fact) -> bool:
    sentence = sentence_of(extraction, fact.start, fact.end)
    words = len(sentence.split())
    if sentence.startswith(("--", "—", "–")):
        return False  # "-- Novak Djokovic on learning that ...": who said the quotation above, not a fact
    if is_author_note(sentence):
        return False  # "(Reporting by Ana Ruiz; Editing by Tom Hale.)" run onto the last paragraph: the byline
    if in_a_note_on_the_article(extraction, fact.start):
        return False  # "Editor's note: ...", "Correction: an earlier version said ...": the site's, not the story
    return MIN_FACT_WORDS <= words <= MAX_FACT_WORDS and not _UNSAFE.search(sentence)


def _starts_a_word(text: str, position: int) -> bool:
    r"""Whether no word character comes just before `position` (what `(?<!\w)` and `\b` test there)."""
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")


def _weekdays_named(text: str) -> frozenset[str]:
    """The weekdays the article names ("monday"), as words of their own.

    Found from each "day" ending a word, a plain-letters scan: a pattern opening with a word
    boundary and an alternation is tried at every position of the text, ten times slower.
    """
    found = set()
    for match in _DAY.finditer(text):
        for stem in _WEEKDAY_STEMS_BY_LAST_LETTER.get(text[match.start() - 1 : match.start()], ()):
            start = match.start() - len(stem)
            if start >= 0 and text.startswith(stem, start) and _starts_a_word(text, start):
                found.add(f"{stem}day".lower())
    return frozenset(found)


def _topic_places(extraction: Extraction) -> frozenset[str]:
    """Places named in a fifth of the article's sentences: what it is about, so asked for, they are guessed."""
    places = sorted(
        {element.text for fact in extraction.facts for element in fact.elements if element.kind == "place"}, key=len
    )
    if not places:
        return frozenset()
    pattern = re.compile(r"(?:" + "|".join(re.escape(place) for place in reversed(places)) + r")(?!\w)")
    starts = [sentence.start for sentence in extraction.sentences]
    in_sentences = {
        (match.group(0), bisect.bisect_right(starts, match.start())) for match in _whole_words(pattern, extraction.text)
    }
    named_in = Counter(place for place, _sentence in in_sentences)
    threshold = max(TOPIC_MIN_SENTENCES, len(extraction.sentences) * TOPIC_SHARE)
    return frozenset(place for place, count in named_in.items() if count >= threshold)


def _whole_words(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)` as if the pattern opened with `(?<!\w)`, found that much faster.

    A pattern opening with a look-behind is tried at every position; without it, the scan jumps
    to the letters that can open a match. A match inside a word is skipped and the scan goes on
    from the next position, so the matches are exactly the look-behind's.
    """
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if not _starts_a_word(text, match.start()):
            position = match.start() + 1
            continue
        yield match
        position = max(match.end(), match.start() + 1)


def _cloze(
    extraction: Extraction, shown: ShownFact, used_answers: set[str], weekdays: frozenset[str]
) -> DraftedQuestion | None:
    """A cloze on the first element of the sentence that is hidden elsewhere and not already a cloze's answer."""
    text = extraction.text
    fact = shown.fact
    for kind in _CLOZE_ORDER:
        for found in fact.of_kind(kind):
            if (element := whole_spelled_number(text, found)) is None:
                continue  # "twenty-first": an ordinal, no number to blank
            answer_key = f"{kind}:{(element.value or text[element.start : element.end]).lower()}"
            if answer_key in used_answers or is_reference(text, element) or element.text in shown.topics:
                continue  # three clozes on "Monday" teach one thing three times
            if part_of_a_number(text, element):
                continue  # "the '{{86}} World Cup", "a {{two}}-thirds majority": half of what the article says
            if shown.hides(element) or inside_a_name(text, element):
                continue  # "(September 4) FLUSHING MEADOWS –" is left out; "Irish {{Rail}}" is half a name
            if kind == "day" and element.value in WEEKDAYS and len(weekdays) < 2:
                continue  # the one weekday of the story is its news day: "On {{Tuesday}}" asks nothing
            if kind == "day" and (
                _DIGIT_BEFORE.search(text, 0, element.start) or _DIGIT_AFTER.match(text, element.end)
            ):
                continue  # "on 1 {{September}}", "in {{July}} 2020": half a date, the other half shown
            blank_start = name_start(extraction, element)  # "Mayor {{Ada Quist}}": the title stays shown
            before = shown.text(extraction, fact.start, blank_start)
            after = shown.text(extraction, element.end, fact.end)
            if visible_elsewhere(extraction, element, f"{before} {after} {shown.in_ordering}"):
                continue
            if kind == "number" and (counted_beside(after, element.value) or hours_between_times(after)):
                continue  # "{{two}} mountains, called Wright Mons and Piccard Mons": counted in the prompt
            surface = text[blank_start : element.end]
            blanked_before = {surface, text[element.start : element.end]}
            alternatives = [alt for alt in dict.fromkeys(all_names(extraction, element)) if alt not in blanked_before]
            alternatives = [
                alt
                for alt in alternatives
                if not _UNSAFE.search(alt) and alt[0].isalnum() and _an_answer_here(kind, alt, surface, after)
            ]
            blank = "{{" + "|".join([surface, *alternatives[:4]]) + "}}"
            original = text[fact.start : blank_start] + " " + text[element.end : fact.end]
            question = make_question(
                "cloze",
                id=question_id("fill", slug(surface, 3), slug(original, 5)),
                prompt="Fill in the blank.",
                text=capitalized((before + blank + after).strip()),
                explanation=f"The article says: “{sentence_of(extraction, fact.start, fact.end)}”",
                source=source_of(extraction, fact.start, fact.end),
                tags=("facts",),
            )
            used_answers.add(answer_key)
            return drafted_fact(extraction, question, fact.start, fact.end, element.value or surface)
    return None


def _an_answer_here(kind: str, alternative: str, surface: str, after: str) -> bool:
    """Whether `alternative` fills the blank: not a role the person was once called ("{{Ana Ruiz|the minister}}"
    in "Minister {{...}} said"), nor the place with what the sentence shows after the blank ("in {{Leeds|Leeds,
    York}}, York and Hull", "in {{Leeds|Leeds, England}}, England")."""
    if kind == "person" and alternative[0].islower():
        return False
    return not (alternative.startswith(surface) and after.startswith(alternative[len(surface) :]))


def _where(extraction: Extraction, shown: ShownFact) -> DraftedQuestion | None:
    text = extraction.text
    fact = shown.fact
    for place in fact.of_kind("place"):
        if shown.hides(place) or inside_a_name(text, place):
            continue
        phrase = search_around(_IN_PLACE_BEFORE, (place.text,), _IN_PLACE_AFTER, text[fact.start : fact.end])
        if phrase is None or not _happened_there(text, fact.start + phrase[0], fact):
            continue
        if place.text in shown.topics:
            continue
        cut_start, cut_end = fact.start + phrase[0], fact.start + phrase[1]
        if _RELATIVE_AFTER.match(text, cut_end, fact.end):
            continue  # "happened in Leeds, where a judge ...": cut out, the place leaves "happened, where" behind
        if not _closes_the_place(text, cut_end, fact.end):
            continue  # "banned in Leeds public schools", "declared in Leeds, on the coast, and York": half cut out
        if _cut_leaves_a_fragment(text, cut_start, cut_end, fact.end):
            continue  # "a firm based." or "St" of "St. Paul": what is left, or the answer, is half of something
        rest = (shown.text(extraction, fact.start, cut_start) + shown.text(extraction, cut_end, fact.end)).strip()
        rest = re.sub(r"\s+([,.;])", r"\1", rest)
        if visible_elsewhere(extraction, place, f"{rest} {shown.in_ordering}") or len(rest.split()) < 5:
            continue
        if any(other.text != place.text and other.text in rest for other in fact.of_kind("place")):
            continue  # "four hit in Aldwick, nine in Bexford": the place left shown is an answer too
        original = re.sub(r"\s+([,.;])", r"\1", (text[fact.start : cut_start] + text[cut_end : fact.end]).strip())
        question = make_question(
            "short_answer",
            id=question_id("where", slug(original, 7)),
            prompt=f"Where did this happen? “{capitalized(rest)}”",
            answer=place.text,
            alternatives=place.alternatives,
            explanation=f"The article says: “{sentence_of(extraction, fact.start, fact.end)}”",
            source=source_of(extraction, fact.start, fact.end),
            tags=("places",),
        )
        return drafted_fact(extraction, question, fact.start, fact.end, place.value)
    return None


def _closes_the_place(text: str, end: int, fact_end: int) -> bool:
    """Whether "in PLACE" ends at `end`, so cutting it out leaves a whole sentence: the word after it is not one
    the place qualifies ("in Leeds public schools") and no other place is listed with it ("in Leeds, on the
    coast, and York"), which would stay shown as a second answer."""
    after = text[end:fact_end]
    word = _NEXT_WORD.match(after)
    if word is not None and word.group(1).lower() not in _AFTER_A_PLACE:
        return False
    return _ANOTHER_LISTED.match(after) is None


_NEEDS_ITS_PLACE = lazy_compile(r"(?:\b(?:born|raised|based|[a-z]+ed))[ ]*$")
_ORIGIN = lazy_compile(r"\b(?:born|raised|based)[ ]*$")
_ENDS_THERE = lazy_compile(r"[ ]*(?:[.,;:]|and\b|but\b|$)")
_NAME_GOES_ON = lazy_compile(r"(?:\.[ ]*[A-Z]|[ ]+[A-Z])")


def _cut_leaves_a_fragment(text: str, cut_start: int, cut_end: int, fact_end: int) -> bool:
    """Whether cutting "in PLACE" out breaks the sentence or the name: a participle left with nothing after it
    ("a group based in Leeds." to "a group based.", "was born and raised in Leeds." to "was born and raised."),
    whose place was part of what the phrase says, not where the sentence's event happened; or a place whose
    name goes on past the cut ("in St. Ives" asked as "St", "in Leeds West Yorkshire" leaving "West Yorkshire")."""
    remaining = text[cut_end:fact_end].rstrip("”\"’' ")
    if _ORIGIN.search(text, max(0, cut_start - 12), cut_start):
        return True  # "born and raised in Leeds to parents who ...": where someone is from, not where this happened
    if _NEEDS_ITS_PLACE.search(text, max(0, cut_start - 30), cut_start) and _ENDS_THERE.match(remaining):
        return True
    if remaining.lstrip().startswith((".,", "&")):
        return True  # "in Leeds, Yorks., on Monday", "at Sully's Bar & Grill": the cut stops inside the place
    return bool(remaining) and _NAME_GOES_ON.match(remaining) is not None and remaining.strip() != "."


_SINCE_A_THING = lazy_compile(r"\b(?:since|after|before|until)\s+(?:the|a|an|his|her|their|its)\s+[^,;.]{1,50}$")
"""A time cue closing a phrase of its own ("changed since the last debate a month ago in Leeds"): the cue, and the
place after it, say when and where the debate was, not where the sentence's event happened."""


def _happened_there(text: str, position: int, fact: Fact) -> bool:
    """Whether "in PLACE" at `position` says where the event happened: after its verb ("met in Rome"), its time
    ("On Friday in Istanbul") or the event it happened at ("spoke at a rally in Rome", `_AT_AN_EVENT`, when it has
    happened), not after any other noun ("fighting in Ukraine")."""
    if fact.cue is not None and 0 <= position - fact.cue.end <= 2:
        return _SINCE_A_THING.search(text, max(fact.start, fact.cue.start - 60), fact.cue.start) is None
    before = re.findall(r"[A-Za-z]+", text[max(fact.start, position - 30) : position])
    if bool(before) and (before[-1].lower() in _HAPPENED_VERBS or before[-1].endswith("ed")):
        return True
    event = _AT_AN_EVENT.search(text, max(fact.start, position - 60), position)
    if event is None or _INFINITIVE_BEFORE.search(text, max(fact.start, event.start() - 30), event.start()):
        return False  # "was offered a chance to speak at a rally in Leeds": the rally is no deed of the sentence's
    return not to_come(text, fact.start, fact.end)  # "will endorse her at a rally in Leeds": it has not happened


_AT_AN_EVENT = lazy_compile(
    r"\b(?:at|during)[ ]+(?:a|an|the|his|her|their)[ ]+(?:[\w-]+[ ]+){0,3}"
    r"(?:rally|event|speech|meeting|town[ ]hall|conference|summit|fundraiser|forum|dinner|luncheon|breakfast"
    r"|ceremony|funeral|gathering)$"
)
"""An event the sentence's deed happened at, named just before the place: "bashed the plan during a rally in Leeds",
"spoke at a town hall in Leeds". Where the event was is where the sentence's deed was, so "where?" asks it."""
_INFINITIVE_BEFORE = lazy_compile(r"\bto[ ]+[a-z]+[ ]+$")
"""An infinitive taking the event as its own ("a chance to speak at a rally in Leeds"): not the sentence's deed."""
