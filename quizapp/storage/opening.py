"""Opening the progress file: create it, or check it is ours and sound, then bring it up to date.

Durability choices, made here once for every connection:

- WAL journal: an answer is one append to the write-ahead log, readers (a second quizapp, the
  stats command) never block the writer, and a process killed mid-write leaves the last
  committed state intact; the log is replayed on the next open.
- synchronous=FULL: each commit waits for the log to reach the disk, so a committed answer
  also survives a power cut, not only a killed process. It costs a fraction of a millisecond
  per answer, which a student answering every few seconds never notices.
- busy_timeout: a second process writing the same file waits its turn (up to BUSY_TIMEOUT_S)
  instead of failing at once.
- Writes use BEGIN IMMEDIATE (see store.py): the write lock is taken before anything is read,
  so two writers queue up instead of one failing with SQLITE_BUSY halfway through.

A file that is damaged, written by a newer quizapp, or another program's database is never
overwritten: it is refused, or (when the caller asks) moved aside as `<name>.corrupt-<time>`.

Private by default, as ssh and gpg keep their files: a folder quizapp creates for progress is 0700 and a
new progress file 0600 (SQLite gives its -wal and -shm files the same mode), so other users of the
machine cannot read a student's answers. Commands that only read open the file read-only and create,
change and leave nothing (see `open_read_only`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from quizapp.domain.clock import Clock
from quizapp.storage.errors import (
    StoreCorrupt,
    StoreError,
    StoreNotOurs,
    StoreTooNew,
    StoreUnwritable,
    translate,
)
from quizapp.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

BUSY_TIMEOUT_S = 10.0
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
_SQLITE_BUSY = 5


def open_connection(path: Path, clock: Clock, *, move_damaged: bool) -> tuple[sqlite3.Connection, StoreCorrupt | None]:
    """A connection to a sound, up-to-date progress file at `path` (created when missing).

    A damaged file raises StoreCorrupt, or with `move_damaged` is moved aside and a new file
    started: the StoreCorrupt returned with the connection then says where the old one went.
    """
    try:
        return _open_sound(path), None
    except StoreCorrupt as damaged:
        damaged.path = path
        if not move_damaged:
            raise
        moved_to = move_aside(path, clock)
        notice = StoreCorrupt(
            f"{damaged} It was moved to {moved_to} and a new, empty progress file was started.", moved_to=moved_to
        )
        return _open_sound(path), notice


def _open_sound(path: Path) -> sqlite3.Connection:
    _prepare_folder(path)
    _check_existing_file(path)
    connection = _connect(path)
    try:
        _check_database(connection, path)
        _configure(connection, path)
        _migrate(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the folder made here is private; never a chmod
    except OSError as error:
        raise StoreUnwritable(
            f"Cannot create the folder {folder} for the progress file: {error.strerror or error}. "
            "Use --data PATH (or QUIZAPP_DATA) to keep progress elsewhere."
        ) from error
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "not a regular file"
        raise StoreUnwritable(f"{path} is {what}, not a progress file. Use --data PATH to choose a file.")
    _create_private(path)


def _create_private(path: Path) -> None:
    """Make a missing progress file empty and 0600 before SQLite opens it (SQLite would make it 0644)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    except OSError as error:
        raise StoreUnwritable(_cannot_create(path, error)) from error


