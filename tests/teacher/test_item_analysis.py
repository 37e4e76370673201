"""The item analysis on a larger simulated class with known properties.

200 students with abilities drawn from a normal distribution answer 12 questions; the chance of
a right answer follows a logistic curve of ability minus the question's difficulty (the Rasch
model). One question is miskeyed: the key marks right what the strong students avoid, so its
chance of being "right" falls with ability. Such a class has a known shape: a high alpha, every
sound question correlating positively with the rest, the miskeyed one negatively.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from quizapp.interchange.results_file import ResultsFile
from quizapp.teacher.item_analysis import cronbach_alpha, item_rest_correlation, pearson
from quizapp.teacher.report import MIN_N, VersionReport, build_report

DIFFICULTIES = [-2.2, -1.5, -1.0, -0.6, -0.3, 0.0, 0.2, 0.5, 0.8, 1.2, 1.6, 0.0]
MISKEYED = "q12"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _results(student: str, number: int, scores: dict[str, float]) -> dict[str, Any]:
    """One student's file; answer times differ between students (shared times mean a file sent twice)."""
    questions = [f"q{number}" for number in range(1, len(DIFFICULTIES) + 1)]
    return {
        "format": "quizapp-results",
        "version": 1,
        "student": student,
        "exported_at": "2026-03-05T12:00:00+00:00",
        "banks": [
            {
                "id": "simulated",
                "title": "Simulated class",
                "content_hash": "sim1",
                "questions": [{"id": q, "answer_hash": f"h-{q}"} for q in questions],
                "answers": [
                    {
                        "question_id": q,
                        "answered_at": (START + timedelta(hours=number, minutes=minute)).isoformat(),
                        "correct": scores[q] == 1,
                        "score": scores[q],
                        "duration_ms": 5000,
                        "answer_hash": f"h-{q}",
                    }
                    for minute, q in enumerate(questions)
                    if q in scores
                ],
            }
        ],
    }


def simulated_class(students: int = 200, seed: int = 14) -> list[tuple[str, ResultsFile]]:
    rng = random.Random(seed)
    files = []
    for number in range(students):
        ability = rng.gauss(0, 1)
        scores = {}
        for index, difficulty in enumerate(DIFFICULTIES, start=1):
            chance = 1 / (1 + math.exp(-1.7 * (ability - difficulty)))
            right = rng.random() < chance
            question = f"q{index}"
            scores[question] = float(not right if question == MISKEYED else right)
        if number % 25 == 0:  # every 25th student stopped after three questions
            scores = dict(list(scores.items())[:3])
        files.append((f"s{number:03}.json", ResultsFile.model_validate(_results(f"S{number:03}", number, scores))))
    return files


@pytest.fixture(scope="module")
def version() -> VersionReport:
    (only,) = build_report(simulated_class()).versions
    return only


def test_the_miskeyed_question_is_flagged_and_no_sound_one_is(version: VersionReport) -> None:
    flagged = {item.question_id for item in version.items if "miskeyed?" in item.flags}
    assert flagged == {MISKEYED}
    miskeyed = next(item for item in version.items if item.question_id == MISKEYED)
    assert miskeyed.item_total is not None and miskeyed.item_total < -0.1
    assert miskeyed.discrimination is not None and miskeyed.discrimination < 0
    sound = [item for item in version.items if item.question_id != MISKEYED]
    assert all(item.item_total is not None and item.item_total > 0.15 for item in sound)
    assert all(item.discrimination is not None and item.discrimination > 0.1 for item in sound)


def test_the_easiest_and_hardest_questions_are_flagged_by_facility(version: VersionReport) -> None:
    by_id = {item.question_id: item for item in version.items}
    assert by_id["q1"].facility is not None and by_id["q1"].facility > 0.9 and "too easy" in by_id["q1"].flags
    assert by_id["q11"].facility is not None and by_id["q11"].facility < 0.3 and "too hard" in by_id["q11"].flags
    assert by_id["q6"].flags == ()  # a middling, sound question


def test_students_who_stopped_early_are_listed_not_counted(version: VersionReport) -> None:
    assert sorted(student.student for student in version.left_out) == sorted(f"S{n:03}" for n in range(0, 200, 25))
    assert version.analysed == 192
    assert all(item.n == 192 for item in version.items)
    assert version.group_size == 52  # 27% of 192 = 51.84


def test_the_test_statistics_have_the_shape_of_a_coherent_test(version: VersionReport) -> None:
    assert version.alpha is not None and 0.5 < version.alpha < 0.95
    assert version.sem is not None and 5 < version.sem < 20  # percentage points


def test_no_flag_is_raised_below_the_minimum_n() -> None:
    (few,) = build_report(simulated_class(students=MIN_N - 1)).versions
    assert all(item.flags == () for item in few.items)


def test_the_statistics_functions_on_textbook_cases() -> None:
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert pearson([1, 1, 1], [1, 2, 3]) is None  # nothing varies: no correlation, not a crash
    identical = [[1.0, 1.0], [0.0, 0.0], [1.0, 1.0]]  # two questions that always agree
    assert cronbach_alpha(identical) == pytest.approx(1.0)
    assert item_rest_correlation(identical, 0) == pytest.approx(1.0)
    assert cronbach_alpha([[1.0, 0.0]]) is None  # one student
