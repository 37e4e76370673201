"""Checking a bank the two ways a teacher meets problems: `load_bank` (the app) and `quizapp validate`.

Tests run in a temporary folder and name their file `bank.toml`, so problems read exactly
as a teacher sees them: `bank.toml:10:10: question 'q1': ...`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_texts import Expect, ExpectPath, Validate

from quizapp.bank.loader import load_bank
from quizapp.cli import main


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def validate(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> Validate:
    """Run the real `quizapp validate` on paths; (exit code, printed lines). Nothing may go to stderr."""

    def run(*args: str) -> tuple[int, list[str]]:
        code = main(["validate", *args])
        out, err = capsys.readouterr()
        assert err == "", f"validate wrote to stderr:\n{err}"
        return code, out.splitlines()

    return run


@pytest.fixture
def expect_path(in_tmp: Path, validate: Validate) -> ExpectPath:
    """Check that loading the file at `name` and validating it report exactly `problems`.

    Each problem must be one line, `load_bank` must give no bank, and `quizapp validate`
    must print the same lines, count them, and exit 2.
    """

    def check(name: str, problems: list[str]) -> None:
        loaded = load_bank(Path(name))
        assert [str(problem) for problem in loaded.problems] == problems
        assert loaded.bank is None
        assert all("\n" not in problem.message and "\r" not in problem.message for problem in loaded.problems)

        code, lines = validate(name)
        count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
        assert (code, lines) == (2, [*problems, f"1 file checked, {count}"])

    return check


@pytest.fixture
def expect(in_tmp: Path, expect_path: ExpectPath) -> Expect:
    """Write `content` to bank.toml (as is: no newline translation), then `expect_path` it."""

    def check(content: str | bytes, problems: list[str]) -> None:
        path = in_tmp / "bank.toml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        expect_path("bank.toml", problems)

    return check
