"""The connection under the store: one SQLite connection, one transaction at a time.

Every method of the store runs through `_write`, `_reading` or `_rows`, which take the lock,
open and close the transaction, and turn SQLite's errors into StoreErrors with a sentence the
app can show as is.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from quizapp.domain.clock import Clock
from quizapp.storage.errors import StoreCorrupt, translate


class Database:
    """An open progress file. Subclassed by the store's queries; opened with `Store.open`."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, clock: Clock, recovered: StoreCorrupt | None = None
    ) -> None:
        self._db = connection
        self.path = path
        self.clock = clock
        self.recovered = recovered
        """Set when a damaged file was moved aside at opening: `recovered.moved_to` is where it went."""
        self._lock = threading.RLock()
        """Serialises calls from the app's threads: one connection, one transaction at a time."""

    @property
    def notice(self) -> str | None:
        """Something the student must be told about this file (it replaced a damaged one)."""
        return str(self.recovered) if self.recovered is not None else None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: the write lock is taken first (BEGIN IMMEDIATE), so a second
        process waits for it (busy_timeout) rather than failing in the middle; everything in it
        is committed together or not at all."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as error:
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # already gone: the error below says why
                        self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise translate(error, self.path, doing) from error
                raise

    @contextmanager
    def _reading(self, doing: str) -> Iterator[sqlite3.Connection]:
        """Several reads from one snapshot (a concurrent writer cannot slip in between)."""
        with self._lock:
            try:
                self._db.execute("BEGIN")
                try:
                    yield self._db
                finally:
                    if self._db.in_transaction:
                        self._db.execute("COMMIT")
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error

    def _rows(self, doing: str, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """All rows of one statement (its own snapshot)."""
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error
