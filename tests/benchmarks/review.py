"""Benchmark: the review screen on small and large drafts: time to the first screen, and key press -> settled.

Run: python tests/benchmarks/review.py [--presses N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the sibling draft benchmark builds articles
from draft import build_article

from quizapp.draft import draft_article
from quizapp.tui.draft_review import ReviewApp, ReviewScreen


async def measure(draft, output: Path, presses: int) -> dict[str, list[float]]:
    app = ReviewApp(draft, output, exit_delay=0)
    times: dict[str, list[float]] = {"open": [], "down": [], "space": [], "n/a (all)": [], "idle": []}
    start = time.perf_counter()
    async with app.run_test(size=(100, 40)) as pilot:
        while not isinstance(app.screen, ReviewScreen):
            await asyncio.sleep(0.0005)
        await pilot.pause()
        times["open"].append(time.perf_counter() - start)
        for index in range(presses):
            for key, name in (
                ("x", "idle"),
                ("down", "down"),
                ("space", "space"),
                ("n" if index % 2 == 0 else "a", "n/a (all)"),
            ):
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times[name].append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for words in (1_000, 10_000):
            draft = draft_article(build_article(words))
            runs = [asyncio.run(measure(draft, Path(folder, "out.toml"), args.presses)) for _ in range(3)]
            merged = {k: [v for r in runs for v in r[k]] for k in runs[0]}
            parts = ", ".join(f"{k} {statistics.median(v) * 1000:.1f} ms" for k, v in merged.items())
            print(f"{words:>6} words, {len(draft.questions)} questions: {parts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def stress(count: int, presses: int = 10) -> None:
    """A draft of `count` questions: the drafter's questions repeated with new ids."""
    import dataclasses

    base = draft_article(build_article(1_000))
    questions = []
    for number in range(count):
        drafted = base.questions[number % len(base.questions)]
        question = dataclasses.replace(drafted.question, id=f"{drafted.id}-{number}")
        questions.append(dataclasses.replace(drafted, question=question))
    draft = dataclasses.replace(base, questions=tuple(questions))
    with tempfile.TemporaryDirectory() as folder:
        runs = [asyncio.run(measure(draft, Path(folder, "out.toml"), presses)) for _ in range(2)]
    merged = {k: [v for r in runs for v in r[k]] for k in runs[0]}
    parts = ", ".join(f"{k} {statistics.median(v) * 1000:.1f} ms" for k, v in merged.items())
    print(f"{count:>6} questions: {parts}")
