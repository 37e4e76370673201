"""Writing a file so that a failure never leaves half of it: a teacher's bank is replaced whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then put it in `path`'s place in one step.

    A full disk or a killed process leaves the old file as it was; OSError says why it failed.
    """
    with replaced_atomically(path) as file:
        file.write(text)


@contextlib.contextmanager
def replaced_atomically(path: Path) -> Iterator[TextIO]:
    """A text file to write in pieces; it takes `path`'s place in one step only when the block ends
    without an error (a long export need not sit in memory to be written whole)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
