"""A bank's summary, and the cache of them that lets the home screen show its counts before pydantic loads.

Importing pydantic and building the bank models, then validating every bank, is most of the time
between the app's first frame and a home screen with counts. The home screen needs little of a
bank: its id, title, description and source, its questions' answer hashes (the store counts and
syncs schedules against them) and its problems. So a discovery's summaries are kept in a JSON
file in the user's cache folder, named by a key made of all they depend on: every given path, each
folder's listing, each file's resolved path and content hash (sha256 of its bytes), quizapp's
version and the size and time of the modules (ours, pydantic's, tomli's) that read banks. Any
change to a bank file gives another key, so an edited bank is never served stale; the banks are
then loaded in full and the cache written again. A cache that is missing, unreadable or damaged
is ignored the same way, never an error. This module imports neither pydantic nor tomli: the
loader is imported only on a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp import __version__
from quizapp.bank.places import MAX_BANK_BYTES, find_bank_files
from quizapp.bank.problems import Problem

if TYPE_CHECKING:
    from quizapp.bank.loader import LoadedBank

CACHE_FORMAT = 1
"""Bumped when the cache file's layout changes: a file of another format is ignored."""
KEPT_DISCOVERIES = 8
"""Discoveries kept in the cache (the app on its usual banks, and each set of `--bank` paths, has its own)."""
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "bounds.py")
"""The code a summary comes from: the bank package's modules and the limits the loader applies."""
_LIBRARIES = ("pydantic", "pydantic_core", "tomli")
"""The libraries that parse and validate a bank: another install of one may judge a bank otherwise."""


@dataclass(frozen=True)
class BankSummary:
    """What the home screen shows of one bank file, and what its counts need.

    `id` is "" when the file could not be loaded; then `problems` says why.
    """

    path: Path
    shown_as: str
    id: str
    title: str
    description: str | None = None
    source: str | None = None
    """The source's title, with its publisher in brackets when there is one."""
    answer_hashes: Mapping[str, str] = field(default_factory=dict)
    """Question id -> answer hash, in the bank's order (see Bank.answer_hashes)."""
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """Loaded without problems: the bank can be studied (as LoadedBank.ok)."""
        return bool(self.id) and not self.problems


def summarize(loaded: LoadedBank) -> BankSummary:
    """The summary of a bank as the loader (and the catalog's checks) left it."""
    bank = loaded.bank
    if bank is None:
        return BankSummary(loaded.path, loaded.shown_as, "", "", problems=loaded.problems)
    source = None
    if bank.source is not None:
        source = bank.source.title + (f" ({bank.source.publisher})" if bank.source.publisher else "")
    return BankSummary(
        loaded.path,
        loaded.shown_as,
        bank.id,
        bank.title,
        bank.description,
        source,
        dict(bank.answer_hashes),
        loaded.problems,
    )


