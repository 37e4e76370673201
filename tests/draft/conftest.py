"""Articles every draft test runs on: the fixtures, and the seed article when it is present.

Imports between these test modules are relative (`from .conftest import ...`): CI installs
quizapp as a wheel, so the repository root is not importable there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .corpus_split import shared_folder

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (shared_folder() or REPO.parent / "shared") / "seed" / "article.txt"
"""The seed article in the shared folder beside the repository ($QUIZAPP_SHARED when set, as the corpus is
found), never committed here; tests that need it skip without it."""
FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted(path for path in FIXTURES.iterdir() if path.is_file() and not path.name.endswith(".gold.toml"))
if ARTICLE.is_file():
    ARTICLES.append(ARTICLE)


@pytest.fixture(params=ARTICLES, ids=[path.name for path in ARTICLES])
def article_path(request: pytest.FixtureRequest) -> Path:
    return request.param
