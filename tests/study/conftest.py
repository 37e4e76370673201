"""Fixtures of the study tests: a progress file on a clock moved by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from study_support import START, HandClock

from quizapp.storage import Store


@pytest.fixture
def clock() -> HandClock:
    return HandClock(START)


@pytest.fixture
def store(tmp_path: Path, clock: HandClock) -> Iterator[Store]:
    with Store.open(tmp_path / "progress.db", clock=clock) as opened:
        yield opened
