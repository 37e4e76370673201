"""The shell command textual-serve runs for each browser session: this same quizapp, same options.

textual-serve starts every session with `create_subprocess_shell`, so the command is one string
and each value in it must be quoted for the shell; options are written `--name=value` so that a
value starting with a dash can never be read as another option.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence
from pathlib import Path


def session_command(
    data: Path | str | None, profile: str | None, banks: Sequence[str | Path] = (), *, python: str = sys.executable
) -> str:
    """`exec python -m quizapp --data=... --profile=... --bank=...`, every word quoted for a POSIX shell.

    Without a profile, each session asks who is studying (`--ask-profile`): a class shares one
    progress file, each student under their own name. Without `data`, the session reads
    QUIZAPP_DATA (a database server's URL, password included, stays out of the process list).

    `exec` makes the shell become the app, so the process textual-serve waits for, signals or kills
    is the app itself and not a shell that would leave it running.
    """
    words = [python, "-m", "quizapp", *([f"--data={data}"] if data is not None else [])]
    words.append(f"--profile={profile}" if profile is not None else "--ask-profile")
    words += [f"--bank={bank}" for bank in banks]
    return "exec " + shlex.join(words)
