"""Write a quizapp bank as Moodle GIFT, for uploading into an LMS.

Written so that quizapp's own GIFT reader gives the same questions back: the id is the
question name (`::id::`), the explanation the general feedback (`####`), the first tag the
category. What GIFT cannot hold is returned as losses, never dropped silently:
ordering questions, clozes with several blanks, extra tags, sources, `shuffle = false`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizapp.bank.models import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    MultiSelect,
    Numeric,
    QuestionBase,
    ShortAnswer,
    TrueFalse,
)
from quizapp.domain.numeric import exact, shown
from quizapp.interchange.gift_syntax import BLANK, CLOZE_PROMPT, WEIGHT, escape, split_format
from quizapp.interchange.problems import Loss

CATEGORY_ROOT = "$course$/top"


@dataclass(frozen=True)
class GiftExport:
    text: str
    written: int
    losses: tuple[Loss, ...]


class _Skip(Exception):
    """This question cannot be written as GIFT at all; the message says why."""


def bank_to_gift(bank: Bank, shown_as: str) -> GiftExport:
    """The bank as GIFT text, and what did not make it (each loss names the question)."""
    lines = [f"// {line}" for line in (bank.title, f"bank id: {bank.id}; converted by quizapp from {shown_as}")]
    losses: list[Loss] = []
    category: str | None = None
    written = 0
    for question in bank.questions:
        notes: list[str] = []
        try:
            body = _question(question, notes)
        except _Skip as reason:
            losses.append(Loss(shown_as, None, f"not converted: {reason}", question.id))
            continue
        wanted = question.tags[0] if question.tags else None
        if wanted != category:
            lines += ["", f"$CATEGORY: {CATEGORY_ROOT}/{wanted or f'Default for {bank.title}'}"]
            category = wanted
        notes += [f"tag {tag!r} (a GIFT question has one category)" for tag in question.tags[1:]]
        if question.source:
            notes.append("the source excerpt (GIFT has no place for it)")
        if getattr(question, "shuffle", True) is False:
            notes.append("shuffle = false (in Moodle, shuffling is a quiz setting)")
        losses.extend(Loss(shown_as, None, f"not carried over: {note}", question.id) for note in notes)
        lines += ["", body]
        written += 1
    return GiftExport("\n".join(lines) + "\n", written, tuple(losses))


def _text(text: str, context: str = "") -> str:
    """Escaped text, marked `[plain]` when it holds `<` or `&`: GIFT text is Moodle's auto-format,
    which renders `<b>` as bold and `&amp;` as '&', and quizapp text is shown exactly as written.
    (`context` is the rest of the same Moodle text, as for a missing-word question's ending.)
    A leading `[html]`-like marker is protected by an explicit marker too."""
    if any(mark in text + context for mark in "<&"):
        return "[plain]" + escape(text)
    _, marker = split_format(text)
    return ("[moodle]" if marker else "") + escape(text)


def _answer(marker: str, text: str, weight: str | None = None) -> str:
    """One answer; a text that itself starts like a `%50%` weight gets an explicit weight first."""
    if weight is None and WEIGHT.match(text):
        weight = "100" if marker == "=" else "0"
    return marker + (f"%{weight}%" if weight is not None else "") + _text(text)


def _block(answers: list[str], explanation: str) -> str:
    inner = "".join(f"\t{answer}\n" for answer in answers)
    return "{\n" + inner + f"\t####{_text(explanation)}\n}}"


def _with_answers(question: QuestionBase, prompt: str, block: str) -> str:
    """`::id::prompt{...}`, or the missing-word form when the prompt has one `_____` with text after it."""
    name = f"::{escape(question.id)}::"
    before, blank, after = prompt.partition(BLANK)
    if blank and after.strip() and BLANK not in after:
        return f"{name}{_text(before, after)}{block}{escape(after)}"
    return f"{name}{_text(prompt)}{block}"


MOODLE_GRADES = (
    "100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333",
    "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0",
)  # fmt: skip
"""The answer grades Moodle offers (its question editing form's list), as percentages."""


def moodle_grade(percent: float, notes: list[str]) -> str:
    """The Moodle grade nearest `percent`; a note says so when it had to be rounded."""
    nearest = min(MOODLE_GRADES, key=lambda grade: abs(float(grade) - percent))
    if abs(float(nearest) - percent) > 0.0001:
        notes.append(f"a grade of {percent:.5g}% (Moodle offers no such grade; written as {nearest}%)")
    return nearest


def _multiple_choice(question: MultipleChoice, notes: list[str]) -> str:
    answers = [_answer("=" if choice == question.answer else "~", choice) for choice in question.choices]
    return _with_answers(question, question.prompt, _block(answers, question.explanation))


def _multi_select(question: MultiSelect, notes: list[str]) -> str:
    share = moodle_grade(100 / len(question.answers), notes)
    answers = [
        _answer("~", choice, share if choice in question.answers else f"-{share}") for choice in question.choices
    ]
    return _with_answers(question, question.prompt, _block(answers, question.explanation))


def _true_false(question: TrueFalse, notes: list[str]) -> str:
    block = f"{{{'TRUE' if question.answer else 'FALSE'}####{_text(question.explanation)}}}"
    return f"::{escape(question.id)}::{_text(question.prompt)}{block}"


def _short_answer(question: ShortAnswer, notes: list[str]) -> str:
    accepted = (question.answer, *question.alternatives)
    if any("->" in answer for answer in accepted):
        raise _Skip("an answer with '->' would read as a matching question in GIFT")
    block = _block([_answer("=", answer) for answer in accepted], question.explanation)
    return f"::{escape(question.id)}::{_text(question.prompt)}{block}"


def _matching(question: Matching, notes: list[str]) -> str:
    if any("->" in pair.left for pair in question.pairs):
        raise _Skip("a left item with '->' cannot be written in GIFT")
    answers = [f"={_text(pair.left)} -> {escape(pair.right)}" for pair in question.pairs]
    answers += [f"= -> {escape(distractor)}" for distractor in question.distractors]
    return f"::{escape(question.id)}::{_text(question.prompt)}{_block(answers, question.explanation)}"


def _number(answer: float, tolerance: float) -> str:
    return shown(answer) + (f":{shown(tolerance)}" if tolerance else "")


def _numeric(question: Numeric, notes: list[str]) -> str:
    if question.range is not None:
        low, high = question.range
        first = f"{shown(low)}..{shown(high)}"
        if (exact(low) + exact(high)) / 2 != exact(question.answer):
            notes.append(f"the answer shown, {shown(question.answer)} (Moodle shows the middle of the range)")
    else:
        first = _number(question.answer, question.tolerance)
    if question.units:
        notes.append(f"the units {', '.join(question.units)} (GIFT numbers have none)")
    if not question.alternatives:
        return f"::{escape(question.id)}::{_text(question.prompt)}{{#{first}####{_text(question.explanation)}}}"
    answers = [f"={first}"]
    for other in question.alternatives:
        grade = moodle_grade(other.credit * 100, notes)
        answers.append(f"=%{grade}%{_number(other.answer, other.tolerance)}")
    return f"::{escape(question.id)}::{_text(question.prompt)}{{#{_block(answers, question.explanation)[1:]}"


def _question(question: QuestionBase, notes: list[str]) -> str:
    writer = WRITERS.get(question.kind)
    if writer is None:
        raise _Skip(NOT_IN_GIFT.get(question.kind, f"GIFT has no {question.kind} questions"))
    return writer(question, notes)


def _cloze(question: Cloze, notes: list[str]) -> str:
    segments = question.segments()
    blanks = question.blanks
    if len(blanks) != 1:
        raise _Skip(f"a cloze with {len(blanks)} blanks: a GIFT question has one answer block")
    if any("->" in answer for answer in blanks[0].accepted):
        raise _Skip("an answer with '->' would read as a matching question in GIFT")
    at = segments.index(0)
    before = "".join(str(part) for part in segments[:at])
    after = "".join(str(part) for part in segments[at + 1 :])
    if question.prompt != CLOZE_PROMPT:
        notes.append(f"the prompt {question.prompt!r} (GIFT shows only the passage)")
    if not after.strip():
        notes.append("the blank ends the passage, so GIFT reads it back as a short answer")
    block = _block([_answer("=", answer) for answer in blanks[0].accepted], question.explanation)
    return f"::{escape(question.id)}::{_text(before, after)}{block}{escape(after)}"


WRITERS: dict[str, Callable[[Any, list[str]], str]] = {
    "multiple_choice": _multiple_choice,
    "multi_select": _multi_select,
    "true_false": _true_false,
    "short_answer": _short_answer,
    "cloze": _cloze,
    "matching": _matching,
    "numeric": _numeric,
}
"""How each kind is written in GIFT; a kind missing here is in NOT_IN_GIFT, with the reason."""

NOT_IN_GIFT: dict[str, str] = {"ordering": "GIFT has no ordering questions"}
