"""Floors on the shared drafting corpus, so a change that attributes worse fails CI.

The corpus (48 articles with hand-checked gold) lives beside the repository and is read in
place; these tests skip when it is absent. Floors are the figures reached when they were set
minus a small margin. The check half (tests/draft/corpus_split.py) was never read while
writing rules: its floors are the honest ones; the tune half's guard against regressions.
"""

from __future__ import annotations

import json
from functools import reduce

import pytest

from .corpus_split import CHECK_ARTICLES, check_by_rule, corpus_folder, split_names
from .scoring import CorpusScores, score_corpus

FOLDER = corpus_folder()
needs_corpus = pytest.mark.skipif(FOLDER is None, reason="no drafting corpus beside the repository (QUIZAPP_SHARED)")

FLOORS = {
    # split: (precision at least, recall at least, wrong-speaker rate at most)
    "tune": (0.97, 0.90, 0.03),  # reached 1.000 / 0.919 / 0.000 (stop 25; stop 19 1.000 / 0.908; stop 18 0.902)
    "check": (0.95, 0.79, 0.03),  # reached 0.983 / 0.817 / 0.017 (stop 25); 0.983 / 0.796 / 0.017 (stop 19, A2; stop 18
    # 0.963 / 0.742 / 0.037, lines and lists +3 right, +1 wrong; stop 17 0.962 / 0.710 / 0.038)
}
MAX_SECONDS_PER_ARTICLE = 2.0
QUESTION_FLOORS = {
    # split: (mean sound questions per article, articles with two or more, articles with one per 80 words; at least).
    # Counted by tests/draft/sound_questions.py: clozes on a common word are not counted (stop 20; they were 1 in 63
    # sound on real articles read one by one, and are no longer drafted). Counting all drafted questions, stop 19
    # reached tune 5.38, 32, 30 and check 5.50, 16, 14; counting the sound ones, stop 20 reaches:
    "tune": (5.3, 29, 24),  # reached 5.53, 30 and 25 of 32 (stop 25: quoted numbers and names; stop 24 5.41, 30, 24)
    "check": (5.7, 15, 14),  # reached 5.94, 16 and 15 of 16 (stop 25; stop 24 5.81, 16 and 14)
}


def _scores(split: str) -> tuple[CorpusScores, dict[str, CorpusScores]]:
    assert FOLDER is not None
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    names = split_names(split, [article["name"] for article in gold["articles"]])
    per_article = score_corpus(names, FOLDER, gold)
    return reduce(lambda a, b: a + b, per_article.values()), per_article


@needs_corpus
def test_the_check_split_is_the_one_fixed_by_rule() -> None:
    assert FOLDER is not None
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    assert check_by_rule(article["name"] for article in gold["articles"]) == list(CHECK_ARTICLES)


@needs_corpus
@pytest.mark.parametrize("split", ["tune", "check"])
def test_attribution_stays_above_its_floors(split: str) -> None:
    total, per_article = _scores(split)
    precision, recall, wrong = FLOORS[split]
    report = total.line(split)
    assert total.precision >= precision, report
    assert total.recall >= recall, report
    assert total.wrong_rate <= wrong, report
    assert all(scores.seconds < MAX_SECONDS_PER_ARTICLE for scores in per_article.values())


@needs_corpus
@pytest.mark.parametrize("split", ["tune", "check"])
def test_each_sieves_counts_add_up_to_the_attributions(split: str) -> None:
    """The benchmark's per-sieve lines account for every sure attribution, right or wrong, once."""
    total, _per_article = _scores(split)
    sieves = total.per_sieve or {}
    assert sum(made for made, _right in sieves.values()) == total.attributed
    assert sum(right for _made, right in sieves.values()) == total.right
    assert all(0 <= right <= made for made, right in sieves.values())


@needs_corpus
def test_every_corpus_article_drafts_a_valid_bank_or_says_why_not() -> None:
    from quizapp.draft import NothingToAsk, draft_article, read_article

    assert FOLDER is not None
    nothing = []
    for path in sorted(FOLDER.glob("*.txt")):
        try:
            draft = draft_article(read_article(path))
        except NothingToAsk:
            nothing.append(path.name)
            continue
        assert draft.rejected == (), (path.name, draft.rejected)
        draft.to_toml()  # the bank writer accepts it
    assert nothing == []  # the study summary quoting one person and giving no fact drafts from his words


@needs_corpus
@pytest.mark.parametrize("split", ["tune", "check"])
def test_questions_per_article_stay_above_their_floors(split: str) -> None:
    from quizapp.draft import read_article
    from quizapp.draft.article import parse_article

    assert FOLDER is not None
    total, per_article = _scores(split)
    counts = total.questions or []
    mean, at_least_two, dense = QUESTION_FLOORS[split]
    assert sum(counts) / len(counts) >= mean, sorted(counts)
    assert sum(1 for count in counts if count >= 2) >= at_least_two, sorted(counts)
    per_80 = [
        (scores.questions or [0])[0] * 80 / len(parse_article(read_article(FOLDER / f"{name}.txt")).text.split())
        for name, scores in per_article.items()
    ]  # issue 10: at least one sound question per ~80 words
    assert sum(1 for value in per_80 if value >= 1) >= dense, sorted(round(value, 2) for value in per_80)
