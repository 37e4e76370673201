"""The real app on a temporary progress file, at a fixed instant with a fixed seed."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests_tui_support import BANKS, NOW, SEED

from quizapp.domain.clock import fixed_clock
from quizapp.storage import Store
from quizapp.tui.app import QuizApp

AppFactory = Callable[..., QuizApp]


def _shown(path: Path) -> Path:
    """The test banks by a path relative to where pytest runs (the checkout's root), so that the
    locations the app shows, and the snapshots of them, are the same on every machine."""
    return Path(os.path.relpath(path))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "progress.db"


@pytest.fixture
def make_app(db_path: Path) -> AppFactory:
    """A QuizApp on the given banks only (names in tests/tui/banks, or paths), storing into `db_path`."""

    def make(
        *banks: str | Path,
        profile: str = "ana",
        now: dt.datetime = NOW,
        answer_grace: float = 0.0,
        stopwatch: Callable[[], float] = time.monotonic,
        bank_cache: Path | None = None,
    ) -> QuizApp:
        clock = fixed_clock(now)
        return QuizApp(
            lambda: Store.open(db_path, clock=clock),
            profile_name=profile,
            bank_paths=[
                bank if isinstance(bank, Path) else _shown(BANKS / bank) for bank in (banks or ("kinds.toml",))
            ],
            include_default_banks=False,
            clock=clock,
            seed=SEED,
            fuzz=False,
            answer_grace=answer_grace,  # 0 by default: Pilot presses keys faster than any student
            stopwatch=stopwatch,
            bank_cache=None if bank_cache is None else lambda: bank_cache,
        )

    return make
