"""The store on a PostgreSQL server (psycopg 3): one school's classes in one place, many servers over it.

Chosen by giving `--data` (or QUIZAPP_DATA) a `postgresql://` URL; the SQLite file stays the
embedded default. The store's queries are the same as on SQLite (see database.py): here they
are turned into psycopg's `%s` / `%(name)s` parameters once per statement text, and psycopg
prepares the ones run often on the server.

Transactions: the connection is in autocommit, so a lone read is its own snapshot, and each
write is one explicit transaction that commits or rolls back whole. A write that changes a
student's schedules first locks their profile row (`SELECT ... FOR UPDATE`), then reads the
card it updates, so two servers or tabs answering for one student queue up instead of losing
an update. A lock held by another connection is waited for up to LOCK_TIMEOUT_S.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict

from quizapp.storage.database import Cursor, Executor, Parameters
from quizapp.storage.errors import (
    StoreBusy,
    StoreError,
    StoreFull,
    StoreNotOurs,
    StoreTooNew,
    StoreUnreachable,
    StoreUnwritable,
)
from quizapp.storage.pg_schema import APPLICATION, LATEST_VERSION, META_TABLE, MIGRATION_LOCK, MIGRATIONS

CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_S = 10
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def describe(url: str) -> str:
    """The database and host of `url`, for messages: never its password."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.Error:
        return "the PostgreSQL server given to --data"
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    name = parts.get("dbname") or parts.get("user")
    return f"the PostgreSQL database {name} on {host}{port}" if name else f"the PostgreSQL server on {host}{port}"


@functools.lru_cache(maxsize=512)
def psycopg_sql(sql: str) -> str:
    """The store's `?` and `:name` parameters as psycopg's `%s` and `%(name)s`."""
    return _NAMED.sub(r"%(\1)s", sql).replace("?", "%s")


def translate_pg(error: psycopg.Error, where: str, doing: str) -> StoreError:
    """The StoreError for a psycopg error met while `doing` something (e.g. 'save this answer')."""
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, pg_errors.DiskFull):
        return StoreFull(f"The disk of {where} is full: could not {doing}. Ask whoever runs the server.")
    if isinstance(error, (pg_errors.LockNotAvailable, pg_errors.QueryCanceled, pg_errors.DeadlockDetected)):
        return StoreBusy(f"{where} was held by another quizapp too long: could not {doing}. Try again.")
    if isinstance(error, pg_errors.InsufficientPrivilege):
        return StoreUnwritable(f"Not allowed to write {where} ({detail}): could not {doing}.")
    if isinstance(error, psycopg.OperationalError):
        return StoreUnreachable(f"Lost the connection to {where} ({detail}): could not {doing}.")
    return StoreError(f"Could not {doing} in {where}: {detail}.")


class _Statements:
    """The store's statements on one psycopg connection, inside whatever transaction is open."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Parameters = (), /) -> Cursor:
        return self._connection.execute(psycopg_sql(sql), parameters or None)

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Cursor:
        cursor = self._connection.cursor()
        cursor.executemany(psycopg_sql(sql), list(parameters))
        return cursor


class PostgresLink:
    """One psycopg connection, serialised by a lock like the SQLite one (see database.Link).

    A connection that broke (the server restarted, a network cut) fails the call that met it,
    with a StoreError and nothing saved; the next call connects again, so a student's session
    goes on once the server is back instead of failing until the app is restarted.
    """

    for_update = " FOR UPDATE"

    def __init__(self, connection: psycopg.Connection[Any], where: str, url: str) -> None:
        self.raw = connection
        self.where = where
        self._url = url
        self._statements = _Statements(connection)
        self._lock = threading.RLock()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self.raw.close()

    def _ready(self) -> None:
        """Connect again when the connection broke since the last call (never after `close`)."""
        if self._closed or not (self.raw.broken or self.raw.closed):
            return
        self.raw = _connect(self._url, self.where)
        self._statements = _Statements(self.raw)

    @contextmanager
    def write(self, doing: str) -> Iterator[Executor]:
        with self._lock:
            self._ready()
            try:
                with self.raw.transaction():
                    yield self._statements
            except psycopg.Error as error:
                raise translate_pg(error, self.where, doing) from error

    @contextmanager
    def reading(self, doing: str) -> Iterator[Executor]:
        with self._lock:
            self._ready()
            try:
                with self.raw.transaction():
                    self.raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    yield self._statements
            except psycopg.Error as error:
                raise translate_pg(error, self.where, doing) from error

    def rows(self, doing: str, sql: str, parameters: Parameters = ()) -> list[Any]:
        with self._lock:
            self._ready()
            try:
                return self._statements.execute(sql, parameters).fetchall()
            except psycopg.Error as error:
                raise translate_pg(error, self.where, doing) from error


def open_postgres(url: str) -> PostgresLink:
    """A connection to a sound, up-to-date quizapp database at `url` (its tables created when it is empty).

    StoreUnreachable when the server cannot be reached, StoreNotOurs for a database holding
    another program's tables, StoreTooNew for one migrated by a newer quizapp: none is changed.
    """
    where = describe(url)
    connection = _connect(url, where)
    try:
        _migrate(connection, where)
    except psycopg.Error as error:
        connection.close()
        raise translate_pg(error, where, "prepare the database") from error
    except BaseException:
        connection.close()
        raise
    return PostgresLink(connection, where, url)


def _connect(url: str, where: str) -> psycopg.Connection[Any]:
    """A new autocommit connection that waits at most LOCK_TIMEOUT_S for a lock; StoreUnreachable if none."""
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
        connection.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S}s'")
    except psycopg.Error as error:
        detail = " ".join(str(error).split()) or type(error).__name__
        raise StoreUnreachable(
            f"Cannot reach {where} ({detail}). Check the URL given to --data (or QUIZAPP_DATA) "
            "and that the server is running."
        ) from None
    return connection


def _version(connection: psycopg.Connection[Any], where: str) -> int:
    """The database's migration count, after checking it is quizapp's (0 for an empty database)."""
    # pg_tables is read with the statement's snapshot (to_regclass may answer from a cache that a
    # migration committed meanwhile by another server has not reached yet).
    tables = {
        row[0] for row in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    }
    if META_TABLE not in tables:
        if tables:
            raise StoreNotOurs(
                f"{where} holds another program's tables, not quizapp's; quizapp left it untouched. "
                "Give --data an empty database."
            )
        return 0
    row = connection.execute(f"SELECT application, version FROM {META_TABLE}").fetchone()
    if row is None or row[0] != APPLICATION:
        raise StoreNotOurs(f"{where} is not a quizapp database; quizapp left it untouched.")
    version: int = row[1]
    if version > LATEST_VERSION:
        raise StoreTooNew(
            f"{where} was prepared by a newer quizapp (format {version}; this quizapp knows up to "
            f"{LATEST_VERSION}). It was left untouched: update quizapp to use it."
        )
    return version


def _migrate(connection: psycopg.Connection[Any], where: str) -> None:
    """Apply the missing migrations, each in its own transaction, under the migration lock (another
    server opening the same database at once waits, then finds it migrated)."""
    while _version(connection, where) < LATEST_VERSION:
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            version = _version(connection, where)
            if version >= LATEST_VERSION:
                continue
            if version == 0:
                connection.execute(f"CREATE TABLE {META_TABLE} (application text NOT NULL, version integer NOT NULL)")
                connection.execute(f"INSERT INTO {META_TABLE} VALUES (%s, 0)", (APPLICATION,))
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"UPDATE {META_TABLE} SET version = %s", (version + 1,))
