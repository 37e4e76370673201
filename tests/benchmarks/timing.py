"""What the benchmark scripts share: timing an action the same way everywhere."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of `repeat` runs of `action`, each after a full garbage collection
    (so one run's garbage is not collected during the next one)."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000
