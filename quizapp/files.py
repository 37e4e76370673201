"""Writing a file so that a failure never leaves half of it: a teacher's bank is replaced whole or not at all.

The new text is flushed to the disk before it takes the old file's place, and the folder after, so a power
cut leaves either the old file or the new one, never an empty one; the replaced file keeps its permissions.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def write_text_atomically(path: Path, text: str, *, replace: bool = True) -> None:
    """Write `text` to a temporary file beside `path`, then put it in `path`'s place in one step.

    A full disk or a killed process leaves the old file as it was; OSError says why it failed. With `replace`
    False, a file at `path` is never replaced, even one another process made after the caller looked: then
    FileExistsError, and nothing was written.
    """
    with replaced_atomically(path, replace=replace) as file:
        file.write(text)


@contextlib.contextmanager
def replaced_atomically(path: Path, *, replace: bool = True) -> Iterator[TextIO]:
    """A text file to write in pieces; it takes `path`'s place in one step only when the block ends
    without an error (a long export need not sit in memory to be written whole). `replace`: as in
    `write_text_atomically`."""
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            yield file
            file.flush()
            os.fchmod(file.fileno(), mode)  # mkstemp makes 0600: a shared bank stays readable by its readers
            os.fsync(file.fileno())
        _put_in_place(temporary, path, replace)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _put_in_place(temporary: str, path: Path, replace: bool) -> None:
    """Move the finished temporary file to `path`. Not replacing, it is linked there, which fails if any file is
    there already (two commands started at once, each having seen no file: the second gets FileExistsError and the
    first one's file stays); a file system without links is checked first instead, which leaves that narrow race."""
    if replace:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network and FAT file systems)
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else what a new file gets under the process's umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back: Python has no other portable way)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open a folder, which is then left to chance."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
