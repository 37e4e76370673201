"""Benchmark: key press -> next question on screen, on a 10,000-question bank against a 20-question one.

Drives the real app headless (Textual's Pilot) on a temporary progress file in practice mode:
"1" answers (the answer is graded, scheduled and committed before the feedback shows), enter
shows the next question. Both are timed until the screen has settled, and the same run on a
20-question bank is the baseline: the ratio shows what bank size costs.

Run: python tests/benchmarks/tui_keypress.py [--answers N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from timing import report_figure

from quizapp.storage import Store
from quizapp.tui.app import QuizApp
from quizapp.tui.screens.quiz import Phase, QuizScreen


def generate_bank(count: int) -> str:
    parts = [f'format = 1\nid = "keys-{count}"\ntitle = "Key press benchmark, {count} questions"\n']
    for number in range(count):
        if number % 2:
            body = 'kind = "true_false"\nanswer = true\n'
        else:
            body = 'kind = "multiple_choice"\nchoices = ["Putin", "Trump", "Vance", "Peskov"]\nanswer = "Putin"\n'
        parts.append(
            f'\n[[questions]]\nid = "q{number}"\nprompt = "Question {number}: who said it?"\n{body}'
            f'explanation = "Explained in paragraph {number % 40}."\ntags = ["bench"]\n'
        )
    return "".join(parts)


async def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there")
        await asyncio.sleep(0.0005)


async def measure(bank: Path, db: Path, answers: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds from the answer key to the feedback, from enter to the next question, and for a key
    that does nothing (what Pilot itself costs per press)."""
    app = QuizApp(
        lambda: Store.open(db),
        profile_name="bench",
        bank_paths=[bank],
        include_default_banks=False,
        seed=1,
        answer_grace=0.0,
    )
    to_feedback, to_next, idle = [], [], []
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_for(lambda: app.entries)
        await pilot.press("p")
        await wait_for(lambda: isinstance(app.screen, QuizScreen) and app.screen.phase is Phase.ASKING)
        screen = app.screen
        for _ in range(answers):
            start = time.perf_counter()
            await pilot.press("x")  # bound to nothing while asking a choice question
            idle.append(time.perf_counter() - start)
            position = screen.session.position
            start = time.perf_counter()
            await pilot.press("1")
            await wait_for(lambda: screen.phase is Phase.FEEDBACK)
            to_feedback.append(time.perf_counter() - start)
            start = time.perf_counter()
            await pilot.press("enter")
            await wait_for(lambda p=position: screen.phase is Phase.ASKING and screen.session.position == p + 1)
            await pilot.pause()
            to_next.append(time.perf_counter() - start)
    return to_feedback, to_next, idle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=19)
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in (20, 10_000):
            bank = Path(folder, f"bank-{count}.toml")
            bank.write_text(generate_bank(count), encoding="utf-8")
            results[count] = asyncio.run(
                measure(bank, Path(folder, f"progress-{count}.db"), min(args.answers, count - 1))
            )
    print(f"key press -> screen settled, headless Pilot, {args.answers} answers per bank (medians)")
    for count, (feedback, following, idle) in results.items():
        print(
            f"{count:>6}-question bank: answer key -> feedback {statistics.median(feedback) * 1000:6.1f} ms, "
            f"enter -> next question {statistics.median(following) * 1000:6.1f} ms "
            f"(a key bound to nothing: {statistics.median(idle) * 1000:.1f} ms)"
        )
    base_feedback, base_next, _ = (statistics.median(values) for values in results[20])
    big_feedback, big_next, _ = (statistics.median(values) for values in results[10_000])
    print(f"ratio 10,000/20: answer -> feedback {big_feedback / base_feedback:.2f}x, next {big_next / base_next:.2f}x")
    base_idle = statistics.median(results[20][2])
    report_figure(
        "answer -> feedback (20 questions)",
        base_feedback * 1000,
        "ms",
        ratio=base_feedback / base_idle,
        baseline="a key bound to nothing",
    )
    report_figure(
        "answer -> feedback (10,000 questions)",
        big_feedback * 1000,
        "ms",
        target="<= 1.2x the 20-question bank",
        ratio=big_feedback / base_feedback,
        baseline="20-question bank",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
