"""Read bank files into validated `Bank` models, or into located problems; never raise.

The clean path is tomli + one pydantic validation and nothing else, so loading stays close
to tomli's own speed. Only when something is wrong do we pay for locating it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from quizapp.bank.models import Bank
from quizapp.bank.places import MAX_BANK_BYTES, find_bank_files
from quizapp.bank.problems import BankProblems, Problem
from quizapp.bounds import Excess, data_excess, key_offset, line_col, long_number, too_deep, too_many_values
from quizapp.collector import gc_paused

__all__ = ["MAX_BANK_BYTES", "LoadedBank", "find_bank_files", "load_bank", "load_banks"]


@dataclass(frozen=True)
class LoadedBank:
    """A bank file after loading: the bank when it is valid, and every problem found."""

    path: Path
    shown_as: str
    bank: Bank | None
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.problems

    def require(self) -> Bank:
        """The bank, or BankProblems for callers that cannot go on without it."""
        if self.bank is None or self.problems:
            raise BankProblems(self.problems)
        return self.bank


_WIDE_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
"""Byte order marks of the encodings an editor's "Unicode" option saves in. Such a file is
full of NUL bytes, and "binary data" would send the teacher looking for the wrong mistake.
UTF-32 comes first: its little-endian mark begins with UTF-16's."""


def _problem(shown_as: str, message: str, line: int | None = 1, col: int | None = 1) -> Problem:
    return Problem(shown_as, line, col, message)


