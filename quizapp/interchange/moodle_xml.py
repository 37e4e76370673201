"""Read Moodle XML question files (Moodle's own export) into quizapp questions.

Parsed with defusedxml: a question file comes from anywhere, and plain XML parsers expand
entities (a few hundred bytes can become gigabytes) or fetch external ones. A file that
declares entities is refused with a located reason.

What maps where (one reader per Moodle question type, `READERS`):
- multichoice (single) -> multiple_choice; multichoice (several right) -> multi_select
- truefalse -> true_false; shortanswer -> short_answer; numerical -> numeric (units too)
- matching -> matching (a subquestion without text is a distractor); ordering -> ordering
- multianswer (Cloze) whose gaps are all short answers -> cloze
- generalfeedback -> explanation; each answer's feedback -> kept in the explanation;
  the category -> a tag; <tags> -> tags; essays, descriptions and the other types are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.bank.problems import Problem
from quizapp.interchange.gift import category_tag
from quizapp.interchange.htmltext import html_to_text
from quizapp.interchange.imported import Skipped, SourceQuestion
from quizapp.interchange.numeric_answers import NumericAnswer, numeric_fields, parse_number
from quizapp.interchange.problems import MalformedInput


def cloze_prompt(blanks: int) -> str:
    """A Moodle Cloze has only its passage: this is the prompt it gets (and the writer leaves out)."""
    return "Fill in the blank." if blanks == 1 else "Fill in the blanks."


MOODLE_DEFAULT_FEEDBACK = frozenset(
    {"Your answer is correct.", "Your answer is partially correct.", "Your answer is incorrect."}
)
"""What Moodle fills in for combined feedback: not the teacher's words, so not worth a loss."""


class _LineBuilder(TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: Any, attrs: Any) -> Element:
        element = super().start(tag, attrs)
        self.lines[id(element)] = self.parser.CurrentLineNumber if self.parser is not None else 0
        return element


class _Question:
    """One <question> being read: its texts as quizapp text, and what it lost."""

    def __init__(self, element: Element, line: int, category: str | None) -> None:
        self.element = element
        self.line = line
        self.category = category
        self.losses: list[str] = []
        self.answer_feedback: list[tuple[str, str]] = []

    def text(self, element: Element | None) -> str:
        """The `<text>` of a text-holding element, as plain text (HTML read, entities resolved)."""
        if element is None:
            return ""
        node = element.find("text")
        raw = (node.text if node is not None else element.text) or ""
        if element.get("format", "html") in ("html", "moodle_auto_format"):
            raw, lost = html_to_text(raw)
            self.losses.extend(f"{item} (quizapp shows text only)" for item in lost)
        return raw.strip()

    def child_text(self, tag: str) -> str:
        return self.text(self.element.find(tag))

    def flag(self, tag: str) -> str:
        return (self.element.findtext(tag) or "").strip().lower()

    def answers(self) -> list[tuple[str, float, str]]:
        """(text, credit from -1 to 1, feedback) of each <answer>."""
        found = []
        for answer in self.element.findall("answer"):
            try:
                credit = float(answer.get("fraction", "0")) / 100
            except ValueError:
                credit = 0.0
            found.append((self.text(answer), credit, self.text(answer.find("feedback"))))
        return found


def read_moodle_xml(text: str, shown_as: str) -> tuple[list[SourceQuestion], list[Skipped]]:
    """Every question of a Moodle XML text; MalformedInput when it is not one, located."""
    root, lines = _parse(text, shown_as)
    drafts: list[SourceQuestion] = []
    skipped: list[Skipped] = []
    category: str | None = None
    for element in root.iter("question"):
        line = lines.get(id(element), 1)
        kind = element.get("type", "")
        if kind == "category":
            category = category_tag(element.findtext("category/text") or "")
            continue
        reader = READERS.get(kind)
        if reader is None:
            what = _UNSUPPORTED.get(kind, f"a {kind or 'typeless'} question")
            skipped.append(Skipped(line, f"skipped {what}: quizapp has no such kind"))
            continue
        question = _Question(element, line, category)
        outcome = reader(question)
        if isinstance(outcome, str):
            skipped.append(Skipped(line, f"skipped a {kind} question: {outcome}"))
            continue
        drafts.append(_draft(question, outcome))
    return drafts, skipped


