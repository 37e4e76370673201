"""The class report: who scored what, and which questions work (item analysis as Moodle does it).

Per student and question one answer counts: the first (what the student knew before
practising; `attempt="last"` takes the latest instead), and only if it was given to the
question's current key (its `answer_hash`). A student's score is the sum of those answers'
scores (partial credit counts) over *every* question of the bank, a question left unanswered
scoring 0, as in a finished Moodle attempt: one right answer out of twenty is 5%, not 100%.

Students who answered less than `min_share` of the questions (by default three quarters) are
left out of the statistics and listed: their blanks would read as wrong answers.

Per question, over the students analysed (n of them; quizapp.teacher.item_analysis):
- facility: the mean score (for one-mark questions, the share who got it right);
- discrimination index: facility among the top 27% of students minus among the bottom 27%;
  the group size is 27% of the students analysed, rounded half up, at least 1; ties are broken
  by name so the report is the same every time;
- item–total r: the correlation of the question with the rest of the test;
- flags, only from `MIN_N` students analysed (below that a figure is noise): a negative item–
  total r ("miskeyed?": the strong students get it wrong more often than the weak ones),
  facility above 0.9 ("too easy") or below 0.3 ("too hard").
For the test: Cronbach's alpha and the standard error of measurement (in percentage points).

Per question too: how many times students flagged it as wrong or unclear, and their notes (flags
given to the question's current key, from every student whose file counts, analysed or not: a
student who stopped at a question they found wrong is the one to hear).

Files are checked before anything is counted (quizapp.teacher.checking: the key and the scores come
from the bank); here, a file of a different version of a bank is reported apart with a warning, and
a student counts once per bank: of two files of one student for one bank (sent twice, exported
again, or edited), the one exported last counts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from quizapp.interchange.results_file import AnswerRecord, BankResults, ResultsFile
from quizapp.teacher.item_analysis import (
    Table,
    cronbach_alpha,
    item_rest_correlation,
    mean,
    standard_error,
    upper_minus_lower,
)
from quizapp.text import plural

GROUP_SHARE = 0.27
MIN_SHARE = 0.75
"""Students who answered less than this share of the questions are left out of the statistics."""
MIN_N = 10
"""No flag is raised from fewer students analysed than this."""
TOO_EASY = 0.9
TOO_HARD = 0.3
Attempt = Literal["first", "last"]


@dataclass(frozen=True)
class StudentScore:
    student: str
    source: str
    answered: int
    right: int
    total: int
    score: float | None
    """Sum of the scores over every question / the number of questions (0..1); None when none was answered."""
    item_scores: dict[str, float]


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    answered: int
    """How many of the students analysed answered it (the others score 0 on it)."""
    n: int
    """How many students the figures are computed from."""
    facility: float | None
    discrimination: float | None
    item_total: float | None
    """Corrected item–total correlation (Pearson's r with the rest of the test)."""
    flags: tuple[str, ...]


@dataclass(frozen=True)
class VersionReport:
    bank_id: str
    title: str
    content_hash: str
    students: tuple[StudentScore, ...]
    items: tuple[ItemStats, ...]
    group_size: int
    analysed: int = 0
    """How many students the statistics are computed from."""
    left_out: tuple[StudentScore, ...] = ()
    """Students who answered less than the minimum share, left out of the statistics."""
    alpha: float | None = None
    sem: float | None = None
    """Standard error of measurement, in percentage points of the score."""
    min_share: float = MIN_SHARE
    prompts: dict[str, str] | None = None
    """question id -> prompt, when the results files carry them."""
    student_flags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """question id -> the notes of the flags students raised on it ('' for a flag without a note)."""


@dataclass(frozen=True)
class ClassReport:
    versions: tuple[VersionReport, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    source: str
    student: str
    exported_at: datetime
    results: BankResults


def build_report(
    files: Sequence[tuple[str, ResultsFile]], attempt: Attempt = "first", min_share: float = MIN_SHARE
) -> ClassReport:
    """The report of every (shown name, results file); pure, so it is tested on hand-made files."""
    warnings: list[str] = []
    groups: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for source, results in files:
        for bank in results.banks:
            groups[(bank.id, bank.content_hash)].append(_Entry(source, results.student, results.exported_at, bank))
    warnings += _version_warnings(groups)
    versions = []
    for (_, _), entries in sorted(groups.items(), key=lambda item: (item[0][0], -len(item[1]), item[0][1])):
        kept = _without_duplicates(entries, warnings)
        versions.append(_version_report(kept, attempt, warnings, min_share))
    return ClassReport(tuple(versions), tuple(warnings))


def _version_warnings(groups: dict[tuple[str, str], list[_Entry]]) -> list[str]:
    by_bank: dict[str, list[tuple[str, list[_Entry]]]] = defaultdict(list)
    for (bank_id, content_hash), entries in groups.items():
        by_bank[bank_id].append((content_hash, entries))
    warnings = []
    for bank_id, versions in sorted(by_bank.items()):
        if len(versions) < 2:
            continue
        versions.sort(key=lambda version: (-len(version[1]), version[0]))
        main_hash = versions[0][0]
        for content_hash, entries in versions[1:]:
            names = ", ".join(sorted(entry.source for entry in entries))
            warnings.append(
                f"bank {bank_id!r}: {names} answered a different version of the bank ({content_hash}, "
                f"not {main_hash}); reported apart, not mixed in"
            )
    return warnings


def _without_duplicates(entries: list[_Entry], warnings: list[str]) -> list[_Entry]:
    """One entry per student (by name, ignoring case and spacing): the file exported last counts, then
    the one with most answers. Answer times are not compared: a student can shift them all."""
    kept: dict[str, _Entry] = {}
    order = sorted(entries, key=lambda e: (e.exported_at, len(e.results.answers), e.source), reverse=True)
    for entry in order:
        name = " ".join(entry.student.split()).casefold()
        twin = kept.get(name)
        if twin is not None:
            warnings.append(
                f"{entry.source} is another file of {entry.student} for {entry.results.id!r}: counted once, "
                f"from {twin.source}"
            )
            continue
        kept[name] = entry
    return sorted(kept.values(), key=lambda e: e.source)


def _display_names(entries: list[_Entry]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry.student] += 1
    return [f"{e.student} ({e.source})" if counts[e.student] > 1 else e.student for e in entries]


def _counted(answers: Sequence[AnswerRecord], keys: dict[str, str], attempt: Attempt) -> tuple[dict[str, float], int]:
    """question id -> the score that counts; and how many answers were to an older key."""
    chosen: dict[str, AnswerRecord] = {}
    stale = 0
    for answer in sorted(answers, key=lambda a: a.answered_at):
        if keys.get(answer.question_id) != answer.answer_hash:
            stale += answer.question_id in keys
            continue
        if attempt == "last" or answer.question_id not in chosen:
            chosen[answer.question_id] = answer
    return {question_id: answer.score for question_id, answer in chosen.items()}, stale


def _version_report(
    entries: list[_Entry], attempt: Attempt, warnings: list[str], min_share: float = MIN_SHARE
) -> VersionReport:
    first = entries[0].results
    keys = {question.id: question.answer_hash for question in first.questions}
    names = _display_names(entries)
    students = []
    for name, entry in zip(names, entries, strict=True):
        scores, stale = _counted(entry.results.answers, keys, attempt)
        if stale:
            warnings.append(
                f"{entry.source}: {plural(stale, 'answer')} given before the question's answer changed: left out"
            )
        students.append(
            StudentScore(
                student=name,
                source=entry.source,
                answered=len(scores),
                right=sum(1 for score in scores.values() if score >= 1),
                total=len(keys),
                score=sum(scores.values()) / len(keys) if scores else None,
                item_scores=scores,
            )
        )
    students.sort(key=lambda s: (-(s.score if s.score is not None else -1), s.student))
    analysed = [s for s in students if s.answered and s.answered >= min_share * len(keys) - 1e-9]
    left_out = tuple(s for s in students if s not in analysed)
    questions = list(keys)
    table = [[s.item_scores.get(question_id, 0.0) for question_id in questions] for s in analysed]
    size = group_size(len(analysed))
    upper, lower = list(range(size)), list(range(len(analysed) - size, len(analysed))) if size else []
    items = tuple(
        _item(question_id, index, analysed, table, upper, lower) for index, question_id in enumerate(questions)
    )
    alpha = cronbach_alpha(table)
    sem = standard_error(table, alpha)
    return VersionReport(
        first.id,
        first.title,
        first.content_hash,
        tuple(students),
        items,
        size,
        analysed=len(analysed),
        left_out=left_out,
        alpha=alpha,
        sem=None if sem is None else 100 * sem / len(questions),
        min_share=min_share,
        prompts={question.id: question.prompt for question in first.questions if question.prompt},
        student_flags=_student_flags(entries, keys),
    )


def _student_flags(entries: Sequence[_Entry], keys: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """question id -> the notes of every flag on its current key, oldest first (question order)."""
    notes: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for entry in entries:
        for flag in entry.results.flags:
            if keys.get(flag.question_id) == flag.answer_hash:
                notes[flag.question_id].append((flag.flagged_at, flag.note))
    return {
        question_id: tuple(note for _, note in sorted(notes[question_id], key=lambda pair: pair[0]))
        for question_id in keys
        if question_id in notes
    }


def group_size(students: int) -> int:
    """27% of the ranked students, rounded half up, at least 1; 0 (no groups) below two students."""
    if students < 2:
        return 0
    return max(1, math.floor(GROUP_SHARE * students + 0.5))


def _item(
    question_id: str,
    index: int,
    analysed: Sequence[StudentScore],
    table: Table,
    upper: Sequence[int],
    lower: Sequence[int],
) -> ItemStats:
    facility = mean([row[index] for row in table])
    discrimination = upper_minus_lower(table, index, upper, lower) if upper else None
    item_total = item_rest_correlation(table, index)
    flags = []
    if len(table) >= MIN_N:
        if item_total is not None and item_total < 0:
            flags.append("miskeyed?")
        if facility is not None and facility > TOO_EASY:
            flags.append("too easy")
        if facility is not None and facility < TOO_HARD:
            flags.append("too hard")
    answered = sum(1 for student in analysed if question_id in student.item_scores)
    return ItemStats(question_id, answered, len(table), facility, discrimination, item_total, tuple(flags))
