"""The connection under the store: one connection, one transaction at a time, on either backend.

The store's queries are written once, in the SQL that SQLite and PostgreSQL share, with `?`
and `:name` parameters. A `Link` runs them on one backend: `SqliteLink` (below) on the embedded
progress file, `PostgresLink` (postgres.py) on a database server. Every method of the store
runs through `_write`, `_reading` or `_rows`, which take the link's lock, open and close the
transaction, and turn the backend's errors into StoreErrors with a sentence the app can show as is.

A write that changes a schedule reads that schedule inside its own write transaction, locked
(see `Database._lock_profile`): two sessions of one student answering at the same moment then
queue up, and neither overwrites the schedule the other just wrote.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, Self

from quizapp.domain.clock import Clock
from quizapp.storage.errors import NotFound, StoreCorrupt, translate

Parameters = Sequence[Any] | dict[str, Any]


class Cursor(Protocol):
    """What the store reads back from a statement (sqlite3's and psycopg's cursors both fit)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Executor(Protocol):
    """Runs the store's statements inside one transaction."""

    def execute(self, sql: str, parameters: Parameters = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Cursor: ...


class Link(Protocol):
    """One open connection to a backend, with its transactions and its error messages."""

    where: str
    """Where the progress is, for messages: a file's path or a server's address."""
    for_update: str
    """Appended to a SELECT that reads a row the same transaction will change (' FOR UPDATE'), or ''."""
    raw: Any
    """The driver's connection (sqlite3 or psycopg), for tests that tune the backend itself."""

    def write(self, doing: str) -> AbstractContextManager[Executor]: ...

    def reading(self, doing: str) -> AbstractContextManager[Executor]: ...

    def rows(self, doing: str, sql: str, parameters: Parameters = ()) -> list[Any]: ...

    def close(self) -> None: ...


class Database:
    """Open progress, on one backend. Subclassed by the store's queries; opened with `Store.open`."""

    def __init__(self, link: Link, clock: Clock, recovered: StoreCorrupt | None = None) -> None:
        self._link = link
        self.clock = clock
        self.recovered = recovered
        """Set when a damaged file was moved aside at opening: `recovered.moved_to` is where it went."""

    @property
    def where(self) -> str:
        """The progress file's path, or the database server's address (without its password)."""
        return self._link.where

    @property
    def _db(self) -> Any:
        return self._link.raw

    @property
    def notice(self) -> str | None:
        """Something the student must be told about this file (it replaced a damaged one)."""
        return str(self.recovered) if self.recovered is not None else None

    def close(self) -> None:
        self._link.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, doing: str) -> AbstractContextManager[Executor]:
        """One write transaction, committed together or not at all."""
        return self._link.write(doing)

    def _reading(self, doing: str) -> AbstractContextManager[Executor]:
        """Several reads from one snapshot (a concurrent writer cannot slip in between)."""
        return self._link.reading(doing)

    def _rows(self, doing: str, sql: str, parameters: Parameters = ()) -> list[Any]:
        """All rows of one statement (its own snapshot)."""
        return self._link.rows(doing, sql, parameters)

    def _lock_profile(self, db: Executor, profile_id: int) -> None:
        """Inside a write: hold the profile's row until the transaction ends, so the writes of one
        student (their schedules, even a question's first answer, which has no row yet to lock)
        are made one after the other. NotFound when there is no such profile."""
        if not db.execute(f"SELECT id FROM profiles WHERE id = ?{self._link.for_update}", (profile_id,)).fetchall():
            raise NotFound(f"There is no profile {profile_id}.")


class SqliteLink:
    """The embedded progress file: one SQLite connection, serialised by a lock.

    A write is `BEGIN IMMEDIATE ... COMMIT`: the file's write lock is taken before anything is
    read, so a second process waits for it (busy_timeout) rather than reading a schedule that
    is about to change; SQLite has no row locks and needs no FOR UPDATE.
    """

    for_update = ""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.raw = connection
        self.path = path
        self.where = str(path)
        self._lock = threading.RLock()
        """Serialises calls from the app's threads: one connection, one transaction at a time."""

    def close(self) -> None:
        with self._lock:
            self.raw.close()

    @contextmanager
    def write(self, doing: str) -> Iterator[Executor]:
        db = self.raw
        with self._lock:
            try:
                db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error
            try:
                yield db
                db.execute("COMMIT")
            except BaseException as error:
                if db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # already gone: the error below says why
                        db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise translate(error, self.path, doing) from error
                raise

    @contextmanager
    def reading(self, doing: str) -> Iterator[Executor]:
        db = self.raw
        with self._lock:
            try:
                db.execute("BEGIN")
                try:
                    yield db
                finally:
                    if db.in_transaction:
                        db.execute("COMMIT")
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error

    def rows(self, doing: str, sql: str, parameters: Parameters = ()) -> list[Any]:
        with self._lock:
            try:
                return self.raw.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise translate(error, self.path, doing) from error
