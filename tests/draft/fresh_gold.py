"""Fresh sets (tests/draft/fixtures/fresh_*): articles in our own words written, with their gold, before the
rules they measure (fresh_b is engineer B's, the default), scored the way the shared corpus is scored.

Each gold file is in the fixtures' format (`[[quotation]]` with `starts` and `speaker`), plus what the
corpus gold says and the fixtures' gold does not: the cue (`how`), the quotations nobody is named for
(`unattributed`), and other forms of a speaker (`[[person]]` with `also`, for unnamed roles such as
"a company spokesman"). Scoring it as a corpus article counts a quotation as found when its text holds
the gold words anywhere, so a quotation running over several paragraphs is scored paragraph by paragraph,
and any sure speaker given to words nobody is named for counts as wrong.

Run: python -m tests.draft.fresh_gold [--notes] [fresh_p]  (another fresh set's folder under fixtures/)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import reduce
from pathlib import Path
from typing import Any

import tomli

from quizapp.draft import NothingToAsk, draft_article
from quizapp.draft.extraction import extract

from .scoring import CorpusScores, score_corpus_article

FRESH = Path(__file__).parent / "fixtures" / "fresh_b"


def as_corpus_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """A fixture gold file as a corpus gold entry (quotes, unattributed, not_quotes, people)."""
    return {
        "quotes": [
            {"fragment": q["starts"], "speaker": q["speaker"], "how": q.get("how", "unknown")}
            for q in gold.get("quotation", [])
        ],
        "unattributed": list(gold.get("unattributed", [])),
        "not_quotes": list(gold.get("not_quotations", [])),
        "people": [{"name": p["name"], "also": list(p.get("also", []))} for p in gold.get("person", [])],
    }


def fresh_scores(folder: Path = FRESH) -> dict[str, CorpusScores]:
    """Each fresh article of `folder` drafted (a bank must come out of it) and scored."""
    scores = {}
    for gold_path in sorted(folder.glob("*.gold.toml")):
        article = folder / (gold_path.name.removesuffix(".gold.toml") + ".txt")
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


@dataclass(frozen=True)
class FreshSet:
    """A fresh set scored whole: the total, a report of it with every miss and wrong speaker, and whether
    every article drafted a bank."""

    total: CorpusScores
    report: str
    every_article_drafts: bool


def scored_set(folder: Path = FRESH) -> FreshSet:
    """A fresh set's articles drafted, scored and added up, for the floor tests of each set."""
    per_article = fresh_scores(folder)
    total: CorpusScores = reduce(lambda a, b: a + b, per_article.values())
    notes = [note for scores in per_article.values() for note in scores.notes or []]
    drafts = all(count > 0 for scores in per_article.values() for count in scores.questions or [0])
    return FreshSet(total, "\n".join([total.line(folder.name), *notes]), drafts)


def main(notes: bool, folder: Path = FRESH) -> None:
    per_article = fresh_scores(folder)
    total: CorpusScores = reduce(lambda a, b: a + b, per_article.values())
    print(total.line(f"{folder.name} ({len(per_article)} articles)"))
    print("\n".join(total.breakdown()))
    if notes:
        for name, scores in per_article.items():
            print(f"  {name}: {scores.line('')}")
            print("\n".join(scores.notes or []))


if __name__ == "__main__":
    named = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    main("--notes" in sys.argv, FRESH.parent / named[0] if named else FRESH)
