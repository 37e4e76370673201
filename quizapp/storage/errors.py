"""What can go wrong with the progress file, each as a sentence a student can act on.

Every SQLite error leaving the store is translated here, so callers catch `StoreError` alone and
print its message; none of them needs to know SQLite's error codes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A problem with the progress file. The message is a full sentence for the user."""


class StoreCorrupt(StoreError):
    """The file is damaged or not an SQLite database.

    `moved_to` is where the damaged file now is when it was moved aside (see
    `Store.recovered`), None when it was left untouched where it was; `path` is the damaged
    file when it was met while opening (the app then offers to repair it or start afresh).
    """

    def __init__(self, message: str, moved_to: Path | None = None, path: Path | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.path = path


class StoreTooNew(StoreError):
    """The file was written by a newer quizapp: we refuse to read or change it."""


class StoreNotOurs(StoreError):
    """An SQLite database of some other program: never ours to change or move."""


class StoreBusy(StoreError):
    """Another process held the file longer than we are willing to wait."""


class StoreFull(StoreError):
    """The disk (or the file's size limit) is full; the change was not made."""


class StoreUnwritable(StoreError):
    """The file or its folder cannot be created or written."""


class StoreUnreachable(StoreError):
    """The database server (`--data postgresql://...`) cannot be reached, or the connection was lost."""


class InvalidValue(StoreError, ValueError):
    """A profile name or setting out of range; nothing was changed."""


class NotFound(StoreError, LookupError):
    """A profile, session or review that does not exist."""


# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 3, 26


def translate(error: sqlite3.Error, path: Path, doing: str) -> StoreError:
    """The StoreError for an SQLite error met while `doing` something (e.g. 'save this answer')."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _FULL:
        return StoreFull(f"The disk holding {path} is full: could not {doing}. Free some space and try again.")
    if primary in (_BUSY, _LOCKED):
        return StoreBusy(
            f"{path} is in use by another quizapp that did not let go: could not {doing}. "
            "Close the other one and try again."
        )
    if primary in (_CORRUPT, _NOTADB):
        return StoreCorrupt(
            f"{path} is damaged ({error}): could not {doing}. Restart quizapp to move it aside and start afresh."
        )
    if primary in (_READONLY, _CANTOPEN, _PERM, _IOERR):
        return StoreUnwritable(_unwritable(error, path, doing, primary == _IOERR))
    return StoreError(f"Could not {doing} in {path}: {error}.")


def _unwritable(error: sqlite3.Error, path: Path, doing: str, io_error: bool) -> str:
    """Why the progress file could not be used, and the fix: the cause is looked for, as SQLite's own
    words ('disk I/O error', 'attempt to write a readonly database') name neither."""
    import os
    import resource

    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if io_error and limit != resource.RLIM_INFINITY:
        return (
            f"Could not {doing}: {path} reached the file-size limit of this session ({limit:,} bytes, see "
            "ulimit -f). Raise the limit (ulimit -f unlimited) and try again; nothing was lost."
        )
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return f"Could not {doing}: {path} is read-only for you. Make it writable (chmod u+w {path})."
    if not os.access(folder, os.W_OK):
        return (
            f"Could not {doing}: the folder {folder} is read-only for you, and SQLite writes its journal "
            f"beside {path.name}. Make the folder writable, or use --data PATH to keep progress elsewhere."
        )
    return f"Could not {doing}: cannot write {path} ({error})."