def discovery_key(paths: Sequence[Path | str]) -> str:
    """A fingerprint of everything loading `paths` depends on (see the module's docstring)."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{_code_fingerprint()}".encode())
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = find_bank_files(path)
            digest.update(f"\0folder\0{given}\0{len(files)}".encode())
            for file in files:
                digest.update(_file_fingerprint(file, str(file)).encode())
        else:
            digest.update(_file_fingerprint(path, str(given)).encode())
    return digest.hexdigest()


def _code_fingerprint() -> str:
    """Size and modification time of the modules that turn a file into a summary, and of the libraries'
    own (found, not imported): a changed checkout, an upgrade that kept the version number or another
    pydantic never reads summaries made by other code."""
    from importlib.util import find_spec

    modules = [module for place in _CODE for module in (sorted(place.glob("*.py")) if place.is_dir() else [place])]
    for library in _LIBRARIES:
        with contextlib.suppress(ImportError, ValueError):
            spec = find_spec(library)
            if spec is not None and spec.origin is not None:
                modules.append(Path(spec.origin))
    parts = []
    for module in modules:
        with contextlib.suppress(OSError):
            stat = module.stat()
            parts.append(f"{module}:{stat.st_size}:{stat.st_mtime_ns}")
    return ",".join(parts)


def _file_fingerprint(path: Path, shown_as: str) -> str:
    try:
        resolved = path.resolve()
        stat = path.stat()
        if stat.st_size > MAX_BANK_BYTES:  # refused by the loader unread: its size and time decide
            content = f"too large {stat.st_size} {stat.st_mtime_ns}"
        else:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:  # missing, a folder, unreadable: the loader says so, the same each time
        resolved, content = path, f"unreadable {type(error).__name__} {error.errno}"
    return f"\0file\0{shown_as}\0{resolved}\0{content}"


class SummaryCache:
    """The cache: a folder with one file per discovery, named by its key; the newest KEPT_DISCOVERIES are kept.

    A start reads only its own discovery's file, so the summaries of other `--bank` runs cost it nothing.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"  # the key is hexadecimal: a safe file name

    def get(self, key: str) -> list[BankSummary] | None:
        """The summaries stored under `key`; None when there are none or the file cannot be used."""
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            if data["format"] != CACHE_FORMAT or data["key"] != key:
                return None
            return [_summary_from_json(bank) for bank in data["banks"]]
        except (OSError, ValueError, RecursionError, KeyError, TypeError):
            return None  # missing, unreadable, not JSON, damaged: the caller loads the banks and writes it again

    def put(self, key: str, summaries: Sequence[BankSummary]) -> None:
        """Store `summaries` under `key`; nothing is written when they are there already.

        A cache is a convenience: a folder that cannot be written (read-only home, full disk) is left.
        """
        from quizapp.files import write_text_atomically

        if self.get(key) == list(summaries):
            return
        banks = [_summary_to_json(summary) for summary in summaries]
        text = json.dumps({"format": CACHE_FORMAT, "key": key, "banks": banks}, ensure_ascii=False)
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self._file(key), text)
            self._prune()

    def _prune(self) -> None:
        """Remove all but the newest KEPT_DISCOVERIES discoveries."""
        dated = []
        for file in self.folder.glob("*.json"):
            with contextlib.suppress(OSError):
                dated.append((file.stat().st_mtime_ns, file))
        for _, file in sorted(dated, reverse=True)[KEPT_DISCOVERIES:]:
            with contextlib.suppress(OSError):
                file.unlink()


def _summary_to_json(summary: BankSummary) -> dict[str, Any]:
    return {
        "path": str(summary.path),
        "shown_as": summary.shown_as,
        "id": summary.id,
        "title": summary.title,
        "description": summary.description,
        "source": summary.source,
        "answer_hashes": dict(summary.answer_hashes),
        "problems": [[p.path, p.line, p.col, p.message] for p in summary.problems],
    }


def _summary_from_json(data: Any) -> BankSummary:
    """A summary read back, every value checked for its type (ValueError when one is wrong)."""
    hashes = data["answer_hashes"]
    if not isinstance(hashes, dict) or not all(isinstance(v, str) for v in [*hashes, *hashes.values()]):
        raise ValueError("answer hashes")
    problems = tuple(_problem_from_json(problem) for problem in data["problems"])
    return BankSummary(
        Path(_text(data["path"])),
        _text(data["shown_as"]),
        _text(data["id"]),
        _text(data["title"]),
        _optional_text(data["description"]),
        _optional_text(data["source"]),
        hashes,
        problems,
    )


def _problem_from_json(data: Any) -> Problem:
    path, line, col, message = data
    if not all(value is None or type(value) is int for value in (line, col)):
        raise ValueError("problem place")
    return Problem(_text(path), line, col, _text(message))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def cached_summaries(paths: Sequence[Path | str], cache: Path) -> list[BankSummary] | None:
    """The summaries of loading `paths`, from the cache when every file is as it was; else None."""
    return SummaryCache(cache).get(discovery_key(paths))


def load_and_summarize(paths: Sequence[Path | str], cache: Path | None) -> list[tuple[LoadedBank, BankSummary]]:
    """Load `paths` in full (see catalog.load_listed), each bank with its summary, and remember the
    summaries in `cache` unless a file changed while they were read (its summary is then uncertain)."""
    from quizapp.bank.catalog import load_listed

    key = discovery_key(paths) if cache is not None else ""
    loaded = load_listed(paths)
    summaries = [summarize(entry) for entry in loaded]
    if cache is not None and discovery_key(paths) == key:
        SummaryCache(cache).put(key, summaries)
    return list(zip(loaded, summaries, strict=True))
