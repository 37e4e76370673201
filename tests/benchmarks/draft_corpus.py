"""Benchmark: who-said-what on the shared drafting corpus, tune and check halves apart, and the seed.

Run: python tests/benchmarks/draft_corpus.py [--split tune|check|all] [--notes]
Prints precision (right / attributed), recall (right / gold), the wrong-speaker rate, recall per
attribution cue (the gold `how`), each sieve on its own (the `rule` a quotation's speaker was found
by: sure attributions made, right, wrong; counts only), sound questions drafted per article (by kind:
tests/draft/sound_questions.py), and seconds
per MB. Only the
check half is evidence: rules were tuned on the tune half (see tests/draft/corpus_split.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from functools import reduce
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from timing import report_figure  # noqa: E402

from tests.draft.corpus_split import corpus_folder, shared_folder, split_names  # noqa: E402
from tests.draft.scoring import CorpusScores, score_corpus, score_file  # noqa: E402


def report(name: str, per_article: dict[str, CorpusScores], notes: bool) -> None:
    total: CorpusScores = reduce(lambda a, b: a + b, per_article.values())
    print(total.line(f"{name} ({len(per_article)} articles)"))
    print("\n".join(total.breakdown()))
    counts = sorted(total.questions or [])
    spread = dict(sorted(Counter(counts).items()))
    print(f"    sound questions per article: {spread} (min {counts[0]}, max {counts[-1]})")
    print(f"    time: {total.seconds:.2f} s for {total.megabytes:.3f} MB = {total.seconds / total.megabytes:.2f} s/MB")
    report_figure(f"{name} split recall", total.recall, "", target=">= 0.85")
    report_figure(f"{name} split wrong-speaker rate", total.wrong_rate, "", target="<= 0.02")
    if notes:
        for article, scores in per_article.items():
            if scores.notes:
                print(f"  {article}: {scores.line('')}")
                print("\n".join(scores.notes))


def report_density(name: str, per_article: dict[str, CorpusScores], folder: Path) -> None:
    """Questions per 80 words of article (issue 10: at least one), overall, and per article for the tune half only:
    a check article's name beside its figure is a view of the check half nobody should tune to."""
    from quizapp.draft import read_article
    from quizapp.draft.article import parse_article

    words = {
        article: len(parse_article(read_article(folder / f"{article}.txt")).text.split()) for article in per_article
    }
    counts = {article: (scores.questions or [0])[0] for article, scores in per_article.items()}
    per_80 = {article: counts[article] * 80 / words[article] for article in per_article}
    reaching = sum(1 for value in per_80.values() if value >= 1)
    for article, value in sorted(per_80.items(), key=lambda item: item[1]) if name == "tune" else ():
        print(f"      {value:4.2f} sound per 80 words: {counts[article]} from {words[article]} words, {article}")
    print(f"    articles with one sound question per 80 words or more: {reaching} of {len(per_80)}")
    report_figure(f"{name} split questions per 80 words", sum(counts.values()) * 80 / sum(words.values()), "")
    report_figure(f"{name} split articles at one question per 80 words", reaching / len(per_80), "", target=">= 1")


def _warm_up(articles: list[Path]) -> None:
    """Draft every article once untimed: drafting's patterns compile on first use (quizapp/draft/lazy_patterns.py),
    and that one-off cost of a process belongs to the cold start (draft_start.py), not to the first split's s/MB."""
    from quizapp.draft import NothingToAsk, draft_article, read_article

    for article in articles:
        with contextlib.suppress(NothingToAsk):
            draft_article(read_article(article))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--notes", action="store_true", help="list every miss and wrong speaker (tune half only)")
    args = parser.parse_args(argv)
    folder = corpus_folder()
    if folder is None:
        print("no drafting corpus beside the repository (set QUIZAPP_SHARED): nothing to measure")
        return 0
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = [article["name"] for article in gold["articles"]]
    _warm_up([folder / f"{name}.txt" for name in names])
    for split in ("tune", "check"):
        if args.split in {split, "all"}:
            per_article = score_corpus(split_names(split, names), folder, gold)
            report(split, per_article, args.notes and split == "tune")
            report_density(split, per_article, folder)
    shared = shared_folder()
    seed = shared / "seed" / "article.txt" if shared else None
    if seed is not None and seed.is_file():
        print(score_file(seed, REPO / "tests" / "draft" / "gold" / "seed_article.gold.toml").line("seed"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
