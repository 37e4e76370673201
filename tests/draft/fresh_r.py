"""The pronoun-trap set of engineer R (tests/draft/fixtures/fresh_r): eight short articles written, with
their gold, before any rule they measure, each built around a reading of "he said" or "she said" that
English allows besides the nearest named subject (two ministers of one gender, a reported clause naming
someone else, a person named only inside a quotation, an unnamed role in between, "according to" a
document). A wrong speaker here becomes a wrong answer key, so what counts is the wrong sure
attributions per sieve; refusals only cost recall.

Scored as the shared corpus is (`score_corpus_article`), reading the gold through `as_corpus_gold`.

Run: python -m tests.draft.fresh_r [--notes]
"""

from __future__ import annotations

import sys
from functools import reduce
from pathlib import Path

import tomli

from quizapp.draft import NothingToAsk, draft_article
from quizapp.draft.extraction import extract

from .fresh_gold import as_corpus_gold
from .scoring import CorpusScores, score_corpus_article

TRAPS = Path(__file__).parent / "fixtures" / "fresh_r"


def trap_scores() -> dict[str, CorpusScores]:
    """Each trap article drafted (a bank must come out of it) and scored against its gold."""
    scores = {}
    for gold_path in sorted(TRAPS.glob("*.gold.toml")):
        article = TRAPS / (gold_path.name.removesuffix(".gold.toml") + ".txt")
        text = article.read_text(encoding="utf-8")
        try:
            draft = draft_article(text)
            extraction, questions = draft.extraction, len(draft.questions)
        except NothingToAsk:
            extraction, questions = extract(text), 0
        result = score_corpus_article(extraction, as_corpus_gold(tomli.loads(gold_path.read_text(encoding="utf-8"))))
        result.questions = [questions]
        scores[article.stem] = result
    return scores


def main(notes: bool) -> None:
    per_article = trap_scores()
    total: CorpusScores = reduce(lambda a, b: a + b, per_article.values())
    print(total.line(f"fresh_r ({len(per_article)} articles)"))
    for how, (right, all_) in sorted((total.per_how or {}).items()):
        print(f"    recall [{how:22}] {right / all_:.2f} ({right}/{all_})")
    for sieve, (made, right) in sorted((total.per_sieve or {}).items()):
        print(f"    sieve  [{sieve:22}] {made:3} sure, {right:3} right, {made - right:2} wrong")
    if notes:
        for name, scores in per_article.items():
            print(f"  {name}: {scores.line('')}")
            print("\n".join(scores.notes or []))


if __name__ == "__main__":
    main("--notes" in sys.argv)
