"""Find every bank a student can study: the bundled ones, their own folder, and `--bank` paths.

Progress is keyed by bank id, so two files claiming one id would share (and corrupt) each
other's progress: the second is listed with a problem instead of being studied.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from quizapp.bank.loader import LoadedBank, load_banks
from quizapp.bank.places import bank_paths
from quizapp.bank.problems import Problem
from quizapp.paths import bundled_banks_dir

TEACHERS_EXAMPLE = "example.toml"


def discover_banks(extra: Sequence[Path | str] = (), *, include_defaults: bool = True) -> list[LoadedBank]:
    """Load every bank, in order: bundled, user folder, then `extra`. Never raises."""
    return load_listed(bank_paths(extra, include_defaults=include_defaults))


def load_listed(paths: Sequence[Path | str]) -> list[LoadedBank]:
    """Load the files and folders `paths` (as places.bank_paths lists them) in listing order, a
    second bank with an id already used flagged. Never raises."""
    return list(flag_duplicate_ids(sorted(load_banks(paths), key=_listing_order)))


def _listing_order(entry: LoadedBank) -> tuple[bool, bool]:
    """Bundled banks first, the teachers' example last among them, then the others as given.

    The example bank shows teachers each kind; students should meet the real banks first.
    """
    bundled = entry.path.parent == bundled_banks_dir()
    return (not bundled, bundled and entry.path.name == TEACHERS_EXAMPLE)


def flag_duplicate_ids(loaded: Iterable[LoadedBank]) -> Iterable[LoadedBank]:
    """Each bank, the second of two with one id given a problem that names both places.

    The app and `quizapp validate` both go through here, so a teacher sees the clash before a
    student does."""
    owners: dict[str, LoadedBank] = {}
    seen_files: set[Path] = set()
    for entry in loaded:
        resolved = entry.path.resolve()
        if resolved in seen_files:
            continue  # the same file reached twice (a folder and a file inside it)
        seen_files.add(resolved)
        if entry.bank is None:
            yield entry
            continue
        first = owners.get(entry.bank.id)
        if first is None:
            owners[entry.bank.id] = entry
            yield entry
            continue
        line, col = _id_position(entry.path)
        first_line, first_col = _id_position(first.path)
        problem = Problem(
            entry.shown_as,
            line,
            col,
            f"bank id {entry.bank.id!r} is already used by {first.shown_as}:{first_line}:{first_col}; "
            "give this bank another id (progress is kept under it)",
        )
        yield replace(entry, bank=None, problems=(*entry.problems, problem))


def _id_position(path: Path) -> tuple[int, int]:
    from quizapp.bank.locate import TomlLocator

    try:
        return TomlLocator(path.read_text(encoding="utf-8")).find(("id",))
    except (OSError, UnicodeDecodeError):
        return 1, 1
