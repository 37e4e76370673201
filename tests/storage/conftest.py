"""Fixtures for store tests: a real progress file in tmp_path, opened with a fixed clock."""

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


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, clock=fixed_clock(NOW)) as opened:
        yield opened
