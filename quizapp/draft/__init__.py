"""Drafting a question bank from a news article: who said what, what happened where, in what order.

Rule-based and offline: the standard library plus quizapp's bank models. Only `quizapp draft`
imports this package; the app never does.

    from quizapp.draft import draft_article
    draft = draft_article(article_text)
    draft.bank                     # every drafted question, as a validated Bank
    draft.questions[0].source_span # (start, end) in draft.text, for highlighting
    draft.to_toml(kept_ids, prompts)
"""

from quizapp.draft.drafting import DRAFT_HEADER, Draft, NothingToAsk, draft_article
from quizapp.draft.reading import ArticleError, read_article

__all__ = ["DRAFT_HEADER", "ArticleError", "Draft", "NothingToAsk", "draft_article", "read_article"]
