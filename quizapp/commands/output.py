"""Writing a command's output to a file or stdout, with a clear error instead of a traceback.

Every command that writes a file decides here whether it may: never onto the progress file (or its
`-wal`/`-shm` companions, or any SQLite file), never onto a file the command is reading, never onto a
question bank unless the command writes banks, and onto any other existing file only with `--force`.
One rule, one wording, one exit status for every command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quizapp.files import write_text_atomically

SQLITE_HEADER = b"SQLite format 3\x00"
PROGRESS_COMPANIONS = ("", "-wal", "-shm", "-journal")
"""The progress file and the files SQLite keeps beside it: writing onto any of them loses answers."""


def add_output_arguments(parser: argparse.ArgumentParser, metavar: str = "FILE", what: str = "the output") -> None:
    """`-o FILE` and `--force`, worded the same in every command."""
    parser.add_argument("-o", "--output", metavar=metavar, help=f"write {what} to {metavar} instead of printing it")
    add_force_argument(parser)


def add_force_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the output file if it exists (never the progress file or a file being read)",
    )


def output_refused(
    output: str | None,
    *,
    force: bool,
    data: str | None = None,
    reading: Iterable[str | Path] = (),
    writes_bank: bool = False,
) -> bool:
    """Whether `output` must not be written; if so the reason is printed (call it before doing the work)."""
    problem = output_problem(output, force=force, data=data, reading=reading, writes_bank=writes_bank)
    if problem is not None:
        print(f"quizapp: {problem}; nothing was written", file=sys.stderr)
    return problem is not None


def output_problem(
    output: str | None,
    *,
    force: bool,
    data: str | None = None,
    reading: Iterable[str | Path] = (),
    writes_bank: bool = False,
) -> str | None:
    """Why `output` must not be written, or None. `data` is `--data` (the progress file in use);
    `reading` names every file the command reads; `writes_bank` is True for commands whose output is a bank
    (import, draft, new), the only ones that may replace one (with --force)."""
    from quizapp.paths import default_db_path

    if output is None or output == "-":
        return None
    path = Path(output)
    if path.is_dir():
        return f"{output} is a folder: give a file's name"
    if not path.parent.is_dir():
        return f"cannot write {output}: there is no folder {path.parent}"
    progress = default_db_path(data)
    if any(_same_file(path, Path(f"{progress}{suffix}")) for suffix in PROGRESS_COMPANIONS):
        return f"{output} is the progress file ({progress}): choose another name"
    for name in reading:
        if _same_file(path, Path(name)):
            return f"{output} is {name}, which this command reads: choose another name"
    if not (path.exists() or path.is_symlink()):
        return None
    if _is_sqlite(path):
        return f"{output} is an SQLite database (a progress file?) and is never replaced: choose another name"
    if not writes_bank and _is_bank(path):
        return f"{output} is a question bank and this command does not write banks: choose another name"
    if not force:
        return f"{output} already exists: choose another name or add --force to replace it"
    return None


def _same_file(path: Path, other: Path) -> bool:
    """The same file, through links and relative names too."""
    try:
        return path.samefile(other)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return path.resolve() == other.resolve()


def _is_bank(path: Path) -> bool:
    """A teacher's bank: a .toml file with questions (read no further than its first 1 MiB)."""
    if path.suffix != ".toml":
        return False
    try:
        with path.open("rb") as file:
            return b"[[questions]]" in file.read(1 << 20)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def write_or_print(text: str, output: str | None, *, replace: bool) -> int:
    """Print `text`, or write it to `output`; 0 on success, 1 with a message when the file cannot be written.

    The command has already asked `output_refused` whether it may write there; `replace` is its `--force`, so a
    file another process made since that check is not replaced either. Printed on a terminal,
    control characters from the files it came from are shown, not obeyed; piped, the text is as is."""
    if output is None or output == "-":
        sys.stdout.write(for_stdout(text if text.endswith("\n") else text + "\n"))
        return 0
    try:
        write_text_atomically(Path(output), text, replace=replace)
    except FileExistsError:
        print(
            f"quizapp: {output} was made by something else while this ran: nothing was written; "
            "choose another name or add --force to replace it",
            file=sys.stderr,
        )
        return 1
    except OSError as error:
        print(f"quizapp: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {output}", file=sys.stderr)
    return 0


def for_stdout(text: str) -> str:
    """`text` as it should reach standard output: made displayable when that is a terminal (a person reads
    it), left exact when it is a pipe or a file (a program or a spreadsheet reads it)."""
    from quizapp.text import displayable

    return displayable(text) if sys.stdout.isatty() else text


def progress_file_or_explain(path: Path | str) -> bool:
    """Whether the progress file exists; if not, say so (reading commands never create one). What is there
    but cannot be read (a folder, an empty file) is said by Store.open_read_only. A database server (a
    `postgresql://` URL) is opened, and says itself when it cannot be."""
    if isinstance(path, str) or path.exists():
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


def write_schema_beside(bank: Path) -> None:
    """Write the JSON Schema next to a bank that was just written, unless one is there already,
    so the bank's `#:schema` line points at a file that exists."""
    from quizapp.bank.schema import SCHEMA_FILE_NAME, schema_text

    schema = bank.with_name(SCHEMA_FILE_NAME)
    if schema.exists():
        return
    try:
        schema.write_text(schema_text(), encoding="utf-8")
        print(f"wrote {schema} (lets your editor complete and check the keys)", file=sys.stderr)
    except OSError as error:
        print(f"quizapp: note: could not write {schema}: {error.strerror or error}", file=sys.stderr)
