"""Shared test setup.

NO_COLOR (and similar variables) in the developer's environment change how Textual renders,
so snapshots would differ from CI's; clear them for every test. Progress files always go to a
temporary folder, never to the real user data folder. Hypothesis's per-example deadline is off:
speed is measured in tests/benchmarks, never in a pass/fail test, and on a loaded machine a
200 ms deadline failed property tests whose code was right.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from postgres_support import PostgresServer, missing_programs, start_server

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "questions"

settings.register_profile("quizapp", deadline=None)
settings.load_profile("quizapp")

for variable in ("NO_COLOR", "FORCE_COLOR", "TEXTUAL", "QUIZAPP_DATA", "QUIZAPP_PROFILE"):
    os.environ.pop(variable, None)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the platform's user folders at a temporary home, so no test touches real progress."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole run (see postgres_support.py); skipped without one."""
    missing = missing_programs()
    if missing:
        pytest.skip(f"PostgreSQL is not installed ({', '.join(missing)} not on PATH); .ci/run installs it")
    server = start_server(port=5432)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a new, empty database on the test server."""
    return postgres_server.new_database()
