"""Writing a command's output to a file or stdout, with a clear error instead of a traceback."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_print(text: str, output: str | None) -> int:
    """Print `text`, or write it to `output`; 0 on success, 1 with a message when the file cannot be written."""
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"quizapp: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0
