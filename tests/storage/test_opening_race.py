"""Two quizapps creating the same progress file at once: the second never mistakes the first's for another
program's database (seen in CI: one of two writers started together refused the file as "not ours")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizapp.storage import Store, opening
from quizapp.storage.schema import LATEST_VERSION, MIGRATIONS


def _create_as_another_quizapp(path: Path) -> None:
    """What a second quizapp does to a fresh file: its first migration, committed at once (or refused while
    this one is reading: then it would wait its turn)."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        for statement in MIGRATIONS[0]:
            other.execute(statement)
        other.execute("PRAGMA user_version = 1")
        other.execute("COMMIT")
    except sqlite3.OperationalError:
        pass  # busy: this quizapp holds its read, and the other would have waited
    finally:
        other.close()


def test_a_file_created_by_another_quizapp_between_two_reads_is_still_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "progress.db"
    real_connect = opening._connect

    def connect_with_a_rival(target: Path) -> sqlite3.Connection:
        connection = real_connect(target)
        fired = False

        def between_reads(statement: str) -> None:
            nonlocal fired
            if not fired and "sqlite_schema" in statement:
                fired = True
                _create_as_another_quizapp(target)  # after the mark was read, before the tables are

        connection.set_trace_callback(between_reads)
        return connection

    monkeypatch.setattr(opening, "_connect", connect_with_a_rival)
    with Store.open(path) as store:
        store.profile("ann")
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