def _parse(text: str, shown_as: str) -> tuple[Element, dict[int, int]]:
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    builder.parser = parser.parser
    try:
        parser.feed(text)
        root = parser.close()
    except ParseError as error:
        line = error.position[0] if error.position else 1
        raise MalformedInput([Problem(shown_as, line, None, f"not well-formed XML: {error}")]) from None
    except DefusedXmlException:
        line = builder.parser.CurrentLineNumber if builder.parser is not None else 1
        reason = "declares XML entities, which quizapp does not expand (they can make a file huge)"
        raise MalformedInput([Problem(shown_as, line, None, reason)]) from None
    if root.tag != "quiz":
        raise MalformedInput([Problem(shown_as, 1, None, f"not Moodle XML: the file is <{root.tag}>, not <quiz>")])
    return root, builder.lines


def _draft(question: _Question, fields: dict[str, Any]) -> SourceQuestion:
    element = question.element
    name = question.text(element.find("name")) or None
    tags = [(node.text or "").strip() for node in element.findall("tags/tag/text") if (node.text or "").strip()]
    if question.category:
        tags.insert(0, question.category)
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    general = question.child_text("generalfeedback")
    right = fields.pop("_feedback", None)
    if general and right:
        question.answer_feedback.insert(0, ("", right))
    if general or right:
        fields["explanation"] = general or right
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        combined = question.child_text(tag)
        if combined and combined not in MOODLE_DEFAULT_FEEDBACK:
            question.losses.append(f"the {tag.removesuffix('feedback')} feedback: {combined}")
    hints = [question.text(hint) for hint in element.findall("hint")]
    question.losses += [f"hint: {hint}" for hint in hints if hint]
    return SourceQuestion(fields, question.line, name, [], question.losses, question.answer_feedback)


# -- one reader per Moodle question type: fields, or the reason it cannot be read -------------


def _multichoice(question: _Question) -> dict[str, Any] | str:
    answers = question.answers()
    texts = [text for text, _, _ in answers]
    single = question.flag("single") not in ("false", "0")
    fields: dict[str, Any] = {"prompt": question.child_text("questiontext"), "choices": texts}
    if question.flag("shuffleanswers") in ("false", "0"):
        fields["shuffle"] = False
    if single:
        right = [index for index, (_, credit, _) in enumerate(answers) if credit >= 1]
        if len(right) != 1:
            return "no full-credit answer" if not right else "several full-credit answers"
        fields |= {"kind": "multiple_choice", "answer": texts[right[0]]}
        question.losses += [
            f"partial credit ({credit:.0%}) for {text!r}: it counts as simply wrong"
            for text, credit, _ in answers
            if 0 < credit < 1
        ]
    else:
        right = [index for index, (_, credit, _) in enumerate(answers) if credit > 0]
        if not right:
            return "no right answer (no positive grade)"
        if len({answers[index][1] for index in right}) > 1:
            question.losses.append("unequal answer grades: every right choice counts the same in quizapp")
        fields |= {"kind": "multi_select", "answers": [texts[index] for index in right]}
    for index, (text, _, feedback) in enumerate(answers):
        if not feedback:
            continue
        if single and index == right[0]:
            fields["_feedback"] = feedback
        else:
            question.answer_feedback.append((text, feedback))
    return fields


def _truefalse(question: _Question) -> dict[str, Any] | str:
    answers = {text.lower(): (credit, feedback) for text, credit, feedback in question.answers()}
    if answers.get("true", (0,))[0] >= 1:
        value = True
    elif answers.get("false", (0,))[0] >= 1:
        value = False
    else:
        return "neither true nor false earns full credit"
    fields: dict[str, Any] = {"kind": "true_false", "prompt": question.child_text("questiontext"), "answer": value}
    right = answers.get(str(value).lower(), (0, ""))[1]
    wrong = answers.get(str(not value).lower(), (0, ""))[1]
    if right:
        fields["_feedback"] = right
    if wrong:
        question.answer_feedback.append((str(not value).lower(), wrong))
    return fields


def _shortanswer(question: _Question) -> dict[str, Any] | str:
    fields: dict[str, Any] = {"kind": "short_answer", "prompt": question.child_text("questiontext")}
    accepted: list[str] = []
    for text, credit, feedback in question.answers():
        if text == "*":
            question.losses.append("the answer '*' (anything else) was left out")
            continue
        if credit >= 1:
            accepted.append(text)
        elif credit > 0:
            question.losses.append(f"partial credit ({credit:.0%}) for {text!r}: it counts as wrong")
        if feedback and credit >= 1 and len(accepted) == 1:
            fields["_feedback"] = feedback
        elif feedback:
            question.answer_feedback.append((text, feedback))
    if not accepted:
        return "no full-credit answer"
    if question.flag("usecase") == "1":
        question.losses.append("case-sensitive answers (quizapp ignores case)")
    fields["answer"] = accepted[0]
    if accepted[1:]:
        fields["alternatives"] = list(dict.fromkeys(accepted[1:]))
    return fields


