"""Benchmark: process start -> first screen painted, quizapp against a bare Textual app with one label.

Both run in a pseudo-terminal (80x24) and quit right after their first screen is painted;
they are alternated so that drifts in machine speed hit both alike, and compared pair by pair.

Run: python tests/benchmarks/startup.py [--runs N]
Target: quizapp <= 1.2x the bare app.
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
            "QUIZAPP_EXIT_AFTER_FIRST_PAINT": "1",
            "QUIZAPP_DATA": str(Path(folder, "progress.db")),
            "XDG_DATA_HOME": folder,
        }
        env.pop("NO_COLOR", None)
        quizapp = [sys.executable, "-m", "quizapp"]
        bare = [sys.executable, "-c", BARE_APP]
        run_in_terminal(quizapp, env)  # warm the file cache and bytecode for both
        run_in_terminal(bare, env)
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(run_in_terminal(quizapp, env))
            base.append(run_in_terminal(bare, env))
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    print(f"start -> first screen painted, {args.runs} runs each, alternated, 80x24 pseudo-terminal")
    print(f"bare Textual app (one label): median {statistics.median(base) * 1000:7.1f} ms")
    print(f"quizapp (bundled banks):      median {statistics.median(ours) * 1000:7.1f} ms")
    print(
        f"ratio quizapp/bare:           median {statistics.median(ratios):.2f}x "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}; target <= 1.20x)"
    )
    report_figure(
        "start -> first paint",
        statistics.median(ours) * 1000,
        "ms",
        target="<= 1.20x",
        ratio=statistics.median(ratios),
        baseline="bare Textual app",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
