"""Where banks are: the bundled folder, the student's folder, and the `*.toml` files under a folder.

Kept apart from the loader, and free of pydantic and tomli, because the home screen lists the banks
from their cached summaries (see summary.py) by finding and hashing these files before anything is
validated: the loader and the summary cache must agree on which files a discovery reads.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from quizapp.paths import bundled_banks_dir, user_banks_dir

BANK_SUFFIX = ".toml"
MAX_BANK_BYTES = 16 * 1024 * 1024
"""Banks larger than this are refused: 16 MiB holds well over 40,000 questions."""


def default_bank_paths() -> list[Path]:
    """The bundled banks folder, and the student's banks folder when it exists."""
    paths = [bundled_banks_dir()]
    user = user_banks_dir()
    if user.is_dir() and any(user.rglob("*.toml")):
        paths.append(user)
    return paths


def bank_paths(extra: Sequence[Path | str] = (), *, include_defaults: bool = True) -> list[Path | str]:
    """The files and folders the app lists, in order: bundled, the student's folder, then `extra`."""
    return [*(default_bank_paths() if include_defaults else []), *extra]


def find_bank_files(folder: Path) -> list[Path]:
    """Every `*.toml` under `folder`, in a stable order, skipping hidden folders."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, name) for name in sorted(files) if name.endswith(BANK_SUFFIX))
    return found
