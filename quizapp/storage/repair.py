"""Salvage from a damaged progress file: every row that can still be read goes into a new, sound file.

The damaged file is never written: it is copied (with its write-ahead log, which may hold the latest
answers) into a scratch folder and read from there. Each table is read in rowid order; where a damaged
page stops the reading, the rows beyond it are looked up one by one, so one bad page costs only the
rows on it. The new file is a normal progress file (Store.open makes it) filled with what was read,
and checked with `integrity_check` before it is handed back.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.domain.clock import Clock, utc_now
from quizapp.storage.errors import StoreError, StoreUnwritable
from quizapp.storage.opening import SIDE_FILES, move_aside

TABLES = ("profiles", "settings", "sessions", "reviews", "cards", "flags")
"""In the order they are written: a row's references come before it."""
_ROWID_TABLES = ("profiles", "sessions", "reviews", "flags")
_GIVE_UP_AFTER = 10_000
"""Rowids looked up one by one past the last readable row before a table is taken to end there."""


@dataclass
class Salvage:
    """What was saved from a damaged file: rows per table, and the tables where some rows could not be read."""

    saved: dict[str, int] = field(default_factory=dict)
    damaged_tables: set[str] = field(default_factory=set)
    readable: bool = True
    """False when nothing at all could be read (not an SQLite file, or its first page is gone)."""

    @property
    def answers(self) -> int:
        return self.saved.get("reviews", 0)


def salvage(damaged: Path, target: Path) -> Salvage:
    """Copy every readable row of `damaged` into a new progress file at `target` (which must not exist)."""
    from quizapp.storage.store import Store

    if target.exists():
        raise StoreUnwritable(f"{target} already exists: choose another name for the repaired file.")
    result = Salvage()
    with tempfile.TemporaryDirectory(prefix="quizapp-repair-") as scratch:
        copy = Path(scratch, "damaged.db")
        try:
            shutil.copyfile(damaged, copy)
            for suffix in ("-wal",):
                side = Path(f"{damaged}{suffix}")
                if side.exists():
                    shutil.copyfile(side, Path(f"{copy}{suffix}"))
        except OSError as error:
            raise StoreError(f"Cannot read {damaged}: {error.strerror or error}.") from error
        Store.open(target).close()  # a sound, empty progress file of the current version
        with contextlib.closing(sqlite3.connect(copy)) as source, contextlib.closing(sqlite3.connect(target)) as out:
            for table in TABLES:
                columns = _columns(out, table)
                saved = 0
                for row in _readable_rows(source, table, columns, result):
                    placeholders = ", ".join("?" * len(columns))
                    out.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", row)
                    saved += 1
                result.saved[table] = saved
            out.commit()
            if out.execute("PRAGMA integrity_check").fetchone()[0] != "ok":  # pragma: no cover - our own file
                raise StoreError(f"The repaired file {target} did not pass its check; nothing was replaced.")
    if not result.readable:
        target.unlink()
        for suffix in SIDE_FILES:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    return result


def repair_in_place(path: Path, clock: Clock = utc_now) -> tuple[Salvage, Path]:
    """Salvage `path` into a new file, keep the damaged one as `<name>.corrupt-<time>`, and put the new
    one in its place; (what was saved, where the damaged file now is)."""
    repaired = path.with_name(f".{path.name}.repairing")
    for leftover in (repaired, *(Path(f"{repaired}{suffix}") for suffix in SIDE_FILES)):
        leftover.unlink(missing_ok=True)  # a repair killed half-way left it; the damaged file is intact
    result = salvage(path, repaired)
    moved = move_aside(path, clock)
    if result.readable:
        repaired.rename(path)
    return result, moved


def _columns(out: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in out.execute(f"PRAGMA table_info({table})")]


def _readable_rows(
    source: sqlite3.Connection, table: str, columns: list[str], result: Salvage
) -> Iterator[tuple[object, ...]]:
    wanted = ", ".join(columns)
    try:
        source.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        result.readable = False
        return
    try:
        if source.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (table,)).fetchone() is None:
            return  # a table of a later version than the damaged file's (flags, before version 2)
    except sqlite3.DatabaseError:
        pass  # the schema's own pages are damaged: try the table anyway
    if table not in _ROWID_TABLES:
        yield from _until_damage(source, f"SELECT {wanted} FROM {table}", table, result)
        return
    last = 0
    for row in _until_damage(source, f"SELECT rowid, {wanted} FROM {table} ORDER BY rowid", table, result):
        if isinstance(row[0], int):
            last = row[0]
        yield row[1:]
    misses = 0
    rowid = last + 1
    while misses < _GIVE_UP_AFTER:  # past a damaged page: each rowid on its own, as the b-tree allows
        try:
            found = source.execute(f"SELECT {wanted} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            found = None
            result.damaged_tables.add(table)
        if found is None:
            misses += 1
        else:
            misses = 0
            yield tuple(found)
        rowid += 1


def _until_damage(source: sqlite3.Connection, sql: str, table: str, result: Salvage) -> Iterator[tuple[object, ...]]:
    """The rows of `sql` in order, up to the first one SQLite cannot read."""
    try:
        for row in source.execute(sql):  # one by one: a row read before the damage is a row saved
            yield tuple(row)
    except sqlite3.DatabaseError:
        result.damaged_tables.add(table)