def _line_col_of_offset(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, col


def read_bank_text(path: Path, shown_as: str) -> tuple[str | None, Problem | None]:
    """The file's text, or the one problem that stops us reading it as TOML at all."""
    try:
        size = path.stat().st_size
        if size > MAX_BANK_BYTES:
            return None, _problem(
                shown_as,
                f"file is {size / 1_048_576:.1f} MiB; banks are limited to "
                f"{MAX_BANK_BYTES // 1_048_576} MiB (split it into several banks)",
            )
        data = path.read_bytes()
    except IsADirectoryError:
        return None, _problem(shown_as, "is a folder, not a bank file", None, None)
    except FileNotFoundError:
        return None, _problem(shown_as, "no such file or folder", None, None)
    except OSError as error:
        return None, _problem(shown_as, f"cannot read: {error.strerror or error}", None, None)
    wide = next((name for bom, name in _WIDE_ENCODINGS if data.startswith(bom)), None)
    if wide is not None:
        return None, _problem(shown_as, f"{wide} text, not UTF-8; save the file as UTF-8")
    if b"\x00" in data:
        line, col = _line_col_of_offset(data, data.index(b"\x00"))
        return None, _problem(shown_as, "binary data (a NUL byte), not a TOML text file", line, col)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _line_col_of_offset(data, error.start)
        return None, _problem(
            shown_as,
            f"not UTF-8 text (byte 0x{data[error.start]:02X}); save the file as UTF-8",
            line,
            col,
        )
    return text.removeprefix("\ufeff"), None


_TOML_MESSAGES = {
    "Illegal character '\\n'": "the line ends inside a string: a closing quote is missing",
    "Cannot overwrite a value": "this key is already set above; each key may appear once per table",
    "Invalid value": 'invalid value: text needs quotes ("like this"); true, false and numbers do not',
}


def _friendly_toml_message(message: str, at: str = "") -> str:
    """tomli's wording, made plainer for the few mistakes teachers make most; `at` is the text
    from where the error is (`answer = True` is a capital letter, not missing quotes)."""
    word = re.match(r"[A-Za-z]+", at)
    if message == "Invalid value" and word and word.group().lower() in ("true", "false"):
        return f"invalid value {word.group()!r}: write true or false in lower case, without quotes"
    if message in _TOML_MESSAGES:
        return _TOML_MESSAGES[message]
    if message.startswith("Cannot declare (") and message.endswith(") twice"):
        return "this table is already declared above; use [[questions]] (two brackets) for each question"
    return message


def parse_bank_text(text: str, shown_as: str) -> tuple[Bank | None, tuple[Problem, ...]]:
    """Parse and validate TOML text; every problem comes back located."""
    with gc_paused():  # many objects, no cycles: see quizapp/collector.py
        return _parse_bank_text(text, shown_as)


def _parse_bank_text(text: str, shown_as: str) -> tuple[Bank | None, tuple[Problem, ...]]:
    crowded = too_many_values(text)
    if crowded is not None:
        return None, (_excess_problem(crowded, text, shown_as),)
    try:
        raw = tomli.loads(text)
    except (tomli.TOMLDecodeError, RecursionError) as error:  # tomli refuses nesting past 400 levels
        limit = "allowed" in str(error) or isinstance(error, RecursionError)  # tomli's own limits on nesting
        deep = too_deep(text, toml=True) if limit else None
        if deep is not None:
            return None, (_excess_problem(deep, text, shown_as),)
        line = getattr(error, "lineno", 1)
        col = getattr(error, "colno", 1)
        lines = text.splitlines()
        at = lines[line - 1][col - 1 :] if 0 < line <= len(lines) else ""
        message = _friendly_toml_message(getattr(error, "msg", str(error)), at)
        return None, (_problem(shown_as, f"TOML syntax error: {message}", line, col),)
    except ValueError:  # a number Python will not convert (past 4,300 digits): tomli cannot say where
        return None, (_excess_problem(long_number(text) or Excess("a number too long to read"), text, shown_as),)
    try:
        return Bank.model_validate(raw), ()
    except ValidationError as error:
        # a valid bank is bounded by its models; only a broken one is measured, before anything walks it
        excess = data_excess(raw)
        if excess is not None:
            return None, (_excess_problem(excess, text, shown_as),)
        return None, locate_validation_error(error, raw, text, shown_as)


def _excess_problem(excess: Excess, text: str, shown_as: str) -> Problem:
    """The one problem of a file past a limit of quizapp.bounds, at its place in the text (found without
    the full locator, which would cost seconds on such a file)."""
    if excess.offset is None and excess.message.startswith("tables or arrays nested"):
        excess = too_deep(text, toml=True) or excess
    if excess.offset is None and excess.message.startswith("a number"):
        excess = long_number(text) or excess
    line, col = line_col(text, key_offset(text, excess.path) if excess.offset is None else excess.offset)
    return _problem(shown_as, excess.message, line, col)


def locate_validation_error(
    error: ValidationError, raw: dict[str, Any], text: str, shown_as: str
) -> tuple[Problem, ...]:
    from quizapp.bank.locate import TomlLocator
    from quizapp.bank.messages import findings

    locator = TomlLocator(text)
    problems = set()
    for finding in findings(error, raw):
        line, col = locator.find(finding.path, value=finding.at_value)
        problems.add(Problem(shown_as, line, col, finding.message))
    return tuple(sorted(problems))


def load_bank(path: Path | str, shown_as: str | None = None) -> LoadedBank:
    """Load one bank file. Problems are returned, never raised."""
    path = Path(path)
    shown = shown_as if shown_as is not None else str(path)
    text, problem = read_bank_text(path, shown)
    if problem is not None:
        return LoadedBank(path, shown, None, (problem,))
    assert text is not None
    try:
        bank, problems = parse_bank_text(text, shown)
    except Exception as error:  # a bug of ours on an odd file must not stop every other bank from loading
        message = f"cannot be read: quizapp failed on it ({type(error).__name__}); please report it"
        return LoadedBank(path, shown, None, (_problem(shown, message),))
    return LoadedBank(path, shown, bank, problems)


def load_banks(paths: Iterable[Path | str]) -> list[LoadedBank]:
    """Load files and folders. A folder with no banks is itself a problem, as is a missing path."""
    loaded: list[LoadedBank] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = find_bank_files(path)
            if not files:
                loaded.append(
                    LoadedBank(
                        path,
                        str(given),
                        None,
                        (_problem(str(given), "no bank files (*.toml) in this folder", None, None),),
                    )
                )
            loaded.extend(load_bank(file) for file in files)
        else:
            loaded.append(load_bank(path, str(given)))
    return loaded
