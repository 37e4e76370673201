"""Classical test statistics, as Moodle's quiz statistics report computes them.

Pure functions over a score table: one row per student, one column per question, each score
from 0 to 1 (a question a student left unanswered scores 0, as in a finished Moodle attempt).

- facility: the mean score on a question;
- discrimination index: facility in the top 27% of students (by total) minus facility in the
  bottom 27%;
- item–total correlation: Pearson's r between the scores on a question and the totals on the
  *rest* of the test (Moodle's "discrimination index"; corrected, so the question does not
  correlate with itself);
- Cronbach's alpha (Moodle's coefficient of internal consistency) and the standard error of
  measurement, SD × √(1 − alpha), both from sample variances (n − 1).

A figure that cannot be computed (one student, a question everyone got right) is None, never
a division by zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Table = Sequence[Sequence[float]]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def sample_variance(values: Sequence[float]) -> float | None:
    if len(values) < 2:
        return None
    centre = sum(values) / len(values)
    return sum((value - centre) ** 2 for value in values) / (len(values) - 1)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None with fewer than three pairs or when either side does not vary."""
    if len(xs) != len(ys) or len(xs) < 3:
        return None
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def item_rest_correlation(table: Table, item: int) -> float | None:
    """r between the scores on question `item` and each student's total on the other questions."""
    scores = [row[item] for row in table]
    rest = [sum(row) - row[item] for row in table]
    return pearson(scores, rest)


def cronbach_alpha(table: Table) -> float | None:
    """k/(k−1) × (1 − Σ item variances / variance of totals); None below two questions or students,
    or when the totals do not vary."""
    if not table or len(table[0]) < 2 or len(table) < 2:
        return None
    items = len(table[0])
    item_variances = [sample_variance([row[item] for row in table]) or 0.0 for item in range(items)]
    total_variance = sample_variance([sum(row) for row in table])
    if not total_variance:
        return None
    return items / (items - 1) * (1 - sum(item_variances) / total_variance)


def standard_error(table: Table, alpha: float | None) -> float | None:
    """SD of the totals × √(1 − alpha), in the totals' units (points); None without alpha."""
    variance = sample_variance([sum(row) for row in table])
    if alpha is None or variance is None:
        return None
    return math.sqrt(variance) * math.sqrt(max(0.0, 1 - alpha))


def upper_minus_lower(table: Table, item: int, upper: Sequence[int], lower: Sequence[int]) -> float | None:
    """Facility among the `upper` rows minus facility among the `lower` rows."""
    high = mean([table[row][item] for row in upper])
    low = mean([table[row][item] for row in lower])
    return None if high is None or low is None else high - low
