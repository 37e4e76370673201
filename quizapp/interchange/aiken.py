"""Read Moodle's Aiken format: multiple choice questions, one right answer, no feedback.

    What is the capital of France?
    A. Lyon
    B) Paris
    ANSWER: B

The question text comes first (Moodle wants one line; several lines are accepted and kept),
then choices labelled by a capital letter with `.` or `)` and a space, then `ANSWER: <letter>`.
Aiken has no feedback, so every explanation is a neutral one (and reported as such).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from quizapp.bank.problems import Problem
from quizapp.interchange.imported import SourceQuestion
from quizapp.interchange.problems import MalformedInput

CHOICE = re.compile(r"^([A-Z])[.)][ \t]+(.*\S)\s*$")
ANSWER = re.compile(r"^ANSWER\s*:\s*(\S*)\s*$", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class _Pending:
    line: int
    prompt: list[str]
    choices: dict[str, str] = field(default_factory=dict)


def read_aiken(text: str, shown_as: str) -> list[SourceQuestion]:
    """Every question of an Aiken text; MalformedInput lists every malformed one, by line."""
    drafts: list[SourceQuestion] = []
    problems: list[Problem] = []
    pending: _Pending | None = None

    def problem(line: int, message: str) -> None:
        problems.append(Problem(shown_as, line, None, message))

    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if not line:
            continue
        choice = CHOICE.match(line)
        answer = ANSWER.match(line)
        if answer:
            if pending is None or not pending.choices:
                problem(number, "ANSWER: line without a question and its choices above it")
            else:
                draft = _finish(pending, answer.group(1), number, problem)
                if draft is not None:
                    drafts.append(draft)
            pending = None
        elif choice:
            if pending is None:
                problem(number, "a choice before any question text")
                continue
            letter, choice_text = choice.groups()
            if letter in pending.choices:
                problem(number, f"choice {letter} appears twice in this question")
            pending.choices[letter] = choice_text
        elif pending is not None and pending.choices:
            problem(pending.line, "this question has no 'ANSWER: <letter>' line after its choices")
            pending = _Pending(number, [line])
        elif pending is not None:
            pending.prompt.append(line)
        else:
            pending = _Pending(number, [line])
    if pending is not None:
        problem(pending.line, "this question has no 'ANSWER: <letter>' line after its choices")
    if problems:
        raise MalformedInput(problems)
    return drafts


def _finish(pending: _Pending, letter: str, line: int, report: Callable[[int, str], None]) -> SourceQuestion | None:
    if len(pending.choices) < 2:
        report(line, "a question needs at least two choices (lines such as 'A. ...')")
        return None
    if len(letter) != 1 or letter.upper() not in pending.choices:
        labels = ", ".join(pending.choices)
        report(line, f"ANSWER: {letter or '(nothing)'} is not one of the choices ({labels})")
        return None
    choices = list(pending.choices.values())
    fields = {
        "kind": "multiple_choice",
        "prompt": "\n".join(pending.prompt),
        "choices": choices,
        "answer": pending.choices[letter.upper()],
    }
    return SourceQuestion(fields, pending.line)
