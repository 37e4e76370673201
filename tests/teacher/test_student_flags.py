"""Questions students flagged as wrong or unclear, in the class report: counted per question with
their notes, only on the question's current key; results files from before flags still read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from class_fixtures import BANK, QUESTIONS, START, answer, results

from quizapp.interchange.results_file import read_results
from quizapp.teacher.checking import check_against_banks
from quizapp.teacher.report import build_report
from quizapp.teacher.report_html import report_html
from quizapp.teacher.report_text import render

LONG_NOTE = "The prompt asks for the capital but the explanation talks about the largest city, " * 2


def flagged(student: str, flags: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """A results file answering every question right, with (question, note, answer hash or None) flags."""
    data = results(student, [answer(question, 1, minute) for minute, (question, _) in enumerate(QUESTIONS)])
    data["banks"][0]["flags"] = [
        {"question_id": q, "answer_hash": h or dict(QUESTIONS)[q], "flagged_at": START.isoformat(), "note": note}
        for q, note, h in flags
    ]
    return data


def report_of(tmp_path: Path, files: dict[str, dict[str, Any]]) -> tuple[str, str]:
    loaded = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        loaded.append((name, read_results(path, name)))
    report = build_report(check_against_banks(loaded, {BANK.id: BANK}).files)
    return render(report), report_html(report)


def test_flags_are_counted_per_question_with_every_note(tmp_path: Path) -> None:
    text, page = report_of(
        tmp_path,
        {
            "ann.json": flagged("Ann", [("q2", "Milan was a capital once", None)]),
            "bob.json": flagged("Bob", [("q2", "", None), ("q3", LONG_NOTE, None)]),
            "cat.json": flagged("Cat", [("q4", "about an older key", "0000stale")]),
            "dan.json": results("Dan", [answer("q1", 1, 0)]),  # made before flags existed
        },
    )
    q2 = text[text.index("\nq2\n") : text.index("\nq3\n")]
    assert "flagged by students 2×:" in q2 and "“Milan was a capital once”" in q2
    assert "flagged by students 1×:" in text[text.index("\nq3\n") : text.index("\nq4\n")]
    assert "flagged" not in text[text.index("\nq4\n") :]  # a flag on another key is of another question
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "largest city, The prompt" in " ".join(line.strip() for line in text.splitlines())
    assert "flagged by students 2×<br>“Milan was a capital once”" in page
