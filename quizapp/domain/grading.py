"""Grading: a pure function from (question, response) to a result the student can learn from.

Responses by kind (what the app passes in):
- multiple_choice: the chosen choice's text (str)
- multi_select: the chosen choices' texts (a collection of str)
- true_false: bool (strings such as "true"/"false"/"t"/"f"/"yes"/"no" are understood)
- short_answer: the typed text (str)
- cloze: one typed text per blank, in order (a sequence of str)
- ordering: the items in the student's order (a sequence of str)
- matching: left item -> chosen right item (a mapping of str to str)
- numeric: the typed text (str), read by quizapp.domain.numeric

`grade` never raises, whatever it is given: a response of the wrong shape is simply wrong.
Chosen texts (choices, items, right-hand matches) must be the bank's texts exactly, as the app
passes them; only typed texts (short_answer, cloze, numeric) are normalised, see quizapp.domain.normalize.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.bank.models import (
    Cloze,
    Matching,
    MultipleChoice,
    MultiSelect,
    Numeric,
    Ordering,
    ShortAnswer,
    TrueFalse,
)
from quizapp.domain import numeric
from quizapp.domain.normalize import match_answer

Response = str | bool | Sequence[str] | Mapping[str, str] | None


@dataclass(frozen=True)
class PartResult:
    """One part of an answer: a blank, a position in an order, a matched pair, a choice."""

    label: str
    """What the part is, for display: 'blank 2', 'position 3', a left item, a choice."""
    given: str
    expected: str
    correct: bool


@dataclass(frozen=True)
class GradeResult:
    correct: bool
    """Entirely right (score == 1)."""
    score: float
    """From 0 to 1; partial credit for multi_select, cloze, ordering and matching."""
    expected: str
    """The right answer, written for display."""
    given: str
    """The student's answer, written for display."""
    parts: tuple[PartResult, ...] = ()
    """Which parts were right or wrong (empty for single-part kinds)."""
    note: str = ""
    """A remark such as 'accepted with a typo: the spelling is Istanbul'."""
    with_typo: bool = False
    """Right only because a typo was forgiven (weaker evidence of memory: see domain.rating)."""

    @property
    def partly_right(self) -> bool:
        return not self.correct and self.score > 0


NO_ANSWER = "(no answer)"
"""What `given` shows when the student gave nothing usable."""

TRUE_WORDS = frozenset({"true", "t", "yes", "y"})
FALSE_WORDS = frozenset({"false", "f", "no", "n"})


def grade(question: Any, response: Response, *, language: str | None = None) -> GradeResult:
    """Grade `response` to `question` (any question kind from quizapp.bank.models); `language` is
    the bank's, for number words in typed answers (None: English).

    Something that is not a question of a known kind scores 0 rather than raising: the
    session goes on, and the wrong result is visible.
    """
    if isinstance(question, ShortAnswer):
        return _grade_short_answer(question, response, language)
    if isinstance(question, Cloze):
        return _grade_cloze(question, response, language)
    grader = _GRADERS.get(type(question))
    if grader is None:
        return GradeResult(False, 0.0, "", _shown(response if isinstance(response, str) else None))
    return grader(question, response)


# -- reading responses of any shape ---------------------------------------------------------


def _shown(text: str | None) -> str:
    """A typed text as the feedback shows it: trimmed, or NO_ANSWER when there is nothing."""
    return text.strip() if text is not None and text.strip() else NO_ANSWER


def _entries(response: Response) -> list[str | None]:
    """The response as a list of texts; a lone str is one entry; anything not text is None.

    Sets are accepted (multi_select picks need no order); mappings and bytes are not a list.
    """
    if isinstance(response, str):
        return [response]
    if isinstance(response, Mapping | bytes | bytearray) or not isinstance(response, Collection):
        return []
    return [entry if isinstance(entry, str) else None for entry in response]


def _ratio(right: int, total: int) -> float:
    """right / total, with nothing to get right counting as entirely right."""
    return right / total if total else 1.0


