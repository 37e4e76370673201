"""A small class, written by hand: results files as a teacher would receive them, answering a real bank
(tests/teacher/banks/capitals.toml), so the report can check every key and score against it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quizapp.bank.loader import load_bank
from quizapp.interchange.results_file import bank_content_hash

BANK_PATH = Path(__file__).parent / "banks" / "capitals.toml"
BANK = load_bank(BANK_PATH).require()
CONTENT_HASH = bank_content_hash(BANK)
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUESTIONS = [(question.id, question.answer_hash) for question in BANK.questions]
RESPONSES: dict[str, dict[float, Any]] = {
    "q1": {1: "Paris", 0: "Rome"},
    "q2": {1: ["Rome", "Madrid"], 0.5: ["Rome"], 0: ["Milan"]},
    "q3": {1: True, 0: False},
    "q4": {1: "Lisbon", 0: "Porto"},
}
"""A response to each question that the bank grades with each score."""


def answer(question: str, score: float, minute: int, answer_hash: str | None = None) -> dict[str, Any]:
    return {
        "question_id": question,
        "answered_at": (START + timedelta(minutes=minute)).isoformat(),
        "correct": score == 1,
        "score": score,
        "duration_ms": 4000 + minute,
        "answer_hash": answer_hash or dict(QUESTIONS)[question],
        "response": RESPONSES[question][score],
    }


def results(student: str, answers: list[dict[str, Any]], content_hash: str = CONTENT_HASH) -> dict[str, Any]:
    return {
        "format": "quizapp-results",
        "version": 1,
        "student": student,
        "exported_at": "2026-03-05T12:00:00+00:00",
        "banks": [
            {
                "id": "capitals",
                "title": "European capitals",
                "content_hash": content_hash,
                "questions": [{"id": q, "answer_hash": h} for q, h in QUESTIONS],
                "answers": answers,
            }
        ],
    }


def small_class() -> dict[str, dict[str, Any]]:
    """File name -> results. Scores of the answers that count (the first to the current key):

    student  q1   q2   q3   q4   mean
    Ann      1    1    1    0    3/4   = 0.75
    Ben      1    1    0    0    2/4   = 0.50  (an earlier q2 answer was to an older key: left out)
    Cal      1    0.5  0    1    2.5/4 = 0.625
    Dee      1    0    0    1    2/4   = 0.50
    Eve      1    0    -    1    2/3   = 0.667 (q3 not answered; q1 answered again later, wrongly)
    """
    return {
        "ann.json": results("Ann", [answer("q1", 1, 1), answer("q2", 1, 2), answer("q3", 1, 3), answer("q4", 0, 4)]),
        "ben.json": results(
            "Ben",
            [
                answer("q2", 0, 0, answer_hash="h2-before-the-fix"),
                answer("q1", 1, 11),
                answer("q2", 1, 12),
                answer("q3", 0, 13),
                answer("q4", 0, 14),
            ],
        ),
        "cal.json": results(
            "Cal", [answer("q1", 1, 21), answer("q2", 0.5, 22), answer("q3", 0, 23), answer("q4", 1, 24)]
        ),
        "dee.json": results(
            "Dee", [answer("q1", 1, 31), answer("q2", 0, 32), answer("q3", 0, 33), answer("q4", 1, 34)]
        ),
        "eve.json": results(
            "Eve", [answer("q1", 1, 41), answer("q2", 0, 42), answer("q4", 1, 44), answer("q1", 0, 99)]
        ),
    }


def write_class(folder: Path, files: dict[str, dict[str, Any]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_text(json.dumps(content, indent=1), encoding="utf-8")
        paths.append(path)
    return paths
