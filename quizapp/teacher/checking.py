"""Results files are checked against the bank before the class report counts anything.

A results file is made by the student's quizapp and handed in by the student: nothing in it can be
trusted on its own. The answer key therefore comes from the bank the teacher gives (`--bank`, or the
banks quizapp knows), never from the files; every answer given to the current key is graded again
from its response, and a file whose scores differ from that grading (edited), that lists another
version of the bank, or that holds impossible values (an answer to a question the bank does not
have, an answer given after the file was made) is named with the reason and left out. A bank
section with no bank to check it against is left out too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from quizapp.bank.models import Bank
from quizapp.domain.grading import grade
from quizapp.interchange.results_file import AnswerRecord, BankResults, QuestionRef, ResultsFile, bank_content_hash

SCORE_TOLERANCE = 1e-6
CLOCK_SLACK = timedelta(minutes=5)
"""An answer may carry a time a little after the file's own (two clocks of one machine); more is impossible."""


@dataclass(frozen=True)
class Checked:
    """The files that can be counted (each section keyed and graded from its bank) and why others cannot."""

    files: tuple[tuple[str, ResultsFile], ...]
    warnings: tuple[str, ...]
    left_out: int
    """Bank sections left out."""


def check_against_banks(files: Sequence[tuple[str, ResultsFile]], banks: Mapping[str, Bank]) -> Checked:
    """Each (shown name, results file), with every section checked against `banks` (by bank id)."""
    kept: list[tuple[str, ResultsFile]] = []
    warnings: list[str] = []
    left_out = 0
    for source, results in files:
        sections: list[BankResults] = []
        for section in results.banks:
            bank = banks.get(section.id)
            problem: str | None
            if bank is None:
                problem = f"no bank {section.id!r} to check it against: give its file with --bank"
            else:
                problem = _disagreement(section, bank, results)
            if problem is not None:
                warnings.append(f"{source}: {problem}; its answers to {section.id!r} are left out")
                left_out += 1
                continue
            assert bank is not None
            sections.append(_keyed_by(section, bank))
        if sections:
            kept.append((source, results.model_copy(update={"banks": tuple(sections)})))
    return Checked(tuple(kept), tuple(warnings), left_out)


def _disagreement(section: BankResults, bank: Bank, results: ResultsFile) -> str | None:
    """Why `section` cannot be counted against `bank`, or None."""
    content_hash = bank_content_hash(bank)
    if section.content_hash != content_hash:
        return f"answers another version of the bank ({section.content_hash}; the bank file is {content_hash})"
    questions = {question.id: question for question in bank.questions}
    for answer in section.answers:
        question = questions.get(answer.question_id)
        if question is None:
            return f"an answer to question {answer.question_id!r}, which the bank does not have"
        if answer.answered_at > results.exported_at + CLOCK_SLACK:
            return f"an answer to {answer.question_id!r} given after the file was made (impossible)"
        if answer.answer_hash != question.answer_hash:
            continue  # given to an older key: the report leaves it out and says so
        graded = grade(question, answer.response)
        if abs(graded.score - answer.score) > SCORE_TOLERANCE or graded.correct != answer.correct:
            return (
                f"the score of an answer to {answer.question_id!r} is {answer.score:g} but its response "
                f"scores {graded.score:g} (edited?)"
            )
    return None


def _keyed_by(section: BankResults, bank: Bank) -> BankResults:
    """The section with the bank's questions and keys in place of the file's own."""
    return section.model_copy(
        update={
            "title": bank.title,
            "questions": tuple(QuestionRef(id=q.id, answer_hash=q.answer_hash) for q in bank.questions),
            "answers": tuple(_regraded(answer, bank) for answer in section.answers),
        }
    )


def _regraded(answer: AnswerRecord, bank: Bank) -> AnswerRecord:
    question = next(q for q in bank.questions if q.id == answer.question_id)
    if answer.answer_hash != question.answer_hash:
        return answer
    graded = grade(question, answer.response)
    return answer.model_copy(update={"score": graded.score, "correct": graded.correct})
