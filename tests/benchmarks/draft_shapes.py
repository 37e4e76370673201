"""Benchmark: drafting stays linear on text made of one shape repeated, whatever rule the shape exercises.

Run: python tests/benchmarks/draft_shapes.py [--sizes 0.1 0.4] [--repeat R]
The benchmark article (draft_per_mb.py) is built from the fixtures' varied paragraphs, so a rule that reads back
over everything before each match it handles (an epithet checked against every name before it, a doubt reading
the whole paragraph for each pronoun) hides there among other work. Here each shape, written in our own words, is
repeated to the size given and drafted whole. The ratio of Python function calls per MB at the largest size over
those at the smallest (the baseline, measured in the same run) is the headline, deterministic where the clock on
a shared machine is not: 1.0 is linear, and a rule reading everything before each match doubles it with each
doubling of the text. The CPU seconds per MB are printed too: a regular expression run over the whole text once
per match is still one call, and for that the clock ratio, taken over --repeat runs, is the check. A shape is
added with each rule that reads back: stop 26 found the epithet rule at 14 s/MB at 0.1 MB and 36 s/MB at 0.4 MB
this way, and made it linear.
"""

from __future__ import annotations

import argparse
import contextlib
import time

from timing import median_seconds, report_figure

SHAPES = {
    "epithet opening a paragraph": 'Clive Stone started a petition.\n\nThe 66-year-old said: "We will not stop."\n\n',
    "speech foretold": 'Ana Ruiz will tell the conference that "the plan is sound", officials said.\n\n',
    "a day before the verb": 'The ministry on Friday said "the outbreak is under control".\n\n',
    "a body in the perfect": 'Downing Street has warned MPs that "there is no more time".\n\n',
    "participle before he": 'Commenting on a visit by Tom Price, he cautioned: "Wait and see."\n\n',
    "lone names as rivals": 'HyunA revealed it and Quan gave his mother a hug. "It was a long year," she said.\n\n',
    "role before a name": '"The line is open," said Air New Zealand chief executive Greg Foran.\n\n',
    "unnamed voices alike": '"Point taken," another EU diplomat said.\n\n',
    "pronoun chain": 'Mayor Ann Reid spoke first. "We waited," she said. "We are ready," she added.\n\n',
    "pronoun carried to a verb": 'Ann Reid spoke. Years ago, she backed the plan and said, "It works."\n\n',
    "voice between paragraphs": 'Tom Hale ran.\n\nLund was away.\n\n"No," Quist said.\n\n"Yes," he said.\n\n',
    "one-word speakers": '"The wall must go up," Quist said. "Not yet," Oakes said.\n\n',
}


def per_mb(unit: str, megabytes: float, repeat: int) -> tuple[float, float]:
    """CPU seconds and Python function calls per MB of the shape repeated to `megabytes`. The calls are counted
    (cProfile, one more run): on a shared machine the clock wanders by a third between runs, the count does not."""
    import cProfile
    import pstats

    import quizapp.draft.extraction as extraction
    from quizapp.draft import NothingToAsk, draft_article

    text = "Shapes\n\n" + unit * max(1, int(megabytes * 1_000_000) // len(unit))
    size = len(text) / 1_000_000

    def draft() -> None:
        with contextlib.suppress(NothingToAsk):
            draft_article(text)

    limit = extraction.MAX_ARTICLE_CHARS
    extraction.MAX_ARTICLE_CHARS = len(text) + 1  # the cut of `extract` is lifted, as draft_per_mb.py does
    try:
        seconds = median_seconds(draft, repeat, clock=time.process_time)
        profile = cProfile.Profile()
        profile.runcall(draft)
        return seconds / size, pstats.Stats(profile).total_calls / size
    finally:
        extraction.MAX_ARTICLE_CHARS = limit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=float, nargs=2, default=[0.1, 0.4], help="smallest and largest MB")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    small, large = args.sizes
    worst = 0.0
    for name, unit in SHAPES.items():
        (seconds_small, calls_small), (seconds_large, calls_large) = (
            per_mb(unit, size, args.repeat) for size in (small, large)
        )
        ratio = calls_large / calls_small
        worst = max(worst, ratio)
        print(
            f"{name:28} CPU {seconds_small:6.2f} s/MB at {small} MB, {seconds_large:6.2f} at {large} MB "
            f"(ratio {seconds_large / seconds_small:.2f}); calls per MB ratio {ratio:.2f}"
        )
    report_figure(
        "draft shapes linearity (worst, calls per MB)",
        worst,
        "",
        target="<= 1.15",
        ratio=worst,
        baseline=f"the same shape at {small} MB",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
