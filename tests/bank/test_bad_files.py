"""Files that are not bank text at all: too big, binary, another encoding, folders, missing paths.

Each gets one located line and exit 2, before any TOML is parsed; positions are worked out
by hand from the bytes written.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bank_texts import BANK, Expect, ExpectPath, Validate

from quizapp.bank.loader import MAX_BANK_BYTES, load_bank, load_banks

MIB = 1024 * 1024


def test_a_50_mb_file_is_refused_with_its_size(in_tmp: Path, expect_path: ExpectPath) -> None:
    with (in_tmp / "bank.toml").open("wb") as file:
        file.truncate(50 * MIB)  # sparse: takes no disk space, and is never read
    expect_path(
        "bank.toml", ["bank.toml:1:1: file is 50.0 MiB; banks are limited to 16 MiB (split it into several banks)"]
    )


def test_a_file_at_the_limit_is_read(in_tmp: Path) -> None:
    """The limit refuses what is above it, not the limit itself: this one is read, and found binary."""
    with (in_tmp / "bank.toml").open("wb") as file:
        file.truncate(MAX_BANK_BYTES)
    assert [str(problem) for problem in load_bank(Path("bank.toml")).problems] == [
        "bank.toml:1:1: binary data (a NUL byte), not a TOML text file"
    ]


def test_binary_garbage(expect: Expect) -> None:
    # a PNG header: \n at bytes 5 and 7, so the first NUL (byte 8) starts line 3
    expect(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["bank.toml:3:1: binary data (a NUL byte), not a TOML text file"])


def test_a_nul_byte_inside_text(expect: Expect) -> None:
    # 'id = "ca' is 8 characters: the NUL is column 9 of line 2
    expect(b'format = 1\nid = "ca\x00ll"\n', ["bank.toml:2:9: binary data (a NUL byte), not a TOML text file"])


def test_nesting_past_tomls_limit(expect: Expect) -> None:
    # tomli gives up at 400 levels without saying where; the problem points at the 17th bracket
    deep = "a = " + "[" * 1000 + "]" * 1000 + "\n"
    expect(deep, ["bank.toml:1:21: tables or arrays nested more than 16 deep"])


def test_random_bytes_without_nul(expect: Expect) -> None:
    expect(bytes(range(0x80, 0x100)), ["bank.toml:1:1: not UTF-8 text (byte 0x80); save the file as UTF-8"])


def test_a_latin_1_file(expect: Expect) -> None:
    # line 3 holds 'title = "Où ' in UTF-8 (12 characters), then é in Latin-1 (byte 0xE9) at column 13
    content = 'format = 1\nid = "call"\ntitle = "Où '.encode() + b'\xe9t\xe9"\n'
    expect(content, ["bank.toml:3:13: not UTF-8 text (byte 0xE9); save the file as UTF-8"])


def test_a_utf_16_file(expect: Expect) -> None:
    expect(BANK.encode("utf-16"), ["bank.toml:1:1: UTF-16 text, not UTF-8; save the file as UTF-8"])
    expect(BANK.encode("utf-32"), ["bank.toml:1:1: UTF-32 text, not UTF-8; save the file as UTF-8"])


def test_a_folder_with_no_banks(in_tmp: Path, validate: Validate) -> None:
    (in_tmp / "empty").mkdir()
    (in_tmp / "notes").mkdir()
    (in_tmp / "notes" / "readme.txt").write_text("not a bank", encoding="utf-8")
    (in_tmp / "notes" / ".drafts").mkdir()
    (in_tmp / "notes" / ".drafts" / "hidden.toml").write_text(BANK, encoding="utf-8")  # hidden folders are skipped
    assert validate("empty") == (2, ["empty: no bank files (*.toml) in this folder", "0 files checked, 1 problem"])
    assert validate("notes") == (2, ["notes: no bank files (*.toml) in this folder", "0 files checked, 1 problem"])
    [loaded] = load_banks(["empty"])
    assert str(loaded.problems[0]) == "empty: no bank files (*.toml) in this folder"


def test_a_folder_given_to_load_bank(in_tmp: Path) -> None:
    (in_tmp / "banks.toml").mkdir()
    assert [str(problem) for problem in load_bank(Path("banks.toml")).problems] == [
        "banks.toml: is a folder, not a bank file"
    ]


def test_a_missing_path(validate: Validate) -> None:
    assert validate("missing.toml") == (2, ["missing.toml: no such file or folder", "1 file checked, 1 problem"])


def test_the_real_command_line_never_shows_a_traceback(in_tmp: Path) -> None:
    with (in_tmp / "huge.toml").open("wb") as file:
        file.truncate(50 * MIB)
    (in_tmp / "garbage.toml").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (in_tmp / "empty").mkdir()
    finished = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", "huge.toml", "garbage.toml", "empty", "missing.toml"],
        capture_output=True,
        text=True,
        cwd=in_tmp,
        timeout=60,
    )
    assert finished.stderr == ""
    assert finished.returncode == 2
    assert finished.stdout.splitlines() == [
        "huge.toml:1:1: file is 50.0 MiB; banks are limited to 16 MiB (split it into several banks)",
        "garbage.toml:1:5: binary data (a NUL byte), not a TOML text file",
        "empty: no bank files (*.toml) in this folder",
        "missing.toml: no such file or folder",
        "3 files checked, 4 problems",
    ]
