"""What the benchmark scripts share: timing an action the same way everywhere."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Median seconds of `repeat` runs of `action` on `clock`, each after a full garbage collection
    (so one run's garbage is not collected during the next one). `time.process_time` counts this
    process's CPU only, steadier than the wall clock on a shared machine."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        action()
        runs.append(clock() - start)
    return statistics.median(runs)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall-clock milliseconds of `repeat` runs of `action` (see `median_seconds`)."""
    return median_seconds(action, repeat) * 1000


FIGURE_PREFIX = "figure: "
"""How a benchmark hands its headline figures to run_all.py: one JSON object a line after this."""


def report_figure(
    name: str, value: float, unit: str, *, target: str = "", ratio: float | None = None, baseline: str = ""
) -> None:
    """Print one headline figure for `run_all.py`'s table (and for a reader of the script's output).

    `ratio` is the figure against `baseline`, a reference measured in the same run (a bare SQLite
    commit, tomli's parse, a bare Textual app), so that the machine's speed cancels out.
    """
    import json

    figure = {"name": name, "value": value, "unit": unit, "target": target, "ratio": ratio, "baseline": baseline}
    print(FIGURE_PREFIX + json.dumps(figure))
