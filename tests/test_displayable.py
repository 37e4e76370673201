"""File text on a terminal is shown, never obeyed: one function (quizapp.text.displayable) and every
command that prints a bank's, a results file's or a progress file's text."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.cells import cell_len

from quizapp.bank.loader import load_bank
from quizapp.cli import main
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import StudyService
from quizapp.text import displayable

ESCAPES = r"\u001B]52;c;cXVpemFwcA==\u0007\u001B]0;PWNED\u0007\u001B[2J" + "\x9b" + r"31m\u007F"
"""In TOML: a clipboard write (OSC 52), a window title (OSC 0), a clear screen (CSI 2J), C1 CSI and DEL."""
OBEYED = ("\x1b", "\x07", "\x9b", "\x7f")

LACED = f"""format = 1
id = "laced"
title = "Laced{ESCAPES}"
description = "Every text{ESCAPES}"

[[questions]]
id = "one"
kind = "multiple_choice"
prompt = "Pick{ESCAPES}"
choices = ["a{ESCAPES}", "b"]
answer = "a{ESCAPES}"
explanation = "Because{ESCAPES}"
tags = ["tag{ESCAPES}", "法律制度", "Économie", "law"]
"""


def test_every_control_character_but_newline_and_tab_is_shown_visibly() -> None:
    for code in range(0xA0):
        char = chr(code)
        shown = displayable(f"a{char}b")
        if char in "\n\t" or unicodedata.category(char) != "Cc":
            assert shown == f"a{char}b"
        else:
            assert shown[0] == "a" and shown[-1] == "b" and len(shown) > 2, hex(code)
            assert all(unicodedata.category(c) != "Cc" for c in shown), hex(code)
    assert displayable("\x1b]0;title\x07") == "␛]0;title␇"
    assert displayable("line\r\nnext") == "line\nnext"
    assert displayable("法律 Économie\ttab\nline") == "法律 Économie\ttab\nline"
    assert displayable(displayable("\x9b\x7f\x1b")) == displayable("\x9b\x7f\x1b") == "\\x9b␡␛"


def test_direction_overrides_are_shown_not_obeyed_and_right_to_left_text_is_untouched() -> None:
    """A right-to-left override in a prompt would show "Paris" where the file says "siraP" ("Trojan Source")."""
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        shown = displayable(f"a{chr(code)}b")
        assert shown == f"a\\u{code:04x}b", hex(code)
    assert displayable("שלום עליכם and مرحبا") == "שלום עליכם and مرحبا"


@pytest.fixture
def laced(tmp_path: Path) -> Path:
    path = tmp_path / "laced.toml"
    path.write_text(LACED, encoding="utf-8")
    assert load_bank(path).require().title.endswith("\x1b[2J\x9b31m\x7f")
    return path


def _printed(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    printed = captured.out + captured.err
    for char in OBEYED:
        assert char not in printed
    return printed


def test_validate_shows_the_escapes_it_quotes(laced: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = laced.with_name("broken.toml")
    broken.write_text(LACED.replace('answer = "a', 'answer = "c'), encoding="utf-8")
    assert main(["validate", str(laced), str(broken)]) == 2
    printed = _printed(capsys)
    assert "␛]52;c;cXVpemFwcA==␇" in printed  # the problem quotes the answer, shown


def test_stats_shows_titles_and_tags_and_aligns_wide_names(
    laced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "progress.db"
    bank = load_bank(laced).require()
    with Store.open(db) as store:
        session = StudyService(store, "ann", fixed_clock(datetime.now(UTC)), fuzz=False).start(bank, Mode.PRACTICE)
        session.answer("b", seconds=3)
        session.finish()
    assert main(["--data", str(db), "--profile", "ann", "stats", "--bank", str(laced)]) == 0
    printed = _printed(capsys)
    assert "Laced␛]52;c;cXVpemFwcA==␇␛]0;PWNED␇␛[2J\\x9b31m␡ (laced)" in printed
    rows = [line for line in printed.splitlines() if line.lstrip().startswith(("law", "法律制度", "Économie", "tag␛"))]
    assert len(rows) == 4
    # the count after each name starts in the same terminal column, whatever the name's script
    ends = {cell_len(row[: row.index(" 1 ") + 2]) for row in rows}
    assert len(ends) == 1, rows


def test_results_and_report_show_student_names_and_bank_titles(
    laced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "progress.db"
    bank = load_bank(laced).require()
    with Store.open(db) as store:
        session = StudyService(store, "ann", fixed_clock(datetime.now(UTC)), fuzz=False).start(bank, Mode.PRACTICE)
        session.answer("b", seconds=3)
        session.finish()
    results = tmp_path / "ann.json"
    student = "Ann\x1b]0;PWNED\x07"
    assert (
        main(["--data", str(db), "--profile", "ann", "results", str(laced), "--student", student, "-o", str(results)])
        == 0
    )
    assert "for Ann␛]0;PWNED␇" in _printed(capsys)
    assert main(["report", str(results), "--bank", str(laced)]) == 0
    printed = _printed(capsys)
    assert "Ann␛]0;PWNED␇" in printed and "Laced␛]52;" in printed


def test_import_and_convert_show_what_they_quote_and_write_it_as_valid_toml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "quiz.gift"
    source.write_text(
        "::q1\x1b]0;PWNED\x07:: Is the sky blue?\x1b[2J {T#Look up\x1b]52;c;aGk=\x07}\n", encoding="utf-8"
    )
    bank = tmp_path / "bank.toml"
    assert main(["import", str(source), "-o", str(bank)]) == 0
    printed = _printed(capsys)
    assert "q1-0-pwned" in printed  # the id made from the laced name is quoted, its escapes shown
    explanation = load_bank(bank).require().questions[0].explanation or ""
    assert "Look up\x1b]52;c;aGk=\x07" in explanation  # the feedback is kept as written, in valid TOML
    assert main(["convert", str(bank)]) == 0
    captured = capsys.readouterr()
    for char in OBEYED:
        assert char not in captured.err


def _on_a_terminal(*argv: str) -> bytes:
    """What quizapp writes to standard output when that is a terminal (a pseudo-terminal here)."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "quizapp", *argv], stdout=follower, stderr=subprocess.DEVNULL, timeout=60
        )
        os.close(follower)
        follower = -1
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed and read to the end
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    return b"".join(chunks)


def test_printed_on_a_terminal_file_text_is_shown_but_piped_it_is_exact(laced: Path) -> None:
    import subprocess
    import sys

    shown = _on_a_terminal("convert", str(laced)).decode()
    assert "Laced␛]52;c;cXVpemFwcA==␇" in shown
    assert not any(char in shown for char in OBEYED)
    piped = subprocess.run([sys.executable, "-m", "quizapp", "convert", str(laced)], capture_output=True, text=True)
    assert "Laced\x1b]52;c;cXVpemFwcA==\x07" in piped.stdout  # a file for an LMS keeps the text as written


def test_export_on_a_terminal_shows_what_students_typed(laced: Path, tmp_path: Path) -> None:
    db = tmp_path / "progress.db"
    bank = load_bank(laced).require()
    with Store.open(db) as store:
        session = StudyService(store, "ann", fixed_clock(datetime.now(UTC)), fuzz=False).start(bank, Mode.PRACTICE)
        session.answer("typed\x1b]0;PWNED\x07", seconds=3)
        session.finish()
    shown = _on_a_terminal("--data", str(db), "--profile", "ann", "export").decode()
    assert "typed␛]0;PWNED␇" in shown
    assert not any(char in shown for char in OBEYED)
