"""Fixtures for store tests: real progress in tmp_path or on a real PostgreSQL server, with a fixed clock.

`location` (and the `store` opened on it) is parametrised over both backends, so every store
test that does not look inside the SQLite file itself runs on the embedded file and on
PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import NOW

from quizapp.domain.clock import fixed_clock
from quizapp.storage import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "progress.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, db_path: Path) -> Path | str:
    """Where the progress is kept: a new SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return db_path
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(location: Path | str) -> Iterator[Store]:
    with Store.open(location, clock=fixed_clock(NOW)) as opened:
        yield opened
