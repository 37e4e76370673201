"""The results file a student hands in (`quizapp results -o NAME.json`) and the teacher reads.

One JSON file per student:

    {
      "format": "quizapp-results", "version": 1,
      "student": "Alice", "exported_at": "2026-05-19T10:00:00Z",
      "banks": [{
        "id": "ukraine-call", "title": "...", "content_hash": "3f2a...",
        "questions": [{"id": "q1", "answer_hash": "ab12...", "prompt": "Who said ...?"}, ...],
        "answers": [{"question_id": "q1", "answered_at": "...", "correct": true, "score": 1.0,
                     "duration_ms": 5300, "answer_hash": "ab12...", "response": "Paris"}, ...],
        "flags": [{"question_id": "q2", "answer_hash": "cd34...", "flagged_at": "...",
                   "note": "two options are both right"}, ...]
      }]
    }

`content_hash` fingerprints what the students were asked (ids, prompts and keys, not
explanations or tags): results of different versions of a bank are never mixed. Each answer
carries its question's `answer_hash` at the time, so answers given before the teacher changed
a key are recognisable too. `flags` (questions the student flagged as wrong or unclear, with a
note) was added later: a file without it reads as one with no flags.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Final, Literal, Protocol

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from quizapp.bank.models import Bank
from quizapp.bounds import MAX_DIGITS, data_excess, line_col, long_number, too_deep, too_many_values

RESULTS_FORMAT: Final = "quizapp-results"
RESULTS_VERSION: Final = 1
MAX_RESULTS_BYTES = 32 * 1024 * 1024

_Closed = ConfigDict(extra="forbid", frozen=True)
NonEmpty = Annotated[str, Field(min_length=1)]


class AnswerRecord(BaseModel):
    model_config = _Closed

    question_id: NonEmpty
    answered_at: AwareDatetime
    correct: bool
    score: float = Field(ge=0, le=1)
    duration_ms: int = Field(ge=0)
    answer_hash: NonEmpty
    response: Any = None


class FlagNote(BaseModel):
    """A question the student flagged as wrong or unclear, and their note ('' for none)."""

    model_config = _Closed

    question_id: NonEmpty
    answer_hash: NonEmpty
    flagged_at: AwareDatetime
    note: str = Field(default="", max_length=2000)


class QuestionRef(BaseModel):
    model_config = _Closed

    id: NonEmpty
    answer_hash: NonEmpty
    prompt: str | None = None
    """The question as asked, so the report can show it (files made before it was added have none)."""


class BankResults(BaseModel):
    model_config = _Closed

    id: NonEmpty
    title: str
    content_hash: NonEmpty
    questions: tuple[QuestionRef, ...] = Field(min_length=1)
    answers: tuple[AnswerRecord, ...]
    flags: tuple[FlagNote, ...] = ()


class ResultsFile(BaseModel):
    model_config = _Closed

    format: Literal["quizapp-results"]
    version: Literal[1]
    student: NonEmpty
    exported_at: AwareDatetime
    banks: tuple[BankResults, ...]


class UnreadableResults(Exception):
    """A results file that cannot be used; the message is one line naming the file."""


def bank_content_hash(bank: Bank) -> str:
    """A fingerprint of what students are asked: ids, kinds, prompts and keys, in order.

    Rewording an explanation or retagging keeps the hash (the class's results stay comparable);
    changing a prompt, a choice or an answer changes it.
    """
    canonical = [
        {"id": question.id, "kind": question.kind, "prompt": question.prompt, **question.answer_fields()}
        for question in bank.questions
    ]
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class ReviewLike(Protocol):
    """What `bank_results` needs of a stored answer (quizapp.storage.ReviewRecord has it all, read-only)."""

    @property
    def question_id(self) -> str: ...
    @property
    def answered_at(self) -> datetime: ...
    @property
    def correct(self) -> bool: ...
    @property
    def score(self) -> float: ...
    @property
    def duration_ms(self) -> int: ...
    @property
    def answer_hash(self) -> str: ...
    @property
    def response(self) -> Any: ...  # whatever the question's kind takes: str, list, dict or bool


class FlagLike(Protocol):
    """What `bank_results` needs of a stored flag (quizapp.storage.FlagRecord)."""

    @property
    def question_id(self) -> str: ...
    @property
    def answer_hash(self) -> str: ...
    @property
    def flagged_at(self) -> datetime: ...
    @property
    def note(self) -> str: ...


def bank_results(bank: Bank, reviews: Iterable[ReviewLike], flags: Iterable[FlagLike] = ()) -> BankResults:
    """One bank's section of a results file: its fingerprint, every answer and every flag, oldest first."""
    answers = sorted(
        (
            AnswerRecord(
                question_id=review.question_id,
                answered_at=review.answered_at,
                correct=review.correct,
                score=min(max(review.score, 0.0), 1.0),
                duration_ms=max(review.duration_ms, 0),
                answer_hash=review.answer_hash,
                response=review.response,
            )
            for review in reviews
        ),
        key=lambda answer: (answer.answered_at, answer.question_id),
    )
    return BankResults(
        id=bank.id,
        title=bank.title,
        content_hash=bank_content_hash(bank),
        questions=tuple(QuestionRef(id=q.id, answer_hash=q.answer_hash, prompt=q.prompt) for q in bank.questions),
        answers=tuple(answers),
        flags=tuple(
            FlagNote(question_id=f.question_id, answer_hash=f.answer_hash, flagged_at=f.flagged_at, note=f.note)
            for f in sorted(flags, key=lambda flag: flag.flagged_at)
        ),
    )


def results_file(student: str, exported_at: datetime, banks: Sequence[BankResults]) -> ResultsFile:
    return ResultsFile(
        format=RESULTS_FORMAT, version=RESULTS_VERSION, student=student, exported_at=exported_at, banks=tuple(banks)
    )


def results_json(results: ResultsFile) -> str:
    return results.model_dump_json(indent=1) + "\n"


class _LongNumber(ValueError):
    """A number past quizapp.bounds.MAX_DIGITS, met while json reads the file."""


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _LongNumber(digits[:10])
    return int(digits)


def read_results(path: Path, shown_as: str | None = None) -> ResultsFile:
    """A results file, or UnreadableResults with one line saying what is wrong with it."""
    shown = shown_as or str(path)
    try:
        if path.stat().st_size > MAX_RESULTS_BYTES:
            raise UnreadableResults(f"{shown}: larger than {MAX_RESULTS_BYTES // 1_048_576} MiB; not a results file")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableResults(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise UnreadableResults(f"{shown}: is a folder, not a results file") from None
    except OSError as error:
        raise UnreadableResults(f"{shown}: cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableResults(f"{shown}: not a results file (not UTF-8 text)") from None
    try:
        bounded = too_many_values(text)  # counted before json builds anything
        if bounded is None:
            data = json.loads(text, parse_int=_bounded_int)
    except RecursionError:
        bounded = too_deep(text, toml=False)
    except _LongNumber:
        bounded = long_number(text)
    except json.JSONDecodeError as error:
        cut_short = not raw.rstrip().endswith(b"}")
        ending = " (the file is cut short: ask the student to send it again)" if cut_short else ""
        raise UnreadableResults(f"{shown}:{error.lineno}: not valid JSON: {error.msg}{ending}") from None
    if bounded is not None:
        line, col = line_col(text, bounded.offset or 0)
        raise UnreadableResults(f"{shown}:{line}:{col}: not a results file: {bounded.message}")
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT:
        raise UnreadableResults(f"{shown}: not a quizapp results file (made by `quizapp results`)")
    if data.get("version") != RESULTS_VERSION:
        raise UnreadableResults(
            f"{shown}: results format version {data.get('version')!r}; this quizapp reads version {RESULTS_VERSION}"
        )
    excess = data_excess(data)
    if excess is not None:
        where = ".".join(str(part) for part in excess.path)
        raise UnreadableResults(f"{shown}: {where}: {excess.message}")
    try:
        return ResultsFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        raise UnreadableResults(f"{shown}: {where}: {first['msg']}{more}") from None
