"""Run every benchmark briefly and print one table: figure, target, and ratio against its baseline.

Run: python tests/benchmarks/run_all.py [--only NAME ...]

Each benchmark is a script of its own (run one with more repetitions for figures worth quoting);
here each runs in a fresh interpreter with a small workload (`BRIEF`), and reports its headline
figures through `timing.report_figure`. A benchmark whose script is missing, or that needs what
this machine lacks (PostgreSQL, the drafting corpus), says so in the table instead of failing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from timing import FIGURE_PREFIX

HERE = Path(__file__).resolve().parent

BRIEF: dict[str, list[str]] = {
    "bank_load": ["--questions", "2000", "--repeat", "5"],
    "store": ["--questions", "2000", "--reviews", "20000", "--repeat", "5"],
    "startup": ["--runs", "5"],
    "tui_keypress": ["--answers", "5"],
    "draft": ["--repeat", "3"],
    "draft_start": ["--runs", "5"],
    "draft_per_mb": ["--repeat", "1"],
    "draft_shapes": ["--sizes", "0.05", "0.2"],
    "draft_corpus": [],
    "learning": ["--students", "10", "--days", "60"],
    "kills": ["--kills", "20"],
    "class_load": [
        "--students",
        "5",
        "--questions",
        "5",
        "--connections",
        "20",
        "--answers",
        "5",
        "--time-limit",
        "180",
    ],
}
"""Each benchmark and the arguments that make it brief, in the order the table lists them."""

TIMEOUT_SECONDS = 600


def run_one(name: str, arguments: list[str]) -> tuple[list[dict[str, object]], str]:
    """The figures a benchmark reported, and a note when it reported none (missing, failed, skipped)."""
    script = HERE / f"{name}.py"
    if not script.exists():
        return [], "not in this checkout"
    try:
        result = subprocess.run(
            [sys.executable, str(script), *arguments],
            cwd=HERE,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [], f"stopped after {TIMEOUT_SECONDS} s"
    figures = [
        json.loads(line[len(FIGURE_PREFIX) :]) for line in result.stdout.splitlines() if line.startswith(FIGURE_PREFIX)
    ]
    if figures:
        return figures, ""
    last_words = (result.stderr or result.stdout).strip().splitlines()[-1:] or [f"exit {result.returncode}"]
    return [], last_words[0][:80]


def _number(value: object, unit: str) -> str:
    if not isinstance(value, (int, float)):
        return "—"
    return f"{value:,.3g} {unit}".strip() if abs(value) < 1000 else f"{value:,.0f} {unit}".strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None, metavar="NAME", help=f"some of: {', '.join(BRIEF)}")
    args = parser.parse_args(argv)
    chosen = [name for name in BRIEF if args.only is None or name in args.only]
    rows: list[tuple[str, str, str, str, str]] = []
    for name in chosen:
        started = time.perf_counter()
        figures, note = run_one(name, BRIEF[name])
        print(f"{name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
        if not figures:
            rows.append((name, "—", "", "", note))
        for figure in figures:
            ratio = figure.get("ratio")
            ratio_text = f"{ratio:.2f}x" if isinstance(ratio, (int, float)) else ""
            baseline = str(figure.get("baseline") or "")
            rows.append(
                (
                    f"{name}: {figure['name']}",
                    _number(figure["value"], str(figure.get("unit", ""))),
                    str(figure.get("target") or ""),
                    ratio_text,
                    f"vs {baseline}" if baseline else "",
                )
            )
    headers = ("figure", "measured", "target", "ratio", "baseline")
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, tuple("-" * width for width in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