# -- one grader per kind ----------------------------------------------------------------


def _grade_multiple_choice(question: MultipleChoice, response: Response) -> GradeResult:
    given = response if isinstance(response, str) else None
    correct = given == question.answer
    return GradeResult(correct, 1.0 if correct else 0.0, question.answer, _shown(given))


def _grade_multi_select(question: MultiSelect, response: Response) -> GradeResult:
    """(right picks − wrong picks) / number right, floored at 0: picking everything earns nothing."""
    picks = {entry for entry in _entries(response) if entry is not None}
    right = set(question.answers)
    choices = list(question.choices)
    right_picks = len(picks & right)
    wrong_picks = len(picks - right)
    correct = picks == right
    score = 1.0 if correct else max(0.0, (right_picks - wrong_picks) / len(right))
    parts = [
        PartResult(
            label=choice,
            given="chosen" if choice in picks else "not chosen",
            expected="chosen" if choice in right else "not chosen",
            correct=(choice in picks) == (choice in right),
        )
        for choice in choices
    ]
    unknown = sorted(picks - set(choices))
    parts += [PartResult(label=pick, given="chosen", expected="not a choice", correct=False) for pick in unknown]
    shown_picks = [choice for choice in choices if choice in picks] + unknown
    return GradeResult(
        correct,
        score,
        expected=", ".join(question.answers),
        given=", ".join(shown_picks) or NO_ANSWER,
        parts=tuple(parts),
    )


def _as_bool(response: Response) -> bool | None:
    if isinstance(response, bool):
        return response
    if isinstance(response, str):
        word = response.strip().casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    return None


def _grade_true_false(question: TrueFalse, response: Response) -> GradeResult:
    answer = _as_bool(response)
    given = str(answer) if answer is not None else _shown(response if isinstance(response, str) else None)
    correct = answer is question.answer
    return GradeResult(correct, 1.0 if correct else 0.0, str(question.answer), given)


def _grade_short_answer(question: ShortAnswer, response: Response, language: str | None = None) -> GradeResult:
    given = response if isinstance(response, str) else None
    accepted = (question.answer, *question.alternatives)
    match = match_answer(given, accepted, language) if given is not None else None
    correct = match is not None
    note = match.note if match is not None else ""
    with_typo = match is not None and match.with_typo
    return GradeResult(correct, 1.0 if correct else 0.0, question.answer, _shown(given), note=note, with_typo=with_typo)


def _grade_cloze(question: Cloze, response: Response, language: str | None = None) -> GradeResult:
    """Each blank on its own, with the short-answer forgiveness; score = share of blanks right."""
    blanks = question.blanks
    typed = _entries(response)
    parts: list[PartResult] = []
    notes: list[str] = []
    for number, blank in enumerate(blanks, start=1):
        text = typed[number - 1] if number <= len(typed) else None
        match = match_answer(text, blank.accepted, language) if text is not None else None
        parts.append(PartResult(f"blank {number}", _shown(text), blank.answer, match is not None))
        if match is not None and match.with_typo:
            notes.append(match.note if len(blanks) == 1 else f"blank {number}: {match.note}")
    right = sum(part.correct for part in parts)
    given = "; ".join(part.given for part in parts)
    nothing_typed = all(part.given == NO_ANSWER for part in parts)
    return GradeResult(
        correct=right == len(blanks),
        score=_ratio(right, len(blanks)),
        expected="; ".join(blank.answer for blank in blanks),
        given=NO_ANSWER if nothing_typed else given,
        parts=tuple(parts),
        note="; ".join(notes),
        with_typo=bool(notes),
    )


def _numbered(entries: Sequence[str | None]) -> str:
    return "  ".join(f"{number}. {_shown(entry)}" for number, entry in enumerate(entries, start=1))


