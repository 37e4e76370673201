"""Write a quizapp bank as Moodle XML, Moodle's own question format, for its question bank import.

Every text is written with `format="plain_text"`, so Moodle shows it exactly as written (no
`<b>` rendered as bold); grades are only those Moodle offers (rounded with a note otherwise).
The first comment holds the bank's title and id, which `quizapp import` reads back, so a
round trip keeps the progress key. What Moodle XML cannot hold is returned as losses.

One writer per quizapp kind (`WRITERS`); every kind has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from quizapp.bank.models import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    MultiSelect,
    Numeric,
    Ordering,
    ShortAnswer,
    TrueFalse,
)
from quizapp.domain.numeric import exact, shown
from quizapp.interchange.gift_writer import CATEGORY_ROOT, moodle_grade
from quizapp.interchange.moodle_xml import cloze_prompt
from quizapp.interchange.problems import Loss


@dataclass(frozen=True)
class XmlExport:
    text: str
    written: int
    losses: tuple[Loss, ...]


def bank_to_moodle_xml(bank: Bank, shown_as: str) -> XmlExport:
    """The bank as Moodle XML text, and what did not make it (each loss names the question)."""
    quiz = Element("quiz")
    losses: list[Loss] = []
    category: str | None = None
    for question in bank.questions:
        notes: list[str] = []
        wanted = question.tags[0] if question.tags else None
        if wanted != category:
            holder = SubElement(quiz, "question", type="category")
            _text(holder, "category", f"{CATEGORY_ROOT}/{wanted or f'Default for {bank.title}'}", plain=False)
            category = wanted
        element = WRITERS[question.kind](question, notes)
        element.insert(0, _named("name", question.id))
        if element.find("questiontext") is None:  # a Cloze's is its passage
            element.insert(1, _named("questiontext", question.prompt))
        element.insert(2, _named("generalfeedback", question.explanation))
        if question.tags:
            tags = SubElement(element, "tags")
            for tag in question.tags:
                _text(SubElement(tags, "tag"), None, tag, plain=False)
        if question.source:
            notes.append("the source excerpt (Moodle has no place for it)")
        quiz.append(element)
        losses.extend(Loss(shown_as, None, f"not carried over: {note}", question.id) for note in notes)
    indent(quiz, space="  ")
    title = bank.title.replace("--", "- -")
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {title}\n     bank id: {bank.id}; converted by quizapp from '
    body = tostring(quiz, encoding="unicode")
    return XmlExport(f"{head}{shown_as.replace('--', '- -')} -->\n{body}\n", len(bank.questions), tuple(losses))


def _text(parent: Element, tag: str | None, text: str, *, plain: bool = True) -> Element:
    holder = SubElement(parent, tag) if tag else parent
    if plain:
        holder.set("format", "plain_text")
    SubElement(holder, "text").text = text
    return holder


def _named(tag: str, text: str) -> Element:
    element = Element(tag)
    _text(element, None, text, plain=tag != "name")
    return element


def _question(kind: str) -> Element:
    return Element("question", type=kind)


def _answer(parent: Element, text: str, fraction: str, **children: str) -> Element:
    answer = SubElement(parent, "answer", fraction=fraction, format="plain_text")
    SubElement(answer, "text").text = text
    for tag, value in children.items():
        SubElement(answer, tag).text = value
    return answer


def _flag(parent: Element, tag: str, value: str) -> None:
    SubElement(parent, tag).text = value


def _multiple_choice(question: MultipleChoice, notes: list[str]) -> Element:
    element = _question("multichoice")
    _flag(element, "single", "true")
    _flag(element, "shuffleanswers", "true" if question.shuffle else "false")
    _flag(element, "answernumbering", "abc")
    for choice in question.choices:
        _answer(element, choice, "100" if choice == question.answer else "0")
    return element


def _multi_select(question: MultiSelect, notes: list[str]) -> Element:
    element = _question("multichoice")
    _flag(element, "single", "false")
    _flag(element, "shuffleanswers", "true" if question.shuffle else "false")
    _flag(element, "answernumbering", "abc")
    share = moodle_grade(100 / len(question.answers), notes)
    for choice in question.choices:
        _answer(element, choice, share if choice in question.answers else f"-{share}")
    return element


def _true_false(question: TrueFalse, notes: list[str]) -> Element:
    element = _question("truefalse")
    _answer(element, "true", "100" if question.answer else "0")
    _answer(element, "false", "0" if question.answer else "100")
    return element


def _short_answer(question: ShortAnswer, notes: list[str]) -> Element:
    element = _question("shortanswer")
    _flag(element, "usecase", "0")
    for accepted in (question.answer, *question.alternatives):
        _answer(element, accepted, "100")
    return element


def _numeric(question: Numeric, notes: list[str]) -> Element:
    element = _question("numerical")
    if question.range is not None:
        low, high = (exact(bound) for bound in question.range)
        centre, margin = (low + high) / 2, (high - low) / 2
        if centre != exact(question.answer):
            notes.append(f"the answer shown, {shown(question.answer)} (Moodle shows the middle of the range)")
    else:
        centre, margin = exact(question.answer), exact(question.tolerance)
    _answer(element, shown(centre), "100", tolerance=shown(margin))
    for other in question.alternatives:
        grade = moodle_grade(other.credit * 100, notes)
        _answer(element, shown(other.answer), grade, tolerance=shown(Decimal(repr(other.tolerance))))
    if question.units:
        units = SubElement(element, "units")
        for name in question.units:
            unit = SubElement(units, "unit")
            _flag(unit, "multiplier", "1")
            _flag(unit, "unit_name", name)
        _flag(element, "unitgradingtype", "0")
        _flag(element, "showunits", "0")
        _flag(element, "unitsleft", "0")
    return element


def _matching(question: Matching, notes: list[str]) -> Element:
    element = _question("matching")
    _flag(element, "shuffleanswers", "true")
    rows = [(pair.left, pair.right) for pair in question.pairs] + [("", other) for other in question.distractors]
    for left, right in rows:  # a subquestion without text is a distractor
        sub = _text(element, "subquestion", left)
        SubElement(SubElement(sub, "answer"), "text").text = right
    return element


def _ordering(question: Ordering, notes: list[str]) -> Element:
    element = _question("ordering")
    _flag(element, "layouttype", "VERTICAL")
    _flag(element, "selecttype", "ALL")
    _flag(element, "selectcount", "0")
    _flag(element, "gradingtype", "RELATIVE_TO_CORRECT")
    for position, item in enumerate(question.items, start=1):
        _answer(element, item, str(position))
    return element


_CLOZE_SPECIAL = str.maketrans({char: "\\" + char for char in '}#~/"\\'})


def _cloze(question: Cloze, notes: list[str]) -> Element:
    element = _question("multianswer")
    pieces: list[str] = []
    for part in question.segments():
        if isinstance(part, str):
            pieces.append(part)
        else:
            accepted = "~".join("=" + answer.translate(_CLOZE_SPECIAL) for answer in question.blanks[part].accepted)
            pieces.append(f"{{1:SHORTANSWER:{accepted}}}")
    element.append(_named("questiontext", "".join(pieces)))
    if question.prompt != cloze_prompt(len(question.blanks)):
        notes.append(f"the prompt {question.prompt!r} (a Moodle Cloze shows only the passage)")
    return element


WRITERS: dict[str, Callable[[Any, list[str]], Element]] = {
    "multiple_choice": _multiple_choice,
    "multi_select": _multi_select,
    "true_false": _true_false,
    "short_answer": _short_answer,
    "cloze": _cloze,
    "ordering": _ordering,
    "matching": _matching,
    "numeric": _numeric,
}
"""How each kind is written in Moodle XML."""
