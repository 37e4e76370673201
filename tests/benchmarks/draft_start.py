"""Benchmark: `quizapp draft` from a cold process, a short article in, a bank file out, against a bare interpreter.

A teacher drafts one article at a time, so what they wait for is a whole process: the interpreter, the
imports (drafting's modules, pydantic and the bank models), the patterns compiled on first use, then the
drafting itself (tens of milliseconds for a short article: tests/benchmarks/draft.py times it warm).
Each run is a fresh `python -m quizapp draft FIXTURE -o BANK --force`; `import quizapp.draft` alone, in a
fresh interpreter too, says how much of it is importing. The baseline is a bare interpreter
(`python -c pass`), alternated with the others so that drifts in the machine's speed hit each alike, and
compared pair by pair. Wall time is what the teacher waits; CPU time (the children's user + system) is
steadier on a shared machine.

Run: python tests/benchmarks/draft_start.py [--runs N] [--article FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import report_figure

FIXTURE = Path(__file__).resolve().parent.parent / "draft" / "fixtures" / "council_bus_lanes.txt"


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of running `command` to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--article", type=Path, default=FIXTURE, help="the article to draft (default: a fixture)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QUIZAPP_DATA": str(Path(folder, "progress.db")), "XDG_DATA_HOME": folder}
        commands = {
            "bare": [sys.executable, "-c", "pass"],
            "import": [sys.executable, "-c", "import quizapp.draft"],
            "draft": [
                sys.executable,
                *("-m", "quizapp", "draft", str(args.article), "-o", str(Path(folder, "bank.toml")), "--force"),
            ],
        }
        for command in commands.values():
            run_child(command, env)  # warm the file cache and the bytecode
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                wall, cpu = run_child(command, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
    words = len(args.article.read_text(encoding="utf-8").split())
    print(f"cold start, {args.runs} runs each, alternated; article {args.article.name} ({words} words)")
    print(
        f"bare interpreter:            wall median {statistics.median(walls['bare']) * 1000:7.1f} ms, "
        f"cpu median {statistics.median(cpus['bare']) * 1000:7.1f} ms"
    )
    for name, label in (("import", "import quizapp.draft"), ("draft", "quizapp draft ARTICLE -o BANK")):
        ratios = [ours / bare for ours, bare in zip(walls[name], walls["bare"], strict=True)]
        print(
            f"{label + ':':<28} wall median {statistics.median(walls[name]) * 1000:7.1f} ms, "
            f"cpu median {statistics.median(cpus[name]) * 1000:7.1f} ms, "
            f"{statistics.median(ratios):.1f}x bare (min {min(ratios):.1f}, max {max(ratios):.1f})"
        )
        report_figure(
            f"cold {label}",
            statistics.median(walls[name]) * 1000,
            "ms",
            ratio=statistics.median(ratios),
            baseline="bare interpreter",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