def _grade_ordering(question: Ordering, response: Response) -> GradeResult:
    """Score = share of item pairs in the right relative order, so one item out of place
    costs little and a reversed list scores 0. Extra entries scale the score down."""
    items = list(question.items)
    entries = _entries(response)
    position: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry is not None:
            position.setdefault(entry, index)
    # Where the student put each item (items they left out get no place, and so no pairs).
    places = [position[item] for item in items if item in position]
    total_pairs = len(items) * (len(items) - 1) // 2
    right_pairs = sum(
        1 for first in range(len(places)) for second in range(first + 1, len(places)) if places[first] < places[second]
    )
    correct = entries == items
    score = 1.0 if correct else _ratio(right_pairs, total_pairs) * len(items) / max(len(items), len(entries), 1)
    if not correct and not total_pairs:
        score = 0.0
    parts = tuple(
        PartResult(
            f"position {number}",
            _shown(entries[number - 1] if number <= len(entries) else None),
            item,
            number <= len(entries) and entries[number - 1] == item,
        )
        for number, item in enumerate(items, start=1)
    )
    return GradeResult(
        correct,
        score,
        expected=_numbered(items),
        given=_numbered(entries) if entries else NO_ANSWER,
        parts=parts,
    )


def _grade_matching(question: Matching, response: Response) -> GradeResult:
    """Score = share of left items matched to their right item."""
    chosen = response if isinstance(response, Mapping) else {}
    parts: list[PartResult] = []
    for pair in question.pairs:
        pick = chosen.get(pair.left)
        pick = pick if isinstance(pick, str) else None
        parts.append(PartResult(pair.left, _shown(pick), pair.right, pick == pair.right))
    right = sum(part.correct for part in parts)
    nothing_chosen = all(part.given == NO_ANSWER for part in parts)
    return GradeResult(
        correct=right == len(parts),
        score=_ratio(right, len(parts)),
        expected="; ".join(f"{part.label} → {part.expected}" for part in parts),
        given=NO_ANSWER if nothing_chosen else "; ".join(f"{part.label} → {part.given}" for part in parts),
        parts=tuple(parts),
    )


def _grade_numeric(question: Numeric, response: Response) -> GradeResult:
    """Right within the tolerance (or the range); an alternative earns its credit; a unit, when
    typed, must be one of the question's units."""
    given = response if isinstance(response, str) else None
    expected = numeric.described(question.answer, question.tolerance, question.range)
    if question.units:
        expected += f" {question.units[0]}"
    typed = numeric.read_number(given)
    if typed is None:
        note = "" if not (given or "").strip() else "that is not a number"
        return GradeResult(False, 0.0, expected, _shown(given), note=note)
    if typed.unit and typed.unit.casefold() not in {unit.casefold() for unit in question.units}:
        note = f"the unit is {question.units[0]}" if question.units else "type only the number"
        return GradeResult(False, 0.0, expected, _shown(given), note=note)
    if question.range is not None:
        right = numeric.in_range(typed.value, *question.range)
    else:
        right = numeric.within(typed.value, question.answer, question.tolerance)
    if right:
        exactly = typed.value == numeric.exact(question.answer)
        note = "" if exactly else f"accepted: the answer is {numeric.shown(question.answer)}"
        return GradeResult(True, 1.0, expected, _shown(given), note=note)
    near = [other for other in question.alternatives if numeric.within(typed.value, other.answer, other.tolerance)]
    best = max(near, key=lambda other: other.credit, default=None)
    if best is None:
        return GradeResult(False, 0.0, expected, _shown(given))
    around = f"within {numeric.shown(best.tolerance)} of " if best.tolerance else ""
    note = f"{around}{numeric.shown(best.answer)}: {best.credit:.0%} of the credit" if best.credit < 1 else ""
    return GradeResult(best.credit >= 1, best.credit, expected, _shown(given), note=note)


_GRADERS: dict[type, Callable[[Any, Response], GradeResult]] = {
    MultipleChoice: _grade_multiple_choice,
    MultiSelect: _grade_multi_select,
    TrueFalse: _grade_true_false,
    ShortAnswer: _grade_short_answer,
    Cloze: _grade_cloze,
    Ordering: _grade_ordering,
    Matching: _grade_matching,
    Numeric: _grade_numeric,
}
