"""Articles every draft test runs on: the fixtures, and the seed article when it is present.

Imports between these test modules are relative (`from .conftest import ...`): CI installs
quizapp as a wheel, so the repository root is not importable there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "seed" / "article.txt"
"""The seed article beside the repository (never committed here); tests that need it skip without it."""
FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted(path for path in FIXTURES.iterdir() if path.is_file() and not path.name.endswith(".gold.toml"))
if ARTICLE.is_file():
    ARTICLES.append(ARTICLE)


@pytest.fixture(params=ARTICLES, ids=[path.name for path in ARTICLES])
def article_path(request: pytest.FixtureRequest) -> Path:
    return request.param
