"""The learning benchmark (tests/benchmarks/learning.py), short: three simulated students, a fixed seed.

It guards what the scheduler is for: students who study every day keep the desired retention of
the bank (0.90 ± 0.03), for fewer reviews per remembered question than Leitner boxes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from learning import run


def test_simulated_students_keep_about_the_desired_retention_for_few_reviews() -> None:
    results = run(students=3, days=60, seed=2)
    quizapp, leitner = results["quizapp"], results["leitner"]
    # Measured here: day-60 recall 0.916, right at review 0.894, 0.935x Leitner's reviews per
    # remembered question (10 students x seeds 21-30: 0.919, 0.900, 0.951x; see the benchmark).
    assert abs(quizapp.exam_recall - 0.90) <= 0.03
    assert abs(quizapp.review_right - 0.90) <= 0.03  # the desired retention, as the student sees it
    assert quizapp.reviews_per_remembered <= 0.98 * leitner.reviews_per_remembered
    # Students grading their own memory (Again/Good) see each question more often, and keep more.
    assert results["again/good"].reviews > quizapp.reviews
    assert results["again/good"].exam_recall > quizapp.exam_recall
