"""Benchmark: process start -> first screen painted, and -> ready, quizapp against a bare Textual app.

"First paint": quizapp's home screen is on the terminal (still loading). "Ready": the home screen
shows the bundled banks with their counts, so the student can start; the banks' summaries are cached
from the run before (bank/summary.py), as on every start but the first or one after a bank is edited.
"Ready, nothing cached" is that other start: every bank loaded and validated, as every start was
before the cache. The bare app has one label and quits after its first frame. All run in a
pseudo-terminal (80x24), alternated so that drifts in machine speed hit each alike, and are compared
pair by pair.

Run: python tests/benchmarks/startup.py [--runs N]
Targets: first paint <= 1.2x the bare app; ready <= 1.3x.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from timing import report_figure

BARE_APP = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("hello")

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run()
"""


def run_in_terminal(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` in an 80x24 pseudo-terminal until it exits."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal, env=env, close_fds=True)
    os.close(terminal)
    try:
        while True:
            try:
                if not os.read(controller, 65536):
                    break
            except OSError:
                break  # the terminal closed: the process has gone
    finally:
        process.wait()
        elapsed = time.perf_counter() - start
        os.close(controller)
    if process.returncode != 0:
        raise SystemExit(f"{command} exited with {process.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "QUIZAPP_DATA": str(Path(folder, "progress.db")),
            "XDG_DATA_HOME": folder,
            "XDG_CACHE_HOME": folder,
        }
        env.pop("NO_COLOR", None)
        first_env = {**env, "QUIZAPP_EXIT_AFTER_FIRST_PAINT": "1"}
        ready_env = {**env, "QUIZAPP_EXIT_WHEN_READY": "1"}
        quizapp = [sys.executable, "-m", "quizapp"]
        bare = [sys.executable, "-c", BARE_APP]
        run_in_terminal(quizapp, first_env)  # warm the file cache, bytecode and any cache of banks
        run_in_terminal(quizapp, ready_env)
        run_in_terminal(bare, env)
        first, ready, uncached, base = [], [], [], []
        for run in range(args.runs):
            first.append(run_in_terminal(quizapp, first_env))
            base.append(run_in_terminal(bare, env))
            ready.append(run_in_terminal(quizapp, ready_env))
            empty_cache = Path(folder, f"empty-cache-{run}")  # a cache folder of its own: nothing cached
            uncached.append(run_in_terminal(quizapp, {**ready_env, "XDG_CACHE_HOME": str(empty_cache)}))
    print(f"start -> screen, {args.runs} runs each, alternated, 80x24 pseudo-terminal")
    print(f"bare Textual app (one label):        median {statistics.median(base) * 1000:7.1f} ms")
    for name, times, target in (
        ("first paint", first, 1.2),
        ("ready (banks counted)", ready, 1.3),
        ("ready, nothing cached", uncached, None),
    ):
        ratios = [ours / bare for ours, bare in zip(times, base, strict=True)]
        print(
            f"quizapp {name + ':':<28} median {statistics.median(times) * 1000:7.1f} ms, "
            f"{statistics.median(ratios):.2f}x bare (min {min(ratios):.2f}, max {max(ratios):.2f}"
            + (f"; target <= {target:.2f}x)" if target else ")")
        )
    for name, times in (("first paint", first), ("ready (banks counted)", ready)):
        report_figure(
            f"start -> {name}",
            statistics.median(times) * 1000,
            "ms",
            target="<= 1.20x" if name == "first paint" else "<= 1.30x",
            ratio=statistics.median([ours / bare for ours, bare in zip(times, base, strict=True)]),
            baseline="bare Textual app",
        )
    report_figure(
        "start -> ready, nothing cached",
        statistics.median(uncached) * 1000,
        "ms",
        ratio=statistics.median([ours / bare for ours, bare in zip(uncached, base, strict=True)]),
        baseline="bare Textual app",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
