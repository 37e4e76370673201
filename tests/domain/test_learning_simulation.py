"""The learning benchmark (tests/benchmarks/learning.py), short: three simulated students, a fixed seed.

It guards what the scheduler is for: students who study every day keep about the desired retention
of the bank, without spending many more reviews than Leitner boxes would.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from learning import run


def test_simulated_students_keep_about_the_desired_retention_for_few_reviews() -> None:
    results = run(students=3, days=60, seed=2)
    quizapp, leitner = results["quizapp"], results["leitner"]
    assert abs(quizapp.exam_recall - 0.90) <= 0.05
    assert quizapp.reviews_per_remembered <= 1.15 * leitner.reviews_per_remembered
    # Students grading their own memory (Again/Good) see each question more often, and keep more.
    assert results["again/good"].reviews > quizapp.reviews
    assert results["again/good"].exam_recall > quizapp.exam_recall
