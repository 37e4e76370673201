"""Benchmark: how sure an attribution is, measured against gold, per sieve and per reason a speaker is unsure.

Run: python tests/benchmarks/attribution_calibration.py [FOLDER ...] [--corpus-tune] [--fixtures]
Each FOLDER holds articles with gold in the fixtures' format (`x.txt` beside `x.gold.toml`); `--corpus-tune`
adds the shared corpus's tune half, `--fixtures` every fresh set of tests/draft/fixtures. Prints one table over
all of them: for each class (sieve, and "sure" or the kind of doubt) how many of its speakers the gold says are
right, wrong, nobody's words, or has no entry for, and in how many articles the class is seen; then the weak
sieves' sure speakers split by whether a second, independent cue backs them. Counts only, never
an article's name: it may be run on a held-out set (see tests/draft/calibration.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.draft.calibration import folder_articles, lines, merged, tables_of  # noqa: E402
from tests.draft.corpus_split import corpus_folder, split_names  # noqa: E402

FIXTURES = REPO / "tests" / "draft" / "fixtures"


def corpus_tune_articles() -> list[tuple[str, str, dict]]:
    from quizapp.draft import read_article

    folder = corpus_folder()
    if folder is None:
        print("no drafting corpus beside the repository (set QUIZAPP_SHARED): tune half left out")
        return []
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_name = {article["name"]: article for article in gold["articles"]}
    return [
        (f"corpus/{name}", read_article(folder / f"{name}.txt"), by_name[name]) for name in split_names("tune", by_name)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--corpus-tune", action="store_true", help="the shared corpus's tune half")
    parser.add_argument("--fixtures", action="store_true", help="every fresh set in tests/draft/fixtures")
    args = parser.parse_args(argv)
    folders = [*args.folders, *(sorted(FIXTURES.glob("fresh_*")) if args.fixtures else [])]
    tables = [tables_of(folder_articles(folder)) for folder in folders]
    if args.corpus_tune:
        tables.append(tables_of(corpus_tune_articles()))
    classes, cues = merged(*(t[0] for t in tables)), merged(*(t[1] for t in tables))
    print(f"attribution classes over {len({a for c in classes.values() for a in c.articles})} articles")
    print("\n".join(lines(classes)))
    print("sure speakers of the weak sieves, by a second independent cue (reason column: the cue)")
    print("\n".join(lines(cues)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
