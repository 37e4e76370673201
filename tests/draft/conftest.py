"""Articles every draft test runs on: the fixtures, and the seed article when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTICLE

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = sorted(path for path in FIXTURES.iterdir() if not path.name.endswith(".gold.toml"))
if ARTICLE.is_file():
    ARTICLES.append(ARTICLE)


@pytest.fixture(params=ARTICLES, ids=[path.name for path in ARTICLES])
def article_path(request: pytest.FixtureRequest) -> Path:
    return request.param
