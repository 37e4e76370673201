"""Every `source` of the article bank is a verbatim excerpt of the article.

Only runs of whitespace are normalised (the article wraps lines; TOML strings do not) and the
article's link underlining is read through, so a changed word, a tidied typo ("threeyear") or a
straightened quotation mark is reported.
"""

from __future__ import annotations

import re

from quizapp.bank.models import Bank

WHITESPACE = re.compile(r"\s+")
LINK_MARKUP = re.compile(r"</?u>")
"""The article underlines its links (<u>…</u>): markup around words, not words."""


def _spaced(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def excerpts_not_in(bank: Bank, article: str) -> list[str]:
    """'question id: source' for every source that is not word for word in the article."""
    article = _spaced(LINK_MARKUP.sub("", article))
    return [
        f"{question.id}: {question.source}"
        for question in bank.questions
        if question.source and _spaced(question.source) not in article
    ]


def test_every_source_is_a_verbatim_excerpt_of_the_article(article_bank: Bank, article_text: str) -> None:
    assert excerpts_not_in(article_bank, article_text) == []


def test_a_reworded_or_retyped_excerpt_is_reported(article_text: str) -> None:
    sources = {
        "exact": "On Saturday, Russian attacks killed at least 14 Ukrainian civilians.",
        "rewrapped": "On Saturday, Russian attacks\n  killed at least 14 Ukrainian civilians.",
        "typo-fixed": "ending the three-year conflict.",
        "reworded": "On Saturday, Russian attacks killed at least fourteen Ukrainian civilians.",
    }
    questions = [
        {"kind": "true_false", "id": name, "prompt": "p", "answer": True, "explanation": "e", "source": source}
        for name, source in sources.items()
    ]
    bank = Bank.model_validate({"id": "sources", "title": "t", "questions": questions})
    reported = [line.split(":")[0] for line in excerpts_not_in(bank, article_text)]
    assert reported == ["typo-fixed", "reworded"]
