"""The `start_server` fixture: `quizapp serve --port 0 ...` on a temporary progress file, never left running."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests_serve_support import PROFILE, Served, start_serve


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(
        *extra: str, profile: str | None = PROFILE, sign_in: bool = False, data: Path | str | None = None
    ) -> Served:
        served = start_serve(data or tmp_path / "progress.db", *extra, profile=profile, sign_in=sign_in)
        started.append(served)
        return served

    yield start
    for served in started:
        served.kill()
