"""The class report as CSV, for a spreadsheet: one row per student, one column per question.

Below the students, rows give each question's n (students analysed), facility, discrimination,
item–total correlation and flags, the layout of a teacher's mark book. Each bank version is its
own block with its own header (versions have different questions), separated by an empty row.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from quizapp.spreadsheet import safe_cell
from quizapp.teacher.report import ClassReport, VersionReport


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


class _SafeWriter:
    """A csv writer whose every cell is made safe for a spreadsheet: names, ids and titles come from files."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])


def report_csv(report: ClassReport) -> str:
    out = io.StringIO()
    writer = _SafeWriter(out)
    for index, version in enumerate(report.versions):
        if index:
            writer.writerow([])
        _version_rows(writer, version)
    return out.getvalue()


def _version_rows(writer: Any, version: VersionReport) -> None:
    questions = [item.question_id for item in version.items]
    writer.writerow(["bank", "version", "student", "file", "answered", "right", "score_percent", *questions])
    head = [version.bank_id, version.content_hash]
    for student in version.students:
        cells = [_number(student.item_scores.get(question_id)) for question_id in questions]
        percent = None if student.score is None else 100 * student.score
        row = [student.student, student.source, student.answered, student.right, _number(percent, 1)]
        writer.writerow([*head, *row, *cells])
    blank = ["", "", "", ""]
    writer.writerow([*head, "(n)", *blank, *(item.n for item in version.items)])
    writer.writerow([*head, "(facility)", *blank, *(_number(item.facility) for item in version.items)])
    writer.writerow([*head, "(discrimination)", *blank, *(_number(item.discrimination) for item in version.items)])
    writer.writerow([*head, "(item-total r)", *blank, *(_number(item.item_total) for item in version.items)])
    writer.writerow([*head, "(flags)", *blank, *("; ".join(item.flags) for item in version.items)])
