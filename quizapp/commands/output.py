"""Writing a command's output to a file or stdout, with a clear error instead of a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from quizapp.files import write_text_atomically


def write_or_print(text: str, output: str | None) -> int:
    """Print `text`, or write it to `output`; 0 on success, 1 with a message when the file cannot be written."""
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    try:
        write_text_atomically(Path(output), text)
    except OSError as error:
        print(f"quizapp: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0


def progress_file_or_explain(path: Path | str) -> bool:
    """Whether the progress file exists; if not, say so (reading commands never create one).
    A database server (a `postgresql://` URL) is opened, and says itself when it cannot be."""
    if isinstance(path, str) or path.is_file():
        return True
    print(f"quizapp: no progress file at {path}: answer some questions first", file=sys.stderr)
    return False


def profile_or_explain(store: Any, name: str) -> Any:
    """The profile called `name`, or None after naming the ones there are (never creates one)."""
    profile = store.find_profile(name)
    if profile is None:
        names = ", ".join(known.name for known in store.profiles()) or "none yet"
        print(f"quizapp: no profile named {name!r} (profiles: {names})", file=sys.stderr)
    return profile
