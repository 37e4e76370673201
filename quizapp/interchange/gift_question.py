"""One GIFT question being read: where each offset lies, its text as quizapp text, and the readers
of its answer block (choices, matching, true/false, short answers, numeric).

quizapp.interchange.gift splits a file into these questions and decides which reader each one needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from quizapp.bank.problems import Problem
from quizapp.interchange.gift_syntax import (
    CLOZE_PROMPT,
    TRUE_FALSE,
    WEIGHT,
    find_all_unescaped,
    find_unescaped,
    split_format,
    unescape,
)
from quizapp.interchange.htmltext import html_to_text
from quizapp.interchange.imported import Skipped
from quizapp.interchange.numeric_answers import NumericAnswer, numeric_fields, parse_number
from quizapp.interchange.problems import MalformedInput


@dataclass
class GiftAnswer:
    marker: str
    weight: float | None
    raw: str
    feedback_raw: str | None
    line: int

    @property
    def full_credit(self) -> bool:
        return self.weight is None or self.weight >= 100


@dataclass
class GiftBlock:
    """Lines of one question (comment lines blanked, so offsets still map to lines)."""

    first_line: int
    lines: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class GiftQuestion:
    """One block being read: knows where each offset is, and collects drafts or problems."""

    def __init__(self, block: GiftBlock, shown_as: str, category: str | None) -> None:
        self.text = block.text
        self.first_line = block.first_line
        self.shown_as = shown_as
        self.category = category
        self.comments = block.comments
        self.losses: list[str] = []
        self.answer_feedback: list[tuple[str, str]] = []
        self.format: str | None = None

    @property
    def start_line(self) -> int:
        """The line where the question itself starts (after any comment lines)."""
        return self.line_at(len(self.text) - len(self.text.lstrip()))

    def line_at(self, offset: int) -> int:
        return self.first_line + self.text.count("\n", 0, max(offset, 0))

    def problem(self, offset: int, message: str) -> Problem:
        return Problem(self.shown_as, self.line_at(offset), None, message)

    def plain(self, raw: str) -> str:
        """A GIFT text as quizapp text: escapes resolved, a `[format]` marker honoured."""
        body, own_format = split_format(raw)
        text_format = own_format or self.format
        text = unescape(body).strip()
        if text_format == "html":
            text, lost = html_to_text(text)
            self.losses.extend(f"{item} (quizapp shows text only)" for item in lost)
        return text


def _split_answers(question: GiftQuestion, answers: str, offset: int, markers: str) -> list[GiftAnswer]:
    starts = find_all_unescaped(answers, markers)
    if not starts or answers[: starts[0]].strip():
        raise MalformedInput([question.problem(offset, "text before the first answer: start each answer with = or ~")])
    parsed = []
    for index, at in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(answers)
        raw = answers[at + 1 : end]
        weight = None
        match = WEIGHT.match(raw)
        if match:
            weight = float(match.group(1))
            raw = raw[match.end() :]
        hash_at = find_unescaped(raw, "#")
        feedback = None if hash_at < 0 else raw[hash_at + 1 :]
        raw = raw if hash_at < 0 else raw[:hash_at]
        parsed.append(GiftAnswer(answers[at], weight, raw, feedback, question.line_at(offset + at)))
    return parsed


def _feedback(question: GiftQuestion, answer: GiftAnswer) -> str | None:
    return question.plain(answer.feedback_raw) or None if answer.feedback_raw is not None else None


def choices(question: GiftQuestion, answers: str, offset: int, prompt: str) -> dict[str, Any] | Skipped:
    parsed = _split_answers(question, answers, offset, "=~")
    texts = [question.plain(answer.raw) for answer in parsed]
    single = any(answer.marker == "=" for answer in parsed)
    if single:
        right = [i for i, answer in enumerate(parsed) if answer.marker == "=" and answer.full_credit]
        if len(right) != 1:
            reason = "no full-credit answer" if not right else "several full-credit answers"
            return Skipped(
                parsed[0].line, f"skipped a multiple choice question with {reason}: quizapp's has exactly one"
            )
        for index, answer in enumerate(parsed):
            if index not in right and answer.weight:
                what = "partial credit" if answer.weight > 0 else "a penalty"
                question.losses.append(f"{what} ({answer.weight:g}%) for {texts[index]!r}: it counts as simply wrong")
        fields: dict[str, Any] = {
            "kind": "multiple_choice",
            "prompt": prompt,
            "choices": texts,
            "answer": texts[right[0]],
        }
        right_set = set(right)
    else:
        right = [i for i, answer in enumerate(parsed) if (answer.weight or 0) > 0]
        if not right:
            return Skipped(
                parsed[0].line, "skipped a multiple-answer question with no right answer (no positive %weight%)"
            )
        if len({parsed[i].weight for i in right}) > 1:
            question.losses.append("unequal answer weights: every right choice counts the same in quizapp")
        if any(not answer.weight for i, answer in enumerate(parsed) if i not in right):
            question.losses.append("unpenalised wrong choices: quizapp takes off a share for each wrong pick")
        fields = {"kind": "multi_select", "prompt": prompt, "choices": texts, "answers": [texts[i] for i in right]}
        right_set = set(right)
    for index, answer in enumerate(parsed):
        feedback = _feedback(question, answer)
        if feedback is None:
            continue
        if single and index in right_set:
            fields["_feedback"] = feedback
        else:
            question.answer_feedback.append((texts[index], feedback))
    return fields


def matching(question: GiftQuestion, answers: str, offset: int, prompt: str) -> dict[str, Any]:
    parsed = _split_answers(question, answers, offset, "=")
    pairs = []
    distractors = []
    problems = []
    for answer in parsed:
        raw = answer.raw if answer.feedback_raw is None else answer.raw + "#" + answer.feedback_raw
        arrow = raw.find("->")
        if arrow < 0:
            problems.append(
                Problem(question.shown_as, answer.line, None, "a matching answer is written '=left -> right'")
            )
            continue
        left, right = question.plain(raw[:arrow]), question.plain(raw[arrow + 2 :])
        if left:
            pairs.append({"left": left, "right": right})
        else:
            distractors.append(right)
    if problems:
        raise MalformedInput(problems)
    fields: dict[str, Any] = {"kind": "matching", "prompt": prompt, "pairs": pairs}
    if distractors:
        fields["distractors"] = distractors
    return fields


def true_false(question: GiftQuestion, answers: str, hash_at: int, prompt: str) -> dict[str, Any]:
    head = (answers if hash_at < 0 else answers[:hash_at]).strip()
    fields: dict[str, Any] = {"kind": "true_false", "prompt": prompt, "answer": TRUE_FALSE[head]}
    if hash_at >= 0:
        second = find_unescaped(answers, "#", hash_at + 1)
        wrong = question.plain(answers[hash_at + 1 : second if second >= 0 else len(answers)])
        right = question.plain(answers[second + 1 :]) if second >= 0 else ""
        if wrong:
            question.answer_feedback.append((str(not fields["answer"]).lower(), wrong))
        if right:
            fields["_feedback"] = right
    return fields


def short_answers(question: GiftQuestion, answers: str, offset: int) -> list[tuple[str, str | None]]:
    """(accepted answer, its feedback) for each full-credit answer; partial ones are reported."""
    parsed = _split_answers(question, answers, offset, "=")
    accepted = []
    for answer in parsed:
        text = question.plain(answer.raw)
        if answer.full_credit:
            accepted.append((text, _feedback(question, answer)))
        else:
            question.losses.append(f"partial credit ({answer.weight:g}%) for {text!r}: it counts as wrong")
    return accepted


def numeric(question: GiftQuestion, answers: str, offset: int, prompt: str) -> dict[str, Any] | Skipped:
    """`{#a}`, `{#a:margin}`, `{#low..high}`, several answers with `%weight%`s -> a numeric question."""
    wrong_at = find_unescaped(answers, "~")
    if wrong_at >= 0:
        feedback = question.plain(answers[wrong_at + 1 :].partition("#")[2])
        if feedback:
            question.answer_feedback.append(("any other number", feedback))
        answers = answers[:wrong_at]
    if find_unescaped(answers, "=") < 0:
        answers = "=" + answers
        offset -= 1
    accepted: list[NumericAnswer] = []
    for answer in _split_answers(question, answers, offset, "="):
        value = question.plain(answer.raw)
        if value == "*":
            question.losses.append("the answer '*' (any number) was left out")
            continue
        numbers = _numbers(value)
        if numbers is None:
            message = f"{value!r} is not a number, a number:margin or min..max"
            raise MalformedInput([Problem(question.shown_as, answer.line, None, message)])
        credit = 1.0 if answer.weight is None else answer.weight / 100
        if credit <= 0:
            question.losses.append(f"the answer {value} with {answer.weight:g}% credit (it earns nothing)")
            continue
        centre, margin, as_range = numbers
        accepted.append(NumericAnswer(centre, margin, min(credit, 1.0), _feedback(question, answer), as_range))
    fields = numeric_fields(prompt, accepted, question.answer_feedback)
    if fields is None:
        why = "; ".join(question.losses) or "it has no full-credit answer"
        return Skipped(question.start_line, f"skipped a numerical question: {why}")
    return fields


def _numbers(value: str) -> tuple[Decimal, Decimal, bool] | None:
    """(centre, margin, written as a range) of `a`, `a:margin` or `low..high`, exact as written."""
    if ".." in value:
        parts = [parse_number(part) for part in value.split("..", 1)]
        if parts[0] is None or parts[1] is None:
            return None
        low, high = sorted((parts[0], parts[1]))
        return (low + high) / 2, (high - low) / 2, True
    number, _, margin = (parse_number(part) if part else None for part in value.partition(":"))
    if number is None or (":" in value and margin is None):
        return None
    return number, abs(margin or Decimal(0)), False


def typed_answer(
    question: GiftQuestion,
    accepted: list[tuple[str, str | None]],
    before: str,
    after: str,
    missing_word: bool,
    prompt: str,
) -> dict[str, Any] | Skipped:
    if not accepted:
        why = "; ".join(question.losses) or "it has no full-credit answer"
        return Skipped(question.start_line, f"skipped a question: {why}")
    texts = list(dict.fromkeys(text for text, _ in accepted))
    feedback = next((fb for _, fb in accepted if fb), None)
    for text, fb in accepted[1:]:
        if fb and fb != feedback:
            question.answer_feedback.append((text, fb))
    if missing_word:
        head, tail = question.plain(before), question.plain(after)
        if any(mark in text for text in (*texts, head, tail) for mark in ("{{", "}}")) or any("|" in t for t in texts):
            return Skipped(question.start_line, "skipped a missing-word question whose text has '{{', '}}' or '|'")
        left = " " if head and before[-1:].isspace() else ""
        right = " " if tail and after[:1].isspace() else ""
        passage = f"{head}{left}{{{{{'|'.join(texts)}}}}}{right}{tail}"
        fields: dict[str, Any] = {"kind": "cloze", "prompt": CLOZE_PROMPT, "text": passage}
    else:
        fields = {"kind": "short_answer", "prompt": prompt, "answer": texts[0]}
        if texts[1:]:
            fields["alternatives"] = texts[1:]
    if feedback:
        fields["_feedback"] = feedback
    return fields
