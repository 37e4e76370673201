"""From questions read out of a foreign file to a validated quizapp `Bank`, without silent loss.

Each importer only reads its format into `SourceQuestion`s (the fields of one question, where it was,
and what it lost); this module gives them stable unique ids, supplies the explanation the
bank format requires, validates each question on its own (so one bad question is located at
its line, not reported as a bank-wide error), and collects every loss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizapp.bank.models import AnyQuestion, Bank, Question
from quizapp.bank.problems import Problem
from quizapp.interchange.explain import NO_FEEDBACK, neutral_explanation
from quizapp.interchange.ids import id_from_name, id_from_text, slugify, unique_ids
from quizapp.interchange.problems import Loss, MalformedInput
from quizapp.text import plural

_QUESTION: TypeAdapter[AnyQuestion] = TypeAdapter(Question)
_BLANK = re.compile(r"\{\{.*?\}\}", re.DOTALL)


@dataclass
class SourceQuestion:
    """One question as read from the source, before it has an id or has been validated."""

    fields: dict[str, Any]
    """kind, prompt and the kind's own keys; `explanation` only when the source had feedback."""
    line: int
    name: str | None = None
    """The source's own name for the question (GIFT `::name::`), which the id is made from."""
    comments: list[str] = field(default_factory=list)
    """The source's comments about this question, kept as TOML comments."""
    losses: list[str] = field(default_factory=list)
    answer_feedback: list[tuple[str, str]] = field(default_factory=list)
    """(an answer, the source's feedback on it) for answers other than the one the explanation
    comes from: kept in the explanation, since a student learns most from why a pick is wrong.
    An empty answer means the feedback on the right answer, kept after the general feedback."""


@dataclass(frozen=True)
class Skipped:
    """A whole item of the source that became no question, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportResult:
    format: str
    shown_as: str
    questions: tuple[AnyQuestion, ...]
    comments: dict[str, list[str]]
    """question id -> TOML comment lines (the source's comments, then what was not carried over)."""
    losses: tuple[Loss, ...]
    """Everything the source had that the bank does not, and the notes of neutral explanations."""
    bank_id: str | None = None
    """The bank's id when the source says it (a GIFT file written by `quizapp convert`)."""
    title: str | None = None

    @property
    def lost(self) -> tuple[Loss, ...]:
        """What was really lost: a neutral explanation replaces nothing the source had."""
        return tuple(loss for loss in self.losses if loss.message != NO_FEEDBACK)

    @property
    def without_feedback(self) -> int:
        """How many questions had no feedback, so got an explanation that states the answer."""
        return sum(loss.message == NO_FEEDBACK for loss in self.losses)


def assemble(shown_as: str, format_name: str, drafts: list[SourceQuestion], skipped: list[Skipped]) -> ImportResult:
    """Validated questions and every loss; MalformedInput listing every question that cannot be a quizapp one."""
    ids = unique_ids([id_from_name(draft.name) if draft.name else id_from_text(_id_text(draft)) for draft in drafts])
    problems: list[Problem] = []
    questions: list[AnyQuestion] = []
    comments: dict[str, list[str]] = {}
    losses: list[Loss] = [Loss(shown_as, item.line, item.reason) for item in skipped]
    for question_id, draft in zip(ids, drafts, strict=True):
        fields = {"id": question_id, **draft.fields}
        draft_losses = list(draft.losses)
        if not fields.get("explanation"):
            try:
                fields["explanation"] = neutral_explanation(fields)
            except (KeyError, TypeError, ValueError):
                fields["explanation"] = "See the answer above."
            draft_losses.append(NO_FEEDBACK)
        if draft.answer_feedback:
            fields["explanation"] = with_answer_feedback(fields["explanation"], draft.answer_feedback)
        question = _validate(fields, draft.line, shown_as, problems)
        if question is None:
            continue
        questions.append(question)
        losses.extend(Loss(shown_as, draft.line, message, question_id) for message in draft_losses)
        notes = [f"not carried over: {message}" for message in draft_losses if message != NO_FEEDBACK]
        if draft.comments or notes:
            comments[question_id] = [*draft.comments, *notes]
    if problems:
        raise MalformedInput(problems)
    if not questions:
        reason = "no questions found" + (f" ({len(skipped)} items skipped, see above)" if skipped else "")
        raise MalformedInput([Problem(shown_as, 1, None, reason)])
    losses.sort(key=lambda loss: loss.line or 0)
    return ImportResult(format_name, shown_as, tuple(questions), comments, tuple(losses))


def with_answer_feedback(explanation: str, feedback: list[tuple[str, str]]) -> str:
    """The explanation, then the feedback on each other answer, one paragraph each."""
    lines = [f"If you answered {answer}: {text}" if answer else text for answer, text in feedback]
    return "\n\n".join([explanation, *lines])


def _id_text(draft: SourceQuestion) -> str:
    """What an unnamed question's id is made from: its passage for a cloze (blanks left out), else its prompt."""
    if draft.fields.get("kind") == "cloze":
        return _BLANK.sub(" ", str(draft.fields.get("text", "")))
    return str(draft.fields.get("prompt", ""))


def _validate(fields: dict[str, Any], line: int, shown_as: str, problems: list[Problem]) -> AnyQuestion | None:
    try:
        question: AnyQuestion = _QUESTION.validate_python(fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"][1:]) or "question"
        problems.append(
            Problem(shown_as, line, None, f"cannot make a {fields['kind']} question: {where}: {first['msg']}")
        )
        return None
    checks = question.cross_checks()
    if checks:
        message = checks[0].message.format(**checks[0].context)
        problems.append(Problem(shown_as, line, None, f"cannot make a {fields['kind']} question: {message}"))
        return None
    return question


def bank_from_import(result: ImportResult, *, bank_id: str | None, title: str | None, source: Path) -> Bank:
    """The imported questions as a bank; its id and title are the ones given, else the source's own
    (a `quizapp convert` header), else the file name's."""
    stem = source.stem
    return Bank(
        id=bank_id or result.bank_id or slugify(stem, 60) or "imported",
        title=title or result.title or (stem.replace("_", " ").replace("-", " ").strip() or "Imported questions"),
        questions=result.questions,
    )


def header_lines(result: ImportResult) -> list[str]:
    lines = [f"Imported from {result.shown_as} ({result.format}) by `quizapp import`."]
    if result.lost:
        lines.append(f"{plural(len(result.lost), 'thing')} not carried over: see the comments above the questions.")
    lines.append("Check it with `quizapp validate`; edit freely, but keep the ids (progress is kept under them).")
    return lines