def _numerical(question: _Question) -> dict[str, Any] | str:
    accepted: list[NumericAnswer] = []
    for answer in question.element.findall("answer"):
        text = question.text(answer)
        try:
            credit = float(answer.get("fraction", "0")) / 100
        except ValueError:
            credit = 0.0
        number = parse_number(text)
        margin = parse_number(answer.findtext("tolerance") or "0")
        if text == "*" or number is None or margin is None:
            question.losses.append(f"the answer {text!r} (not a number) was left out")
        elif credit > 0:
            accepted.append(
                NumericAnswer(number, abs(margin), min(credit, 1.0), question.text(answer.find("feedback")))
            )
    fields = numeric_fields(question.child_text("questiontext"), accepted, question.answer_feedback)
    if fields is None:
        return "no full-credit answer"
    units = []
    for unit in question.element.findall("units/unit"):
        name = (unit.findtext("unit_name") or "").strip()
        if name and (parse_number(unit.findtext("multiplier") or "1") or 0) == 1:
            units.append(name)
        elif name:
            question.losses.append(f"the unit {name!r} with a multiplier (quizapp's units do not convert)")
    if units:
        fields["units"] = units
    return fields


def _matching(question: _Question) -> dict[str, Any] | str:
    pairs, distractors = [], []
    for sub in question.element.findall("subquestion"):
        left = question.text(sub)
        right = (sub.findtext("answer/text") or "").strip()
        if left:
            pairs.append({"left": left, "right": right})
        elif right:
            distractors.append(right)
    if len(pairs) < 2:
        return "fewer than two pairs"
    fields: dict[str, Any] = {"kind": "matching", "prompt": question.child_text("questiontext"), "pairs": pairs}
    if distractors:
        fields["distractors"] = distractors
    return fields


def _ordering(question: _Question) -> dict[str, Any] | str:
    items = [text for text, _, _ in question.answers()]
    if len(items) < 2:
        return "fewer than two items"
    if question.flag("selecttype") not in ("", "all", "0"):
        question.losses.append("only some items are shown in Moodle; quizapp shows them all")
    return {"kind": "ordering", "prompt": question.child_text("questiontext"), "items": items}


_GAP = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")
_SHORT_GAPS = frozenset({"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC", "NUMERICAL", "NM"})


def _multianswer(question: _Question) -> dict[str, Any] | str:
    passage = question.child_text("questiontext")
    gaps = list(_GAP.finditer(passage))
    if not gaps:
        return "no gaps"
    pieces, last = [], 0
    for gap in gaps:
        if gap.group(2) not in _SHORT_GAPS:
            return f"a {gap.group(2).lower()} gap (quizapp's cloze has typed blanks only)"
        accepted = _gap_answers(gap.group(3), numeric=gap.group(2) in ("NUMERICAL", "NM"))
        if not accepted or any(mark in text for text in accepted for mark in ("{{", "}}", "|")):
            return "a gap without a full-credit answer a typed blank can hold"
        pieces += [passage[last : gap.start()], "{{" + "|".join(accepted) + "}}"]
        last = gap.end()
    pieces.append(passage[last:])
    return {"kind": "cloze", "prompt": cloze_prompt(len(gaps)), "text": "".join(pieces)}


def _gap_answers(body: str, *, numeric: bool) -> list[str]:
    """The full-credit answers of one Cloze gap (`=a~%100%b~%50%c#feedback`); a numerical gap's
    answer only when it has no margin, since a typed blank matches text."""
    accepted = []
    for part in re.split(r"(?<!\\)~", body):
        weight = re.match(r"^(=|%100%)", part)
        if not weight:
            continue
        text = re.sub(r"\\(.)", r"\1", re.split(r"(?<!\\)#", part[weight.end() :])[0]).strip()
        if numeric:
            number, _, margin = text.partition(":")
            if parse_number(number) is None or (margin.strip() and parse_number(margin) != 0):
                continue
            text = number.strip()
        if text:
            accepted.append(text)
    return accepted


READERS: dict[str, Callable[[_Question], dict[str, Any] | str]] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "ordering": _ordering,
    "multianswer": _multianswer,
}
"""One reader per Moodle question type quizapp can carry."""

_UNSUPPORTED = {
    "essay": "an essay question (no answer to check)",
    "description": "a description (text without answers)",
    "calculated": "a calculated question",
    "calculatedsimple": "a calculated question",
    "calculatedmulti": "a calculated question",
    "ddwtos": "a drag-and-drop into text question",
    "gapselect": "a select-missing-words question",
    "ddimageortext": "a drag-and-drop onto image question",
    "ddmarker": "a drag-and-drop markers question",
    "randomsamatch": "a random short-answer matching question",
    "random": "a random question",
}
