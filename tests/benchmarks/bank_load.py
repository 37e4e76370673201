"""Benchmark: load + validate a 10,000-question bank against tomli's bare parse of the same file.

Run: python tests/benchmarks/bank_load.py [--questions N] [--repeat R]
Prints medians and the ratio quizapp/tomli (target: <= 1.3).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

import tomli
from timing import report_figure

from quizapp.bank.loader import load_bank

KIND_TEMPLATES = [
    'kind = "multiple_choice"\nchoices = ["Putin", "Trump", "Vance", "Peskov"]\nanswer = "Putin"\n',
    'kind = "multi_select"\nchoices = ["Rome", "Istanbul", "Sochi", "Kyiv"]\nanswers = ["Rome", "Istanbul"]\n',
    'kind = "true_false"\nanswer = true\n',
    'kind = "short_answer"\nanswer = "Istanbul"\nalternatives = ["Constantinople"]\n',
    'kind = "cloze"\ntext = "At least {{14|fourteen}} civilians were killed on {{Saturday}}."\n',
    'kind = "ordering"\nitems = ["January", "February", "late April", "Friday", "Monday"]\n',
    'kind = "matching"\npairs = [\n  { left = "ready to work", right = "Putin" },\n'
    '  { left = "went very well", right = "Trump" },\n  { left = "meticulous work", right = "Peskov" },\n]\n'
    'distractors = ["Starmer"]\n',
]


def generate_bank(count: int) -> str:
    parts = ['format = 1\nid = "bench"\ntitle = "Benchmark bank"\n']
    for number in range(count):
        parts.append(
            f'\n[[questions]]\nid = "q{number}"\n'
            f'prompt = "Question number {number}: who said it, and where?"\n'
            f"{KIND_TEMPLATES[number % len(KIND_TEMPLATES)]}"
            f'explanation = "Because the article says so, in paragraph {number % 40}."\n'
            f'source = "a short verbatim excerpt {number}"\ntags = ["bench", "kind-{number % 7}"]\n'
        )
    return "".join(parts)


def timed(action) -> float:
    gc.collect()  # start each run from the same heap, whatever the previous run left
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "bench.toml")
        path.write_text(generate_bank(args.questions), encoding="utf-8")
        loaded = load_bank(path)
        if not loaded.ok:
            print("\n".join(map(str, loaded.problems[:5])), file=sys.stderr)
            return 1

        def bare_tomli() -> None:
            tomli.loads(path.read_bytes().decode("utf-8"))

        # Alternate the two so that drifts in machine speed hit both alike; compare pair by pair.
        tomli_runs, quizapp_runs = [], []
        for _ in range(args.repeat):
            tomli_runs.append(timed(bare_tomli))
            quizapp_runs.append(timed(lambda: load_bank(path)))
        size_mib = path.stat().st_size / 1_048_576
    ratios = [ours / base for ours, base in zip(quizapp_runs, tomli_runs, strict=True)]
    print(f"bank: {args.questions} questions, {size_mib:.2f} MiB, {args.repeat} runs each, alternated")
    print(f"tomli parse (read+decode+parse): median {statistics.median(tomli_runs) * 1000:8.1f} ms")
    print(f"quizapp load+validate:           median {statistics.median(quizapp_runs) * 1000:8.1f} ms")
    print(
        f"ratio quizapp/tomli:             median {statistics.median(ratios):.2f}x "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target <= 1.30x)"
    )
    report_figure(
        f"load+validate {args.questions} questions",
        statistics.median(quizapp_runs) * 1000,
        "ms",
        target="<= 1.30x",
        ratio=statistics.median(ratios),
        baseline="tomli parse",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
