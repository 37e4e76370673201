"""The class report: who scored what, and which questions work (classical item analysis).

Per student and question one answer counts: the first (what the student knew before
practising; `attempt="last"` takes the latest instead), and only if it was given to the
question's current key (its `answer_hash`). A student's score is the mean of those answers'
scores (partial credit counts) over the questions they answered.

Per question:
- facility: the mean score of the students who answered it (for one-mark questions, the share
  who got it right);
- discrimination: facility among the top 27% of students (by score) minus facility among the
  bottom 27%; with fewer than two students there is none. The group size is 27% of the class
  rounded half up, at least 1; ties are broken by name so the report is the same every time;
- flags: negative discrimination ("miskeyed?": the strong students get it wrong more often than
  the weak ones), facility above 0.9 ("too easy") or below 0.3 ("too hard").

Files are checked before anything is counted (quizapp.teacher.checking: the key and the scores come
from the bank); here, a file of a different version of a bank is reported apart with a warning, and
a student counts once per bank: of two files of one student for one bank (sent twice, exported
again, or edited), the one exported last counts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from quizapp.teacher.results import AnswerRecord, BankResults, ResultsFile
from quizapp.text import plural

GROUP_SHARE = 0.27
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
    """Mean score (0..1) over the questions answered; None when none was."""
    item_scores: dict[str, float]


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    answered: int
    facility: float | None
    discrimination: float | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class VersionReport:
    bank_id: str
    title: str
    content_hash: str
    students: tuple[StudentScore, ...]
    items: tuple[ItemStats, ...]
    group_size: int


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


def build_report(files: Sequence[tuple[str, ResultsFile]], attempt: Attempt = "first") -> ClassReport:
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
        versions.append(_version_report(kept, attempt, warnings))
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


def _version_report(entries: list[_Entry], attempt: Attempt, warnings: list[str]) -> VersionReport:
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
                score=sum(scores.values()) / len(scores) if scores else None,
                item_scores=scores,
            )
        )
    students.sort(key=lambda s: (-(s.score if s.score is not None else -1), s.student))
    ranked = [student for student in students if student.score is not None]
    size = group_size(len(ranked))
    upper, lower = ranked[:size], ranked[len(ranked) - size :] if size else []
    items = tuple(_item(question_id, students, upper, lower, size) for question_id in keys)
    return VersionReport(first.id, first.title, first.content_hash, tuple(students), items, size)


def group_size(students: int) -> int:
    """27% of the ranked students, rounded half up, at least 1; 0 (no groups) below two students."""
    if students < 2:
        return 0
    return max(1, math.floor(GROUP_SHARE * students + 0.5))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _item(
    question_id: str,
    students: Sequence[StudentScore],
    upper: Sequence[StudentScore],
    lower: Sequence[StudentScore],
    size: int,
) -> ItemStats:
    def scores(group: Sequence[StudentScore]) -> list[float]:
        return [s.item_scores[question_id] for s in group if question_id in s.item_scores]

    everyone = scores(students)
    facility = _mean(everyone)
    discrimination = None
    if size:
        high, low = _mean(scores(upper)), _mean(scores(lower))
        if high is not None and low is not None:
            discrimination = high - low
    flags = []
    if discrimination is not None and discrimination < 0:
        flags.append("miskeyed?")
    if facility is not None and facility > TOO_EASY:
        flags.append("too easy")
    if facility is not None and facility < TOO_HARD:
        flags.append("too hard")
    return ItemStats(question_id, len(everyone), facility, discrimination, tuple(flags))
