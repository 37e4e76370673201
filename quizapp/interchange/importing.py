"""`quizapp import`'s work, without the command line: read a file, pick its reader, assemble a bank."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from quizapp.bank.problems import Problem
from quizapp.bounds import line_col, long_number, too_many_values
from quizapp.interchange.detect import detect_format
from quizapp.interchange.imported import ImportResult, assemble
from quizapp.interchange.problems import MalformedInput

_CONVERT_HEADER = re.compile(
    r"\A//[ \t]*(?P<title>[^\r\n]+?)[ \t]*\r?\n"
    r"//[ \t]*bank id: (?P<id>[A-Za-z0-9][A-Za-z0-9._-]*); converted by quizapp"
)
"""The two comment lines `quizapp convert` starts a GIFT file with: the bank's title, then its id."""
_XML_HEADER = re.compile(
    r"<!--\s*(?P<title>[^\r\n]+?)\s*\r?\n\s*bank id: (?P<id>[A-Za-z0-9][A-Za-z0-9._-]*); converted by quizapp"
)
"""The same two lines in the comment `quizapp convert` starts Moodle XML with."""

MAX_IMPORT_BYTES = 16 * 1024 * 1024
FORMAT_TITLES = {"gift": "GIFT", "aiken": "Aiken", "anki": "Anki text", "moodle-xml": "Moodle XML"}


def read_text(path: Path, shown_as: str) -> str:
    """The file as text (UTF-8, a BOM dropped); MalformedInput with one located reason otherwise."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise _one(shown_as, 1, f"file is {size / 1_048_576:.1f} MiB; imports are limited to 16 MiB")
        data = path.read_bytes()
    except IsADirectoryError:
        raise _one(shown_as, 1, "is a folder, not a file") from None
    except FileNotFoundError:
        raise _one(shown_as, 1, "no such file") from None
    except OSError as error:
        raise _one(shown_as, 1, f"cannot read: {error.strerror or error}") from None
    if path.suffix.lower() in (".apkg", ".colpkg"):
        raise _one(shown_as, 1, "an Anki package: in Anki, export the deck as 'Notes in Plain Text' and import that")
    if b"\x00" in data:
        raise _one(shown_as, data.count(b"\n", 0, data.index(b"\x00")) + 1, "binary data (a NUL byte), not text")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _one(shown_as, line, f"not UTF-8 text (byte 0x{data[error.start]:02X}); save the file as UTF-8") from None


def _one(shown_as: str, line: int, message: str) -> MalformedInput:
    return MalformedInput([Problem(shown_as, line, None, message)])


def import_text(text: str, shown_as: str, format_name: str | None = None, suffix: str = "") -> ImportResult:
    """Questions of `text` in `format_name` (detected when None); MalformedInput when it cannot be read."""
    excess = too_many_values(text) or long_number(text)  # bounded before any reader walks the text
    if excess is not None:
        raise _one(shown_as, line_col(text, excess.offset or 0)[0], excess.message)
    chosen = format_name or detect_format(text, suffix)
    if chosen is None:
        raise _one(
            shown_as, 1, "cannot tell whether this is GIFT, Aiken, Anki text or Moodle XML: say which with --from"
        )
    header = None
    if chosen == "gift":
        from quizapp.interchange.gift import read_gift

        drafts, skipped = read_gift(text, shown_as)
        header = _CONVERT_HEADER.match(text)
        if header is not None and drafts:
            del drafts[0].comments[:2]  # the header's two comment lines, now the bank's id and title
    elif chosen == "aiken":
        from quizapp.interchange.aiken import read_aiken

        drafts, skipped = read_aiken(text, shown_as), []
    elif chosen == "moodle-xml":
        from quizapp.interchange.moodle_xml import read_moodle_xml

        drafts, skipped = read_moodle_xml(text, shown_as)
        header = _XML_HEADER.search(text[:4096])
    elif chosen == "anki":
        from quizapp.interchange.anki import read_anki

        drafts, skipped = read_anki(text, shown_as)
    else:
        raise ValueError(f"unknown format {chosen!r}")
    result = assemble(shown_as, FORMAT_TITLES[chosen], drafts, skipped)
    if header is not None:
        result = replace(result, bank_id=header["id"], title=header["title"])
    return result


def import_file(path: Path, shown_as: str | None = None, format_name: str | None = None) -> ImportResult:
    shown = shown_as or str(path)
    return import_text(read_text(path, shown), shown, format_name, path.suffix)