def _cannot_create(path: Path, error: OSError) -> str:
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return (
            f"Cannot create the progress file {path}: the folder {folder} is read-only for you. "
            "Make it writable, or use --data PATH (or QUIZAPP_DATA) to keep progress elsewhere."
        )
    return f"Cannot create the progress file {path}: {error.strerror or error}. Use --data PATH to keep it elsewhere."


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection for commands that only read (stats, export, results, profile list).

    The file must already be a sound, up-to-date progress file; nothing is created, migrated or left
    behind: with no write-ahead log beside the file (no quizapp is writing), it is opened immutable,
    so SQLite does not make -wal and -shm files either (made by a reading command, they could be left
    with modes that stop the next writer).
    """
    if not path.exists():
        raise StoreError(
            f"There is no progress file at {path}: answer some questions first (run quizapp), "
            "or give the file with --data PATH."
        )
    if not path.is_file():
        what = "a folder" if path.is_dir() else "not a regular file"
        raise StoreError(f"{path} is {what}, not a progress file: give the progress file with --data PATH.")
    if not _has_content(path):
        raise StoreError(
            f"{path} is empty, not a progress file: answer some questions first (run quizapp), "
            "or give another file with --data PATH."
        )
    _check_existing_file(path)
    writer_log = Path(f"{path}-wal").exists()
    uri = f"file:{quote(str(path.absolute()))}?mode=ro" + ("" if writer_log else "&immutable=1")
    try:
        connection = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise translate(error, path, "open the progress file") from error
    try:
        _check_database(connection, path)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version < LATEST_VERSION:
            raise StoreError(
                f"{path} was written by an older quizapp and must be brought up to date before it can be "
                "read: run quizapp once (it updates the file), then run this command again."
            )
    except BaseException:
        connection.close()
        raise
    return connection


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _check_existing_file(path: Path) -> None:
    """Refuse a file that is not SQLite at all, before SQLite writes anything next to it."""
    if not _has_content(path):
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreUnwritable(f"Cannot read the progress file {path}: {error.strerror or error}.") from error
    if header != SQLITE_MAGIC:
        raise StoreCorrupt(
            f"The progress file {path} is damaged (it is not an SQLite database). Start quizapp to move it "
            "aside and start afresh, or give another file with --data PATH."
        )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: no implicit transactions; the store opens and commits its own.
        # check_same_thread=False: the app may call from a worker thread; the store serialises calls.
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise translate(error, path, "open the progress file") from error


def _check_database(connection: sqlite3.Connection, path: Path) -> None:
    """Read-only checks, in the order that touches least: whose file, which version, sound pages."""
    try:
        # One read transaction, so the three answers come from one state of the file: another quizapp creating
        # the same file may commit its tables and mark between two reads, and a mark read before its commit
        # with tables read after it looked like another program's database.
        connection.execute("BEGIN")
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            has_tables = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    if application_id != APPLICATION_ID and (application_id != 0 or has_tables):
        raise StoreNotOurs(
            f"{path} is a database of another program, not a quizapp progress file; quizapp left it untouched. "
            "Use --data PATH to choose another file."
        )
    if version > LATEST_VERSION:
        raise StoreTooNew(
            f"{path} was written by a newer quizapp (progress format {version}; this quizapp knows up to "
            f"{LATEST_VERSION}). It was left untouched: update quizapp to use it."
        )
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    if problems != ["ok"]:
        raise StoreCorrupt(f"The progress file {path} is damaged ({problems[0]}).")


def _damaged(path: Path, error: sqlite3.Error) -> StoreError:
    translated = translate(error, path, "read the progress file")
    if isinstance(translated, StoreCorrupt):
        return StoreCorrupt(f"The progress file {path} is damaged ({error}).")
    return translated


def _configure(connection: sqlite3.Connection, path: Path) -> None:
    try:
        _use_wal(connection)
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise translate(error, path, "open the progress file") from error


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch a new file to WAL (the mode is then stored in the file).

    The switch needs the file to itself and SQLite does not wait for that (no busy handler),
    so when two quizapps create the same file at once, the second retries until the first is
    done, within the usual busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorcode", None) != _SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Apply the missing migrations, each in its own transaction.

    The version is read again once the write lock is held: another quizapp opening the same
    file at the same moment may have migrated it meanwhile.
    """
    while connection.execute("PRAGMA user_version").fetchone()[0] < LATEST_VERSION:
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version < LATEST_VERSION:
                    for statement in MIGRATIONS[version]:
                        connection.execute(statement)
                    connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # already rolled back: the error says why
                        connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise translate(error, path, "prepare the progress file") from error


def move_aside(path: Path, clock: Clock) -> Path:
    """Rename a damaged file (and its journal files) to `<name>.corrupt-<UTC time>`; return the new path."""
    stamp = clock().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        path.rename(target)
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                with contextlib.suppress(OSError):
                    side.rename(target.with_name(target.name + suffix))
    except OSError as error:
        raise StoreUnwritable(
            f"The progress file {path} is damaged and could not be moved aside: {error.strerror or error}."
        ) from error
    return target
