"""Benchmark: where gold quotations are lost, by outcome and by the gold's cue.

Run: python tests/benchmarks/attribution_misses.py FOLDER [FOLDER ...]
Each FOLDER holds articles with gold in the fixtures' format (`x.txt` beside `x.gold.toml`). Prints, over all
of them, how many gold quotations are right, given surely to someone else, left unsure (with the right
candidate or another), found with no candidate at all (the speaker known to the drafter as a person or not),
or never found as quotations; then the same per cue. Counts only, never an article's name or words: it may be
run on a held-out set (see tests/draft/misses.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.draft.calibration import folder_articles  # noqa: E402
from tests.draft.misses import OUTCOMES, misses  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from quizapp.draft.extraction import extract

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    total: Counter[tuple[str, str]] = Counter()
    articles = 0
    for folder in args.folders:
        for _name, text, gold in folder_articles(folder):
            total += misses(extract(text), gold)
            articles += 1
    quotations = sum(total.values())
    print(f"where {quotations} gold quotations of {articles} articles end")
    by_outcome = Counter({outcome: 0 for outcome in OUTCOMES})
    for (outcome, _how), count in total.items():
        by_outcome[outcome] += count
    for outcome in OUTCOMES:
        print(f"  {by_outcome[outcome]:4}  {outcome}")
    print("by cue (outcome: count, ...)")
    for how in sorted({how for _outcome, how in total}):
        row = ", ".join(f"{outcome}: {total[outcome, how]}" for outcome in OUTCOMES if total[outcome, how])
        print(f"  {how:22} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
